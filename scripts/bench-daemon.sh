#!/usr/bin/env bash
# kehoachd's numbers on a province-sized store (the example plans imported COPIES times under
# new numbers): time from start to READY=1, idle RSS after the first cycle, and the time of one
# cycle (steady state: nothing new; and a working day's 07:30 cycle with its notices), with the
# peak RSS of each cycle (`--once`: the process's ru_maxrss, store opening included) and of the
# running daemon's first cycle (VmHWM).
# Usage: scripts/bench-daemon.sh [COPIES]   (default 67: about 200 plans)
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-67}"
scratch="${KEHOACH_BENCH_SCRATCH:-.build-static}"
# Built as installed: the Swift runtime linked in (--static-swift-stdlib), so the server needs
# no Swift toolchain and the daemon maps only what it uses.
build=(swift build -c release --static-swift-stdlib --scratch-path "$scratch")
"${build[@]}" --product kehoach >/dev/null
"${build[@]}" --product kehoachd >/dev/null
export KEHOACH_BIN="$("${build[@]}" --show-bin-path)"
python3 - "$copies" <<'PY'
import os, socket, statistics, subprocess, sys, tempfile, time
sys.path.insert(0, "Tests/daemon")
import harness
copies = int(sys.argv[1])
work = tempfile.mkdtemp(prefix="kehoachd-bench-")
db = os.path.join(work, "kehoach.db")
began = time.monotonic()
harness.make_store(db, copies=copies)
plans = harness.sql(db, "SELECT count(*) FROM plans")[0][0]
occurrences = harness.sql(db, "SELECT count(*) FROM occurrences")[0][0]
print("store: %s plans, %s occurrences (built in %.0f s)" % (plans, occurrences, time.monotonic() - began))
daemon = os.path.join(harness.bin_dir(), "kehoachd")

def once(now, since=None):
    """One `--once` cycle: its time in ms (as kehoachd reports it), its stderr, and the process's
    peak RSS in MB (ru_maxrss from wait4: opening the store and the cycle)."""
    args = [daemon, "--db", db, "--once", "--stdout", "--now", now] + (["--since", since] if since else [])
    with tempfile.TemporaryFile(mode="w+") as errors:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read()
    if proc.returncode != 0:
        raise SystemExit("kehoachd --once failed (%d): %s" % (proc.returncode, err))
    return int(err.rsplit("cycle ", 1)[1].split(" ms")[0]), err, usage.ru_maxrss / 1024

# The first cycle sends the notices of the working day before; then steady-state cycles.
_, first, _ = once("2025-04-02T07:30", "2025-04-01T07:30")
busy_ms, busy, busy_peak = once("2025-04-03T07:30")
sent = busy.split(" ghi ")[1].split(" ")[0]
steady = [once("2025-04-03T%02d:%02d" % (8 + i // 60, i % 60)) for i in range(5)]
print("cycle, a working day's 07:30 (%s notices written, each marked sent on its own, and the digest): %d ms, "
      "peak RSS %.1f MB" % (sent, busy_ms, busy_peak))
print("cycle, steady state (nothing new), median of 5: %d ms, peak RSS %.1f MB"
      % (statistics.median(s[0] for s in steady), statistics.median(s[2] for s in steady)))

ready, rss, hwm = [], [], []
for i in range(5):
    path = os.path.join(work, "notify-%d.sock" % i)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); sock.bind(path); sock.settimeout(10)
    start = time.monotonic()
    proc = subprocess.Popen([daemon, "--db", db, "--stdout", "--now", "2025-04-03T10:00"], stdout=subprocess.DEVNULL,
                            env=dict(os.environ, NOTIFY_SOCKET=path))
    while "READY=1" not in sock.recv(4096).decode():
        pass
    ready.append(1000 * (time.monotonic() - start))
    while "STATUS=Kiểm tra tiếp" not in sock.recv(4096).decode():
        pass
    time.sleep(2)
    with open("/proc/%d/status" % proc.pid) as f:
        status = {l.split(":")[0]: int(l.split()[1]) / 1024 for l in f if l.startswith(("VmRSS", "VmHWM"))}
    rss.append(status["VmRSS"]); hwm.append(status["VmHWM"])
    proc.terminate(); proc.wait(); sock.close()
print("time to READY=1, median of 5: %.0f ms (target < 300)" % statistics.median(ready))
print("idle RSS after the first cycle, median of 5: %.1f MB (target < 20)" % statistics.median(rss))
print("peak RSS of the running daemon through its first cycle (VmHWM), median of 5: %.1f MB" % statistics.median(hwm))
subprocess.run(["rm", "-rf", work])
PY
