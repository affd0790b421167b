# shellcheck shell=bash disable=SC2153  # the settings come from common.sh
# The local mailbox: GreenMail from Maven Central, an SMTP server that keeps every mail it is
# given and shows them through a web API. Payara's mail resource mail/samverkan points at it, so
# no mail the demo or the tests send leaves the machine. It keeps mail in memory only: a restart
# empties it.

GREENMAIL_VERSION=$(pom_property greenmail.version)
MAIL_PID=$STATE/greenmail.pid
MAIL_LOG=$LOGS/greenmail.log
MAIL_FROM=${SAMVERKAN_MAIL_FROM:-samverkan@example.org}

mail_running_pid() {
  local pid
  pid=$(cat "$MAIL_PID" 2> /dev/null) || return 1
  alive "$pid" greenmail-standalone && printf '%s\n' "$pid"
}

mail_start() {
  mail_launch
  mail_wait
}

# Launches the mailbox without waiting for it: it starts while Payara does.
mail_launch() {
  if [[ -n $(mail_running_pid) ]]; then
    say "the mailbox already runs (SMTP $SMTP_PORT, web $MAILBOX_PORT)"
    return 0
  fi
  require_free_port "$SMTP_PORT" "mailbox SMTP"
  require_free_port "$MAILBOX_PORT" "mailbox web API"
  local jar pid
  jar=$(fetch com.icegreen greenmail-standalone "$GREENMAIL_VERSION" jar)
  mkdir -p "$LOGS"
  # auth disabled: any address is a mailbox, made when the first mail reaches it.
  # setsid: a Ctrl-C in the terminal that ran us must not reach the server
  setsid "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xms16m -Xmx128m \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAILBOX_PORT" \
    -Dgreenmail.auth.disabled -jar "$jar" < /dev/null > "$MAIL_LOG" 2>&1 &
  pid=$!
  printf '%s\n' "$pid" > "$MAIL_PID"
}

mail_wait() {
  local pid
  pid=$(cat "$MAIL_PID" 2> /dev/null) || die "the mailbox was not launched"
  if ! wait_for "$MAILBOX_URL/api/service/readiness" 60 "" "kill -0 $pid"; then
    tail -n 20 "$MAIL_LOG" >&2
    die "the mailbox did not start; see $MAIL_LOG"
  fi
  say "the mailbox takes mail on port $SMTP_PORT, shows it at $MAILBOX_URL/"
}

mail_stop() {
  local pid
  pid=$(mail_running_pid) || return 0
  kill "$pid" 2> /dev/null || true
  wait_gone "$pid" 15 || kill -9 "$pid" 2> /dev/null || true
  rm -f "$MAIL_PID"
  say "the mailbox stopped"
}

mail_status() {
  status_line mailbox "$(mail_running_pid)" "smtp $SMTP_PORT (web $MAILBOX_PORT)"
}

# asadmin commands for payara_commands: the mail session the application sends through. Created
# once; its host, port, sender and timeouts are set every time, so changed ports take effect.
# Properties named mail-…-… reach Jakarta Mail as mail.….… (Payara's naming for dotted names).
mail_payara_commands() {
  local xml=$1 resource=resources.mail-resource.mail/samverkan
  grep -q 'mail-resource [^>]*jndi-name="mail/samverkan"' "$xml" \
    || echo "create-javamail-resource --mailhost localhost --mailuser samverkan $(quoted "--fromaddress=$MAIL_FROM") mail/samverkan"
  echo "set $(quoted "$resource.host=localhost")"
  echo "set $(quoted "$resource.from=$MAIL_FROM")"
  echo "set $(quoted "$resource.property.mail-smtp-port=$SMTP_PORT")"
  # a mail server that does not answer must not hold a delivery (and its row lock) for long
  echo "set $(quoted "$resource.property.mail-smtp-connectiontimeout=10000")"
  echo "set $(quoted "$resource.property.mail-smtp-timeout=10000")"
}
