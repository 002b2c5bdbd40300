#!/usr/bin/env python3
"""kehoachd under a real systemd: a Debian 12 rootfs booted with systemd-nspawn (volatile
overlay, so the cached rootfs is never changed), the unit, sysusers, tmpfiles, catalog and
config installed as `make install` would, then: the unit becomes active only after READY=1,
STATUS shows the next check, notices reach the container's journal with their fields and
catalog text, reload (good and bad config), the watchdog keeps it alive, the hardened sandbox
lets it run, `systemd-analyze verify` is clean and `security` scores 2.0 or lower, stop is clean.

The rootfs is made once with debootstrap and cached in $KEHOACH_ROOTFS
(default /var/cache/kehoach-test/rootfs); the daemon is built with --static-swift-stdlib."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

t = harness.Checks("nspawn")
ROOTFS = os.environ.get("KEHOACH_ROOTFS", "/var/cache/kehoach-test/rootfs")
def host_mirror():
    """The Debian mirror this machine's apt already uses (its first `URIs:` or `deb` line), so
    the test fetches from where the machine is set up to, and names no host itself."""
    import glob
    for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")) + ["/etc/apt/sources.list"]:
        try:
            lines = open(path, encoding="utf-8").read().splitlines()
        except OSError:
            continue
        for line in lines:
            words = line.split()
            if line.startswith("URIs:") and len(words) > 1 and "security" not in words[1]:
                return words[1]
            if words[:1] == ["deb"] and len(words) > 2 and "security" not in words[-3]:
                return next(w for w in words[1:] if "://" in w)
    raise SystemExit("nspawn: no Debian mirror found in /etc/apt; set KEHOACH_MIRROR")


MIRROR = os.environ.get("KEHOACH_MIRROR") or host_mirror()


def ensure_rootfs():
    if not os.path.exists(os.path.join(ROOTFS, "usr/lib/systemd/systemd")):
        partial = ROOTFS + ".partial"
        shutil.rmtree(partial, ignore_errors=True)
        os.makedirs(os.path.dirname(ROOTFS), exist_ok=True)
        subprocess.run(["debootstrap", "--variant=minbase", "--include=systemd,systemd-sysv,dbus,libsqlite3-0,procps",
                        "bookworm", partial, MIRROR], check=True, stdout=subprocess.DEVNULL)
        os.rename(partial, ROOTFS)
    # A rootfs cached by an older version of this test may lack what the unit needs at run time:
    # libsqlite3 (the store) and procps (/bin/kill, ExecReload).
    if not (os.path.exists(os.path.join(ROOTFS, "usr/lib/x86_64-linux-gnu/libsqlite3.so.0"))
            and os.path.exists(os.path.join(ROOTFS, "bin/kill"))):
        shutil.copy("/etc/resolv.conf", os.path.join(ROOTFS, "etc/resolv.conf"))
        subprocess.run(["chroot", ROOTFS, "apt-get", "install", "-y", "-qq", "libsqlite3-0", "procps"], check=True,
                       stdout=subprocess.DEVNULL)


def static_daemon():
    if os.environ.get("KEHOACH_STATIC_BIN"):
        return os.path.join(os.environ["KEHOACH_STATIC_BIN"], "kehoachd")
    scratch = os.environ.get("KEHOACH_STATIC_SCRATCH", os.path.join(harness.ROOT, ".build-static"))
    cmd = ["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", scratch, "--product", "kehoachd"]
    subprocess.run(cmd, cwd=harness.ROOT, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(cmd + ["--show-bin-path"], cwd=harness.ROOT, check=True, capture_output=True, text=True)
    return os.path.join(out.stdout.strip(), "kehoachd")


ensure_rootfs()
binary = static_daemon()
stage = tempfile.mkdtemp(prefix="kehoachd-nspawn-")
os.chmod(stage, 0o755)
for name in ["kehoachd.service", "kehoach.sysusers.conf", "kehoach.tmpfiles.conf", "kehoachd.catalog", "kehoachd.conf"]:
    shutil.copy(os.path.join(harness.ROOT, "systemd", name), stage)
shutil.copy(binary, os.path.join(stage, "kehoachd"))
harness.make_store(os.path.join(stage, "kehoach.db"))
with open(os.path.join(stage, "override.conf"), "w") as f:
    f.write("[Service]\nExecStart=\nExecStart=/usr/local/bin/kehoachd --config /etc/kehoach/kehoachd.conf "
            "--now 2025-04-03T07:29 --since 2025-03-01T00:00\nWatchdogSec=2s\n")

machine = "kehoachd-test-%d" % os.getpid()
nspawn = subprocess.Popen(["systemd-nspawn", "-D", ROOTFS, "--volatile=overlay", "-b", "--register=no", "--keep-unit",
                           "-M", machine, "--console=passive", "--bind-ro=%s:/stage" % stage],
                          stdout=subprocess.DEVNULL, stderr=open(os.path.join(stage, "nspawn.log"), "w"))
def container_init():
    """The container's PID 1 as the host sees it: the child of systemd-nspawn that runs systemd.
    systemd-nspawn may first fork a short-lived helper, so the first child is not always it."""
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(nspawn.pid)], capture_output=True, text=True).stdout.split()
    for pid in children:
        try:
            with open("/proc/%s/comm" % pid) as f:
                if f.read().strip() == "systemd":
                    return pid
        except OSError:
            pass
    return None


leader = None
for _ in range(300):
    leader = container_init()
    if leader or nspawn.poll() is not None:
        break
    time.sleep(0.1)


def inside(*cmd, check=False):
    return subprocess.run(["nsenter", "-t", leader, "-a"] + list(cmd), capture_output=True, text=True, check=check)


def show(prop):
    return inside("systemctl", "show", "-p", prop, "--value", "kehoachd").stdout.strip()


try:
    t.check(leader is not None, "systemd-nspawn booted a container (leader pid %s)" % leader)
    state = ""
    for _ in range(100):
        if leader is None:
            break
        state = inside("systemctl", "is-system-running", "--wait").stdout.strip()
        if state in ("running", "degraded"):
            break
        time.sleep(0.2)
    t.check(state in ("running", "degraded"), "the container's systemd finished booting (%s)" % state)
    if state not in ("running", "degraded"):
        print(open(os.path.join(stage, "nspawn.log")).read()[-3000:], file=sys.stderr)
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
    if leader:
        subprocess.run(["kill", "-s", "SIGRTMIN+4", leader])
    try:
        nspawn.wait(timeout=30)
    except subprocess.TimeoutExpired:
        nspawn.kill()
    shutil.rmtree(stage, ignore_errors=True)
t.finish()
