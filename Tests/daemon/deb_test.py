#!/usr/bin/env python3
"""The .deb on a fresh Debian 12 under a real systemd (container.py): `dpkg -i` of the package
`make deb` built (installed with apt-get, which brings its dependencies) creates the kehoach user and /var/lib/kehoach, updates the catalog and the
library cache, enables and starts kehoachd; the unit names /usr (PREFIX substituted); the CLI
runs with no Swift installed; `dpkg -r` stops the service and keeps the store.

$KEHOACH_DEB names the package to test; without it `make deb` builds it."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
import container  # noqa: E402

t = harness.Checks("deb")


def package():
    if os.environ.get("KEHOACH_DEB"):
        return os.environ["KEHOACH_DEB"]
    subprocess.run(["make", "--no-print-directory", "deb"], cwd=harness.ROOT, check=True, stdout=subprocess.DEVNULL)
    return sorted(glob.glob(os.path.join(harness.ROOT, ".build-deb", "kehoach_*.deb")))[-1]


container.ensure_rootfs()
deb = package()
stage = tempfile.mkdtemp(prefix="kehoach-deb-")
os.chmod(stage, 0o755)
shutil.copy(deb, os.path.join(stage, "kehoach.deb"))
shutil.copy(os.path.join(harness.ROOT, "examples", "da-loc-2025.json"), stage)
box = container.Container(stage, "kehoach-deb-test")
try:
    t.check(box.leader is not None, "systemd-nspawn booted a fresh Debian 12 (leader pid %s)" % box.leader)
    state = box.booted()
    t.check(state in ("running", "degraded"), "the container's systemd finished booting (%s)" % state)
    swift = box.inside("sh", "-c", "command -v swift swiftc; ls /usr/lib/swift 2>/dev/null").stdout.strip()
    t.check(swift == "", "no Swift toolchain or runtime in the container " + swift)

    # As an admin installs a downloaded .deb: apt fetches what it depends on (libxml2 for .docx).
    r = box.inside("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /stage/kehoach.deb")
    t.check(r.returncode == 0, "apt-get install ./kehoach.deb " + (r.stderr.strip()[-300:] or "succeeded"))
    active = ""
    for _ in range(50):
        active = box.show("kehoachd", "ActiveState")
        if active == "active":
            break
        time.sleep(0.2)
    t.check(active == "active" and box.show("kehoachd", "UnitFileState") == "enabled",
            "kehoachd enabled and started by the postinst (%s)" % active)
    t.check(box.show("kehoachd", "User") == "kehoach", "runs as the user systemd-sysusers created")
    exec_start = box.show("kehoachd", "ExecStart")
    docs = box.show("kehoachd", "Documentation")
    t.check("path=/usr/bin/kehoachd" in exec_start and "/usr/local" not in exec_start + docs,
            "the unit names PREFIX=/usr: " + exec_start[:80] + " " + docs)
    status = box.show("kehoachd", "StatusText")
    t.check(status.startswith("Kiểm tra tiếp lúc"), "STATUS: " + status)
    owner = box.inside("stat", "-c", "%U:%G %a", "/var/lib/kehoach").stdout.strip()
    t.check(owner.startswith("kehoach:kehoach"), "/var/lib/kehoach made by tmpfiles/StateDirectory: " + owner)
    catalog = box.inside("journalctl", "--list-catalog", "08d4440d8b944b6cab260e06987ccb9c").stdout
    t.check("08d4440d8b944b6cab260e06987ccb9c" in catalog, "journalctl --update-catalog ran: the catalog lists kehoachd")
    entry = box.inside("journalctl", "--dump-catalog", "08d4440d8b944b6cab260e06987ccb9c").stdout
    t.check("/usr/share/doc/kehoach/admin.md" in entry and "/usr/local" not in entry,
            "the catalog names /usr/share/doc/kehoach/admin.md")
    libs = box.inside("sh", "-c", "ldconfig -p | grep libkehoach.so.0").stdout.strip()
    t.check(libs.endswith("/lib/libkehoach.so.0"), "ldconfig knows libkehoach.so.0: " + libs)  # /lib is /usr/lib

    r = box.inside("sh", "-c", "kehoach import --db /tmp/k.db /stage/da-loc-2025.json && kehoach plans --db /tmp/k.db")
    t.check(r.returncode == 0 and "01/KH-UBND" in r.stdout, "kehoach runs without Swift: import, plans "
            + (r.stderr.strip()[:200] or r.stdout.strip().splitlines()[-1]))
    r = box.inside("kehoach", "deadline", "--year", "2025", "Quý I, II/2025")
    t.check(r.returncode == 0 and "30/06/2025" in r.stdout, "kehoach deadline: " + r.stdout.strip()[:120])
    r = box.inside("sh", "-c", "test -f /usr/share/bash-completion/completions/kehoach && test -f /usr/include/kehoach.h "
                   "&& test -f /usr/lib/pkgconfig/kehoach.pc && test -f /usr/include/kehoach_php.h")
    t.check(r.returncode == 0, "completion, header, kehoach.pc and the PHP header are installed")

    r = box.inside("dpkg", "-r", "kehoach")
    t.check(r.returncode == 0, "dpkg -r kehoach " + (r.stderr.strip() or "succeeded"))
    t.check(box.show("kehoachd", "ActiveState") in ("inactive", ""), "kehoachd stopped by the prerm")
    r = box.inside("sh", "-c", "test ! -e /usr/bin/kehoach && test -d /var/lib/kehoach && test -f /etc/kehoach/kehoachd.conf")
    t.check(r.returncode == 0, "the programs are gone, the store and the config are kept")
finally:
    box.stop()
    shutil.rmtree(stage, ignore_errors=True)
t.finish()
