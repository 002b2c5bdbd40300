#!/usr/bin/env bash
# Installs, through apt, the Debian packages kehoach builds and tests with, when missing.
# Usage: scripts/deps.sh [build|test]   (test adds what the test suite needs)
set -euo pipefail
want=(libsqlite3-dev libsystemd-dev pkg-config libcurl4-openssl-dev libssl-dev)
if [ "${1:-build}" = test ]; then
  # sqlite3 and python3 for the store and C API tests; php-cli for the PHP FFI client; systemd,
  # systemd-container, debootstrap, util-linux, procps and locales for kehoachd's journald,
  # sd_notify, crash and nspawn tests; passwd (useradd) and util-linux (runuser, setpriv) for the
  # shared-store tests, which run kehoachd and a web app as two users.
  want+=(sqlite3 python3 php-cli systemd systemd-container debootstrap util-linux procps locales binutils passwd)
  # python3-venv and the wheels for `pip install ./bindings/python` offline; curl for php -S.
  want+=(python3-venv python3-setuptools-whl python3-wheel-whl curl)
  # headless Chromium prints the HTML report to PDF; pdftotext and pdffonts read it back, fc-list
  # says which faces cover Vietnamese (Noto Serif is the report's first font).
  want+=(chromium poppler-utils fonts-dejavu-core fonts-noto-core fontconfig)
  # A real SMTP server (aiosmtpd, with STARTTLS on a certificate openssl makes) and Python's
  # http.server for the delivery tests.
  want+=(python3-aiosmtpd openssl)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Cài đặt / installing: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
