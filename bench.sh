#!/usr/bin/env bash
# Benchmarks (issue 8): SupportBot over /api/messages and the embedded Direct Line, side by side with
# a protocol-ceiling bot and the official botbuilder-js SDK, cold start, and in-process
# micro-benchmarks. Prints the figures and writes artifacts/benchmarks/{results.md,chart.svg}.
#   ./bench.sh                      everything (about 5 minutes)
#   ./bench.sh e2e --conversations 32 --duration 15 --warmup 15 [--only supportbot]
#   ./bench.sh directline | coldstart | micro | latency   (latency: the understanding step's p50/p99 alone, ~1 min)
#   ./bench.sh console [--target 1000000] [--sample 20000] [--runs 7]   (console queries over 1M conversations in SQLite; builds and caches the database under artifacts/ first)
set -euo pipefail
cd "$(dirname "$0")"
dotnet build bot -c Release -nologo -v q
dotnet build tests/SupportBot.Benchmarks -c Release -nologo -v q
if [ ! -d tests/SupportBot.Benchmarks/js/node_modules ]; then
  # --ignore-scripts: botbuilder-dialogs' postinstall only prunes duplicate recogniser copies via npx.
  (cd tests/SupportBot.Benchmarks/js && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
exec dotnet tests/SupportBot.Benchmarks/bin/Release/net10.0/SupportBot.Benchmarks.dll "$@"
