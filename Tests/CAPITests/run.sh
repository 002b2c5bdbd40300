#!/usr/bin/env bash
# The C API's clients as tests: builds libkehoach, installs it into a temporary PREFIX, then
#   1. compiles c_client.c with `cc $(pkg-config --cflags --libs kehoach)` and runs it,
#   2. links c_client.c again against the static libkehoach.a (pkg-config --static) and runs it,
#   3. runs test_ctypes.py (Python ctypes) against the installed libkehoach.so.0,
#   4. installs bindings/python with `pip install` into a fresh venv and runs its tests,
#   5. loads kehoach_ffi.h with PHP's FFI::cdef() when php (with FFI) is installed,
#   6. runs the examples of docs/c-api.md as written (docs_examples.sh: C from a moved prefix,
#      PHP on the command line and under `php -S` with the installed preload settings),
#   7. runs both C programs again with the Swift toolchain hidden (`unshare -m`, a tmpfs mounted
#      over the toolchain): they must need nothing from it.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

PREFIX=$prefix capi/build.sh install
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
cflags=$(pkg-config --cflags kehoach)

echo "== C client, shared library"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L Tests/CAPITests/c_client.c -o "$work/c_client" \
    $(pkg-config --cflags --libs kehoach) -Wl,-rpath,"$prefix/lib" -lpthread
mkdir -p "$work/shared"
"$work/c_client" "$root/examples" "$work/shared"

echo "== C client, static library"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L Tests/CAPITests/c_client.c -o "$work/c_client_static" \
    $cflags -L"$prefix/lib" -l:libkehoach.a $(pkg-config --static --libs-only-l kehoach | sed 's/-lkehoach//') \
    -lpthread 2> >(grep -v -e "mktemp' is dangerous" -e 'in function .*createTemporaryFile' >&2)
if readelf -d "$work/c_client_static" | grep -q 'libkehoach'; then
    echo "c_client_static links libkehoach dynamically" >&2
    exit 1
fi
mkdir -p "$work/static"
"$work/c_client_static" "$root/examples" "$work/static"

echo "== Python ctypes client"
KEHOACH_LIB=$prefix/lib/libkehoach.so.0 KEHOACH_EXAMPLES=$root/examples \
    python3 Tests/CAPITests/test_ctypes.py

echo "== Python package (pip install ./bindings/python)"
# Debian's python3 (its venv has pip and setuptools); without network pip builds from the
# wheels python3-*-whl put in /usr/share/python-wheels.
venv_python=$(command -v /usr/bin/python3 || command -v python3)
"$venv_python" -m venv "$work/venv"
pip_offline=()
[[ -d /usr/share/python-wheels ]] && pip_offline=(--no-index --find-links /usr/share/python-wheels)
"$work/venv/bin/pip" install -q "${pip_offline[@]}" ./bindings/python
(cd "$work" && KEHOACH_LIB=$prefix/lib/libkehoach.so.0 KEHOACH_EXAMPLES=$root/examples \
    "$work/venv/bin/python" -m unittest discover -s "$root/bindings/python/tests")

if command -v php > /dev/null && php -r 'exit(class_exists("FFI") ? 0 : 1);'; then
    echo "== PHP FFI client"
    php -d ffi.enable=1 Tests/CAPITests/ffi_client.php "$prefix/include/kehoach_ffi.h" \
        "$prefix/lib/libkehoach.so.0" "$root/examples/duc-hop-2023-reporting.json" "$work/php.db"
else
    echo "== PHP FFI client: SKIPPED (no php with FFI; apt-get install php8.2-cli)"
fi

echo "== The examples of docs/c-api.md"
Tests/CAPITests/docs_examples.sh "$prefix" "$work"

echo "== Without the Swift toolchain"
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")
if unshare -m true 2> /dev/null; then
    rm -rf "$work/shared" "$work/static"
    mkdir -p "$work/shared" "$work/static"
    unshare -m sh -ec '
        mount -t tmpfs none "$1"
        if [ -n "$(ls -A "$1")" ]; then echo "toolchain still visible" >&2; exit 1; fi
        if ldd "$2/prefix/lib/libkehoach.so.0" | grep -qi swift; then echo "libkehoach.so needs Swift" >&2; exit 1; fi
        "$2/c_client" "$3/examples" "$2/shared"
        "$2/c_client_static" "$3/examples" "$2/static"
    ' sh "$toolchain" "$work" "$root"
    echo "both C clients ran with $toolchain hidden"
else
    echo "unshare -m is not permitted here (needs root or user namespaces): clean-environment check SKIPPED" >&2
    exit 1
fi
echo "C API clients: all passed"
