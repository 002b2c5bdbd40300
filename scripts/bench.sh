#!/usr/bin/env bash
# Benchmarks: the deadline parser and working-day arithmetic (ordo-one's package-benchmark, in
# Benchmarks/), then the side-by-side comparison with Python's dateparser.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
(cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --no-progress "$@")
swift build -c release --product kehoach
python3 scripts/compare_dateparser.py --kehoach "$(swift build -c release --show-bin-path)/kehoach"
