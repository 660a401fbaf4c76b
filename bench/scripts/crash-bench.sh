#!/usr/bin/env bash
# Crash and restart under mixed load (docs/performance.md, "Crash and restart"): several clients each admit a
# person, place them in a cell, record a gate entry, a sentence and a work credit for them; the server is killed with
# SIGKILL at a random moment, started again on the same data directory, and then every acknowledged write is read
# back with its content (CrashCheck), the ledger's self-audit runs, and `custos verify` checks the whole log against
# its verifier key and that it extends the signed checkpoint saved just before the kill. Repeated KILLS times.
#   bench/scripts/crash-bench.sh [kills=5] [clients=4]   (env: CUSTOS_BENCH_PORT, SKIP_BUILD=1, CRASH_DEMO_PERSONS=300)
# With BENCH_RUNNING_DATA=<data dir> and BENCH_RUNNING_PID=<server pid> it takes over the server already running
# on CUSTOS_BENCH_PORT with the demo loaded (.ci/bench-smoke.sh: its tiny mode), kills it, and stops the one it
# restarted at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/scripts/lib.sh
KILLS="${1:-5}"
CLIENTS="${2:-4}"
PORT="${CUSTOS_BENCH_PORT:-8098}"
BASE="http://127.0.0.1:$PORT"
CLI="cli/target/custos-cli.jar"

if [ -n "${BENCH_RUNNING_DATA:-}" ]; then
  DATA="$BENCH_RUNNING_DATA"
  SERVER_PID="${BENCH_RUNNING_PID:?pid of the running server}"
else
  DATA="$(mktemp -d /tmp/custos-crash.XXXXXX)"
  chmod o+x "$DATA" # as root the embedded PostgreSQL runs as nobody
  [ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q -o -DskipTests -pl server,bench,cli -am package
  CUSTOS_DEMO_PERSONS="${CRASH_DEMO_PERSONS:-300}" start_server "$DATA" "$PORT" true
  wait_for_demo "$DATA"
fi
[ -f "$CLI" ] || { echo "crash-bench: $CLI missing (build the cli module)" >&2; exit 1; }
RUN="$DATA/crash-$(date +%s)"
mkdir -p "$RUN"
ACKED="$RUN/acknowledged.tsv"
touch "$ACKED"
pw() { account_password "$DATA" "$1"; }
VKEY=$(sed -n 's/.*Ledger .* verifier key: //p' "$DATA/server.log" | head -1)
[ -n "$VKEY" ] || { echo "crash-bench: no verifier key in $DATA/server.log" >&2; exit 1; }
token() { curl -fs -X POST "$BASE/api/v1/tokens" -u "monitor:$(pw monitor)" | sed -E 's/.*"token" *: *"([^"]+)".*/\1/'; }
run_driver org.custos.bench.crash.CrashLoad prepare "$BASE" director-cecot "$(pw director-cecot)" "$RUN/cells"

echo "== $(date -u +%FT%TZ) $(nproc) cores, $KILLS kills, $CLIENTS clients; load: $(uptime | sed 's/.*average: //')"
echo "| kill | acknowledged (cumulative) | lost | audit | custos verify | checkpoint before the kill → after | restart |"
for k in $(seq 1 "$KILLS"); do
  run_driver org.custos.bench.crash.CrashLoad load "$BASE" "$CLIENTS" "$ACKED" "$RUN/cells" \
    registro "$(pw registro)" director-cecot "$(pw director-cecot)" penas "$(pw penas)" >>"$RUN/load.log" 2>&1 &
  LOAD=$!
  before=$(wc -l <"$ACKED")
  for _ in $(seq 1 600); do [ "$(wc -l <"$ACKED")" -gt "$before" ] && break; sleep 0.1; done
  sleep "$((1 + RANDOM % ${CRASH_SPREAD:-5}))" # then kill at a random moment of the load
  TOKEN=$(token)
  curl -fs "$BASE/ledger/checkpoint" -H "Authorization: Bearer $TOKEN" >"$RUN/checkpoint-$k" # the last one before the kill
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  wait "$LOAD" || true
  t0=$(date +%s.%N)
  start_server "$DATA" "$PORT" true
  t1=$(date +%s.%N)
  check=$(run_driver org.custos.bench.crash.CrashCheck "$BASE" monitor "$(pw monitor)" director-cecot \
    "$(pw director-cecot)" "$ACKED") || FAILED=1
  echo "$check" >>"$RUN/check.log"
  TOKEN=$(token)
  if "$JAVA" -jar "$CLI" verify --url "$BASE/ledger" --header "Authorization: Bearer $TOKEN" --log-key "$VKEY" \
       --since "$RUN/checkpoint-$k" >"$RUN/verify-$k.log" 2>&1; then verified=ok; else verified=failed; FAILED=1; fi
  after=$(curl -fs "$BASE/ledger/checkpoint" -H "Authorization: Bearer $TOKEN" | sed -n 2p)
  summary=$(echo "$check" | tail -1)
  echo "| $k | $(echo "$summary" | sed -E 's/^acknowledged=([0-9]+) (\{[^}]*\}).*/\1 \2/') | $(echo "$summary" | sed -E 's/.*lost=([0-9]+).*/\1/')" \
    "| $(echo "$summary" | sed -E 's/.*audit=([a-z]+).*/\1/') | $verified | $(sed -n 2p "$RUN/checkpoint-$k") → $after" \
    "| $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f s", b - a}') |"
done
refused=$(grep -h '^load: acknowledged' "$RUN/load.log" | sed 's/.*refused //' | grep -v '^{}$' | tr '\n' ' ' || true)
echo "refusals during the load (not acknowledged, so not checked): ${refused:-none}"
grep -c "Stopping PostgreSQL .* left running" "$DATA/server.log" | sed 's/^/orphan postmasters stopped at start: /' || true
if [ -n "${FAILED:-}" ]; then
  echo "crash-bench: acknowledged writes lost, audit failed or custos verify disagreed; see $RUN" >&2
  grep -h "^lost:" "$RUN/check.log" | head -20 >&2 || true
  tail -5 "$RUN"/verify-*.log >&2 || true
  exit 1
fi
echo "crash-bench: $KILLS kills, nothing acknowledged lost, audit and custos verify ok (details in $RUN)"
