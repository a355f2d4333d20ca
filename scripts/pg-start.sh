#!/usr/bin/env bash
# Starts a private PostgreSQL 15 server for tests and development: loopback only, its own socket directory,
# trust authentication. Never use it for real data.
#
#   bash scripts/pg-start.sh [dir]     (dir defaults to ${TMPDIR:-/tmp}/caseflow-pg-<port>)
#
# Port: $PGPORT, default 55432. The last line printed is always
#   export CASEFLOW_TEST_PG='Host=127.0.0.1;Port=<port>;Username=postgres;Database=postgres'
# so callers can `eval "$(bash scripts/pg-start.sh | tail -n 1)"`. Running it again while the server is up
# only prints that line.
set -euo pipefail

port="${PGPORT:-55432}"
base="${1:-${TMPDIR:-/tmp}/caseflow-pg-$port}"
pgbin="${PGBIN:-/usr/lib/postgresql/15/bin}"
data="$base/data"
sock="$base/sock"
export_line="export CASEFLOW_TEST_PG='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"

if [ ! -x "$pgbin/pg_ctl" ]; then
  echo "PostgreSQL 15 binaries not found in $pgbin (install the Debian 'postgresql' package or set PGBIN)" >&2
  exit 1
fi

# Already serving on that port (ours or an earlier run of this script): nothing to start.
if "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  echo "$export_line"
  exit 0
fi

# initdb and pg_ctl refuse to run as root, so a root caller runs them as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$1"
  else
    bash -c "$1"
  fi
}

if [ "$(id -u)" -eq 0 ]; then
  install -d -m 0755 "$base"
  install -d -o postgres -g postgres -m 0700 "$data" "$sock"
  if ! su postgres -s /bin/bash -c "test -w '$data'"; then
    echo "the postgres user cannot reach $data; choose a directory whose parents are traversable" >&2
    exit 1
  fi
else
  install -d -m 0700 "$data" "$sock"
fi

if [ ! -f "$data/PG_VERSION" ]; then
  as_owner "'$pgbin/initdb' -D '$data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$base/initdb.log" 2>&1 || {
    cat "$base/initdb.log" >&2
    exit 1
  }
fi

as_owner "'$pgbin/pg_ctl' -D '$data' -l '$data/server.log' -w start -o \"-p $port -c listen_addresses=127.0.0.1 -c max_connections=300 -k '$sock'\"" >/dev/null || {
  tail -n 20 "$data/server.log" >&2 || true
  exit 1
}

echo "PostgreSQL listening on 127.0.0.1:$port, data in $data" >&2
echo "$export_line"
