#!/usr/bin/env bash
# Benchmarks: the deadline parser and working-day arithmetic (ordo-one's package-benchmark,
# targets under Benchmarks/, part of the package only with KEHOACH_BENCHMARKS=1, built in
# .build-bench), then the side-by-side comparison with Python's dateparser.
# Extra arguments go to the benchmark plugin, e.g. `scripts/bench.sh --target DeadlineBenchmarks`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
KEHOACH_BENCHMARKS=1 swift package --scratch-path .build-bench --allow-writing-to-package-directory \
  benchmark --no-progress "$@"
swift build -c release --product kehoach
python3 scripts/compare_dateparser.py --kehoach "$(swift build -c release --show-bin-path)/kehoach"
