#!/usr/bin/env bash
# Runs every benchmark once, tiny, so that none of them rots between the runs that produce the figures in
# docs/performance.md. The numbers printed here mean nothing (tiny sizes, a busy CI machine): only that each
# benchmark still starts, talks to a real server and finishes. Expects the jars that `./custos test` built.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/scripts/lib.sh
BENCH_JAR=bench/target/custos-bench.jar
[ -f "$BENCH_JAR" ] && [ -f server/target/custos-server.jar ] || { echo "bench-smoke: build first (./custos test)" >&2; exit 1; }

echo "== JMH: release-date engine (one 1 s iteration, in process)"
"$JAVA" -jar "$BENCH_JAR" ReleaseDate -f 0 -wi 0 -i 1 -r 1s -t 1 | tail -3
echo "== release-date CPU time (1 round)"
run_driver org.custos.bench.sentencing.ReleaseDateCpuTime 1 | tail -2
echo "== custos verify over a small log"
VERIFY_DIR="$(mktemp -d /tmp/custos-bench-smoke-verify.XXXXXX)"
run_driver org.custos.bench.verify.VerifyMillionBench "$VERIFY_DIR/log" 1 5000 | tail -2
rm -rf "$VERIFY_DIR"

# One server with a small demo for the end-to-end benchmarks (a server start and a demo load each would cost
# minutes of CI); their own scripts start their own server when run alone for the figures.
DATA="$(mktemp -d /tmp/custos-bench-smoke.XXXXXX)"
chmod o+x "$DATA" # as root the embedded PostgreSQL runs as nobody
PORT=18091
CUSTOS_DEMO_PERSONS=2000 start_server "$DATA" "$PORT" true
wait_for_demo "$DATA"
echo "== API: search, bulk admissions (demo of 2,000 persons)"
BENCH_RUNNING=1 CUSTOS_BENCH_PORT=$PORT SEARCH_REQUESTS=50 BULK_TOTAL=1000 bench/scripts/api-bench.sh "$DATA" | tail -4
echo "== ledger: bulk and single appends, checkpoint latency, proofs"
BENCH_RUNNING_DATA="$DATA" BENCH_RUNNING_PID=$SERVER_PID CUSTOS_BENCH_PORT=$PORT BULK_REQUESTS=2 BULK_CLIENTS=1 \
  SINGLE_REQUESTS=100 CHECKPOINTS=3 PROOFS=100 bench/scripts/ledger-bench.sh | tail -6
echo "== housing: dashboard and placements"
bench/scripts/housing-bench.sh "http://127.0.0.1:$PORT" "$DATA" 2 2 1 5 | tail -6
echo "== intake: a flight manifest checked and admitted"
bench/scripts/intake-bench.sh "http://127.0.0.1:$PORT" "$DATA" 10 1 | tail -3

echo "== crash and restart: one kill -9 under mixed load, read-back, audit, custos verify (takes this server over)"
BENCH_RUNNING_DATA="$DATA" BENCH_RUNNING_PID=$SERVER_PID CUSTOS_BENCH_PORT=$PORT CRASH_SPREAD=2 \
  bench/scripts/crash-bench.sh 1 2 | tail -5
SERVER_PID="" # killed by crash-bench, which stopped the server it restarted
stop_server
rm -rf "$DATA"
# the in-server ledger benchmark (LedgerThroughputBenchmark) runs tiny inside ./custos test
echo "bench-smoke: every benchmark ran"
