#!/usr/bin/env bash
# Starts or stops the test stack (PostgreSQL, Keycloak, Payara without the application) around the
# integration tests, through the project's one way of starting it: deploy/samverkan.
# Usage: stack.sh start|stop ROOT   (SAMVERKAN_PROFILE=test is set by the build)
set -euo pipefail
action=${1:?start or stop}
root=$(cd "${2:?repository root}" && pwd)
export SAMVERKAN_PROFILE=${SAMVERKAN_PROFILE:-test}
samverkan="$root/deploy/samverkan"

case "$action" in
  start)
    # A start that fails half-way must not leave servers behind: the build stops here and its
    # post-integration-test phase (which stops the stack) never runs.
    if ! "$samverkan" start --no-deploy; then
      echo "stack.sh: starting the test stack failed; stopping what did start" >&2
      "$samverkan" stop || true
      exit 1
    fi
    properties="$root/.local/$SAMVERKAN_PROFILE/stack.properties"
    if [[ ! -f "$properties" ]]; then
      echo "stack.sh: the stack started but $properties is missing" >&2
      "$samverkan" stop || true
      exit 1
    fi
    ;;
  stop)
    if ! "$samverkan" stop; then
      echo "stack.sh: stopping the test stack failed; what still runs:" >&2
      "$samverkan" status >&2 || true
      exit 1
    fi
    ;;
  *)
    echo "stack.sh: unknown action $action (start or stop)" >&2
    exit 2
    ;;
esac
