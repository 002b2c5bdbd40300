#!/usr/bin/env bash
# Fuzzes the C layer of libkehoach with libFuzzer for a bounded time.
#
#   Tests/CAPITests/fuzz/run.sh [SECONDS]     (default 60)
#
# Builds KeHoach, KeHoachStore and CKeHoach as static libraries with
# `swiftc -sanitize=fuzzer,address` (coverage-guided, AddressSanitizer), links FuzzEntry.swift
# (kehoach_deadline_parse, kehoach_plan_import_json/export, kehoach_occurrences_json,
# kehoach_workdays_add), and runs it over the committed seed corpus (real deadline cells and the
# example plans). New inputs go to $SCRATCH/fuzz/corpus, crashes to $SCRATCH/fuzz/artifacts;
# the committed corpus is only read. Exit status non-zero when libFuzzer found a crash.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-60}
scratch=${SCRATCH:-.build-capi-fuzz}
out=$scratch/fuzz
mkdir -p "$out/corpus" "$out/artifacts"

flags=(-parse-as-library -sanitize=fuzzer,address -O -g -wmo -swift-version 6)
sources() { find "$1" -name '*.swift' | sort; }

stamp=$out/build.stamp
if [[ ! -f $stamp ]] || [[ -n $(find Sources/KeHoach Sources/KeHoachStore Sources/CKeHoach Include \
        Tests/CAPITests/fuzz -newer "$stamp" -type f | head -1) ]]; then
    echo "building the fuzzer in $out"
    swiftc "${flags[@]}" -module-name KeHoach -emit-module -emit-module-path "$out/KeHoach.swiftmodule" \
        -emit-library -static -o "$out/libKeHoach.a" $(sources Sources/KeHoach)
    swiftc "${flags[@]}" -module-name KeHoachStore -I "$out" -I Sources/CSQLite -emit-module \
        -emit-module-path "$out/KeHoachStore.swiftmodule" -emit-library -static -o "$out/libKeHoachStore.a" \
        $(sources Sources/KeHoachStore)
    swiftc "${flags[@]}" -module-name CKeHoach -I "$out" -I Sources/CSQLite -I capi/module -emit-module \
        -emit-module-path "$out/CKeHoach.swiftmodule" -emit-library -static -o "$out/libCKeHoach.a" \
        $(sources Sources/CKeHoach)
    swiftc "${flags[@]}" -module-name KeHoachFuzz -I "$out" -I capi/module Tests/CAPITests/fuzz/FuzzEntry.swift \
        "$out/libCKeHoach.a" "$out/libKeHoachStore.a" "$out/libKeHoach.a" -lsqlite3 -o "$out/fuzz-kehoach"
    touch "$stamp"
fi

export KEHOACH_FUZZ_PLAN=$PWD/examples/da-loc-2025.json
"$out/fuzz-kehoach" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=131072 \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 \
    "$out/corpus" Tests/CAPITests/fuzz/corpus
