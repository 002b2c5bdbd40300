#!/usr/bin/env python3
"""kehoachd under a real systemd: a Debian 12 rootfs booted with systemd-nspawn (volatile
overlay, so the cached rootfs is never changed; container.py), the unit, sysusers, tmpfiles, catalog and
config installed as `make install` would, then: the unit becomes active only after READY=1,
STATUS shows the next check, notices reach the container's journal with their fields and
catalog text, reload (good and bad config), the watchdog keeps it alive, the hardened sandbox
lets it run, `systemd-analyze verify` is clean and `security` scores 2.0 or lower, stop is clean.

The daemon is built with --static-swift-stdlib."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

import container  # noqa: E402

t = harness.Checks("nspawn")


def static_daemon():
    if os.environ.get("KEHOACH_STATIC_BIN"):
        return os.path.join(os.environ["KEHOACH_STATIC_BIN"], "kehoachd")
    scratch = os.environ.get("KEHOACH_STATIC_SCRATCH", os.path.join(harness.ROOT, ".build-static"))
    cmd = ["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", scratch, "--product", "kehoachd"]
    subprocess.run(cmd, cwd=harness.ROOT, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(cmd + ["--show-bin-path"], cwd=harness.ROOT, check=True, capture_output=True, text=True)
    return os.path.join(out.stdout.strip(), "kehoachd")


container.ensure_rootfs()
binary = static_daemon()
stage = tempfile.mkdtemp(prefix="kehoachd-nspawn-")
os.chmod(stage, 0o755)
for name in ["kehoachd.service", "kehoach.sysusers.conf", "kehoach.tmpfiles.conf", "kehoachd.catalog", "kehoachd.conf"]:
    shutil.copy(os.path.join(harness.ROOT, "systemd", name), stage)
shutil.copy(binary, os.path.join(stage, "kehoachd"))
# The checks below read the notice ladder of a --since window (due notices, their catalog text):
# replay every threshold instead of coalescing them (catch_up = latest, the default).
with open(os.path.join(stage, "kehoachd.conf"), "a") as f:
    f.write("\ncatch_up = all\n")
harness.make_store(os.path.join(stage, "kehoach.db"))
with open(os.path.join(stage, "override.conf"), "w") as f:
    f.write("[Service]\nExecStart=\nExecStart=/usr/local/bin/kehoachd --config /etc/kehoach/kehoachd.conf "
            "--now 2025-04-03T07:29 --since 2025-03-01T00:00\nWatchdogSec=2s\n")

box = container.Container(stage, "kehoachd-test")
leader = box.leader
inside = box.inside


def show(prop):
    return box.show("kehoachd", prop)


try:
    t.check(leader is not None, "systemd-nspawn booted a container (leader pid %s)" % leader)
    state = box.booted()
    t.check(state in ("running", "degraded"), "the container's systemd finished booting (%s)" % state)
    install = """set -e
