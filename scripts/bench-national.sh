#!/usr/bin/env bash
# kehoachd's cycle on a national store and on a 33-plan one (issue 13's targets): PLANS commune
# plans, each Đa Lộc 2025 (seed 001) under its own commune with 25 of its "Thường xuyên" tasks
# also reporting monthly (398 occurrences a plan: 1.31 M for 3,300 plans). For each store: the
# first cycle after the import (it reads every occurrence once and builds the index of next
# thresholds), a cycle with nothing due (median of 5), a working day's 07:30 cycle (its notices
# written to stdout, each marked sent, and the digest), and each cycle's peak RSS (ru_maxrss).
# As in EngineBenchmarks, two thirds of the occurrences due before June are done.
# Targets: nothing due <= 50 ms on the national store and within 2x of the 33-plan store; the
# 07:30 cycle writing ~10,000 notices < 1 s; peak RSS < 50 MB.
# Usage: scripts/bench-national.sh [PLANS]   (default 3300; the 33-plan store always runs too)
set -euo pipefail
cd "$(dirname "$0")/.."
plans="${1:-3300}"
scratch="${KEHOACH_BENCH_SCRATCH:-.build-static}"
build=(swift build -c release --static-swift-stdlib --scratch-path "$scratch")
"${build[@]}" --product kehoach >/dev/null
"${build[@]}" --product kehoachd >/dev/null
export KEHOACH_BIN="$("${build[@]}" --show-bin-path)"
python3 - "$plans" <<'PY'
import json, os, shutil, statistics, subprocess, sys, tempfile, time
sys.path.insert(0, "Tests/daemon")
import harness

def make_store(db, count):
    """`count` communes' plans: the monthly-reporting template under commune n's issuer and number."""
    with open("examples/da-loc-2025.json", encoding="utf-8") as f:
        template = json.load(f)
    monthly = 0
    for task in template["tasks"]:
        if task.get("deadline") == "Thường xuyên" and monthly < 25:
            task["deadline"] = "Thường xuyên, báo cáo hằng tháng"
            monthly += 1
    work = tempfile.mkdtemp(prefix="kehoach-national-")
    paths = []
    for n in range(1, count + 1):
        plan = dict(template, issuer="UBND xã Mẫu %d" % n, number="%d/KH-UBND" % n)
        plan.pop("organisation", None)
        path = os.path.join(work, "%05d.json" % n)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(plan, f, ensure_ascii=False)
        paths.append(path)
    binary = os.path.join(harness.bin_dir(), "kehoach")
    for start in range(0, len(paths), 100):
        subprocess.run([binary, "import", "--db", db] + paths[start:start + 100], check=True, capture_output=True)
    shutil.rmtree(work)
    # As EngineBenchmarks: two thirds of the occurrences due before June done (on their due day).
    june = int(harness.sql(db, "SELECT julianday('2025-06-01') - julianday('1970-01-01')")[0][0].split(".")[0])
    harness.sql(db, """INSERT INTO completions (occurrence_id, plan_id, state, on_day, recorded_by, recorded_at)
        SELECT id, plan_id, 'done', effective_due, 'bench', '2025-06-01T08:00:00+07:00' FROM occurrences
        WHERE effective_due < %d AND (unicode(substr(id, -2, 1)) + length(id) + effective_due) %% 3 <> 0""" % june)

daemon = os.path.join(harness.bin_dir(), "kehoachd")

def once(db, now, since=None):
    """One `--once` cycle: its time in ms (as kehoachd reports it), its stderr, its peak RSS in MB."""
    args = [daemon, "--db", db, "--once", "--stdout", "--now", now] + (["--since", since] if since else [])
    with tempfile.TemporaryFile(mode="w+") as errors:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        errors.seek(0)
        err = errors.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("kehoachd --once failed: %s" % err)
    return int(err.rsplit("cycle ", 1)[1].split(" ms")[0]), err, usage.ru_maxrss / 1024

results = {}
for count in sorted({int(sys.argv[1]), 33}, reverse=True):
    work = tempfile.mkdtemp(prefix="kehoachd-national-")
    db = os.path.join(work, "kehoach.db")
    began = time.monotonic()
    make_store(db, count)
    occurrences = int(harness.sql(db, "SELECT count(*) FROM occurrences")[0][0])
    done = int(harness.sql(db, "SELECT count(*) FROM completions")[0][0])
    print("store: %d plans, %d occurrences, %d done (imported in %.0f s, %.0f MB)"
          % (count, occurrences, done, time.monotonic() - began, os.path.getsize(db) / 1e6))
    first_ms, _, first_peak = once(db, "2025-07-06T07:30", "2025-07-05T07:30")
    print("  first cycle (reads every occurrence, builds the index): %d ms, peak RSS %.1f MB" % (first_ms, first_peak))
    busy_ms, busy, busy_peak = once(db, "2025-07-07T07:30")
    sent = int(busy.split(" ghi ")[1].split(" ")[0])
    steady = [once(db, "2025-07-07T%02d:%02d" % (8 + i // 60, i % 60)) for i in range(5)]
    idle_ms = statistics.median(s[0] for s in steady)
    idle_peak = max(s[2] for s in steady)
    print("  07:30 cycle of Monday 07/07/2025 (%d notices written, each marked sent, and the digest): %d ms, peak RSS %.1f MB"
          % (sent, busy_ms, busy_peak))
    print("  cycle with nothing due, median of 5: %d ms, peak RSS %.1f MB" % (idle_ms, idle_peak))
    results[count] = idle_ms
    shutil.rmtree(work)
if len(results) == 2:
    big, small = max(results), min(results)
    print("nothing due: %d plans %d ms vs %d plans %d ms (target: at most 50 ms and within 2x)"
          % (big, results[big], small, results[small]))
PY
