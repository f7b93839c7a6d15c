#!/usr/bin/env bash
# Runs every SupportBot test. Installs and starts what the tests need first (idempotent), and
# stops what it started. Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"

cleanup() {
  for stop in build/scripts/stop-*.sh; do
    [ -x "$stop" ] && "$stop" || true
  done
}
trap cleanup EXIT

# Each ensure-*.sh installs (apt/npm) and starts one thing the tests need, exporting what the
# tests read (connection strings, paths) into build/.test-env.
rm -f build/.test-env
for ensure in build/scripts/ensure-*.sh; do
  [ -x "$ensure" ] && "$ensure"
done
if [ -f build/.test-env ]; then
  set -a; . build/.test-env; set +a
fi

dotnet test SupportBot.sln --logger "console;verbosity=normal" "$@"
