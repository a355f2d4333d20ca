#!/usr/bin/env bash
# Stops the private PostgreSQL server started by pg-start.sh (same [dir] argument and $PGPORT).
set -euo pipefail

port="${PGPORT:-55432}"
base="${1:-${TMPDIR:-/tmp}/caseflow-pg-$port}"
pgbin="${PGBIN:-/usr/lib/postgresql/15/bin}"
data="$base/data"

if [ ! -f "$data/postmaster.pid" ]; then
  echo "no server running from $data" >&2
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  su postgres -s /bin/bash -c "'$pgbin/pg_ctl' -D '$data' -m fast -w stop"
else
  "$pgbin/pg_ctl" -D "$data" -m fast -w stop
fi
