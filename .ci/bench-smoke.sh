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

echo "== API: demo start, search, bulk admissions, restart (demo of 2,000 persons)"
SKIP_BUILD=1 CUSTOS_BENCH_PORT=18091 CUSTOS_DEMO_PERSONS=2000 SEARCH_REQUESTS=50 BULK_TOTAL=1000 \
  bench/scripts/api-bench.sh | tail -8

echo "== ledger: bulk and single appends, checkpoint latency, proofs"
SKIP_BUILD=1 CUSTOS_BENCH_PORT=18092 BULK_REQUESTS=2 BULK_CLIENTS=1 SINGLE_REQUESTS=100 CHECKPOINTS=3 PROOFS=100 \
  bench/scripts/ledger-bench.sh | tail -6

echo "== housing: dashboard and placements against a small demo"
DATA="$(mktemp -d /tmp/custos-bench-smoke-housing.XXXXXX)"
CUSTOS_DEMO_PERSONS=2000 start_server "$DATA" 18093 true
wait_for_demo "$DATA"
bench/scripts/housing-bench.sh http://127.0.0.1:18093 "$DATA" 2 2 1 5 | tail -6
stop_server
rm -rf "$DATA"

echo "== in-server ledger benchmark (LedgerThroughputBenchmark, tiny)"
./mvnw -B -o verify -pl server -am -Dtest=LedgerThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcustos.bench=true -Dcustos.bench.batches=2 -Dcustos.bench.seconds=1 -Dcustos.bench.proofs=50 \
  2>&1 | grep -E "ledger-bench:|Tests run:|FAIL" | tail -6
echo "bench-smoke: every benchmark ran"
