#!/usr/bin/env bash
# Intake benchmark (issue 10): a flight manifest of <persons> people checked and admitted in one request, against
# a running demo server (see docs/performance.md, "Intake from a flight manifest").
#   bench/scripts/intake-bench.sh <base-url> <data-dir> [persons=300] [runs=5]
# Reads the demo passwords from <data-dir>/demo-accounts.txt and takes a bearer token for the demo's agreement
# administrator (convenios). Records one agreement in force for CECOT with places for every run (the demo's own
# US-SV-2025 has ended), then posts <runs> manifests of <persons> convicted people each (unique passports) to
# POST /api/v1/agreements/manifests and prints the time of each request (curl's time_total: every person checked
# against the eligibility rules, the quota under the agreement's lock, the registry admissions with their ledger
# entries and the decisions, all in one transaction), then p50 and max.
set -euo pipefail
BASE=${1:?base url, e.g. http://127.0.0.1:8098}
DATA=${2:?data dir of the demo server}
PERSONS=${3:-300}; RUNS=${4:-5}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
password() { awk -v u="$1" '$1 == u { print $2 }' "$DATA/demo-accounts.txt"; }
TOKEN=$(curl -sf -u "convenios:$(password convenios)" -X POST "$BASE/api/v1/tokens" | sed -E 's/.*"token" *: *"([^"]+)".*/\1/')
TAG=$(date -u +%H%M%S)$RANDOM
TODAY=$(date -u +%F)
START=$(date -u -d '1 month ago' +%F); SIGNED=$(date -u -d '1 month ago 1 day ago' +%F)
JUDGED=$(date -u -d '2 years ago' +%F); ENDS=$(date -u -d '5 years' +%F)
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
echo "== $(date -u +%FT%TZ) $(git -C "$HERE" rev-parse --short HEAD 2>/dev/null || echo '?'); nproc $(nproc);$(uptime | sed 's/.*load/ load/')"
cat > "$WORK/agreement.json" <<JSON
{"code":"BENCH-$TAG","terms":{"title":"Benchmark $TAG","sendingState":"US","sendingAuthority":"U.S. Department of State",
 "receivingAuthority":"Dirección General de Centros Penales","signedOn":"$SIGNED","effectiveFrom":"$START",
 "durationMonths":12,"extensionOptions":0,"extensionMonths":0,"facilities":["CECOT"],"places":$((PERSONS * RUNS)),
 "fee":{"model":"PER_PLACE_DAY","amount":"43.47","currency":"USD"},"billedSeparately":[],"invoicingPeriod":"MONTHLY",
 "paymentDays":30,"law":{"releaseDateRules":"US","jurisdiction":"US courts","inspectors":[],"complaintRoute":"PDDH"},
 "eligibility":{"version":"BENCH.1","acceptedStatuses":["FINALLY_CONVICTED"],"sexes":["MALE"],"minAge":18,
 "returnRule":"DEPORT_AT_END"}}}
JSON
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data-binary @"$WORK/agreement.json" "$BASE/api/v1/agreements"
for run in $(seq "$RUNS"); do
  ARRIVED=$(date -u -d '1 hour ago' +%FT%TZ)
  awk -v n="$PERSONS" -v tag="$TAG" -v run="$run" -v judged="$JUDGED" -v ends="$ENDS" -v arrived="$ARRIVED" 'BEGIN {
    printf "{\"agreement\":\"BENCH-%s\",\"flight\":\"BENCH-%s-%d\",\"facilityCode\":\"CECOT\",\"arrivedAt\":\"%s\",", tag, tag, run, arrived
    printf "\"arrivalPlace\":\"Aeropuerto Internacional de El Salvador\",\"persons\":["
    for (i = 1; i <= n; i++) {
      printf "%s{\"givenNames\":\"John\",\"firstSurname\":\"Bench%s%dx%d\",\"sex\":\"MALE\",\"dateOfBirth\":\"1985-06-01\",", (i > 1 ? "," : ""), tag, run, i
      printf "\"nationality\":\"US\",\"documentType\":\"PASSPORT\",\"documentNumber\":\"B%s%03d%04d\",\"documentCountry\":\"US\",", tag, run, i
      printf "\"status\":\"FINALLY_CONVICTED\",\"judgment\":{\"court\":\"U.S. District Court\",\"caseNumber\":\"CR-%s-%d-%d\",", tag, run, i
      printf "\"sentence\":\"96 months\",\"date\":\"%s\",\"documentSha256\":\"%064d\"},\"sentenceEnd\":\"%s\",", judged, i, ends
      printf "\"visibleInjuries\":\"Ninguna\",\"illTreatmentComplaints\":\"Ninguna\",\"emergencyContactName\":\"Mary\",\"emergencyContactPhone\":\"+1 713 555 0100\"}"
    }
    printf "]}" }' > "$WORK/manifest.json"
  curl -s -o "$WORK/result.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary @"$WORK/manifest.json" "$BASE/api/v1/agreements/manifests" > "$WORK/t"
  read -r status seconds < "$WORK/t"
  accepted=$(grep -o '"accepted":[0-9]*' "$WORK/result.json" | head -1 | cut -d: -f2)
  echo "run $run: HTTP $status, $PERSONS persons, ${accepted:-?} accepted, $(awk -v s="$seconds" 'BEGIN {printf "%.0f", s * 1000}') ms"
  echo "$seconds" >> "$WORK/times"
done
sort -n "$WORK/times" | awk '{ t[NR] = $1 * 1000 } END { printf "manifest of '"$PERSONS"' checked and admitted: n=%d p50 %.0f ms, max %.0f ms\n", NR, t[int(NR * 0.5) + 1], t[NR] }'
echo "== after: $(uptime | sed 's/.*load/load/')"
