#!/usr/bin/env bash
# Measures the real `terrapin` release binary in a pseudo-terminal on a 10,000,000-row demo
# database. Builds the binary (release), builds the demo database once (outside the repo),
# creates a Python venv with pyte, and runs bench.py. Extra arguments go to bench.py, e.g.
#   Benchmarks/browser/run.sh --only startup,keys --keys 50
# Environment: TERRAPIN_BENCH_DIR (default /tmp/terrapin-bench), TERRAPIN_BENCH_ROWS
# (default 10000000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${TERRAPIN_BENCH_DIR:-/tmp/terrapin-bench}"
rows="${TERRAPIN_BENCH_ROWS:-10000000}"
database="$work/demo-$rows.sqlite"
mkdir -p "$work"

echo "== building terrapin (release)" >&2
(cd "$root" && swift build -c release --product terrapin >&2)
binary="$(cd "$root" && swift build -c release --show-bin-path)/terrapin"

if [ ! -f "$database" ]; then
    echo "== building the $rows-row demo database at $database" >&2
    start=$(date +%s)
    "$binary" demo --rows "$rows" --path "$database" --build-only
    echo "built in $(( $(date +%s) - start )) s" | tee "$database.build-time" >&2
fi

if [ ! -x "$work/venv/bin/python" ]; then
    echo "== creating $work/venv with pyte" >&2
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install --quiet pyte
fi

# Warm the page cache so every run starts from the same state (we measure warm starts).
cat "$database" > /dev/null

stamp="$(date +%Y%m%d-%H%M%S)"
"$work/venv/bin/python" "$here/bench.py" --binary "$binary" --database "$database" \
    --json "$work/results-$stamp.json" "$@" > /dev/null
"$work/venv/bin/python" "$here/report.py" "$work/results-$stamp.json"
