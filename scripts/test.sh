#!/usr/bin/env bash
# The whole test suite: install what is missing, build, then run every stage and say which
# passed. Stages: the Swift tests (swift test), the C API's C, Python and PHP clients, and
# kehoachd against a real journald, under SIGKILL, with sd_notify, sharing its store with other
# users' processes, sending alerts to real SMTP and HTTP servers, and under a real systemd.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test || exit 1
swift build --build-tests || exit 1
export KEHOACH_BIN="$(swift build --show-bin-path)"

passed=0 failed=0 failures=()
stage() {  # stage NAME COMMAND...
  echo "━━ $1"
  if "${@:2}"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); failures+=("$1")
  fi
}
stage "swift test" swift test --skip-build
stage "C API clients (C, static, Python ctypes, PHP FFI, no toolchain)" Tests/CAPITests/run.sh
stage "kehoachd and a real journald" python3 Tests/daemon/journald_test.py
stage "kehoachd and sd_notify" python3 Tests/daemon/notify_test.py
stage "one store shared by kehoachd, a web app and the CLI (users kehoach, webapp)" python3 Tests/daemon/shared_store_test.py
stage "kehoachd killed at random in 100 cycles or more" python3 Tests/daemon/crash_test.py
stage "alerts by e-mail (aiosmtpd, STARTTLS, AUTH) and webhook (HMAC), retried, given up, under SIGKILL" python3 Tests/daemon/delivery_test.py
stage "kehoachd under a real systemd (nspawn)" python3 Tests/daemon/nspawn_test.py
stage "the .deb on a fresh Debian 12 (nspawn)" python3 Tests/daemon/deb_test.py

echo
[ ${#failures[@]} -eq 0 ] || printf 'failed stage: %s\n' "${failures[@]}"
echo "test stages: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
