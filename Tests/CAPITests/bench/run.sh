#!/usr/bin/env bash
# Benchmarks the C boundary of kehoach_deadline_parse against the same call in Swift.
#   Tests/CAPITests/bench/run.sh [ROUNDS]    (default 3000 rounds of 8 real deadline cells, 7 batches)
# Prints swift_ns_per_call, c_ns_per_call and their difference (target: under 1000 ns).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${SCRATCH:-.build-capi-bench}/bench
flags=(-parse-as-library -O -wmo -swift-version 6)
Tests/CAPITests/build_modules.sh "$out" "${flags[@]}"
swiftc "${flags[@]}" -module-name KeHoachBench -I "$out" -I capi/module Tests/CAPITests/bench/Bench.swift \
    "$out/libCKeHoach.a" "$out/libKeHoachStore.a" "$out/libKeHoach.a" -lsqlite3 -o "$out/bench-kehoach"
"$out/bench-kehoach" "${1:-3000}"
