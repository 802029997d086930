#!/usr/bin/env bash
# Starts a PostgreSQL primary and a hot standby fed by streaming replication, both on 127.0.0.1
# (ports $GK_PG_PRIMARY_PORT, 54331, and $GK_PG_STANDBY_PORT, 54332, by default), for the tests of
# reads from a standby. Prints two connection strings: the primary's, then the standby's.
# Usage: read -r primary standby < <(bash .ci/replica.sh | paste -sd' ')
#        bash .ci/replica.sh stop-primary   (the standby keeps serving reads)
#        bash .ci/replica.sh stop
set -euo pipefail
primary_port="${GK_PG_PRIMARY_PORT:-54331}"
standby_port="${GK_PG_STANDBY_PORT:-54332}"
root="${TMPDIR:-/tmp}/gk-replica"
primary="$root/primary"
standby="$root/standby"

# shellcheck source=.ci/pg-bin.sh
. "$(dirname "$0")/pg-bin.sh"
stop() { [ -d "$1" ] && run "$bindir/pg_ctl" -D "$1" -m fast stop >/dev/null 2>&1 || true; }

case "${1:-start}" in
  stop) stop "$standby"; stop "$primary"; rm -rf "$root"; exit 0 ;;
  stop-primary) stop "$primary"; exit 0 ;;
  start) ;;
  *) echo "replica.sh: start, stop-primary or stop" >&2; exit 2 ;;
esac

stop "$standby"
stop "$primary"
rm -rf "$root"
mkdir -p "$primary" "$standby"
[ "$(id -u)" = 0 ] && chown -R postgres:postgres "$root"
chmod 700 "$primary" "$standby"
run "$bindir/initdb" -D "$primary" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >>"$primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$root'
wal_level = replica
max_wal_senders = 4
hot_standby = on
CONF
echo "host replication postgres 127.0.0.1/32 trust" >>"$primary/pg_hba.conf"
run "$bindir/pg_ctl" -D "$primary" -l "$primary/server.log" -w start >/dev/null
# The standby: a base backup of the primary, told (-R) to follow it.
run "$bindir/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$standby" -R -X stream >/dev/null
sed -i "s/^port = .*/port = $standby_port/" "$standby/postgresql.conf"
run "$bindir/pg_ctl" -D "$standby" -l "$standby/server.log" -w start >/dev/null
echo "replica.sh: primary on port $primary_port, hot standby on port $standby_port" >&2
echo "postgres://postgres@127.0.0.1:$primary_port/postgres"
echo "postgres://postgres@127.0.0.1:$standby_port/postgres"
