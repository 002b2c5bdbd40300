#!/usr/bin/env python3
"""SIGKILL at random points of 100 cycles or more: no notice lost, none under two ids, at most the
one in flight repeated (same KEHOACH_NOTICE_ID).

Each cycle is `kehoachd --once --now T` with T advancing about 1.5 days (one step jumps the
clock back three days); a random delay after the start, the process gets SIGKILL if it is
still running. A final unkilled run drains the outbox. The ids in the journal must equal the
ids one clean cycle over the whole window writes (a separate store, stdout sink)."""
import collections
import datetime
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

harness.in_private_namespace()
t = harness.Checks("sigkill")
rng = random.Random(int(os.environ.get("KEHOACH_SEED", "20250403")))
work = tempfile.mkdtemp(prefix="kehoachd-crash-")
# Exactly-once is checked against a clean replay of every threshold. Ended plans stay loud: with
# the default quiet_after the examples' 2022 and 2023 plans fall silent, and how many notices the
# window holds would depend on how many cycles this machine's speed let the loop run.
replay = ["--config", harness.replay_config(work, quiet_after=3650)]
daemon = os.path.join(harness.bin_dir(), "kehoachd")
journal = harness.PrivateJournal(work).start()
db = os.path.join(work, "crash", "kehoach.db")
os.makedirs(os.path.dirname(db))
harness.make_store(db)

start = datetime.datetime(2025, 1, 2, 0, 0)
fmt = lambda d: d.strftime("%Y-%m-%dT%H:%M")
subprocess.run([daemon] + replay + ["--db", db, "--once", "--now", fmt(start), "--since", fmt(start)], check=True, capture_output=True)
now = start
killed = killed_with_unsent = 0
limit = 0.1   # the longest random delay; adapts so that kills fall across whole cycles
durations = []
# 100 cycles, then more (at most 250 in all) until at least 5 kills have landed between the
# outbox insert and the journal: that window is a few ms, and how often a random delay hits it
# depends on the machine's speed, so a fixed count of cycles could leave it untested.
for i in range(250):
    if i >= 100 and killed >= 20 and killed_with_unsent >= 5:
        break
    cycles = i + 1
    if i == 50:
        now -= datetime.timedelta(days=3)          # the clock jumps back
    else:
        now += datetime.timedelta(hours=rng.randint(18, 54))
    began = time.monotonic()
    proc = subprocess.Popen([daemon] + replay + ["--db", db, "--once", "--now", fmt(now)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.0, limit))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        killed += 1
        limit *= 1.15
        proc.wait()
        if int(harness.sql(db, "SELECT count(*) FROM outbox WHERE sent_at IS NULL")[0][0]) > 0:
            killed_with_unsent += 1
    else:
        durations.append(time.monotonic() - began)
        limit *= 0.85
end = max(now, start)
final = subprocess.run([daemon] + replay + ["--db", db, "--once", "--now", fmt(end)], capture_output=True, text=True)
t.check(final.returncode == 0, "a last unkilled cycle at %s succeeds" % fmt(end))
print("  (%d of %d cycles killed, %d of them with notices recorded but not yet sent; unkilled cycles took %.0f-%.0f ms)"
      % (killed, cycles, killed_with_unsent, 1000 * min(durations or [0]), 1000 * max(durations or [0])))
t.check(killed >= 20 and killed_with_unsent >= 5, "kills landed inside cycles, some between outbox and journal")

# The reference: one clean cycle over the whole window, on a fresh store.
clean_db = os.path.join(work, "clean", "kehoach.db")
os.makedirs(os.path.dirname(clean_db))
harness.make_store(clean_db)
clean = subprocess.run([daemon] + replay + ["--db", clean_db, "--once", "--stdout", "--now", fmt(max(end, now)), "--since", fmt(start)],
                       capture_output=True, text=True, check=True).stdout
expected = {line.split("KEHOACH_NOTICE_ID=")[1].split(" ")[0] for line in clean.splitlines() if "KEHOACH_NOTICE_ID=" in line}

entries = [e for e in journal.entries("SYSLOG_IDENTIFIER=kehoachd") if "KEHOACH_NOTICE_ID" in e]
counts = collections.Counter(e["KEHOACH_NOTICE_ID"] for e in entries)
t.check(len(expected) > 200, "the clean reference has %d notices" % len(expected))
t.check(set(counts) == expected, "the journal holds exactly the reference's notices: none lost, none invented "
        "(missing %d, extra %d)" % (len(expected - set(counts)), len(set(counts) - expected)))
repeated = [k for k, c in counts.items() if c > 1]
t.check(all(c <= 2 for c in counts.values()), "no notice written more than twice")
t.check(len(repeated) <= killed, "repeats (%d) are at most one per kill (%d): the notice in flight" % (len(repeated), killed))
by_notice = collections.defaultdict(set)
for e in entries:
    by_notice[(e["KEHOACH_OCCURRENCE"], e["KEHOACH_KIND"], e["KEHOACH_STEP"])].add(e["KEHOACH_NOTICE_ID"])
t.check(all(len(v) == 1 for v in by_notice.values()), "no notice appears under two different ids")
t.check(harness.sql(db, "SELECT count(*) FROM outbox WHERE sent_at IS NULL")[0][0] == "0", "the outbox is drained")
journal.stop()
t.finish()
