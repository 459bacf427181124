#!/usr/bin/env bash
# Builds the benchmarks in release mode and runs every workload for every implementation in
# one process. Extra arguments go to the bench (try --help), e.g. `--reps 3 --only fetch_all`.
# Results: Markdown on stdout, progress on stderr, medians in .build/bench-results.json (read
# by tortoise/run.sh for its ratios).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
swift build -c release --package-path "$here" --product terrapin-bench >&2
bin="$(swift build -c release --package-path "$here" --show-bin-path)"
exec "$bin/terrapin-bench" --json "$here/.build/bench-results.json" "$@"
