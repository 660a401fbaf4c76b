#!/usr/bin/env bash
# Exercises the README's start command: `./custos start` on a fresh data directory with a small demo
# dataset, waits for the sign-in page, checks the first administrator's one-time password was printed
# and works. Then a crash needs no person: kills the server with SIGKILL (no shutdown hook runs, the embedded
# PostgreSQL is not stopped by it), starts it again on the same data directory and checks that it comes up by
# itself with every record written before the kill; stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="$(mktemp -d)"
PORT=18080
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; wait 2>/dev/null || true' EXIT

start() { # $1: log file; returns when Custos says it is ready
  CUSTOS_DATA_DIR="$DATA" CUSTOS_PORT="$PORT" CUSTOS_DEMO_PERSONS=3000 ./custos start >"$1" 2>&1 &
  PID=$!
  for _ in $(seq 1 900); do
    if grep -q "Custos is ready: http://localhost:$PORT/" "$1" 2>/dev/null; then return 0; fi
    if ! kill -0 $PID 2>/dev/null; then tail -40 "$1"; echo "smoke: server died" >&2; exit 1; fi
    sleep 0.2
  done
  tail -40 "$1"; echo "smoke: not ready in 180 s" >&2; exit 1
}
monitor() { curl -fsS -u "monitor:$(awk '$1 == "monitor" {print $2}' "$DATA/demo-accounts.txt")" "http://127.0.0.1:$PORT$1"; }
ledger_size() { monitor /ledger/checkpoint | sed -n 2p; }

start "$DATA/out.log"
grep -q "Demo dataset: .* admissions in" "$DATA/out.log" || { echo "smoke: ready before the demo dataset was loaded" >&2; exit 1; }
LOGIN=$(curl -fsS "http://127.0.0.1:$PORT/login")
if grep -q "terminando de arrancar" <<<"$LOGIN"; then echo "smoke: the sign-in page still says Custos is starting" >&2; exit 1; fi
PASSWORD=$(awk '/password:/ {print $2; exit}' "$DATA/out.log")
[ -n "$PASSWORD" ] || { echo "smoke: no one-time password printed" >&2; exit 1; }
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "http://127.0.0.1:$PORT/api/v1/me")
[ "$STATUS" = "403" ] || { echo "smoke: expected 403 password-change-required, got $STATUS" >&2; exit 1; }
COUNT=$(monitor "/api/v1/persons?q=hernandez&size=5" | grep -o '"bookingNumber"' | wc -l)
[ "$COUNT" -ge 1 ] || { echo "smoke: demo search found nothing" >&2; exit 1; }
echo "smoke: ./custos start works (ready line with its URL, sign-in page, one-time admin password, demo data searchable)"

sleep 1 # the checkpoint of the last demo entries
BEFORE=$(ledger_size)
FOUND_BEFORE=$(monitor "/api/v1/persons?q=hernandez&size=50")
kill -9 $PID; wait $PID 2>/dev/null || true
echo "smoke: killed the server with SIGKILL at ledger size $BEFORE"
start "$DATA/second.log"
AFTER=$(ledger_size)
[ "$(monitor "/api/v1/persons?q=hernandez&size=50")" = "$FOUND_BEFORE" ] || { echo "smoke: persons differ after restart" >&2; exit 1; }
[ "$AFTER" -ge "$BEFORE" ] || { echo "smoke: ledger size $AFTER after restart, $BEFORE before the kill" >&2; exit 1; }
echo "smoke: the server came back by itself after kill -9 (ledger size $BEFORE before, $AFTER after)"
