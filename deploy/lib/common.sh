# shellcheck shell=bash disable=SC2034  # the settings are used by the other files
# Shared settings and helpers of deploy/samverkan: where things live, which ports, fetching and
# unpacking from Maven Central, secrets, processes. Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PROFILE=${SAMVERKAN_PROFILE:-run}
case "$PROFILE" in
  run)  default_pg=15432 default_kc=8180 default_portbase=8000 default_smtp=8025 default_mailbox=8026 ;;
  test) default_pg=15433 default_kc=9180 default_portbase=9000 default_smtp=9025 default_mailbox=9026 ;;
  *) echo "samverkan: SAMVERKAN_PROFILE must be 'run' or 'test', not '$PROFILE'" >&2; exit 2 ;;
esac
PG_PORT=${SAMVERKAN_PG_PORT:-$default_pg}
KC_PORT=${SAMVERKAN_KC_PORT:-$default_kc}
PORTBASE=${SAMVERKAN_PAYARA_PORTBASE:-$default_portbase}
# the local mailbox: SMTP for the application, a web API to read what it sent
SMTP_PORT=${SAMVERKAN_SMTP_PORT:-$default_smtp}
MAILBOX_PORT=${SAMVERKAN_MAILBOX_PORT:-$default_mailbox}
# Java servers of the run profile compile with C1 only: on two busy cores the optimising compiler
# (C2) takes a large part of a start's CPU, and a demo on one machine never needs its peak speed.
# Not in the test profile: the integration tests and bench/ measure the server as it runs in
# production. SAMVERKAN_QUICK_JIT=1/0 overrides.
QUICK_JIT=${SAMVERKAN_QUICK_JIT:-$([[ $PROFILE == run ]] && echo 1 || echo 0)}
QUICK_JIT_OPTION=-XX:TieredStopAtLevel=1
for port in "$PG_PORT" "$KC_PORT" "$PORTBASE" "$SMTP_PORT" "$MAILBOX_PORT"; do
  [[ $port =~ ^[0-9]+$ ]] || { echo "samverkan: '$port' is not a port number" >&2; exit 2; }
done
# Payara derives every port from the base: admin +48, http +80 (asadmin create-domain --portbase)
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))

LOCAL=$ROOT/.local
DIST=$LOCAL/dist                # unpacked downloads, shared by the profiles, never written after
STATE=$LOCAL/$PROFILE           # data, logs, secrets and configuration of one profile
LOGS=$STATE/logs
SECRETS=$STATE/secrets
M2=${SAMVERKAN_M2_REPOSITORY:-$HOME/.m2/repository}

WEB_URL=http://localhost:$HTTP_PORT/samverkan
KC_URL=http://localhost:$KC_PORT
ISSUER=$KC_URL/realms/samverkan
MAILBOX_URL=http://localhost:$MAILBOX_PORT

say() { printf 'samverkan[%s] %3ds  %s\n' "$PROFILE" "$SECONDS" "$*"; }
die() { printf 'samverkan[%s]: %s\n' "$PROFILE" "$*" >&2; exit 1; }

# The root pom is the one place versions are kept.
pom_property() {
  local value
  value=$(sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1)
  [[ -n $value ]] || die "the root pom.xml has no property <$1>"
  printf '%s\n' "$value"
}

# fetch GROUP ARTIFACT VERSION TYPE: prints the file's path in the local Maven repository,
# downloading it from Maven Central the first time.
fetch() {
  local group=$1 artifact=$2 version=$3 type=$4
  local file="$M2/${group//.//}/$artifact/$version/$artifact-$version.$type"
  if [[ ! -f $file ]]; then
    say "fetching $group:$artifact:$version:$type through Maven" >&2
    local repo=()
    [[ -n ${SAMVERKAN_M2_REPOSITORY:-} ]] && repo=(-Dmaven.repo.local="$M2")
    # -Dtransitive=false: the Keycloak distribution's pom names repositories we cannot reach
    mvn -q -B "${repo[@]}" dependency:get -Dtransitive=false \
      -Dartifact="$group:$artifact:$version:$type" >&2 \
      || die "could not fetch $group:$artifact:$version:$type"
    [[ -f $file ]] || die "Maven fetched $artifact but it is not at $file (set SAMVERKAN_M2_REPOSITORY?)"
  fi
  printf '%s\n' "$file"
}

