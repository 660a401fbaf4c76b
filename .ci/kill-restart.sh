#!/usr/bin/env bash
# A crash needs no person: starts the server on a fresh data directory with a small demo, kills it with
# SIGKILL (no shutdown hook runs, the embedded PostgreSQL is not stopped by it), starts it again on the same
# data directory and checks that it comes up by itself with every record written before the kill.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="$(mktemp -d)"
PORT=18081
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; wait 2>/dev/null || true' EXIT

start() { # $1: log file; returns when the sign-in page answers
  CUSTOS_DATA_DIR="$DATA" CUSTOS_PORT="$PORT" CUSTOS_DEMO_PERSONS=300 ./custos start >"$1" 2>&1 &
  PID=$!
  for _ in $(seq 1 900); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; then return 0; fi
    if ! kill -0 $PID 2>/dev/null; then tail -40 "$1"; echo "kill-restart: server did not start" >&2; exit 1; fi
    sleep 0.2
  done
  echo "kill-restart: no answer in 180 s" >&2; exit 1
}
monitor() { curl -fsS -u "monitor:$(awk '$1 == "monitor" {print $2}' "$DATA/demo-accounts.txt")" "http://127.0.0.1:$PORT$1"; }
ledger_size() { monitor /ledger/checkpoint | sed -n 2p; }

start "$DATA/first.log"
for _ in $(seq 1 900); do grep -q "Demo dataset: .* admissions in" "$DATA/first.log" && break; sleep 0.2; done
sleep 1 # the checkpoint of the last demo entries
BEFORE=$(ledger_size)
FOUND_BEFORE=$(monitor "/api/v1/persons?q=hernandez&size=50")
kill -9 $PID; wait $PID 2>/dev/null || true
echo "kill-restart: killed the server with SIGKILL at ledger size $BEFORE"
start "$DATA/second.log"
AFTER=$(ledger_size)
[ "$(monitor "/api/v1/persons?q=hernandez&size=50")" = "$FOUND_BEFORE" ] || { echo "kill-restart: persons differ after restart" >&2; exit 1; }
[ "$AFTER" -ge "$BEFORE" ] || { echo "kill-restart: ledger size $AFTER after restart, $BEFORE before the kill" >&2; exit 1; }
echo "kill-restart: the server came back by itself after kill -9 (ledger size $BEFORE before, $AFTER after)"
