#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1 for the storage tests, installing Debian's
# postgresql package and starting a private cluster when none does, then creates the test role and
# database. Idempotent. Prints the Npgsql connection string (and only that) on stdout and writes
#   SUPPORTBOT_TEST_POSTGRES='…'
# to the env file, so a test script can do either
#   export SUPPORTBOT_TEST_POSTGRES="$(bash build/scripts/ensure-postgres.sh)"
# or source the env file. build/scripts/stop-postgres.sh stops the cluster only if this script started it.
#
# Settings (environment): SUPPORTBOT_PG_PORT (5432), SUPPORTBOT_PG_DIR (where a private cluster lives,
# default /tmp/supportbot-postgres-$PORT), SUPPORTBOT_PG_ENV_FILE (default artifacts/postgres.env).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
host=127.0.0.1
port="${SUPPORTBOT_PG_PORT:-5432}"
cluster_dir="${SUPPORTBOT_PG_DIR:-/tmp/supportbot-postgres-$port}"
env_file="${SUPPORTBOT_PG_ENV_FILE:-$repo_root/artifacts/postgres.env}"
database=supportbot_test
role=supportbot_test
password=supportbot_test
marker="$cluster_dir/started-by-ensure-postgres"

log() { echo "ensure-postgres: $*" >&2; }

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

pg_bin_dir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_installed() {
    if pg_bin_dir >/dev/null; then
        return
    fi
    log "installing the postgresql package"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
}

answering() {
    "$bin/pg_isready" -q -h "$host" -p "$port" 2>/dev/null
}

start_private_cluster() {
    mkdir -p "$cluster_dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$cluster_dir"
    fi
    chmod 700 "$cluster_dir"
    if [ ! -f "$cluster_dir/data/PG_VERSION" ]; then
        log "creating a cluster in $cluster_dir/data"
        as_postgres "$bin/initdb" -D "$cluster_dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 >&2
    fi
    log "starting PostgreSQL on $host:$port"
    as_postgres "$bin/pg_ctl" -D "$cluster_dir/data" -l "$cluster_dir/server.log" -w -t 60 \
        -o "-c listen_addresses=$host -p $port -k $cluster_dir" start >&2
    touch "$marker"
}

superuser_psql() {
    local socket_dir=/var/run/postgresql
    [ -S "$cluster_dir/.s.PGSQL.$port" ] && socket_dir="$cluster_dir"
    as_postgres "$bin/psql" -h "$socket_dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

ensure_role_and_database() {
    if PGPASSWORD="$password" "$bin/psql" -h "$host" -p "$port" -U "$role" -d "$database" -qtAc 'SELECT 1' >/dev/null 2>&1; then
        return
    fi
    log "creating role and database $database"
    superuser_psql -c "DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
            CREATE ROLE $role LOGIN PASSWORD '$password';
        ELSE
            ALTER ROLE $role LOGIN PASSWORD '$password';
        END IF;
    END \$\$;" >&2
    if [ -z "$(superuser_psql -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
        superuser_psql -c "CREATE DATABASE $database OWNER $role ENCODING 'UTF8' TEMPLATE template0" >&2
    fi
}

ensure_installed
bin="$(pg_bin_dir)"
if ! answering; then
    start_private_cluster
fi
ensure_role_and_database

connection_string="Host=$host;Port=$port;Database=$database;Username=$role;Password=$password"
mkdir -p "$(dirname "$env_file")"
printf "SUPPORTBOT_TEST_POSTGRES='%s'\n" "$connection_string" >> "$env_file"
log "ready; connection string written to $env_file"
echo "$connection_string"
