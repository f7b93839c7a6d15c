#!/usr/bin/env bash
# Stops the PostgreSQL cluster that build/scripts/ensure-postgres.sh started, and nothing else:
# a server that was already running when that script ran is left alone. Pass --purge to delete
# the private cluster's files too.
set -euo pipefail

port="${SUPPORTBOT_PG_PORT:-5432}"
cluster_dir="${SUPPORTBOT_PG_DIR:-/tmp/supportbot-postgres-$port}"
marker="$cluster_dir/started-by-ensure-postgres"

if [ ! -f "$marker" ]; then
    echo "stop-postgres: nothing to stop (this script's cluster was not started)" >&2
    exit 0
fi

bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$bin/pg_ctl" -D "$cluster_dir/data" -m fast -w stop) >&2 || true
else
    "$bin/pg_ctl" -D "$cluster_dir/data" -m fast -w stop >&2 || true
fi
rm -f "$marker"
if [ "${1:-}" = "--purge" ]; then
    rm -rf "$cluster_dir"
fi
echo "stop-postgres: stopped the cluster in $cluster_dir" >&2
