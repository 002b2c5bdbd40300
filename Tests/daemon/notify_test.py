#!/usr/bin/env python3
"""The sd_notify protocol, read from a real NOTIFY_SOCKET as systemd would: READY=1 with a
STATUS, WATCHDOG=1 at half of WATCHDOG_USEC, RELOADING=1 with MONOTONIC_USEC then READY=1 on
SIGHUP, a bad config on reload refused with the old one kept, a write by another process
waking a cycle, STOPPING=1 and exit 0 on SIGTERM. Prints the time from start to READY=1."""
import os
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

t = harness.Checks("sd_notify")
work = tempfile.mkdtemp(prefix="kehoachd-notify-")
daemon = os.path.join(harness.bin_dir(), "kehoachd")
db = os.path.join(work, "kehoach.db")
harness.make_store(db, files=[f for f in harness.EXAMPLES if "da-loc" in f])
conf = os.path.join(work, "kehoachd.conf")
with open(conf, "w") as f:
    f.write("database = %s\ncheck_time = 07:30\nlog_level = debug\n" % db)
path = os.path.join(work, "notify.sock")
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(path)
sock.settimeout(0.2)


def messages_until(predicate, timeout=10.0):
    """Datagrams received until one satisfies `predicate` (or the timeout); all of them."""
    got, end = [], time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            message = sock.recv(65536).decode()
        except socket.timeout:
            continue
        got.append(message)
        if predicate(message):
            break
    return got


env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="600000")
began = time.monotonic()
proc = subprocess.Popen([daemon, "--config", conf, "--stdout", "--now", "2025-04-03T08:00"], env=env,
                        stdout=open(os.path.join(work, "stdout.txt"), "w"), stderr=subprocess.STDOUT)
got = messages_until(lambda m: "READY=1" in m)
ready_ms = 1000 * (time.monotonic() - began)
t.check(any("READY=1" in m for m in got), "READY=1 once the store is open (%.0f ms after start)" % ready_ms)
got = messages_until(lambda m: "STATUS=Kiểm tra tiếp" in m)
status = [m for m in got if "STATUS=Kiểm tra tiếp" in m]
t.check(bool(status) and "việc quá hạn" in status[-1], "STATUS says the next check and the overdue count: "
        + (status[-1].split("STATUS=")[1] if status else "none"))
got = messages_until(lambda m: False, timeout=1.0)
pings = [m for m in got if m == "WATCHDOG=1"]
t.check(len(pings) >= 2, "WATCHDOG=1 about every 300 ms for WATCHDOG_USEC=600000 (%d in 1 s)" % len(pings))

proc.send_signal(1)  # SIGHUP
got = messages_until(lambda m: "READY=1" in m)
reloading = [m for m in got if "RELOADING=1" in m]
t.check(bool(reloading) and "MONOTONIC_USEC=" in reloading[0], "SIGHUP: RELOADING=1 with MONOTONIC_USEC")
t.check(any("READY=1" in m for m in got), "then READY=1")

with open(conf, "a") as f:
    f.write("check_time = 9h\n")
proc.send_signal(1)
messages_until(lambda m: "READY=1" in m)
time.sleep(0.3)
out = open(os.path.join(work, "stdout.txt")).read()
t.check("Từ chối cấu hình mới, giữ cấu hình cũ" in out and "dòng 4" in out, "a bad config on reload is refused, naming line 4")
t.check(proc.poll() is None, "and the daemon keeps running on the old one")

# Another process writes the store: the daemon wakes for a cycle (a new STATUS).
chieng = [f for f in harness.EXAMPLES if "chieng" in f]
subprocess.run([os.path.join(harness.bin_dir(), "kehoach"), "import", "--db", db] + chieng, check=True, capture_output=True)
got = messages_until(lambda m: "STATUS=Kiểm tra tiếp" in m, timeout=5)
t.check(any("STATUS=Kiểm tra tiếp" in m for m in got), "an import by another process wakes a cycle")

proc.send_signal(15)
got = messages_until(lambda m: "STOPPING=1" in m)
t.check(any("STOPPING=1" in m for m in got), "SIGTERM: STOPPING=1")
t.check(proc.wait(timeout=10) == 0, "and exit status 0")

bad = subprocess.run([daemon, "--config", os.path.join(harness.ROOT, "Tests/daemon/fixtures/bad.conf"), "--once"],
                     capture_output=True, text=True)
t.check(bad.returncode == 2 and "dòng 5" in bad.stderr, "a bad config at start: exit 2, with the line: " + bad.stderr.strip())
print("time to READY=1: %.0f ms" % ready_ms)
t.finish()
