# Payara Server 6: one domain per profile, the JDBC resource as the application role, the
# application's configuration as MicroProfile Config in the domain, the EAR deployed.

PAYARA_HOME=$DIST/payara-$(pom_property payara.version)/payara6
DOMAINS=$STATE/payara
DOMAIN=samverkan
EAR=$ROOT/ear/target/samverkan.ear

asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" "$@"; }

payara_unpack() {
  [[ -x $PAYARA_HOME/bin/asadmin ]] && return
  local zip dir
  zip=$(fetch fish.payara.distributions payara "$(pom_property payara.version)" zip)
  dir=$(dirname "$PAYARA_HOME")
  mkdir -p "$dir.tmp"
  unzip -q "$zip" -d "$dir.tmp"
  mv "$dir.tmp" "$dir"
}

payara_create_domain() {
  [[ -d $DOMAINS/$DOMAIN ]] && return 1
  say "creating the Payara domain"
  "$PAYARA_HOME/bin/asadmin" create-domain --nopassword --portbase "$PORTBASE" \
    --domaindir "$DOMAINS" "$DOMAIN" > "$LOGS/payara-create.log" 2>&1 \
    || { cat "$LOGS/payara-create.log" >&2; die "create-domain failed"; }
  # the run and the test domain on one machine must not join one data grid
  sed -i 's|<hazelcast-config-specific-configuration|<hazelcast-config-specific-configuration enabled="false"|' \
    "$DOMAINS/$DOMAIN/config/domain.xml"
  local driver
  driver=$(fetch org.postgresql postgresql "$(pom_property postgresql.version)" jar)
  cp "$driver" "$DOMAINS/$DOMAIN/lib/"
  return 0
}

payara_pid() { cat "$DOMAINS/$DOMAIN/config/pid" 2>/dev/null || true; }

payara_start() {
  payara_unpack
  mkdir -p "$LOGS"
  payara_create_domain || true
  if ! running "$(payara_pid)"; then
    "$PAYARA_HOME/bin/asadmin" start-domain --domaindir "$DOMAINS" "$DOMAIN" > "$LOGS/payara-start.log" 2>&1 \
      || { cat "$LOGS/payara-start.log" >&2; die "Payara did not start"; }
  fi
  # configured once per domain; the marker makes a start that failed half-way configure again
  [[ -f $DOMAINS/$DOMAIN/.configured ]] || { payara_configure && touch "$DOMAINS/$DOMAIN/.configured"; }
  say "Payara listens on port $HTTP_PORT (admin $ADMIN_PORT)"
}

# Asadmin escapes ':' in pool properties; set-config-property takes URLs as they are.
payara_configure() {
  say "configuring the domain"
  local host port db
  db=$(db_url)
  host=$(sed -E 's|jdbc:postgresql://([^:/]+).*|\1|' <<< "$db")
  port=$(sed -E 's|jdbc:postgresql://[^:/]+:?([0-9]*)/.*|\1|' <<< "$db")
  db=${db##*/}
  asadmin create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource \
    --property "user=$(db_app):password=$(db_app_password):serverName=$host:portNumber=${port:-5432}:databaseName=${db%%\?*}" \
    samverkan-pool > /dev/null
  asadmin create-jdbc-resource --connectionpoolid samverkan-pool jdbc/samverkan > /dev/null
  asadmin ping-connection-pool samverkan-pool > /dev/null || die "the database cannot be reached from Payara"
  while IFS='=' read -r name value; do
    asadmin set-config-property --source=domain --propertyName="$name" --propertyValue="$value" > /dev/null \
      || die "could not set $name"
  done <<PROPERTIES
samverkan.db.owner.url=$(db_url)
samverkan.db.owner.user=$(db_owner)
samverkan.db.owner.password=$(db_owner_password)
samverkan.db.app-role=$(db_app)
samverkan.tenants.dir=$ROOT/tenants
samverkan.oidc.provider-uri=$ISSUER
samverkan.oidc.client-id=samverkan-web
samverkan.oidc.client-secret=$(secret web-client)
samverkan.web.url=$WEB_URL
mp.jwt.verify.publickey.location=$ISSUER/protocol/openid-connect/certs
mp.jwt.verify.issuer=$ISSUER
mp.jwt.verify.audiences=samverkan-api
PROPERTIES
}

# A deployed application comes back with the domain; it is deployed again only when it changed.
payara_deploy() {
  [[ -f $EAR ]] || die "$EAR is missing: build it first (mvn -DskipTests install)"
  local checksum marker=$DOMAINS/$DOMAIN/.deployed-ear
  checksum=$(sha256sum "$EAR" | cut -d' ' -f1)
  if [[ $(cat "$marker" 2>/dev/null) == "$checksum" ]] && asadmin list-applications 2>/dev/null | grep -q '^samverkan '; then
    return
  fi
  asadmin deploy --force=true --name samverkan "$EAR" > "$LOGS/payara-deploy.log" 2>&1 \
    || { tail -n 30 "$LOGS/payara-deploy.log" >&2; die "deploying the EAR failed; see $DOMAINS/$DOMAIN/logs/server.log"; }
  echo "$checksum" > "$marker"
}

payara_wait_ready() {
  wait_for "http://localhost:$HTTP_PORT/health/ready" 180 samverkan-database \
    || die "the application did not become ready; see $DOMAINS/$DOMAIN/logs/server.log"
}

payara_stop() {
  running "$(payara_pid)" || return 0
  "$PAYARA_HOME/bin/asadmin" stop-domain --domaindir "$DOMAINS" "$DOMAIN" > /dev/null 2>&1 || true
  local pid; pid=$(payara_pid)
  running "$pid" && kill -9 "$pid"
  return 0
}

payara_status() {
  local pid; pid=$(payara_pid)
  if running "$pid"; then echo "payara    running  pid $pid  port $HTTP_PORT  $(rss_of "$pid")"
  else echo "payara    stopped"; fi
}
