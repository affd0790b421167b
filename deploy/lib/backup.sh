# shellcheck shell=bash
# Backup and restore of a profile's data: the database (an online base backup, WAL included:
# the application keeps running), Keycloak's file database (copied while Keycloak is stopped for
# a few seconds: it has no online backup of its own) and the profile's secrets, which the
# database's role passwords and the realm's client secret must go on matching.

backup_tool() {
  local driver
  driver=$(fetch org.postgresql postgresql "$(pom_property postgresql.version)" jar)
  PGPASSWORD=$(secret postgres) java -cp "$driver" "$ROOT/deploy/lib/OnlineBackup.java" "$@"
}

# backup [FILE]: writes FILE (default .local/backups/<profile>-<time>.tar.gz), readable by us only
backup() {
  external_db && die "the database is external: back it up where it runs"
  [[ -n $(postgres_running_pid) ]] || die "PostgreSQL does not run; start the stack first"
  local file=${1:-$LOCAL/backups/$PROFILE-$(date -u +%Y%m%dT%H%M%SZ).tar.gz}
  mkdir -p "$(dirname "$file")"
  local work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  say "backing up the database (online)"
  backup_tool backup "jdbc:postgresql://localhost:$PG_PORT/postgres" postgres "$PG_DATA" "$work/postgres.tar" \
    || die "the database backup failed"
  if [[ -d $KC_HOME/data/h2 ]]; then
    local keycloak_ran=
    [[ -n $(keycloak_running_pid) ]] && keycloak_ran=1
    [[ -n $keycloak_ran ]] && keycloak_stop
    tar -C "$KC_HOME/data" -cf "$work/keycloak.tar" h2
    [[ -n $keycloak_ran ]] && { keycloak_start; keycloak_wait; }
  fi
  tar -C "$STATE" -cf "$work/secrets.tar" secrets
  local parts=(postgres.tar secrets.tar)
  [[ -f $work/keycloak.tar ]] && parts+=(keycloak.tar)
  (umask 077; tar -C "$work" -czf "$file.new" "${parts[@]}") && mv "$file.new" "$file"
  say "backed up to $file ($(du -h "$file" | cut -f1))"
}

# restore_database TAR DIR: a base backup made into a data directory the server can start on
restore_database() {
  local tar=$1 dir=$2
  mkdir -p "$dir"
  tar -C "$dir" -xf "$tar"
  mkdir -p "$dir"/{pg_wal,pg_replslot,pg_stat_tmp}
  chmod 700 "$dir"
  ((EUID == 0)) && chown -R $NOBODY:$NOBODY "$dir"
  return 0
}

# restore FILE: the profile's data replaced by the backup's; what was there is kept aside
restore() {
  local file=${1:?restore needs the backup file}
  [[ -f $file ]] || die "$file does not exist"
  external_db && die "the database is external: restore it where it runs"
  stop_all
  local work stamp
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  tar -C "$work" -xzf "$file"
  mkdir -p "$PG_DIR" "$KC_HOME/data"
  [[ -d $PG_DATA ]] && mv "$PG_DATA" "$PG_DIR/data.before-restore-$stamp"
  restore_database "$work/postgres.tar" "$PG_DATA"
  if [[ -f $work/keycloak.tar ]]; then
    [[ -d $KC_HOME/data/h2 ]] && mv "$KC_HOME/data/h2" "$KC_HOME/data/h2.before-restore-$stamp"
    tar -C "$KC_HOME/data" -xf "$work/keycloak.tar"
  fi
  [[ -d $SECRETS ]] && mv "$SECRETS" "$SECRETS.before-restore-$stamp"
  tar -C "$STATE" -xf "$work/secrets.tar"
  say "restored from $file (what was there is kept beside it, *.before-restore-$stamp)"
  say "start again with: deploy/samverkan start (or run)"
}

# verify_backup FILE: restores the database into a scratch cluster on a free port, lets it
# recover, prints its checksums, removes it. What `restore` does, without touching the profile.
verify_backup() {
  local file=${1:?verify-backup needs the backup file}
  [[ -f $file ]] || die "$file does not exist"
  unpack_once "$PG_HOME" postgres_fill
  local work port=$((PG_PORT + 1000))
  while port_in_use "$port"; do port=$((port + 1)); done
  work=$(mktemp -d)
  tar -C "$work" -xzf "$file"
  tar -tf "$work/keycloak.tar" > "$work/keycloak.list"
  grep -q '^h2/' "$work/keycloak.list" || die "the backup holds no Keycloak database"
  # the scratch cluster and its log belong to the server's user (nobody, when we are root)
  mkdir "$work/scratch"
  if ((EUID == 0)); then
    chmod 755 "$work"
    chown $NOBODY:$NOBODY "$work/scratch"
    open_path_for_nobody "$work"
  fi
  restore_database "$work/postgres.tar" "$work/scratch/data"
  as_postgres "$PG_HOME/bin/pg_ctl" -D "$work/scratch/data" -l "$work/scratch/postgres.log" -w -t 120 \
    -o "-p $port -c listen_addresses=localhost -k ''" start > /dev/null \
    || { tail -n 20 "$work/scratch/postgres.log" >&2; rm -rf "$work"; die "the restored database did not start"; }
  local status=0
  PGPASSWORD=$(tar -xOf "$work/secrets.tar" secrets/postgres) \
    java -cp "$(fetch org.postgresql postgresql "$(pom_property postgresql.version)" jar)" \
    "$ROOT/deploy/lib/OnlineBackup.java" checksums "jdbc:postgresql://localhost:$port/samverkan" postgres \
    || status=$?
  as_postgres "$PG_HOME/bin/pg_ctl" -D "$work/scratch/data" -m fast -w stop > /dev/null || true
  rm -rf "$work"
  return $status
}

# checksums: the live database's, to compare with verify-backup's
checksums() {
  [[ -n $(postgres_running_pid) ]] || die "PostgreSQL does not run"
  backup_tool checksums "jdbc:postgresql://localhost:$PG_PORT/samverkan" postgres
}
