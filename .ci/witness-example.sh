#!/usr/bin/env bash
# Runs the worked example of docs/witness.md, command for command: a witness is started with `custos witness`,
# attached to a server through custos.ledger.witnesses[0].url/.vkey, cosigns its checkpoints, answers the audit,
# and `custos verify` checks the cosignature. Needs the jars `./custos test` built (cli/target, server/target).
set -euo pipefail
cd "$(dirname "$0")/.."
W="$(mktemp -d)"
chmod o+x "$W" # as root the embedded PostgreSQL runs as nobody, which must pass through to "$W/data"
DATA="$W/data"
PORT=18081
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done' EXIT
wait_for() { # file pattern [pid that must stay alive]
  for _ in $(seq 1 3000); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then cat "$1"; echo "witness example: process $3 died" >&2; exit 1; fi
    sleep 0.2
  done
  cat "$1"; echo "witness example: '$2' never appeared in $1" >&2; exit 1
}

# --- from docs/witness.md, step 1: the server's log key
CUSTOS_DATA_DIR="$DATA" CUSTOS_PORT="$PORT" CUSTOS_DEMO=false ./custos start >"$W/server1.log" 2>&1 &
PIDS+=($!)
wait_for "$W/server1.log" "verifier key: " "${PIDS[0]}" # stopped before it signs: the attached server signs the first checkpoint
LOG_VKEY=$(sed -n 's/.*Ledger custos.local\/ledger verifier key: //p' "$W/server1.log" | head -1)
kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true

# --- step 2: the witness makes its key and starts
cli/bin/custos witness keygen --name ombudsman.example/witness --key "$W/witness.key" > "$W/witness.vkey"
cli/bin/custos witness --key "$W/witness.key" --log "$LOG_VKEY" --state "$W/witness-state" --port 7380 \
  >"$W/witness.log" 2>&1 &
PIDS+=($!)
wait_for "$W/witness.log" "listening on" "${PIDS[1]}"

# --- step 3: the server is attached to the witness
CUSTOS_LEDGER_WITNESSES_0_URL=http://127.0.0.1:7380 CUSTOS_LEDGER_WITNESSES_0_VKEY="$(cat "$W/witness.vkey")" \
  CUSTOS_DATA_DIR="$DATA" CUSTOS_PORT="$PORT" CUSTOS_DEMO=false ./custos start >"$W/server2.log" 2>&1 &
PIDS+=($!)
wait_for "$W/server2.log" "Started " "${PIDS[2]}"

# --- step 4: what the witness cosigned, and the verifier
for _ in $(seq 1 150); do
  curl -fsS "http://127.0.0.1:7380/cosigned/custos.local/ledger" >"$W/cosigned" 2>/dev/null && break; sleep 0.2
done
grep -q "^— ombudsman.example/witness " "$W/cosigned" || { echo "witness example: nothing cosigned" >&2; exit 1; }
curl -fsS http://127.0.0.1:7380/
wait_for "$W/server2.log" "password: "
PASSWORD=$(awk '/password:/ {print $2; exit}' "$W/server2.log")
[ -n "$PASSWORD" ] || { echo "witness example: no one-time password printed" >&2; exit 1; }
curl -fsS -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$PASSWORD\",\"newPassword\":\"witness-example-pass\"}" \
  "http://127.0.0.1:$PORT/api/v1/account/password"
cli/bin/custos verify --url "http://127.0.0.1:$PORT/ledger" --user admin:witness-example-pass \
  --log-key "$LOG_VKEY" --witness "$W/witness.vkey"
echo "witness example: docs/witness.md works (witness started, attached, cosigned, verified)"
