#!/usr/bin/env bash
# Crash and restart under load: admissions from several clients, kill -9 of the server at a random moment,
# restart on the same data directory, then check that every acknowledged admission is there with its content
# and that the ledger's self-audit passes. Prints the figures recorded in docs/performance.md.
#   bench/scripts/crash-bench.sh [kills] [clients]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/scripts/lib.sh
KILLS="${1:-5}"
CLIENTS="${2:-4}"
DATA="$(mktemp -d /tmp/custos-crash.XXXXXX)"
PORT="${CUSTOS_BENCH_PORT:-8098}"
BASE="http://127.0.0.1:$PORT"
ACKED="$DATA/acknowledged.tsv"
touch "$ACKED"

./mvnw -B -q -o -DskipTests -pl server,bench -am package
export CUSTOS_DEMO_PERSONS=300
start_server "$DATA" "$PORT" true
wait_for_demo "$DATA"
CLERK_PW=$(account_password "$DATA" registro)
MONITOR_PW=$(account_password "$DATA" monitor)
for k in $(seq 1 "$KILLS"); do
  run_driver org.custos.bench.crash.CrashLoad load "$BASE" registro "$CLERK_PW" "$CLIENTS" "$ACKED" &
  LOAD=$!
  before=$(wc -l <"$ACKED")
  for _ in $(seq 1 600); do [ "$(wc -l <"$ACKED")" -gt "$before" ] && break; sleep 0.1; done
  sleep "$((2 + RANDOM % 5))" # then kill at a random moment of the load
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  wait "$LOAD" || true
  t0=$(date +%s.%N)
  start_server "$DATA" "$PORT" true
  t1=$(date +%s.%N)
  echo "kill $k: restart until the sign-in page answers $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s"
  run_driver org.custos.bench.crash.CrashLoad check "$BASE" monitor "$MONITOR_PW" "$ACKED" || FAILED=1
done
[ -z "${FAILED:-}" ] || { echo "crash-bench: acknowledged writes lost or audit failed" >&2; exit 1; }
grep -c "Stopping PostgreSQL .* left running" "$DATA/server.log" | sed 's/^/orphan postmasters stopped at start: /' || true
