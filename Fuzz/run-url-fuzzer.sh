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
out="$root/.build-fuzz"
core="$root/Sources/TerrapinCore"
mkdir -p "$out/url-corpus" "$out/url-artifacts"

# The parser lives in TerrapinSQLite, which imports CSQLite elsewhere; only
# SQLiteConfiguration.swift is needed, compiled into one module with the TerrapinCore sources,
# so its `import TerrapinCore` is dropped from a copy. The macro declarations are left out:
# their implementations are a compiler plugin, which the core itself never uses.
sed '/^import TerrapinCore$/d' "$root/Sources/TerrapinSQLite/SQLiteConfiguration.swift" \
    > "$out/SQLiteConfiguration.swift"
sources=("$root/Fuzz/SQLiteURLFuzzer/main.swift" "$out/SQLiteConfiguration.swift")
while IFS= read -r -d '' file; do
    sources+=("$file")
done < <(find "$core" -name '*.swift' ! -name 'ModelMacros.swift' -print0 | sort -z)

swiftc -parse-as-library -module-name SQLiteURLFuzzer -sanitize=fuzzer,address -O -g \
    -swift-version 6 "${sources[@]}" -o "$out/sqlite-url-fuzzer"

cd "$out"
exec ./sqlite-url-fuzzer -max_total_time="$seconds" -max_len=256 -timeout=10 \
    -dict="$root/Fuzz/SQLiteURLFuzzer/url.dict" -artifact_prefix=url-artifacts/ \
    -print_final_stats=1 "$@" url-corpus "$root/Fuzz/SQLiteURLFuzzer/corpus"