install -m 0755 /stage/kehoachd /usr/local/bin/kehoachd
install -m 0644 /stage/kehoachd.service /etc/systemd/system/kehoachd.service
install -D -m 0644 /stage/kehoach.sysusers.conf /usr/lib/sysusers.d/kehoach.conf
install -D -m 0644 /stage/kehoach.tmpfiles.conf /usr/lib/tmpfiles.d/kehoach.conf
install -D -m 0644 /stage/kehoachd.catalog /usr/lib/systemd/catalog/kehoachd.catalog
install -D -m 0644 /stage/kehoachd.conf /etc/kehoach/kehoachd.conf
install -D -m 0644 /stage/override.conf /etc/systemd/system/kehoachd.service.d/test.conf
systemd-sysusers
systemd-tmpfiles --create /usr/lib/tmpfiles.d/kehoach.conf
journalctl --update-catalog
install -m 0660 -o kehoach -g kehoach /stage/kehoach.db /var/lib/kehoach/kehoach.db
systemctl daemon-reload
"""
    r = inside("sh", "-c", install)
    t.check(r.returncode == 0, "installed as make install would (sysusers, tmpfiles, catalog) " + r.stderr.strip())
    verify = inside("sh", "-c", "systemd-analyze verify /etc/systemd/system/kehoachd.service 2>&1")
    t.check(verify.returncode == 0 and verify.stdout.strip() == "", "systemd-analyze verify is clean " + verify.stdout.strip())

    began = time.monotonic()
    r = inside("systemctl", "start", "kehoachd")
    t.check(r.returncode == 0, "systemctl start returns once READY=1 came (%.0f ms) %s"
            % (1000 * (time.monotonic() - began), r.stderr.strip()))
    t.check(show("ActiveState") == "active" and show("User") == "kehoach", "active, as user kehoach")
    shared = inside("stat", "-c", "%a %U %G", "/var/lib/kehoach").stdout.strip()
    t.check(shared == "2770 kehoach kehoach", "the state directory is setgid 2770, kehoach:kehoach (%s)" % shared)
    time.sleep(1.5)
    status = show("StatusText")
    t.check(status.startswith("Kiểm tra tiếp lúc"), "STATUS: " + status)
    out = inside("journalctl", "-u", "kehoachd", "-o", "json", "--no-pager", "KEHOACH_KIND=due").stdout
    due = [json.loads(line) for line in out.splitlines() if line.strip()]
    t.check(len(due) > 0 and all(e["PRIORITY"] == "5" and e["MESSAGE_ID"] == "08d4440d8b944b6cab260e06987ccb9c" for e in due),
            "due notices in the container's journal under the unit (%d)" % len(due))
    x = inside("journalctl", "-u", "kehoachd", "-x", "--no-pager", "KEHOACH_KIND=due").stdout
    t.check("Subject: Due today: task" in x, "journalctl -x shows the catalog text")
    w = inside("journalctl", "-u", "kehoachd", "-p", "warning", "-o", "json", "--no-pager").stdout.splitlines()
    t.check(all(int(json.loads(l)["PRIORITY"]) <= 4 for l in w), "journalctl -u kehoachd -p warning: %d entries" % len(w))

    t1 = show("WatchdogTimestampMonotonic")
    time.sleep(4)
    t.check(show("ActiveState") == "active" and show("NRestarts") == "0" and show("WatchdogTimestampMonotonic") != t1,
            "WatchdogSec=2s: still active after 4 s with no restart, last ping moved")

    r = inside("systemctl", "reload", "kehoachd")
    time.sleep(0.5)
    log = inside("journalctl", "-u", "kehoachd", "--no-pager", "-o", "cat").stdout
    t.check(r.returncode == 0 and "Đã nạp lại cấu hình" in log, "systemctl reload: RELOADING/READY, config re-read")
    inside("sh", "-c", "echo 'check_time = 25:00' >> /etc/kehoach/kehoachd.conf")
    inside("systemctl", "reload", "kehoachd")
    time.sleep(0.5)
    refused = inside("journalctl", "-u", "kehoachd", "--no-pager", "-o", "cat", "MESSAGE_ID=13284852b8644dbfb17f60b76c35712c").stdout
    t.check("dòng" in refused and show("ActiveState") == "active", "a bad config on reload is refused, the service runs on: "
            + refused.strip()[:120])

    sec = inside("sh", "-c", "systemd-analyze security kehoachd.service | tail -1")
    score = sec.stdout.strip()
    value = float(score.split(":")[1].split()[0]) if ":" in score else 99
    t.check(value <= 2.0, "systemd-analyze security (live unit): " + score)

    r = inside("systemctl", "stop", "kehoachd")
    t.check(r.returncode == 0 and show("ActiveState") == "inactive" and show("Result") == "success",
            "systemctl stop: STOPPING=1, clean exit")
    stopping = inside("journalctl", "-u", "kehoachd", "--no-pager", "-o", "cat").stdout
    t.check("kehoachd dừng theo yêu cầu" in stopping, "it says goodbye in the journal")
finally:
    box.stop()
    shutil.rmtree(stage, ignore_errors=True)
t.finish()
