#!/usr/bin/env bash
# Ledger benchmarks end to end through the HTTP API on loopback (docs/performance.md, "Ledger"): builds, starts a
# server on a fresh data directory without the demo dataset, sets up an administrator, a facility and a records
# clerk through the API, then measures durable appends (bulk admissions and concurrent single admissions), the
# latency from an append to a checkpoint covering it, and inclusion-proof serving; stops the server.
#   bench/scripts/ledger-bench.sh   (env: CUSTOS_BENCH_PORT, BULK_REQUESTS, BULK_CLIENTS, SINGLE_REQUESTS, CHECKPOINTS=100, PROOFS=20000, SKIP_BUILD=1)
# With BENCH_RUNNING_DATA=<data dir> and BENCH_RUNNING_PID=<server pid> it uses the server already running on
# CUSTOS_BENCH_PORT (first start, administrator's one-time password unused; .ci/bench-smoke.sh shares one server).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/scripts/lib.sh

DATA="${BENCH_RUNNING_DATA:-$(mktemp -d /tmp/custos-ledger-bench.XXXXXX)}"
PORT="${CUSTOS_BENCH_PORT:-8097}"
BASE="http://127.0.0.1:$PORT"
PW="bench-$(date +%s)-Passw0rd!"
load() { run_driver org.custos.bench.ledger.LedgerLoad "$@"; }
# CPU seconds used so far by the server JVM and its embedded PostgreSQL (the postmaster, found by its data directory,
# runs detached from the JVM; its backends, including those that exited): unlike the rates, independent of what else
# runs on the machine.
tree_cpu() {
  local pids all="" p
  pids="$SERVER_PID $(pgrep -f -- "-D $DATA/pg" | xargs)"
  while [ -n "$pids" ]; do all="$all $pids"; pids=$(for p in $pids; do pgrep -P "$p"; done | tr '\n' ' ' | xargs); done
  for p in $all; do awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null; done \
    | awk -v hz="$(getconf CLK_TCK)" '{s += $1} END {printf "%.2f", s / hz}'
}
jvm_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$SERVER_PID/stat"; }
phase() { # phase NAME: CPU seconds the server tree used since the last call, per entry the checkpoint gained
  local now size; now=$(tree_cpu); size=$(curl -fs "$BASE/ledger/checkpoint" -H "Authorization: Bearer $TOKEN" | sed -n 2p || echo 0)
  echo "  server+PostgreSQL CPU for $1: $(awk -v a="$CPU0" -v b="$now" -v n="$((size - SIZE0))" \
    'BEGIN {printf "%.2f s for %d entries = %.3f ms CPU per entry", b - a, n, n ? (b - a) * 1000 / n : 0}')"
  echo "  of which the server JVM: $(awk -v a="$JVM0" -v b="$(jvm_cpu)" 'BEGIN {printf "%.2f s", b - a}')," \
    "the rest PostgreSQL; elapsed $(( $(date +%s) - T0 )) s"
  CPU0=$now; SIZE0=$size; JVM0=$(jvm_cpu); T0=$(date +%s)
}

echo "== $(date -u +%FT%TZ) $(nproc) cores; load: $(uptime | sed 's/.*load average/load average/')"
if [ -n "${BENCH_RUNNING_DATA:-}" ]; then
  SERVER_PID="${BENCH_RUNNING_PID:?pid of the running server}"
  trap - EXIT # the server is not this script's to stop
else
  [ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q -o -DskipTests -pl server,bench -am package
  start_server "$DATA" "$PORT" false
fi
OTP=$(grep -m1 -oE "password: +[^ ]+" "$DATA/server.log" | awk '{print $2}')
FACILITY=$(load setup "$BASE" "$OTP" "$PW")
TOKEN=$(curl -fs -X POST "$BASE/api/v1/tokens" -u "bench-clerk:$PW" | sed -E 's/.*"token" *: *"([^"]+)".*/\1/')
CPU0=$(tree_cpu); JVM0=$(jvm_cpu); T0=$(date +%s); SIZE0=$(curl -fs "$BASE/ledger/checkpoint" -H "Authorization: Bearer $TOKEN" | sed -n 2p || echo 0)
echo "== server up (data $DATA), facility $FACILITY, clerk bench-clerk"

echo "== bulk admissions: POST /api/v1/admissions/bulk, 1,000 per request, ${BULK_CLIENTS:-4} clients; load: $(uptime | sed 's/.*average: //')"
load bulk "$BASE" bench-clerk "$PW" "$FACILITY" "${BULK_REQUESTS:-60}" 1000 "${BULK_CLIENTS:-4}"
phase "bulk admissions"
echo "== single admissions: POST /api/v1/admissions, 32 clients; load: $(uptime | sed 's/.*average: //')"
load single "$BASE" bench-clerk "$PW" "$FACILITY" "${SINGLE_REQUESTS:-8000}" 32
phase "single admissions"
echo "== append -> checkpoint covering it, 100 appends one at a time; load: $(uptime | sed 's/.*average: //')"
load checkpoint "$BASE" bench-clerk "$PW" "$FACILITY" "${CHECKPOINTS:-100}"
echo "== inclusion proofs (bearer token), 1 and 4 clients; load: $(uptime | sed 's/.*average: //')"
load proofs "$BASE" bench-clerk "$PW" "${PROOFS:-20000}" 1
load proofs "$BASE" bench-clerk "$PW" "${PROOFS:-20000}" 4
echo "== done; load: $(uptime | sed 's/.*average: //')"
if [ -z "${BENCH_RUNNING_DATA:-}" ]; then
  stop_server
  rm -rf "$DATA"
fi
