# shellcheck shell=bash disable=SC2153  # the settings come from common.sh
# Payara Server 6: one domain per profile, the JDBC resource as the application role, the
# application's configuration as MicroProfile Config in the domain, the EAR deployed.

PAYARA_VERSION=$(pom_property payara.version)
PAYARA_HOME=$DIST/payara-$PAYARA_VERSION/payara6
# A freshly created domain for this port base: create-domain takes about 15 s (it makes key
# stores), copying takes none, and the test profile starts from a new domain every time. A new
# domain holds no absolute path and no secret of ours (its admin has no password).
PAYARA_TEMPLATE=$DIST/payara-$PAYARA_VERSION-domain-$PORTBASE
DOMAINS=$STATE/payara
DOMAIN=samverkan
DOMAIN_DIR=$DOMAINS/$DOMAIN
PAYARA_HEAP=${SAMVERKAN_PAYARA_HEAP:-768m}
PAYARA_COMMANDS=$STATE/payara-config.asadmin   # what configures the domain; holds secrets
CONFIGURED_STAMP=$DOMAIN_DIR/samverkan-configured  # which values the domain has
DEPLOYED_STAMP=$DOMAIN_DIR/samverkan-deployed   # which EAR with which values is deployed
EAR=$ROOT/ear/target/samverkan.ear
SERVER_LOG=$DOMAIN_DIR/logs/server.log

