# Keycloak: the Quarkus distribution from Maven Central, in dev mode with its own file database,
# the realm imported at start from a file generated out of tenants/.

KC_VERSION=$(pom_property keycloak.version)
KC_HOME=$STATE/keycloak          # a copy per profile: Keycloak keeps its database and imports there
KC_LOG=$LOGS/keycloak.log
KC_PID=$STATE/keycloak.pid

keycloak_unpack() {
  local dist=$DIST/keycloak-$KC_VERSION
  if [[ ! -x $dist/bin/kc.sh ]]; then
    local archive
    archive=$(fetch org.keycloak keycloak-quarkus-dist "$KC_VERSION" tar.gz)
    mkdir -p "$dist.tmp"
    tar -xzf "$archive" -C "$dist.tmp" --strip-components=1
    mv "$dist.tmp" "$dist"
  fi
  [[ -x $KC_HOME/bin/kc.sh ]] || cp -a "$dist" "$KC_HOME"
}

# The realm follows tenants/: parties become groups carrying the tenant, demo users one per
# party and role. Keycloak imports only realms it does not have, so a second run keeps its data.
keycloak_realm() {
  local classes=$ROOT/tenants/target/classes classpath=$ROOT/tenants/target/classpath.txt
  if [[ ! -f $classpath || ! -d $classes/se ]]; then
    say "building the tenants module (realm writer)"
    (cd "$ROOT" && mvn -q -B -pl tenants -am install -DskipTests) || die "building tenants failed"
  fi
  local test_realms=()
  [[ $PROFILE == test ]] && test_realms=(--test-realms)
  java -cp "$(cat "$classpath"):$classes" se.samverkan.tenants.realm.KeycloakRealmWriter \
    --tenants "$ROOT/tenants" --out "$KC_HOME/data/import" --web-url "$WEB_URL" \
    --web-secret "$(secret web-client)" "${test_realms[@]}" || die "writing the realm failed"
}

keycloak_pid() { cat "$KC_PID" 2>/dev/null || true; }

keycloak_start() {
  running "$(keycloak_pid)" && return
  keycloak_unpack
  keycloak_realm
  mkdir -p "$LOGS"
  # --hostname fixes the issuer to what browser, Payara and tests all use: localhost
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$(secret keycloak-admin) \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid nohup "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --hostname="$KC_URL" \
    --import-realm > "$KC_LOG" 2>&1 &
  # kc.sh runs Keycloak's JVM as its child: the pid is the group's, stop ends the whole group
  echo $! > "$KC_PID"
}

keycloak_wait() {
  wait_for "$ISSUER/.well-known/openid-configuration" 240 \
    || { tail -n 30 "$KC_LOG" >&2; die "Keycloak did not become ready"; }
  say "Keycloak is ready at $KC_URL"
}

keycloak_stop() {
  local pid; pid=$(keycloak_pid)
  if running "$pid"; then
    kill -- "-$pid" 2>/dev/null || kill "$pid"
    for _ in $(seq 1 30); do running "$pid" || break; sleep 1; done
    running "$pid" && kill -9 -- "-$pid" 2>/dev/null
  fi
  rm -f "$KC_PID"
}

keycloak_status() {
  local pid; pid=$(keycloak_pid)
  if running "$pid"; then echo "keycloak  running  pid $pid  port $KC_PORT  $(group_rss_of "$pid")"
  else echo "keycloak  stopped"; fi
}
