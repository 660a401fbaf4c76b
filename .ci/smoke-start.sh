#!/usr/bin/env bash
# Exercises the README's start command: `./custos start` on a fresh data directory with a small demo
# dataset, waits for the sign-in page, checks the first administrator's one-time password was printed
# and works, then stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="$(mktemp -d)"
PORT=18080
CUSTOS_DATA_DIR="$DATA" CUSTOS_PORT="$PORT" CUSTOS_DEMO_PERSONS=3000 ./custos start >"$DATA/out.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
  if grep -q "Custos is ready: http://localhost:$PORT/" "$DATA/out.log" 2>/dev/null; then break; fi
  if ! kill -0 $PID 2>/dev/null; then cat "$DATA/out.log"; echo "smoke: server died" >&2; exit 1; fi
  sleep 0.2
done
grep -q "Demo dataset: .* admissions in" "$DATA/out.log" || { echo "smoke: ready before the demo dataset was loaded" >&2; exit 1; }
LOGIN=$(curl -fsS "http://127.0.0.1:$PORT/login")
if grep -q "terminando de arrancar" <<<"$LOGIN"; then echo "smoke: the sign-in page still says Custos is starting" >&2; exit 1; fi
PASSWORD=$(awk '/password:/ {print $2; exit}' "$DATA/out.log")
[ -n "$PASSWORD" ] || { echo "smoke: no one-time password printed" >&2; exit 1; }
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "http://127.0.0.1:$PORT/api/v1/me")
[ "$STATUS" = "403" ] || { echo "smoke: expected 403 password-change-required, got $STATUS" >&2; exit 1; }
MONITOR=$(awk '$1 == "monitor" {print $2}' "$DATA/demo-accounts.txt")
COUNT=$(curl -fsS -u "monitor:$MONITOR" "http://127.0.0.1:$PORT/api/v1/persons?q=hernandez&size=5" | grep -o '"bookingNumber"' | wc -l)
[ "$COUNT" -ge 1 ] || { echo "smoke: demo search found nothing" >&2; exit 1; }
echo "smoke: ./custos start works (ready line with its URL, sign-in page, one-time admin password, demo data searchable)"
