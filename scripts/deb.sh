#!/usr/bin/env bash
# Builds .build-deb/kehoach_VERSION_amd64.deb with dpkg-deb from what `make build` made:
# `make install` into a staging root with PREFIX=/usr and the unit in /lib/systemd/system, plus
# the control file and the maintainer scripts a Debian package of a service has (the user from
# sysusers.d, the state directory from tmpfiles.d, the journal catalog, ldconfig, daemon-reload,
# enabling and starting kehoachd on install, stopping it on removal). Called by `make deb`.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^#define KEHOACH_VERSION *"\([0-9.]*\)".*/\1/p' Include/kehoach.h)
arch=$(dpkg --print-architecture)
out=.build-deb
root=$out/root
rm -rf "$root"
mkdir -p "$root/DEBIAN"

# With the system PATH only: make install must not need (or run) the Swift toolchain.
env PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    make --no-print-directory install DESTDIR="$PWD/$root" PREFIX=/usr UNITDIR=/lib/systemd/system > /dev/null
# As Debian packages ship them: without symbols (the Swift runtime linked in stays whole).
strip --strip-all "$root/usr/bin/kehoach" "$root/usr/bin/kehoachd"
install -D -m 0644 /dev/stdin "$root/usr/share/doc/kehoach/copyright" <<'TEXT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: kehoach
Comment: the plans of Vietnamese communes, their deadlines and notices (libkehoach, kehoachd,
 kehoach). The store /var/lib/kehoach is kept when the package is removed or purged.
TEXT

# What the programs and the library link: readelf's NEEDED, by the Debian package that has it.
needed=$(for f in "$root/usr/bin/kehoach" "$root/usr/bin/kehoachd" "$root/usr/lib/libkehoach.so.$version"; do
    readelf -d "$f" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'; done | sort -u)
depends=()
for lib in $needed; do
    # awk reads to the end (no early exit), so that ldconfig never dies of SIGPIPE under pipefail.
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ && !found {print $NF; found = 1}')
    [[ -n $path ]] || { echo "deb.sh: $lib (needed) not found by ldconfig" >&2; exit 1; }
    package=$(dpkg -S "$(readlink -f "$path")" 2> /dev/null | sed -n '1s/:.*//p') \
        || package=$(dpkg -S "$path" | sed -n '1s/:.*//p')
    depends+=("$package")
done
depends_line=$(printf '%s\n' "${depends[@]}" systemd | sort -u | paste -sd, | sed 's/,/, /g')

cat > "$root/DEBIAN/control" <<TEXT
Package: kehoach
Version: $version
Architecture: $arch
Maintainer: kehoach <kehoach@localhost>
Section: admin
Priority: optional
Depends: $depends_line
Recommends: libcurl4, libssl3
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Description: deadlines of Vietnamese communes' governance-improvement plans
 kehoach keeps the plans ("Kế hoạch nâng cao Chỉ số PAPI, PAR INDEX, SIPAS") of communes and
 provinces, reads their deadlines written in Vietnamese, and reminds the units responsible.
 .
 This package has kehoachd, the systemd service that checks the deadlines and writes each notice
 to the journal, and sends alerts by e-mail and webhook (with libcurl4, loaded only when
 configured); kehoach, the administrators' command-line tool; and libkehoach, the C API
 (header, shared and static library, pkg-config file, PHP FFI files) for provincial software.
TEXT
echo /etc/kehoach/kehoachd.conf > "$root/DEBIAN/conffiles"

cat > "$root/DEBIAN/postinst" <<'TEXT'
#!/bin/sh
# kehoach postinst: the user and group, the state directory, the catalog, the library cache;
# then kehoachd is enabled on first install and (re)started, as dh_installsystemd would do.
set -e
if [ "$1" = configure ]; then
    systemd-sysusers kehoach.conf
    systemd-tmpfiles --create kehoach.conf
    journalctl --update-catalog || true
    ldconfig
    if [ -z "$2" ]; then
        systemctl --quiet enable kehoachd.service
    fi
    if [ -d /run/systemd/system ]; then
        systemctl --system daemon-reload
        if systemctl --quiet is-enabled kehoachd.service; then
            if command -v deb-systemd-invoke > /dev/null; then
                deb-systemd-invoke restart kehoachd.service
            else
                systemctl restart kehoachd.service
            fi
        fi
    fi
fi
exit 0
TEXT
cat > "$root/DEBIAN/prerm" <<'TEXT'
#!/bin/sh
# kehoach prerm: stop kehoachd before its files go; disable it when the package is removed.
set -e
if [ -d /run/systemd/system ]; then
    systemctl stop kehoachd.service || true
fi
if [ "$1" = remove ]; then
    systemctl --quiet disable kehoachd.service || true
fi
exit 0
TEXT
cat > "$root/DEBIAN/postrm" <<'TEXT'
#!/bin/sh
# kehoach postrm: forget the removed unit and library. The store in /var/lib/kehoach holds the
# communes' plans and progress: it is kept, also on purge (delete it by hand if it must go).
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
    ldconfig
    journalctl --update-catalog || true
    if [ -d /run/systemd/system ]; then
        systemctl --system daemon-reload || true
    fi
fi
exit 0
TEXT
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"

deb=$out/kehoach_${version}_$arch.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" > /dev/null
echo "$deb: $(( $(stat -c %s "$deb") / 1024 )) KiB; Depends: $depends_line"
