#!/usr/bin/env bash
# Builds the lookup text libFuzzer harness and runs it.
#
#   Fuzz/run-lookup-fuzzer.sh [SECONDS] [extra libFuzzer flags...]
#
# SECONDS defaults to 60. The harness is compiled with swiftc directly (it is not a target of
# Package.swift, so neither `swift build` nor `swift test` builds it) into .build-fuzz/, which
# also holds the growing corpus; the committed seeds are in Fuzz/LookupTextFuzzer/corpus.
# Crash inputs are written to .build-fuzz/lookup-artifacts/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
shift || true
source "$root/Fuzz/fuzz-common.sh"

# The harness and the TerrapinCore sources, compiled into one module.
build_and_run_fuzzer lookup LookupTextFuzzer 512 "$root/Fuzz/LookupTextFuzzer/lookup.dict" \
    "$root/Fuzz/LookupTextFuzzer/corpus" "$seconds" "$root/Fuzz/LookupTextFuzzer/main.swift" \
    -- "$@"
