#!/usr/bin/env bash
# The data-directory move of ./custos (docs/operations.md, "External database"): started as root in a checkout the
# database user (nobody) cannot reach, an earlier release's .custos-data is moved to the default data directory,
# with PostgreSQL's files (pg/, pg-socket/) then owned by nobody and the server's own files (ledger key, checkpoint
# copies, database passwords) still by root with their modes; data in both places, or a PostgreSQL still running
# on the old directory, moves nothing. Runs on copies of the script in temporary directories
# (CUSTOS_DATA_ROOT points the default data root there): no real data directory is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null; then
  echo "data-dir move: skipped (needs root and setpriv: the move only happens for root)"; exit 0
fi
grep -q 'CUSTOS_DATA_ROOT' custos || { echo "data-dir move: ./custos has no CUSTOS_DATA_ROOT: not run (it would move into /var/lib/custos)" >&2; exit 1; }
T="$(mktemp -d /tmp/custos-data-dir-move.XXXXXX)"
SLEEPER=""
trap '[ -z "$SLEEPER" ] || kill "$SLEEPER" 2>/dev/null || true; rm -rf "$T"' EXIT
chmod 700 "$T" # nobody cannot pass: the checkout below is unreachable for the database, as under /root
fail() { echo "data-dir move: FAILED: $*" >&2; exit 1; }

# An earlier release's data: PostgreSQL's files owned by root (its postmaster ran as root), one by nobody.
checkout() {
  local c="$T/$1"
  mkdir -p "$c/.custos-data/pg/base/1" "$c/.custos-data/pg-socket" "$c/.custos-data/ledger"
  cp custos "$c/custos"
  echo 15 >"$c/.custos-data/pg/PG_VERSION"
  echo "heap" >"$c/.custos-data/pg/base/1/1259"
  chown nobody "$c/.custos-data/pg/base/1/1259"
  echo "key" >"$c/.custos-data/ledger/log-key" && chmod 600 "$c/.custos-data/ledger/log-key"
  echo "secrets" >"$c/.custos-data/db-passwords.properties" && chmod 600 "$c/.custos-data/db-passwords.properties"
  echo "$c"
}

# 1. the move, with the owners fixed
C="$(checkout one)"
NEW="$(cd "$C" && CUSTOS_DATA_ROOT="$T/var" ./custos data-dir 2>"$T/one.err")" || { cat "$T/one.err"; fail "data-dir exited non-zero"; }
[[ "$NEW" == "$T/var/one-"* ]] || fail "data dir $NEW is not under the data root"
grep -q "Moved the data directory of an earlier release from $C/.custos-data to $NEW" "$T/one.err" || fail "no move line: $(cat "$T/one.err")"
[ ! -e "$C/.custos-data" ] || fail "the old directory is still there"
[ "$(cat "$NEW/pg/base/1/1259")" = heap ] && [ "$(cat "$NEW/ledger/log-key")" = key ] || fail "contents not moved"
wrong="$(find "$NEW/pg" "$NEW/pg-socket" ! -user nobody -print)"
[ -z "$wrong" ] || fail "not owned by nobody after the move: $wrong"
for f in ledger/log-key db-passwords.properties; do
  [ "$(stat -c '%U %a' "$NEW/$f")" = "root 600" ] || fail "$f is $(stat -c '%U %a' "$NEW/$f"), not root 600"
done
grep -q "owned by nobody" "$T/one.err" || fail "the ownership change is not reported: $(cat "$T/one.err")"
# a second call finds the moved directory and moves nothing
AGAIN="$(cd "$C" && CUSTOS_DATA_ROOT="$T/var" ./custos data-dir 2>"$T/again.err")"
[ "$AGAIN" = "$NEW" ] && [ ! -s "$T/again.err" ] || fail "second call: $AGAIN $(cat "$T/again.err")"

# 2. data in both places: refused, nothing moved
C="$(checkout two)"
mkdir -p "$T/var" && NEW2="$T/var/two-$(printf %s "$C" | sha256sum | cut -c1-8)" && mkdir -p "$NEW2/pg" && echo x >"$NEW2/pg/PG_VERSION"
if (cd "$C" && CUSTOS_DATA_ROOT="$T/var" ./custos data-dir >/dev/null 2>"$T/two.err"); then fail "data in both places was accepted"; fi
grep -q "Data in both" "$T/two.err" && [ -f "$C/.custos-data/pg/PG_VERSION" ] || fail "both: $(cat "$T/two.err")"

# 3. a PostgreSQL still running on the old directory: refused, nothing moved
C="$(checkout three)"
sleep 300 & SLEEPER=$!
echo "$SLEEPER" >"$C/.custos-data/pg/postmaster.pid"
if (cd "$C" && CUSTOS_DATA_ROOT="$T/var" ./custos data-dir >/dev/null 2>"$T/three.err"); then fail "a running postmaster was ignored"; fi
grep -q "still runs on" "$T/three.err" && [ -f "$C/.custos-data/pg/PG_VERSION" ] || fail "running: $(cat "$T/three.err")"
echo "data-dir move: moved with PostgreSQL's files owned by nobody, the server's own files kept; both places and a running postmaster refused"
