#!/usr/bin/env bash
# Facilities and placements benchmark against a running demo server (see docs/performance.md).
#   bench/scripts/housing-bench.sh <base-url> <data-dir> [seconds=30] [threads=32] [units=2] [samples=50]
# Reads the demo passwords from <data-dir>/demo-accounts.txt; uses bearer tokens (POST /api/v1/tokens),
# never basic auth per request. Prints the machine load, the national dashboard's HTTP latency as the
# national monitor (p50/p95 over <samples> requests after 5 warm-ups) and, if psql can reach the embedded
# database (port from the server log or CUSTOS_PG_PORT), the server-side time of its two queries; then
# the sustained placements/s of org.custos.bench.facilities.PlacementLoad as director-cecot.
set -euo pipefail
BASE=${1:?base url, e.g. http://127.0.0.1:8098}
DATA=${2:?data dir of the demo server}
SECONDS_=${3:-30}; THREADS=${4:-32}; UNITS=${5:-2}; SAMPLES=${6:-50}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
password() { awk -v u="$1" '$1 == u { print $2 }' "$DATA/demo-accounts.txt"; }
token() {
  curl -sf -u "$1:$(password "$1")" -X POST "$BASE/api/v1/tokens" | sed -E 's/.*"token" *: *"([^"]+)".*/\1/'
}
echo "== $(date -u +%FT%TZ) $(git -C "$HERE" rev-parse --short HEAD 2>/dev/null || echo '?'); nproc $(nproc);$(uptime | sed 's/.*load/ load/')"
MONITOR=$(token monitor)
for _ in 1 2 3 4 5; do curl -sf -o /dev/null -H "Authorization: Bearer $MONITOR" "$BASE/api/v1/capacity"; done
for _ in $(seq "$SAMPLES"); do
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $MONITOR" "$BASE/api/v1/capacity"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
  printf "GET /api/v1/capacity (national, monitor, bearer): n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
    NR, t[int(NR * 0.5) + 1], t[int(NR * 0.95) + 1], t[NR] }'
PGPORT=${CUSTOS_PG_PORT:-}
if [ -z "$PGPORT" ] && [ -n "${CUSTOS_LOG:-}" ]; then
  PGPORT=$(grep -oE 'Embedded PostgreSQL on port [0-9]+' "$CUSTOS_LOG" | tail -1 | awk '{print $NF}')
fi
if [ -n "$PGPORT" ] && command -v psql >/dev/null; then
  for _ in $(seq 10); do
    psql -qAt -h localhost -p "$PGPORT" -U postgres postgres -c "explain analyze select c.facility_code, count(*),
      sum(c.population), sum(c.declared_capacity), sum(case when c.floor_area >= 8 then floor(c.floor_area / 4)
      when c.floor_area >= 6 then 1 else 0 end), sum(case when c.in_service then c.declared_capacity else 0 end),
      sum(c.floor_area), sum(c.bunks) from cell c group by c.facility_code" \
      -c "explain analyze select facility_code, count(*) from housing_person where held and cell_id is null
      group by facility_code"
  done | awk -F'Execution Time: ' 'NF > 1 { s += $2 + 0; n++ }
    END { printf "dashboard queries, server side (EXPLAIN ANALYZE of both, %d runs): mean %.2f ms per page\n", n / 2, s / (n / 2) }'
fi
"$JAVA" -cp "$HERE/bench/target/custos-bench.jar" org.custos.bench.facilities.PlacementLoad \
  "$BASE" director-cecot "$(password director-cecot)" "$SECONDS_" "$THREADS" "$UNITS"
echo "== after: $(uptime | sed 's/.*load/load/')"
