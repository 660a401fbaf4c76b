#!/usr/bin/env bash
# End-to-end API benchmarks on loopback, against a real server with its embedded PostgreSQL and the
# full demo dataset (about 110,000 persons). Prints the figures recorded in docs/performance.md.
#   bench/scripts/api-bench.sh [data-dir]
#   (env: SKIP_BUILD=1, CUSTOS_DEMO_PERSONS, SEARCH_REQUESTS=5000, BULK_TOTAL=10000; .ci/bench-smoke.sh runs it tiny)
# Steps: build; first start on a fresh data directory (demo load timed); person search load;
# bulk admission load; restart and time the start-up.
# With BENCH_RUNNING=1 it uses the demo server already running on CUSTOS_BENCH_PORT with data directory
# [data-dir] (no build, no start, no restart): .ci/bench-smoke.sh shares one server between the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/scripts/lib.sh

DATA="${1:-$(mktemp -d /tmp/custos-bench.XXXXXX)}"
PORT="${CUSTOS_BENCH_PORT:-8099}"
BASE="http://127.0.0.1:$PORT"

RUNNING="${BENCH_RUNNING:-0}"
[ "$RUNNING" = 1 ] || [ "${SKIP_BUILD:-0}" = 1 ] || build_all
if [ "$RUNNING" != 1 ]; then
echo "== first start (fresh data directory $DATA, demo dataset) =="
t0=$(date +%s.%N)
start_server "$DATA" "$PORT" true
wait_for_demo "$DATA"
t1=$(date +%s.%N)
echo "first start including the whole demo dataset (admissions, sentences, placements, release dates): $(awk -v a="$t0" -v b="$t1" "BEGIN {printf \"%.1f\", b - a}") s"
grep -E "Demo dataset: .* in |Demo sentences|Demo housing|Release dates recomputed" "$DATA/server.log" || true
fi

MONITOR_PW=$(account_password "$DATA" monitor)
CLERK_PW=$(account_password "$DATA" registro)

echo "== person search through the HTTP API =="
run_driver org.custos.bench.http.SearchLoad "$BASE" monitor "$MONITOR_PW" "${SEARCH_REQUESTS:-5000}" 4

echo "== bulk admission: ${BULK_TOTAL:-10000} admissions through the HTTP API =="
run_driver org.custos.bench.http.BulkAdmissionLoad "$BASE" registro "$CLERK_PW" "${BULK_TOTAL:-10000}" 500 LA-ESPERANZA 2

[ "$RUNNING" = 1 ] && exit 0
stop_server
echo "== restart (data kept) =="
t0=$(date +%s.%N)
start_server "$DATA" "$PORT" true
t1=$(date +%s.%N)
echo "start-up after the first start: $(awk -v a="$t0" -v b="$t1" "BEGIN {printf \"%.1f\", b - a}") s (until the sign-in page answers)"
grep -E "Started CustosApplication" "$DATA/server.log" | tail -1
stop_server
