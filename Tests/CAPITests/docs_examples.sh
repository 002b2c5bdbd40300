#!/usr/bin/env bash
# The examples of docs/c-api.md run as the page writes them, against an installed prefix.
#
#   Tests/CAPITests/docs_examples.sh PREFIX WORK_DIR
#
# Every fenced block of docs/c-api.md whose first lines say "file: NAME" is written to
# WORK_DIR/docs/NAME with /usr/local replaced by PREFIX, then
#   1. overdue.c is compiled with pkg-config from a moved copy of PREFIX (kehoach.pc is
#      relocatable) with the page's rpath line, and run read-only on a store: its output has the
#      overdue rows and the store file is unchanged;
#   2. overdue-cli.php runs with PHP's own settings (ffi.enable=preload allows the CLI), its
#      error path prints libkehoach's message (kehoach_errmsg is a PHP string);
#   3. overdue.php is served by `php -S` on loopback: with the installed kehoach-ffi.ini in the
#      scan dir it lists the rows and answers an unknown unit with 404 and the Vietnamese
#      message; a page calling FFI::cdef() itself is refused there, as the page says.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
prefix=$1
work=$2/docs
mkdir -p "$work"
failures=0
fail() { echo "docs example FAILED: $*" >&2; failures=$((failures + 1)); }

python3 - "$root/docs/c-api.md" "$work" "$prefix" <<'PY'
import re, sys
page, out, prefix = sys.argv[1:]
text = open(page, encoding="utf-8").read()
found = 0
for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S):
    name = re.search(r"file: ([\w.-]+)", "\n".join(block.splitlines()[:2]))
    if name:
        open(f"{out}/{name.group(1)}", "w", encoding="utf-8").write(block.replace("/usr/local", prefix))
        found += 1
if found != 3:
    sys.exit(f"docs/c-api.md: {found} examples marked 'file:', expected 3")
PY

# A store with a plan and overdue work in it, made by the C API from Python.
db=$work/kehoach.db
KEHOACH_LIB=$prefix/lib/libkehoach.so.0 python3 - "$db" "$root/examples/da-loc-2025.json" <<'PY'
import ctypes, os, sys
k = ctypes.CDLL(os.environ["KEHOACH_LIB"])
db = ctypes.c_void_p()
assert k.kehoach_open(sys.argv[1].encode(), 4, ctypes.byref(db)) == 0
plan_id = ctypes.c_int64()
assert k.kehoach_plan_import_json(db, open(sys.argv[2], "rb").read(), ctypes.byref(plan_id)) == 0
k.kehoach_close(db)
PY
before=$(sha256sum < "$db")
unit="Tư pháp - Hộ tịch"

echo "-- overdue.c, from a moved prefix"
moved=$work/moved-prefix
cp -a "$prefix" "$moved"
(
    export PKG_CONFIG_PATH=$moved/lib/pkgconfig
    cd "$work"
    # shellcheck disable=SC2046
    cc overdue.c $(pkg-config --cflags --libs kehoach) -Wl,-rpath,"$(pkg-config --variable=libdir kehoach)" -o overdue
)
readelf -d "$work/overdue" | grep -q "RUNPATH.*moved-prefix" || fail "overdue has no rpath into the moved prefix"
out=$("$work/overdue" "$db" "$unit" 2025-12-31) || fail "overdue.c exited $?"
grep -q '^2025-' <<< "$out" || fail "overdue.c printed no overdue row: $out"
grep -q '"due": "2025-06-30"' <<< "$out" || fail "overdue.c printed no deadline JSON"
err=$("$work/overdue" "$db" "Phòng Không Có" 2>&1 >/dev/null) && fail "overdue.c accepted an unknown unit"
grep -q "Không tìm thấy" <<< "$err" || fail "overdue.c's error is not libkehoach's message: $err"
[[ $(sha256sum < "$db") == "$before" ]] || fail "overdue.c changed the store"

