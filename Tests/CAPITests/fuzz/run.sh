#!/usr/bin/env bash
# Fuzzes the C layer of libkehoach with libFuzzer for a bounded time.
#
#   Tests/CAPITests/fuzz/run.sh [SECONDS]     (default 60)
#
# Builds KeHoach, KeHoachStore and CKeHoach as static libraries with
# `swiftc -sanitize=fuzzer,address` (coverage-guided, AddressSanitizer), links FuzzEntry.swift
# (kehoach_deadline_parse, kehoach_plan_import_json/export, kehoach_occurrences_json,
# kehoach_workdays_add), and runs it over the committed seed corpus (real deadline cells and the
# example plans, plus regression-* inputs that once crashed). New inputs go to
# $SCRATCH/fuzz/corpus, crashes to $SCRATCH/fuzz/artifacts; the committed corpus is only read.
# libFuzzer runs in fork mode and keeps going after a crash, so one bug does not hide the next;
# the exit status is non-zero when any input crashed (each is listed).
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-60}
scratch=${SCRATCH:-.build-capi-fuzz}
out=$scratch/fuzz
mkdir -p "$out/corpus" "$out/artifacts"

flags=(-parse-as-library -sanitize=fuzzer,address -O -g -wmo -swift-version 6)

stamp=$out/build.stamp
if [[ ! -f $stamp ]] || [[ -n $(find Sources/KeHoach Sources/KeHoachStore Sources/CKeHoach Include \
        Tests/CAPITests/fuzz capi/module -newer "$stamp" -type f \( -name '*.swift' -o -name '*.h' -o -name '*.modulemap' \) \
        | head -1) ]]; then
    echo "building the fuzzer in $out"
    Tests/CAPITests/build_modules.sh "$out" "${flags[@]}"
    swiftc "${flags[@]}" -module-name KeHoachFuzz -I "$out" -I capi/module Tests/CAPITests/fuzz/FuzzEntry.swift \
        "$out/libCKeHoach.a" "$out/libKeHoachStore.a" "$out/libKeHoach.a" -lsqlite3 -o "$out/fuzz-kehoach"
    touch "$stamp"
fi

export KEHOACH_FUZZ_PLAN=$PWD/examples/da-loc-2025.json
rm -f "$out/artifacts/"*
"$out/fuzz-kehoach" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=131072 \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 \
    "$out/corpus" Tests/CAPITests/fuzz/corpus || true
rm -f /dev/shm/kehoach-fuzz-*   # the stores FuzzEntry.swift made, one per fuzzing process
if compgen -G "$out/artifacts/*" > /dev/null; then
    echo "fuzz: inputs that crashed (first byte selects the function, see FuzzEntry.swift):" >&2
    for artifact in "$out/artifacts/"*; do
        printf '  %s: %q\n' "$artifact" "$(head -c 200 "$artifact" | tr -d '\0')" >&2
    done
    exit 1
fi
echo "fuzz: no crash in $seconds s"
