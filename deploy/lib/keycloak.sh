# shellcheck shell=bash disable=SC2153  # the settings come from common.sh
# Keycloak: the Quarkus distribution from Maven Central in development mode, with its own file
# database per profile and the realm imported at the first start from a file generated out of
# tenants/.

KC_VERSION=$(pom_property keycloak.version)
KC_DIST=$DIST/keycloak-$KC_VERSION
# The profile's Keycloak home: the distribution's parts linked, data/ (H2 database, realm
# import) its own. kc.sh takes the home from -Dkc.home.dir; with lib/ linked too, Keycloak finds
# its build and does not rebuild itself on every start.
KC_HOME=$STATE/keycloak
KC_LOG=$LOGS/keycloak.log
KC_PID=$STATE/keycloak.pid
KC_EMPTY_DB=$DIST/keycloak-$KC_VERSION-empty-db

keycloak_fill() {
  local archive
  archive=$(fetch org.keycloak keycloak-quarkus-dist "$KC_VERSION" tar.gz)
  tar -xzf "$archive" -C "$1" --strip-components=1 --no-same-owner
  keycloak_build "$1"
}

keycloak_built() { # keycloak_built DIST: built for development mode
  local persisted
  persisted=$(unzip -p "$1/lib/quarkus/generated-bytecode.jar" \
    META-INF/keycloak-persisted.properties 2> /dev/null) || return 1
  grep -q '^kc.profile=dev' <<< "$persisted"
}

# start-dev first rebuilds ("augments") the distribution for development mode, 20-30 s, writing
# into lib/quarkus. Done once, right after unpacking: starts then never write into the shared
# distribution (two profiles starting at once would write into each other) and never wait for
# it. kc.sh relaunches java with -Dkc.config.built=true when the build is written; a stand-in
# java ends there instead of starting the server.
keycloak_build() {
  local dist=$1 had_data=false
  [[ -d $dist/data ]] && had_data=true
  say "building Keycloak for development mode (once, about 30 s)"
  cat > "$dist/build-only-java" <<'JAVA'
#!/bin/sh
case " $* " in *" -Dkc.config.built=true "*) exit 0 ;; esac
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" "$@"
JAVA
  chmod +x "$dist/build-only-java"
  env -u JAVA_OPTS JAVA="$dist/build-only-java" timeout 600 "$dist/bin/kc.sh" start-dev \
    < /dev/null > "$LOGS/keycloak-build.log" 2>&1 \
    || { tail -n 30 "$LOGS/keycloak-build.log" >&2; die "building Keycloak failed"; }
  rm -f "$dist/build-only-java"
  $had_data || rm -rf "$dist/data"
  keycloak_built "$dist" || die "Keycloak's build did not happen; see $LOGS/keycloak-build.log"
}

# A distribution unpacked by an older deploy/ is not built yet: built here, under the lock.
keycloak_dist() {
  unpack_once "$KC_DIST" keycloak_fill
  keycloak_built "$KC_DIST" && return 0
  (
    flock 9
    keycloak_built "$KC_DIST" || keycloak_build "$KC_DIST"
  ) 9> "$KC_DIST.lock"
}

# Making Keycloak's database (schema, master realm) takes 15-25 s of a first start, and the test
# profile starts afresh every time. So the test profile makes an empty one once (no realm
# imported; an admin user, as Keycloak makes it only together with the master realm) and copies
# it.
keycloak_empty_db_fill() {
  local home=$1/home part pid password
  mkdir -p "$home/data"
  for part in lib providers themes conf; do
    ln -s "$KC_DIST/$part" "$home/$part"
  done
  (umask 077; od -An -N16 -tx1 /dev/urandom | tr -d ' \n' > "$1/admin-password")
  password=$(cat "$1/admin-password")
  say "making an empty Keycloak database for the test profile (once, about 40 s)"
  env -u JAVA_OPTS KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$password" \
    setsid "$KC_DIST/bin/kc.sh" start-dev -Dkc.home.dir="$home" \
    --http-host=127.0.0.1 --http-port="$KC_PORT" < /dev/null > "$LOGS/keycloak-empty-db.log" 2>&1 &
  pid=$!
  if ! wait_for "$KC_URL/realms/master/.well-known/openid-configuration" 300 "" "kill -0 $pid"; then
    kill "$pid" 2> /dev/null || true
    tail -n 30 "$LOGS/keycloak-empty-db.log" >&2
    die "Keycloak did not make its database; see $LOGS/keycloak-empty-db.log"
  fi
  kill "$pid"
  wait "$pid" || true
  mv "$home/data/h2" "$1/h2"
  rm -rf "$home"
}

keycloak_fresh_db() {
  [[ -d $KC_HOME/data/h2 ]] && return 0
  [[ $PROFILE == test ]] || return 0
  unpack_once "$KC_EMPTY_DB" keycloak_empty_db_fill
  cp -a "$KC_EMPTY_DB/h2" "$KC_HOME/data/"
  (umask 077; cp "$KC_EMPTY_DB/admin-password" "$SECRETS/keycloak-admin")
}

keycloak_home() {
  mkdir -p "$KC_HOME/data/import"
  chmod 700 "$KC_HOME/data"     # the realm file holds the client secret and demo passwords
  local part
  for part in lib providers themes conf; do
    # an older deploy/ copied the whole distribution: keep its data/, link the rest
    [[ -L $KC_HOME/$part ]] || rm -rf "${KC_HOME:?}/$part"
    ln -sfn "$KC_DIST/$part" "$KC_HOME/$part"
  done
}

