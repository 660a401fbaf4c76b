# Helpers for the benchmark scripts (sourced).
find_java() {
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$home" ] && [ -x "$home/bin/java" ] && "$home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      echo "$home"; return 0
    fi
  done
  echo "no JDK >= 21 found" >&2; return 1
}
export JAVA_HOME="$(find_java)"
JAVA="$JAVA_HOME/bin/java"
SERVER_PID=""

build_all() {
  ./mvnw -B -q -DskipTests install
}

start_server() {
  local data="$1" port="$2" demo="$3"
  mkdir -p "$data"
  CUSTOS_DATA_DIR="$data" CUSTOS_PORT="$port" CUSTOS_DEMO="$demo" \
    "$JAVA" ${CUSTOS_JAVA_OPTS:-} -XX:+UseG1GC -Xms1g -jar server/target/custos-server.jar >>"$data/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 $(( ${CUSTOS_START_TIMEOUT:-180} * 10 ))); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then return 0; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "server died; see $data/server.log" >&2; return 1; fi
    sleep 0.1
  done
  echo "server did not answer in ${CUSTOS_START_TIMEOUT:-180} s; see $data/server.log" >&2; return 1
}

# Waits until the whole demo is in: admissions, placements, sentences and the first recomputation.
wait_for_demo() {
  local data="$1"
  for _ in $(seq 1 3000); do
    if grep -q "Demo dataset: .* admissions in" "$data/server.log" && grep -q "Demo housing:" "$data/server.log" \
       && grep -q "Release dates recomputed" "$data/server.log"; then return 0; fi
    sleep 0.1
  done
  echo "demo dataset not loaded in 300 s" >&2; return 1
}

account_password() {
  awk -v u="$2" '$1 == u {print $2}' "$1/demo-accounts.txt"
}

run_driver() {
  "$JAVA" -cp bench/target/custos-bench.jar "$@"
}

stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  fi
}
trap stop_server EXIT
