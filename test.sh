#!/usr/bin/env bash
# Runs every SupportBot test. Installs and starts what the tests need first (idempotent), and
# stops what it started. Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"

cleanup() {
  for stop in build/scripts/stop-*.sh; do
    if [ -x "$stop" ]; then "$stop" || true; fi
  done
}
trap cleanup EXIT

# Each ensure-*.sh installs (apt/npm) and starts one thing the tests need, appending what the
# tests read (connection strings, paths) to build/.test-env.
export SUPPORTBOT_PG_ENV_FILE="$PWD/build/.test-env"
rm -f build/.test-env
for ensure in build/scripts/ensure-*.sh; do
  if [ -x "$ensure" ]; then "$ensure" >/dev/null; fi
done
if [ -f build/.test-env ]; then
  set -a; . build/.test-env; set +a
fi

results=TestResults
rm -rf "$results"
status=0
dotnet test SupportBot.sln --logger "console;verbosity=normal" --logger trx --results-directory "$results" "$@" || status=$?

# One plain closing line over all test projects.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done
# The failures' names again at the very end, where a log cut to its last lines still shows them.
if [ "$failed" -gt 0 ]; then
  python3 build/scripts/failed-tests.py "$results"/*.trx || grep -ho '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$results"/*.trx | sed -n 's/.* testName="\([^"]*\)".*/Failed: \1/p' | head -n 50
fi
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