# TERM=dumb: asadmin's console library otherwise complains about the terminal on every call
asadmin_local() { TERM=dumb "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }
asadmin() { asadmin_local --port "$ADMIN_PORT" "$@"; }

payara_fill() {
  local zip
  zip=$(fetch fish.payara.distributions payara "$PAYARA_VERSION" zip)
  unzip -q "$zip" -d "$1"
}

# --checkports=false: otherwise create-domain fails when another program (a running profile)
# holds a port of this base; the domain is not started here.
payara_template_fill() {
  asadmin_local create-domain --nopassword --checkports=false --portbase "$PORTBASE" \
    --domaindir "$1" "$DOMAIN" > "$LOGS/payara-create-domain.log" 2>&1 \
    || { cat "$LOGS/payara-create-domain.log" >&2; die "create-domain failed"; }
  payara_hazelcast_off "$1/$DOMAIN/config/domain.xml"
}

# The run and the test domain on one machine must not form one data grid. Written the way
# `set-hazelcast-configuration --enabled=false` writes it (compared), but while the domain is
# stopped: Hazelcast then never starts, which saves about 5 s on every start.
payara_hazelcast_off() {
  local xml=$1
  sed -i -E '/<hazelcast-config-specific-configuration/{s/ enabled="[a-z]*"//; s/<hazelcast-config-specific-configuration/& enabled="false"/}' "$xml"
  [[ $(grep -c '<hazelcast-config-specific-configuration' "$xml") == \
     $(grep -c '<hazelcast-config-specific-configuration enabled="false"' "$xml") ]] \
    || die "could not switch Hazelcast off in $xml"
}

payara_create_domain() {
  [[ -f $DOMAIN_DIR/config/domain.xml ]] && return 0
  unpack_once "$PAYARA_TEMPLATE" payara_template_fill
  mkdir -p "$DOMAINS"
  rm -rf "$DOMAIN_DIR"
  cp -a "$PAYARA_TEMPLATE/$DOMAIN" "$DOMAINS/"
  say "created the Payara domain (port base $PORTBASE)"
}

# In the domain's lib/ (not the EAR): the connection pool and Flyway (through the application)
# both see it.
payara_install_driver() {
  local version driver
  version=$(pom_property postgresql.version)
  [[ -f $DOMAIN_DIR/lib/postgresql-$version.jar ]] && return 0
  driver=$(fetch org.postgresql postgresql "$version" jar)
  rm -f "$DOMAIN_DIR"/lib/postgresql-*.jar
  cp "$driver" "$DOMAIN_DIR/lib/"
}

# The heap is a JVM option: set through asadmin it would need a restart, so it is set in
# domain.xml while the domain is stopped.
payara_set_heap() {
  local xml=$DOMAIN_DIR/config/domain.xml
  sed -i -E "s|<jvm-options>-Xmx[0-9]+[kKmMgG]?</jvm-options>|<jvm-options>-Xmx$PAYARA_HEAP</jvm-options>|" "$xml"
  grep -q "<jvm-options>-Xmx$PAYARA_HEAP</jvm-options>" "$xml" \
    || die "could not set Payara's heap in $xml"
  # Each domain gets its own temporary folder: uploads of a deployment land there, and two domains
  # on one machine (run and test, or parallel test runs) must not share one.
  mkdir -p "$DOMAIN_DIR/tmp"
  if grep -q -- "-Djava.io.tmpdir=" "$xml"; then
    sed -i -E "s|<jvm-options>-Djava.io.tmpdir=[^<]*</jvm-options>|<jvm-options>-Djava.io.tmpdir=$DOMAIN_DIR/tmp</jvm-options>|" "$xml"
  else
    sed -i -E "0,/<jvm-options>-Xmx$PAYARA_HEAP<\/jvm-options>/s||&\n        <jvm-options>-Djava.io.tmpdir=$DOMAIN_DIR/tmp</jvm-options>|" "$xml"
  fi
  grep -q -- "<jvm-options>-Djava.io.tmpdir=$DOMAIN_DIR/tmp</jvm-options>" "$xml" \
    || die "could not set Payara's temporary folder in $xml"
  payara_set_system_property jakarta.json.provider org.eclipse.parsson.JsonProviderImpl
  sed -i "\|<jvm-options>$QUICK_JIT_OPTION</jvm-options>|d" "$xml"
  if [[ $QUICK_JIT == 1 ]]; then
    sed -i -E "0,/<jvm-options>-Xmx$PAYARA_HEAP<\/jvm-options>/s||&\n        <jvm-options>$QUICK_JIT_OPTION</jvm-options>|" "$xml"
  fi
}

# A system property as a JVM option of the server (the first config in domain.xml), set while the
# domain is stopped, replacing an earlier value.
#
# jakarta.json.provider: without it every Json.createReader/createObjectBuilder searches the class
# loaders for a JSON-P provider (ServiceLoader through the EAR's loader chain). MP-JWT does that
# several times per bearer token, and it was 17-19 % of Payara's CPU under load (bench/, JFR).
# Named, the provider class is loaded once. Parsson is the provider Payara ships in jakarta.json.jar.
payara_set_system_property() {
  local xml=$DOMAIN_DIR/config/domain.xml option="-D$1=$2"
  if grep -q -- "<jvm-options>-D$1=" "$xml"; then
    sed -i -E "s|<jvm-options>-D$1=[^<]*</jvm-options>|<jvm-options>$option</jvm-options>|" "$xml"
  else
    sed -i -E "0,/<jvm-options>-Xmx$PAYARA_HEAP<\/jvm-options>/s||&\n        <jvm-options>$option</jvm-options>|" "$xml"
  fi
  grep -q -- "<jvm-options>$option</jvm-options>" "$xml" || die "could not set $1 in $xml"
}

payara_running_pid() {
  local pid
  pid=$(cat "$DOMAIN_DIR/config/pid" 2> /dev/null) || return 1
  alive "$pid" "$DOMAIN_DIR" && printf '%s\n' "$pid"
}

payara_start() {
  unpack_once "$(dirname "$PAYARA_HOME")" payara_fill
  payara_create_domain
  if [[ -n $(payara_running_pid) ]]; then
    say "Payara already runs on port $HTTP_PORT"
    return 0
  fi
  require_free_port "$HTTP_PORT" "Payara http"
  require_free_port "$ADMIN_PORT" "Payara admin"
  payara_set_heap
  payara_hazelcast_off "$DOMAIN_DIR/config/domain.xml"
  payara_install_driver
  say "starting Payara"
  # setsid: a Ctrl-C in the terminal that ran us must not reach the server
  TERM=dumb setsid -w "$PAYARA_HOME/bin/asadmin" --interactive=false start-domain \
    --domaindir "$DOMAINS" "$DOMAIN" < /dev/null > "$LOGS/payara-start.log" 2>&1 \
    || { tail -n 20 "$LOGS/payara-start.log" "$SERVER_LOG" >&2; die "Payara did not start; see $SERVER_LOG"; }
  say "Payara runs on port $HTTP_PORT (admin $ADMIN_PORT)"
}

# A value for asadmin's multimode file: in double quotes, with \ and " escaped. Verified: values
# then pass as they are, with : / = ' " \ $ # and spaces. (Pool properties given through
# create-jdbc-connection-pool --property would need ':' escaped instead; they are set with
# `set` here, which takes the value as it is.)
quoted() {
  local value=${1//\\/\\\\}
  printf '"%s"' "${value//\"/\\\"}"
}

# Writes the asadmin commands that bring the domain to what this profile needs. Each is
# idempotent, so changed ports, secrets or an external database take effect on the next start.
payara_commands() {
  local xml=$DOMAIN_DIR/config/domain.xml pool=resources.jdbc-connection-pool.samverkan-pool
  grep -q 'jdbc-connection-pool [^>]*name="samverkan-pool"' "$xml" \
    || echo "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource samverkan-pool"
  grep -q 'jdbc-resource [^>]*jndi-name="jdbc/samverkan"' "$xml" \
    || echo "create-jdbc-resource --connectionpoolid samverkan-pool jdbc/samverkan"
  # PGSimpleDataSource takes the whole JDBC URL (host, port, database and any parameters)
  echo "set $(quoted "$pool.property.url=$(db_url)")"
  echo "set $(quoted "$pool.property.user=$(db_app)")"
  echo "set $(quoted "$pool.property.password=$(db_app_password)")"
  # after a database restart the pool's connections are dead: each is checked before use (at most
  # every 10 s) and one failure drops them all, so the application recovers without a restart
  # (method and class before the switch: switched on alone, Payara checks it against 'table')
  echo "set $pool.connection-validation-method=custom-validation"
  echo "set $pool.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
  echo "set $pool.is-connection-validation-required=true"
  echo "set $pool.validate-atmost-once-period-in-seconds=10"
  echo "set $pool.fail-all-connections=true"
  local name value
  while IFS='=' read -r name value; do
    echo "set-config-property --source=domain --propertyName=$name $(quoted "--propertyValue=$value")"
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
samverkan.agreement.rug-address=${SAMVERKAN_RUG_ADDRESS:-rug@example.org}
samverkan.clock.shiftable=$([[ $PROFILE == test ]] && echo true || echo false)
mp.jwt.verify.publickey.location=$ISSUER/protocol/openid-connect/certs
mp.jwt.verify.issuer=$ISSUER
mp.jwt.verify.audiences=samverkan-api
PROPERTIES
  mail_payara_commands "$xml"
  echo "ping-connection-pool samverkan-pool"
}

# The values set, not whether the pool had to be created first.
config_stamp() { grep '^set' "$PAYARA_COMMANDS" | cksum; }

# One asadmin process for all commands (a call is a JVM start, about 1 s), and none when nothing
# changed since the last start: each command rewrites domain.xml, together about 10 s.
# Multimode goes on after a failed command and exits 0, so its output is searched for failures.
payara_configure() {
  (umask 077; payara_commands > "$PAYARA_COMMANDS")
  if ! grep -q '^create-' "$PAYARA_COMMANDS" \
      && [[ $(cat "$CONFIGURED_STAMP" 2> /dev/null) == "$(config_stamp)" ]]; then
    say "Payara's configuration is unchanged"
    return 0
  fi
  rm -f "$CONFIGURED_STAMP"
  local out
  out=$(asadmin multimode --file "$PAYARA_COMMANDS" 2>&1) || true
  (umask 077; printf '%s\n' "$out" > "$LOGS/payara-configure.log")
  if grep -E -q 'Command .* failed|remote failure|Unbalanced quotes|Invalid command' <<< "$out"; then
    grep -E -A3 'Command .* failed|remote failure|Unbalanced quotes|Invalid command' <<< "$out" >&2
    die "configuring Payara failed; see $LOGS/payara-configure.log"
  fi
  config_stamp > "$CONFIGURED_STAMP"
  say "Payara is configured (its pool reaches the database as $(db_app))"
}

payara_has_app() {
  grep -q '<application [^>]*name="samverkan"' "$DOMAIN_DIR/config/domain.xml"
}

# Payara deploys its applications again when it starts: the EAR is deployed only when it or the
# configuration changed since.
payara_deploy() {
  [[ -f $EAR ]] || die "$EAR is missing: build it first (mvn -B -DskipTests install)"
  local stamp
  stamp="$(cksum < "$EAR") $(config_stamp)"
  if payara_has_app && [[ $(cat "$DEPLOYED_STAMP" 2> /dev/null) == "$stamp" ]]; then
    say "the application is deployed and unchanged"
    return 0
  fi
  if payara_has_app; then
    # the domain loads the deployed version while it starts; redeploying during that fails
    wait_for "http://localhost:$HTTP_PORT/health/ready" 120 samverkan-database payara_running_pid || true
  fi
  say "deploying the application"
  rm -f "$DEPLOYED_STAMP"
  asadmin deploy --force=true --name samverkan "$EAR" > "$LOGS/payara-deploy.log" 2>&1 \
    || { tail -n 30 "$LOGS/payara-deploy.log" >&2; die "deploying the EAR failed; see $SERVER_LOG"; }
  printf '%s\n' "$stamp" > "$DEPLOYED_STAMP"
}

# Payara answers UP before the applications are deployed: ready is when our own check is listed.
payara_wait_ready() {
  local seconds=${SAMVERKAN_READY_TIMEOUT:-300} url=http://localhost:$HTTP_PORT/health/ready
  if ! wait_for "$url" "$seconds" samverkan-database payara_running_pid; then
    tail -n 40 "$SERVER_LOG" >&2
    echo "$url answers: $(http_get "$url" || echo 'no 200')" >&2
    die "the application did not become ready in $seconds s; see $SERVER_LOG"
  fi
  say "the application is ready at $WEB_URL/"
}

payara_stop() {
  local pid
  pid=$(payara_running_pid) || return 0
  asadmin_local stop-domain --domaindir "$DOMAINS" "$DOMAIN" > "$LOGS/payara-stop.log" 2>&1 || true
  wait_gone "$pid" 30 || kill -9 "$pid" 2> /dev/null || true
  say "Payara stopped"
}

payara_status() {
  status_line payara "$(payara_running_pid)" "port $HTTP_PORT (admin $ADMIN_PORT)"
}
