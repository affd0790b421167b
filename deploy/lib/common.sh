# Shared settings and helpers of deploy/samverkan: where things live, which ports, fetching from
# Maven Central, secrets. Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PROFILE=${SAMVERKAN_PROFILE:-run}
case "$PROFILE" in
  run)  default_pg=15432 default_kc=8180 default_portbase=8000 ;;
  test) default_pg=15433 default_kc=9180 default_portbase=9000 ;;
  *) echo "SAMVERKAN_PROFILE must be run or test, not '$PROFILE'" >&2; exit 2 ;;
esac
PG_PORT=${SAMVERKAN_PG_PORT:-$default_pg}
KC_PORT=${SAMVERKAN_KC_PORT:-$default_kc}
PORTBASE=${SAMVERKAN_PAYARA_PORTBASE:-$default_portbase}
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))

DIST=$ROOT/.local/dist          # unpacked downloads, shared by the profiles
STATE=$ROOT/.local/$PROFILE     # data, logs, secrets and configuration of one profile
LOGS=$STATE/logs
SECRETS=$STATE/secrets
M2=${SAMVERKAN_M2_REPOSITORY:-$HOME/.m2/repository}

WEB_URL=http://localhost:$HTTP_PORT/samverkan
KC_URL=http://localhost:$KC_PORT
ISSUER=$KC_URL/realms/samverkan

say() { printf '%s\n' "samverkan[$PROFILE]: $*"; }
die() { printf '%s\n' "samverkan[$PROFILE]: $*" >&2; exit 1; }

# The one place versions are kept is the root pom.
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1
}

# fetch GROUP ARTIFACT VERSION TYPE: prints the file's path in the local Maven repository,
# downloading it from Maven Central the first time.
fetch() {
  local group=$1 artifact=$2 version=$3 type=$4
  local file="$M2/${group//.//}/$artifact/$version/$artifact-$version.$type"
  if [[ ! -f $file ]]; then
    say "fetching $group:$artifact:$version:$type from Maven Central" >&2
    # -Dtransitive=false: the Keycloak distribution's pom names repositories we cannot reach
    mvn -q -B dependency:get -Dtransitive=false -Dartifact="$group:$artifact:$version:$type" >&2 \
      || die "could not fetch $group:$artifact:$version:$type"
  fi
  printf '%s\n' "$file"
}

# secret NAME: a random secret kept in the profile's secrets folder, made the first time.
secret() {
  local file=$SECRETS/$1
  if [[ ! -s $file ]]; then
    mkdir -p "$SECRETS" && chmod 700 "$SECRETS"
    (umask 077; head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file")
  fi
  cat "$file"
}

# wait_for URL SECONDS [TEXT]: until the URL answers 200 (and its body contains TEXT).
wait_for() {
  local url=$1 seconds=$2 text=${3:-} body
  local deadline=$((SECONDS + seconds))
  while ((SECONDS < deadline)); do
    if body=$(curl -sf --max-time 5 "$url" 2>/dev/null) && [[ -z $text || $body == *"$text"* ]]; then
      return 0
    fi
    sleep 1
  done
  return 1
}

running() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }

group_rss_of() { ps -o rss= -g "$1" 2>/dev/null | awk '{sum += $1} END {printf "%d MB", sum / 1024}'; }

rss_of() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$1/status" 2>/dev/null; }
