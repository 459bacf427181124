#!/usr/bin/env bash
# Builds the SQLite URL libFuzzer harness and runs it.
#
#   Fuzz/run-url-fuzzer.sh [SECONDS] [extra libFuzzer flags...]
#
# SECONDS defaults to 60. The harness is compiled with swiftc directly (it is not a target of
# Package.swift) into .build-fuzz/, which also holds the growing corpus; the committed seeds
# are in Fuzz/SQLiteURLFuzzer/corpus. Crash inputs are written to .build-fuzz/url-artifacts/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
shift || true
source "$root/Fuzz/fuzz-common.sh"

# The parser lives in TerrapinSQLite, which imports CSQLite elsewhere; only
# SQLiteConfiguration.swift is needed, compiled into one module with the TerrapinCore sources,
# so its `import TerrapinCore` is dropped from a copy.
mkdir -p "$root/.build-fuzz"
sed '/^import TerrapinCore$/d' "$root/Sources/TerrapinSQLite/SQLiteConfiguration.swift" \
    > "$root/.build-fuzz/SQLiteConfiguration.swift"
build_and_run_fuzzer url SQLiteURLFuzzer 256 "$root/Fuzz/SQLiteURLFuzzer/url.dict" \
    "$root/Fuzz/SQLiteURLFuzzer/corpus" "$seconds" "$root/Fuzz/SQLiteURLFuzzer/main.swift" \
    "$root/.build-fuzz/SQLiteConfiguration.swift" -- "$@"
