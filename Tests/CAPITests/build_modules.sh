#!/usr/bin/env bash
# Builds KeHoach, KeHoachStore and CKeHoach as static libraries with plain swiftc, for the
# fuzzer and the benchmark (which need flags SwiftPM would apply to every target).
#   Tests/CAPITests/build_modules.sh OUT_DIR SWIFTC_FLAGS...
# Leaves OUT_DIR/lib{KeHoach,KeHoachStore,CKeHoach}.a and their .swiftmodule files.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1
shift
mkdir -p "$out"
build() {
    local name=$1 dir=$2
    shift 2
    # shellcheck disable=SC2046
    swiftc "$@" -module-name "$name" -I "$out" -I Sources/CSQLite -I capi/module -emit-module \
        -emit-module-path "$out/$name.swiftmodule" -emit-library -static -o "$out/lib$name.a" \
        $(find "$dir" -name '*.swift' | sort)
}
build KeHoach Sources/KeHoach "$@"
build KeHoachStore Sources/KeHoachStore "$@"
build CKeHoach Sources/CKeHoach "$@"