# The realm follows tenants/: parties become groups carrying the tenant, demo users one per party
# and role. Keycloak imports only realms it does not have yet, so the file is written only until
# Keycloak has its database; `deploy/samverkan reset` starts the run profile over.
keycloak_realm() {
  [[ -f $KC_HOME/data/import/samverkan-realm.json && -d $KC_HOME/data/h2 ]] && return 0
  local classes=$ROOT/tenants/target/classes classpath=$ROOT/tenants/target/classpath.txt
  if [[ ! -f $classpath || ! -d $classes/se ]]; then
    say "building the tenants module (it writes the realm)"
    (cd "$ROOT" && mvn -q -B -pl tenants -am compile) > "$LOGS/tenants-build.log" 2>&1 \
      || { tail -n 40 "$LOGS/tenants-build.log" >&2; die "building tenants failed"; }
  fi
  local test_realms=()
  [[ $PROFILE == test ]] && test_realms=(--test-realms)
  java -cp "$(cat "$classpath"):$classes" se.samverkan.tenants.realm.KeycloakRealmWriter \
    --tenants "$ROOT/tenants" --out "$KC_HOME/data/import" --web-url "$WEB_URL" \
    --web-secret "$(secret web-client)" "${test_realms[@]}" > "$LOGS/realm.log" 2>&1 \
    || { cat "$LOGS/realm.log" >&2; die "writing the realm failed"; }
}

keycloak_running_pid() {
  local pid
  pid=$(cat "$KC_PID" 2> /dev/null) || return 1
  alive "$pid" "$KC_HOME" && printf '%s\n' "$pid"
}

# kc.sh runs java as its child, or becomes java after a rebuild.
keycloak_java_pid() {
  local pid=$1
  if [[ $(readlink "/proc/$pid/exe" 2> /dev/null) == */java ]]; then
    printf '%s\n' "$pid"
    return 0
  fi
  local children
  children=$(cat "/proc/$pid/task/$pid/children" 2> /dev/null) || return 1
  [[ -n $children ]] || return 1
  printf '%s\n' "${children%% *}"
}

# Unpacks, writes the realm and launches Keycloak; does not wait for it. Run in the background
# while PostgreSQL and Payara start.
keycloak_start() {
  if [[ -n $(keycloak_running_pid) ]]; then
    say "Keycloak already runs on port $KC_PORT"
    return 0
  fi
  keycloak_dist
  require_free_port "$KC_PORT" Keycloak
  keycloak_home
  keycloak_fresh_db
  keycloak_realm
  [[ -f $KC_LOG ]] && mv -f "$KC_LOG" "$KC_LOG.1"
  rm -f "$KC_PID"
  say "starting Keycloak"
  # --hostname fixes the issuer to the name browser, Payara and tests all use: localhost.
  # setsid: a Ctrl-C in the terminal that ran us must not reach the server. The launched shell
  # writes its own pid, then becomes kc.sh.
  # shellcheck disable=SC2016  # $$, $0 and $@ belong to the launched shell
  env -u JAVA_OPTS \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$(secret keycloak-admin)" \
    JAVA_OPTS_KC_HEAP="${SAMVERKAN_KC_HEAP:--Xms64m -Xmx512m}" \
    JAVA_OPTS_APPEND="$([[ $QUICK_JIT == 1 ]] && echo "$QUICK_JIT_OPTION")" \
    setsid bash -c 'echo $$ > "$0" && exec "$@"' "$KC_PID" \
    "$KC_DIST/bin/kc.sh" start-dev -Dkc.home.dir="$KC_HOME" \
    --http-host=127.0.0.1 --http-port="$KC_PORT" --hostname="$KC_URL" --import-realm \
    < /dev/null > "$KC_LOG" 2>&1 &
  # the pid file is what later steps find Keycloak by
  local tries=50
  until [[ -s $KC_PID ]]; do
    ((tries-- > 0)) || die "Keycloak did not start; see $KC_LOG"
    sleep 0.1
  done
}

keycloak_wait() {
  local seconds=${SAMVERKAN_KC_TIMEOUT:-240}
  wait_for "$ISSUER/.well-known/openid-configuration" "$seconds" "" keycloak_running_pid \
    || { tail -n 30 "$KC_LOG" >&2; die "Keycloak did not become ready in $seconds s; see $KC_LOG"; }
  say "Keycloak is ready at $KC_URL"
}

keycloak_stop() {
  local pid java
  pid=$(keycloak_running_pid) || { rm -f "$KC_PID"; return 0; }
  java=$(keycloak_java_pid "$pid") || java=
  kill "$pid" 2> /dev/null || true          # kc.sh hands TERM on to java
  wait_gone "${java:-$pid}" 30 || kill -9 ${java:+"$java"} "$pid" 2> /dev/null || true
  rm -f "$KC_PID"
  say "Keycloak stopped"
}

keycloak_status() {
  local pid java=
  if pid=$(keycloak_running_pid); then
    java=$(keycloak_java_pid "$pid") || java=$pid   # kc.sh before java is up
  fi
  status_line keycloak "$java" "port $KC_PORT"
}