if ! command -v php > /dev/null || ! php -r 'exit(class_exists("FFI") ? 0 : 1);'; then
    echo "-- PHP examples: SKIPPED (no php with FFI)"
    exit $((failures > 0))
fi

echo "-- overdue-cli.php, PHP's own settings"
export LD_LIBRARY_PATH=$prefix/lib   # the test's prefix is not in the ldconfig cache
out=$(cd "$work" && KEHOACH_DB=$db php overdue-cli.php "$unit" 2025-12-31) || fail "overdue-cli.php exited $?"
grep -q '^2025-' <<< "$out" || fail "overdue-cli.php printed no overdue row: $out"
grep -q '^2025-05-05$' <<< "$out" || fail "overdue-cli.php printed no working day"
err=$(cd "$work" && KEHOACH_DB=$db php overdue-cli.php "Phòng Không Có" 2>&1 >/dev/null) && fail "overdue-cli.php accepted an unknown unit"
grep -q "^Lỗi: Không tìm thấy" <<< "$err" || fail "overdue-cli.php's error path: $err"
err=$(cd "$work" && KEHOACH_DB=$work/missing.db php overdue-cli.php 2>&1 >/dev/null) && fail "overdue-cli.php opened a missing file"
grep -q "^Lỗi: .*missing.db" <<< "$err" || fail "overdue-cli.php's open error: $err"

echo "-- KeHoach.php on the command line (no preload: it loads the installed header itself)"
out=$(php -r 'require $argv[1]; echo KeHoach::workdaysAdd("2025-04-25", 4), "\n";
    try { KeHoach::parseDeadline(str_repeat("Quý I, ", 1000), 2025); } catch (KeHoachException $e) { echo $e->getCode(), " ", $e->getMessage(), "\n"; }' \
    "$prefix/share/kehoach/php/KeHoach.php") || fail "KeHoach.php on the command line exited $?"
grep -q '^2025-05-05$' <<< "$out" && grep -q '^3 .*4096 byte' <<< "$out" || fail "KeHoach.php on the command line: $out"

echo "-- overdue.php under php -S, with the installed kehoach-ffi.ini"
# preloading runs as www-data (opcache.preload_user): it must reach the installed files.
chmod a+rx "$2" "$work" && chmod -R a+rX "$prefix"
site=$work/site conf=$work/php-conf
mkdir -p "$site" "$conf"
cp "$work/overdue.php" "$site/"
printf '<?php\n$k = FFI::cdef("int kehoach_libversion_number(void);", "libkehoach.so.0");\necho $k->kehoach_libversion_number();\n' > "$site/cdef.php"
ln -s "$prefix/share/kehoach/php/kehoach-ffi.ini" "$conf/30-kehoach-ffi.ini"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
KEHOACH_DB=$db PHP_INI_SCAN_DIR=":$conf" php -S "127.0.0.1:$port" -t "$site" > "$work/php-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
get() { curl -s -w '\n%{http_code}' -G "http://127.0.0.1:$port/$1" "${@:2}"; }
page=$(get overdue.php --data-urlencode "unit=$unit" --data-urlencode "as_of=2025-12-31")
grep -q '^2025-' <<< "$page" && [[ $(tail -1 <<< "$page") == 200 ]] || fail "overdue.php: $page"
grep -q '2025-05-05' <<< "$page" || fail "overdue.php: no working day: $page"
page=$(get overdue.php --data-urlencode "unit=Phòng Không Có")
[[ $(tail -1 <<< "$page") == 404 ]] && grep -q "^Lỗi: Không tìm thấy" <<< "$page" || fail "overdue.php's error path: $page"
page=$(get cdef.php)
grep -q 'FFI API is restricted by "ffi.enable"' <<< "$page$(cat "$work/php-server.log")" \
    || fail "FFI::cdef in a page was not refused as the page says: $page"
kill "$server"
[[ $(sha256sum < "$db") == "$before" ]] || fail "the examples changed the store"
if ((failures > 0)); then sed 's/^/  php -S: /' "$work/php-server.log" >&2; exit 1; fi
echo "docs/c-api.md examples: all passed"
