#!/usr/bin/env bash
# Builds the Benchmarks package in debug mode (what CI runs so the package cannot rot).
# Does not run the benchmarks. Prints how long the build took.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
swift build --package-path . "$@"
end=$(date +%s)
echo "Benchmarks package built (debug) in $((end - start)) s"