# unpack_once DIR FUNCTION: fills DIR once, by FUNCTION TMPDIR, then renames TMPDIR to DIR.
# The rename makes a half-done unpack invisible; the lock makes a run and a test start on a
# fresh machine take turns instead of unpacking into each other (one lock per DIR: the parts
# unpack in parallel).
unpack_once() {
  local dir=$1 fill=$2
  [[ -d $dir ]] && return 0
  mkdir -p "$DIST"
  (
    flock 9
    [[ -d $dir ]] && exit 0
    local tmp=$dir.partial
    rm -rf "$tmp"
    mkdir -p "$tmp"
    say "unpacking $(basename "$dir") into .local/dist"
    "$fill" "$tmp"
    mv "$tmp" "$dir"
  ) 9> "$dir.lock"
}

# secret NAME: a random secret kept in the profile's secrets folder, made the first time.
# Hexadecimal, so it needs no quoting anywhere (SQL, asadmin, properties, URLs).
secret() {
  local file=$SECRETS/$1
  if [[ ! -s $file ]]; then
    mkdir -p "$SECRETS"
    chmod 700 "$SECRETS"
    (umask 077; od -An -N16 -tx1 /dev/urandom | tr -d ' \n' > "$file")
  fi
  cat "$file"
}

# http_get URL: prints the body when the URL answers 200, fails otherwise. curl when there is
# one; else plain bash (a fresh machine may lack curl; these are all local HTTP/1.0 calls).
http_get() {
  local url=$1
  if command -v curl > /dev/null; then
    curl -sf --max-time 5 "$url"
    return
  fi
  local rest=${url#http://} hostport path host port status
  hostport=${rest%%/*}
  path=/${rest#*/}
  [[ $rest == */* ]] || path=/
  host=${hostport%%:*}
  port=${hostport##*:}
  [[ $hostport == *:* ]] || port=80
  (
    exec 3<> "/dev/tcp/$host/$port" || exit 1
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n' "$path" "$hostport" >&3
    IFS=' ' read -r -t 5 _ status _ <&3 || exit 1
    [[ $status == 200 ]] || exit 1
    # skip the headers, then print the body
    while IFS= read -r -t 5 line <&3 && [[ $line != $'\r' && -n $line ]]; do :; done
    cat <&3
  ) 2> /dev/null
}

# wait_for URL SECONDS [TEXT [ALIVE]]: until the URL answers 200 (and its body contains TEXT);
# gives up early when the command ALIVE (a command line) fails: the server died.
wait_for() {
  local url=$1 seconds=$2 text=${3:-} alive=${4:-true} body
  local deadline=$((SECONDS + seconds))
  while ((SECONDS < deadline)); do
    if body=$(http_get "$url") && [[ -z $text || $body == *"$text"* ]]; then
      return 0
    fi
    eval "$alive" > /dev/null || return 1
    # a quarter second: every start waits on several of these, and a check is one curl
    sleep 0.25
  done
  return 1
}

port_in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

# require_free_port PORT WHAT: a clear message instead of a server failing half-way.
require_free_port() {
  port_in_use "$1" && die "port $1 ($2) is taken by another program; pick other ports with" \
    "SAMVERKAN_PG_PORT, SAMVERKAN_KC_PORT or SAMVERKAN_PAYARA_PORTBASE"
  return 0
}

# alive PID [PATTERN]: the process runs (and its command line contains PATTERN, so that a pid
# file left by a crash and a recycled pid do not count as running).
alive() {
  local pid=${1:-} pattern=${2:-}
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2> /dev/null || return 1
  [[ -z $pattern ]] || tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -q -- "$pattern"
}

# wait_gone PID SECONDS: until the process has exited.
wait_gone() {
  local pid=$1 deadline=$((SECONDS + $2))
  while kill -0 "$pid" 2> /dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
}

rss_of() { awk '/^VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$1/status" 2> /dev/null; }

status_line() { # status_line PART PID PORTS: one line of `samverkan status`
  if [[ -n $2 ]]; then
    printf '%-9s running  pid %-8s %-26s rss %s\n' "$1" "$2" "$3" "$(rss_of "$2")"
  else
    printf '%-9s stopped\n' "$1"
  fi
}

# As root, PostgreSQL runs as nobody: it must be able to reach its files through every parent
# folder. Only the search (x) bit is added, and only where it is missing.
open_path_for_nobody() {
  local dir=$1
  while [[ $dir != / ]]; do
    if [[ $(stat -c %A "$dir") != *[xt] ]]; then
      say "chmod o+x $dir (PostgreSQL runs as nobody and must pass through it)"
      chmod o+x "$dir"
    fi
    dir=$(dirname "$dir")
  done
}
