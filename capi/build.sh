#!/usr/bin/env bash
# Builds libkehoach, the C API, and installs it.
#
#   capi/build.sh            build into $SCRATCH/capi-dist (default .build-capi-release/capi-dist)
#   capi/build.sh install    build, then install header, libraries and kehoach.pc under
#                            $DESTDIR$PREFIX (PREFIX=/usr/local, LIBDIR=$PREFIX/lib)
#   capi/build.sh install-only   install what an earlier build made, building nothing (make
#                            install: no Swift toolchain run, the PREFIX of the install used)
#
# What it makes:
#   lib/libkehoach.so.X.Y.Z  release build with the Swift runtime linked in (-static-stdlib),
#                            stripped, soname libkehoach.so.X, only kehoach_* exported
#                            (capi/kehoach.map); needs libc, libm, libstdc++, libgcc_s, libsqlite3
#   lib/libkehoach.so.X, lib/libkehoach.so   symlinks
#   lib/libkehoach.a         one relocatable object: the library, the Swift runtime archives and
#                            swiftrt.o merged with `ld -r`, every symbol but kehoach_* made local,
#                            so a C program links it with no Swift toolchain installed
#   lib/pkgconfig/kehoach.pc Libs.private lists what the static archive still needs; relocatable:
#                            its prefix is ${pcfiledir}-relative, so a moved tree still works
#   include/kehoach.h, include/kehoach_ffi.h (the preprocessor-free part, for PHP FFI::cdef)
#   include/kehoach_php.h    kehoach_ffi.h with FFI_SCOPE "kehoach" and FFI_LIB (the installed
#                            library's path), for PHP's ffi.preload + FFI::scope() under a web
#                            server (where Debian's ffi.enable=preload refuses FFI::cdef)
#   share/kehoach/php/KeHoach.php, kehoach-ffi.ini   the PHP class pages call (preloaded: under
#                            ffi.enable=preload only preloaded code may use FFI) and the settings
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scratch=${SCRATCH:-.build-capi-release}
prefix=${PREFIX:-/usr/local}
libdir=${LIBDIR:-$prefix/lib}
destdir=${DESTDIR:-}

version=$(sed -n 's/^#define KEHOACH_VERSION *"\([0-9.]*\)".*/\1/p' Include/kehoach.h)
major=${version%%.*}
swift_version=$(awk '/static let (major|minor|patch) =/ {printf "%s%s", sep, $NF; sep="."}' Sources/KeHoach/KeHoachVersion.swift)
if [[ "$version" != "$swift_version" ]]; then
    echo "build.sh: KEHOACH_VERSION $version in Include/kehoach.h differs from KeHoachVersion $swift_version" >&2
    exit 1
fi

mode=${1:-build}
dist=$scratch/capi-dist
so=$dist/lib/libkehoach.so.$version

# The files that name the install's prefix: kehoach_php.h (FFI_LIB), kehoach-ffi.ini, kehoach.pc.
prefixed_files() {  # prefixed_files OUT_DIR
    local out=$1
    mkdir -p "$out/include" "$out/share/kehoach/php" "$out/lib/pkgconfig"
    {
        # PHP reads the two defines only as the file's first lines.
        echo '#define FFI_SCOPE "kehoach"'
        echo "#define FFI_LIB \"$libdir/libkehoach.so.$major\""
        echo "/* kehoach_php.h: kehoach_ffi.h $version with the two lines above, for PHP's ffi.preload (docs/c-api.md). */"
        sed -n '/^\/\* kehoach FFI begin \*\/$/,/^\/\* kehoach FFI end \*\/$/p' Include/kehoach.h
    } > "$out/include/kehoach_php.h"
    sed -e "s|@INCLUDEDIR@|$prefix/include|g" -e "s|@DATADIR@|$prefix/share|g" capi/php/kehoach-ffi.ini.in \
        > "$out/share/kehoach/php/kehoach-ffi.ini"
    # Relocatable: the prefix is found from the .pc file's own place, as pkg-config defines ${pcfiledir}.
    local to_prefix libdir_in_prefix
    to_prefix=$(realpath -m --relative-to="$libdir/pkgconfig" "$prefix")
    libdir_in_prefix=$(realpath -m --relative-to="$prefix" "$libdir")
    sed -e "s|@PREFIX@|\${pcfiledir}/$to_prefix|" -e "s|@LIBDIR@|\${prefix}/$libdir_in_prefix|" -e "s|@VERSION@|$version|" \
        capi/kehoach.pc.in > "$out/lib/pkgconfig/kehoach.pc"
}

if [[ $mode == install-only ]]; then
    if [[ ! -f $so ]]; then
        echo "build.sh: nothing built in $dist: run 'make build' (or capi/build.sh) first" >&2
        exit 1
    fi
else
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")
static_dir=$toolchain/lib/swift_static/linux

# The same flags for both products, so the second build reuses the first one's objects. lld
# resolves the Swift metadata references locally (gold leaves local symbols in .dynsym).
flags=(-c release --scratch-path "$scratch" -Xswiftc -static-stdlib -Xswiftc -use-ld=lld
       -Xlinker "--version-script=$root/capi/kehoach.map" -Xlinker "-soname=libkehoach.so.$major")
