#!/usr/bin/env bash
# Standby failover drill (docs/operations.md): two Debian PostgreSQL 15 clusters on loopback, a primary
# (custos_primary, port 5441) with a synchronous streaming standby (custos_standby, port 5442), then the
# failover test: Custos on the multi-host URL under write load; the primary is stopped hard, the standby
# promoted; the server must reconnect by itself and keep every acknowledged write.
# Idempotent: drops the two clusters it created before (and again at the end, unless KEEP_CLUSTERS=1).
# Needs root (pg_ctlcluster switches to the cluster owner, postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
V=15 PRIMARY=custos_primary STANDBY=custos_standby PPORT=5441 SPORT=5442
REPL_PASSWORD=${REPL_PASSWORD:-replicator-$RANDOM$RANDOM}
DB_PASSWORD=${DB_PASSWORD:-custos-$RANDOM$RANDOM}

drop() {
  if pg_lsclusters -h | awk '{print $1 "/" $2}' | grep -qx "$V/$1"; then pg_dropcluster --stop "$V" "$1"; fi
}
cleanup() { [ "${KEEP_CLUSTERS:-}" = "1" ] || { drop "$STANDBY"; drop "$PRIMARY"; }; }
drop "$STANDBY"
drop "$PRIMARY"
trap cleanup EXIT

psql_primary() { su postgres -c "psql -X -q -p $PPORT -v ON_ERROR_STOP=1 -c \"$1\""; }

echo "== primary $V/$PRIMARY on 127.0.0.1:$PPORT =="
pg_createcluster -q "$V" "$PRIMARY" -p "$PPORT" >/dev/null
cat >"/etc/postgresql/$V/$PRIMARY/conf.d/custos-primary.conf" <<EOF
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 5
wal_keep_size = '256MB'
synchronous_commit = on
EOF
pg_ctlcluster "$V" "$PRIMARY" start
psql_primary "create role replicator replication login password '$REPL_PASSWORD'"
psql_primary "create role custos_failover login password '$DB_PASSWORD'"
psql_primary "create database custos_failover owner custos_failover"

echo "== standby $V/$STANDBY on 127.0.0.1:$SPORT (pg_basebackup -R) =="
pg_createcluster -q "$V" "$STANDBY" -p "$SPORT" >/dev/null
SDATA=/var/lib/postgresql/$V/$STANDBY
rm -rf "$SDATA"
su postgres -c "PGPASSWORD='$REPL_PASSWORD' pg_basebackup -D '$SDATA' -R -X stream -c fast \
  -d 'host=127.0.0.1 port=$PPORT user=replicator application_name=$STANDBY'"
cat >"/etc/postgresql/$V/$STANDBY/conf.d/custos-standby.conf" <<EOF
listen_addresses = '127.0.0.1'
hot_standby = on
wal_level = replica
max_wal_senders = 5
# no synchronous_standby_names here: once promoted, this server has no standby of its own and must not wait for one
EOF
pg_ctlcluster "$V" "$STANDBY" start
# only now that the standby exists: from here on a commit on the primary is acknowledged only once the standby
# has flushed it, so promoting the standby loses no acknowledged write
echo "synchronous_standby_names = 'FIRST 1 ($STANDBY)'" >>"/etc/postgresql/$V/$PRIMARY/conf.d/custos-primary.conf"
pg_ctlcluster "$V" "$PRIMARY" reload
for _ in $(seq 1 100); do
  STATE=$(su postgres -c "psql -X -At -p $PPORT -c \"select sync_state from pg_stat_replication where application_name = '$STANDBY'\"")
  [ "$STATE" = "sync" ] && break
  sleep 0.2
done
[ "$STATE" = "sync" ] || { echo "failover: the standby is not synchronous (state '$STATE')" >&2; exit 1; }
echo "standby streaming, sync_state=$STATE"

echo "== failover test =="
export CUSTOS_DB_URL="jdbc:postgresql://127.0.0.1:$PPORT,127.0.0.1:$SPORT/custos_failover?targetServerType=primary&connectTimeout=3&tcpKeepAlive=true"
export CUSTOS_DB_USER=custos_failover CUSTOS_DB_PASSWORD="$DB_PASSWORD"
export CUSTOS_FAILOVER_STOP_PRIMARY="pg_ctlcluster $V $PRIMARY stop -m immediate"
export CUSTOS_FAILOVER_PROMOTE="pg_ctlcluster $V $STANDBY promote"
./custos test -pl server -am -Dgroups=failover -DexcludedGroups= -Dtest=StandbyFailoverTest \
  -Dsurefire.failIfNoSpecifiedTests=false "$@"
