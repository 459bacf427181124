#!/usr/bin/env bash
# The Tortoise ORM column: makes a virtual environment (once) with tortoise-orm from PyPI,
# runs bench.py on the same schema, rows and workloads as the Swift bench, and prints its
# column with ratios to the raw C medians of the latest `Benchmarks/run.sh` (if any).
# Extra arguments go to bench.py (try --help).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet "tortoise-orm==1.1.9"
fi
mkdir -p "$here/../.build"
exec "$venv/bin/python" "$here/bench.py" \
    --swift-results "$here/../.build/bench-results.json" \
    --json "$here/../.build/tortoise-results.json" "$@"