swift build "${flags[@]}" --product KeHoachC
swift build "${flags[@]}" --product KeHoachCStatic
bin=$(swift build "${flags[@]}" --show-bin-path)

rm -rf "$dist"
mkdir -p "$dist/lib/pkgconfig" "$dist/include"

# Shared library.
install -m 0755 "$bin/libKeHoachC.so" "$dist/lib/libkehoach.so.$version"
strip --strip-all "$dist/lib/libkehoach.so.$version"
ln -s "libkehoach.so.$version" "$dist/lib/libkehoach.so.$major"
ln -s "libkehoach.so.$major" "$dist/lib/libkehoach.so"

# Static library: one merged object, only kehoach_* global.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ld -r -o "$work/kehoach.o" \
    --whole-archive "$bin/libKeHoachCStatic.a" --no-whole-archive "$static_dir/x86_64/swiftrt.o" \
    -L"$static_dir" --start-group -lFoundationEssentials -l_FoundationCShims -l_FoundationCollections \
    -lswiftSynchronization -lswift_StringProcessing -lswift_RegexParser -lswiftCore -lswift_Concurrency \
    -lswiftDispatch -ldispatch -lBlocksRuntime -lswiftGlibc --end-group
objcopy --strip-debug --wildcard --keep-global-symbol='kehoach_*' "$work/kehoach.o"
ar rcs "$dist/lib/libkehoach.a" "$work/kehoach.o"

# Headers and pkg-config file.
install -m 0644 Include/kehoach.h "$dist/include/kehoach.h"
{
    echo "/* kehoach_ffi.h: the preprocessor-free part of kehoach.h $version, for PHP's FFI::cdef(). */"
    sed -n '/^\/\* kehoach FFI begin \*\/$/,/^\/\* kehoach FFI end \*\/$/p' Include/kehoach.h
} > "$dist/include/kehoach_ffi.h"
prefixed_files "$dist"
install -m 0644 capi/php/KeHoach.php "$dist/share/kehoach/php/KeHoach.php"

# Checks of the contract: exports, dependencies, size, no preprocessor line for FFI.
if nm -D --defined-only "$so" | awk '{print $3}' | grep -v '^kehoach_' | grep -v '^KEHOACH_' | grep -q .; then
    echo "build.sh: libkehoach.so exports symbols other than kehoach_*:" >&2
    nm -D --defined-only "$so" | grep -v ' kehoach_' >&2
    exit 1
fi
if readelf -d "$so" | grep NEEDED | grep -vE '\[(libc|libm|libstdc\+\+|libgcc_s|libsqlite3|ld-linux-x86-64)\.so' | grep -q .; then
    echo "build.sh: libkehoach.so needs an unexpected library:" >&2
    readelf -d "$so" | grep NEEDED >&2
    exit 1
fi
size=$(stat -c %s "$so")
if (( size >= 25 * 1024 * 1024 )); then
    echo "build.sh: libkehoach.so is $size bytes, over the 25 MB target" >&2
    exit 1
fi
if grep -q '^[[:space:]]*#' "$dist/include/kehoach_ffi.h" \
    || [[ $(grep -c '^[[:space:]]*#' "$dist/include/kehoach_php.h") -ne 2 ]]; then
    echo "build.sh: kehoach_ffi.h has a preprocessor line" >&2
    exit 1
fi
echo "libkehoach $version: $(nm -D --defined-only "$so" | grep -c ' kehoach_') functions exported," \
     "libkehoach.so $((size / 1024)) KiB, libkehoach.a $(( $(stat -c %s "$dist/lib/libkehoach.a") / 1024 )) KiB"

fi

if [[ $mode == install || $mode == install-only ]]; then
    target=$destdir$prefix
    staged=$(mktemp -d)
    trap 'rm -rf "$staged" "${work:-}"' EXIT
    prefixed_files "$staged"
    install -d "$destdir$libdir/pkgconfig" "$target/include"
    install -m 0755 "$so" "$destdir$libdir/"
    ln -sf "libkehoach.so.$version" "$destdir$libdir/libkehoach.so.$major"
    ln -sf "libkehoach.so.$major" "$destdir$libdir/libkehoach.so"
    install -m 0644 "$dist/lib/libkehoach.a" "$destdir$libdir/"
    install -m 0644 "$staged/lib/pkgconfig/kehoach.pc" "$destdir$libdir/pkgconfig/"
    install -m 0644 "$dist/include/kehoach.h" "$dist/include/kehoach_ffi.h" "$staged/include/kehoach_php.h" "$target/include/"
    install -d "$target/share/kehoach/php"
    install -m 0644 "$staged/share/kehoach/php/kehoach-ffi.ini" "$dist/share/kehoach/php/KeHoach.php" \
        "$target/share/kehoach/php/"
    # The dynamic linker finds a new library in a system directory only after ldconfig.
    if [[ -z "$destdir" && $(id -u) -eq 0 ]] && command -v ldconfig > /dev/null; then ldconfig; fi
    echo "installed under $destdir$prefix"
fi
