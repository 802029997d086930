# Sourced by postgres.sh and replica.sh: finds Debian's PostgreSQL server binaries ($bindir), installing
# the postgresql package when they are missing and we are root, and defines `run` (as the postgres
# user when root: the server refuses to run as root).
bindir=""
for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/pg_ctl" ] && bindir="$dir"; done
if [ -z "$bindir" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "$(basename "$0"): installing Debian's postgresql" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null
    for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/pg_ctl" ] && bindir="$dir"; done
  fi
  [ -n "$bindir" ] || { echo "$(basename "$0"): no PostgreSQL server binaries (install Debian's postgresql)" >&2; exit 1; }
fi

run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
