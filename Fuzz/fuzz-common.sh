# Shared by the run-*-fuzzer.sh scripts (sourced, not run): builds one libFuzzer harness from
# its main.swift, extra sources and the TerrapinCore sources, then runs it on its corpus.
#
#   build_and_run_fuzzer NAME MODULE MAX_LEN DICT SEEDS SECONDS [SOURCE...] -- [FLAG...]
#
# NAME names the binary and the .build-fuzz/NAME-corpus and NAME-artifacts folders; SEEDS is
# the committed corpus; SOURCEs come before `--`, extra libFuzzer flags after it. The macro
# declarations are left out of the core: their implementations are a compiler plugin, which
# the core itself never uses.
build_and_run_fuzzer() {
    local name="$1" module="$2" max_len="$3" dict="$4" seeds="$5" seconds="$6"
    shift 6
    local sources=()
    while (($#)) && [[ "$1" != "--" ]]; do
        sources+=("$1")
        shift
    done
    shift || true
    local out="$root/.build-fuzz"
    mkdir -p "$out/$name-corpus" "$out/$name-artifacts"
    while IFS= read -r -d '' file; do
        sources+=("$file")
    done < <(find "$root/Sources/TerrapinCore" -name '*.swift' ! -name 'ModelMacros.swift' \
        -print0 | sort -z)
    swiftc -parse-as-library -module-name "$module" -sanitize=fuzzer,address -O -g \
        -swift-version 6 "${sources[@]}" -o "$out/$name-fuzzer"
    cd "$out"
    exec "./$name-fuzzer" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
        -dict="$dict" -artifact_prefix="$name-artifacts/" -print_final_stats=1 "$@" \
        "$name-corpus" "$seeds"
}
