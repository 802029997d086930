#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests on 127.0.0.1 (port $GK_PG_PORT, 54329 by
# default), installing Debian's postgresql when it is missing, and prints its connection string.
# Usage: GK_TEST_DATABASE_URL=$(bash .ci/postgres.sh)    Stop: bash .ci/postgres.sh stop
set -euo pipefail
port="${GK_PG_PORT:-54329}"
data="${TMPDIR:-/tmp}/gk-postgres-$port"
url="postgres://postgres@127.0.0.1:$port/postgres"

# shellcheck source=.ci/pg-bin.sh
. "$(dirname "$0")/pg-bin.sh"

if [ "${1:-start}" = stop ]; then
  [ -d "$data" ] && run "$bindir/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi

if ! run "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  rm -rf "$data"
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
  run "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  run "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >/dev/null
  # Whoever started the server stops it (`bash .ci/postgres.sh stop`); one already running is left alone.
  echo "postgres.sh: started a server on port $port" >&2
fi
echo "$url"
