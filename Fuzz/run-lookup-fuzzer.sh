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
out="$root/.build-fuzz"
core="$root/Sources/TerrapinCore"
mkdir -p "$out/lookup-corpus" "$out/lookup-artifacts"

# The harness and the TerrapinCore sources, compiled into one module. The macro declarations
# are left out: their implementations are a compiler plugin, which the core itself never uses.
sources=("$root/Fuzz/LookupTextFuzzer/main.swift")
while IFS= read -r -d '' file; do
    sources+=("$file")
done < <(find "$core" -name '*.swift' ! -name 'ModelMacros.swift' -print0 | sort -z)

swiftc -parse-as-library -module-name LookupTextFuzzer -sanitize=fuzzer,address -O -g \
    -swift-version 6 "${sources[@]}" -o "$out/lookup-text-fuzzer"

cd "$out"
exec ./lookup-text-fuzzer -max_total_time="$seconds" -max_len=512 -timeout=10 \
    -dict="$root/Fuzz/LookupTextFuzzer/lookup.dict" -artifact_prefix=lookup-artifacts/ \
    -print_final_stats=1 "$@" lookup-corpus "$root/Fuzz/LookupTextFuzzer/corpus"
