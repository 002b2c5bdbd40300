"""Shared pieces of kehoachd's system tests: binaries, stores, a private journald.

A private journald runs inside a private mount namespace (`unshare -m`) with its own tmpfs on
/run and its own journald.conf bound over /etc/systemd/journald.conf, so the host's logging is
never touched; entries are read back with `journalctl -D <dir> -o json`.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = sorted(os.path.join(ROOT, "examples", f) for f in os.listdir(os.path.join(ROOT, "examples"))
                  if f.endswith(".json"))

JOURNALD_CONF = """[Journal]
Storage=volatile
RateLimitIntervalSec=0
ForwardToSyslog=no
ForwardToKMsg=no
ForwardToConsole=no
ForwardToWall=no
ReadKMsg=no
SplitMode=none
RuntimeMaxUse=256M
"""

KINDS = {"reminder": ("6", "7a96b4c5410743e4a42c9b8ecd34a19b"), "due": ("5", "08d4440d8b944b6cab260e06987ccb9c"),
         "overdue": ("4", "fc2010c337134cd1a843ad7c06244fd3"), "escalation": ("3", "a4400c9556754c8b8f7f4fcdc65f4f82")}
FIELDS = ["MESSAGE", "PRIORITY", "MESSAGE_ID", "SYSLOG_IDENTIFIER", "KEHOACH_NOTICE_ID", "KEHOACH_KIND", "KEHOACH_PLAN",
          "KEHOACH_TASK", "KEHOACH_UNIT", "KEHOACH_DUE", "KEHOACH_DAYS", "KEHOACH_LATE", "KEHOACH_ORG", "KEHOACH_ORG_NAME",
          "KEHOACH_PLAN_ID", "KEHOACH_UNIT_ID"]


def replay_config(work, quiet_after=None):
    """A kehoachd.conf that replays every threshold (catch_up = all): for the tests of the notice
    ladder and of exactly-once sending, whose windows jump over several thresholds. The default
    policy (latest: one notice per occurrence and recipients) has its own tests. `quiet_after`
    (days) overrides how long ended plans keep repeating; default: kehoachd's own (30)."""
    path = os.path.join(work, "replay.conf")
    with open(path, "w") as f:
        f.write("catch_up = all\n")
        if quiet_after is not None:
            f.write("quiet_after = %d\n" % quiet_after)
    return path


def bin_dir():
    """Where kehoach and kehoachd are: $KEHOACH_BIN, else SwiftPM's debug bin path."""
    if os.environ.get("KEHOACH_BIN"):
        return os.environ["KEHOACH_BIN"]
    scratch = os.environ.get("KEHOACH_SCRATCH")
    cmd = ["swift", "build", "--show-bin-path"] + (["--scratch-path", scratch] if scratch else [])
    return subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def kehoach(*args):
    return os.path.join(bin_dir(), "kehoach"), list(args)


def make_store(db, copies=1, files=None):
    """Imports the example plans (or `files`) into a new store at `db`; with copies > 1, also
    imports renamed copies (plan number suffixed) to make a province-sized store."""
    files = files or EXAMPLES
    binary = os.path.join(bin_dir(), "kehoach")
    subprocess.run([binary, "import", "--db", db] + files, check=True, capture_output=True)
    if copies > 1:
        work = tempfile.mkdtemp(prefix="kehoach-copies-")
        paths = []
        for i in range(2, copies + 1):
            for f in files:
                with open(f, encoding="utf-8") as src:
                    plan = json.load(src)
                plan["number"] = "%s-%03d" % (plan["number"], i)
                path = os.path.join(work, "%03d-%s" % (i, os.path.basename(f)))
                with open(path, "w", encoding="utf-8") as dst:
                    json.dump(plan, dst, ensure_ascii=False)
                paths.append(path)
        for start in range(0, len(paths), 60):
            subprocess.run([binary, "import", "--db", db] + paths[start:start + 60], check=True, capture_output=True)
        shutil.rmtree(work)


def sql(db, query):
    """Rows of a query, with the sqlite3 shell (tab-separated)."""
    out = subprocess.run(["sqlite3", "-separator", "\t", db, query], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def in_private_namespace():
    """Re-runs this script inside a private mount namespace unless it already is."""
    if os.environ.get("KEHOACH_PRIVATE_NS") == "1":
        return
    os.environ["KEHOACH_BIN"] = bin_dir()
    env = dict(os.environ, KEHOACH_PRIVATE_NS="1")
    rc = subprocess.call(["unshare", "--mount", "--propagation", "private", sys.executable] + sys.argv, env=env)
    sys.exit(rc)


class PrivateJournal:
    """A real systemd-journald in this (private) mount namespace."""

    def __init__(self, work):
        self.work = work
        subprocess.run(["mount", "-t", "tmpfs", "tmpfs", "/run"], check=True)
        conf = os.path.join(work, "journald.conf")
        with open(conf, "w") as f:
            f.write(JOURNALD_CONF)
        subprocess.run(["mount", "--bind", conf, "/etc/systemd/journald.conf"], check=True)
        self.process = None

    def start(self):
        self.process = subprocess.Popen(["/lib/systemd/systemd-journald"], stdout=subprocess.DEVNULL,
                                        stderr=open(os.path.join(self.work, "journald.log"), "w"))
        for _ in range(100):
            if os.path.exists("/run/systemd/journal/socket"):
                return self
            time.sleep(0.05)
        raise RuntimeError("journald did not create its socket")

    def entries(self, *matches):
        """Entries as dicts, filtered by FIELD=value matches."""
        subprocess.run(["journalctl", "--flush"], capture_output=True)
        self.sync()
        out = subprocess.run(["journalctl", "-D", "/run/log/journal", "-o", "json", "--no-pager"] + list(matches),
                             capture_output=True, text=True).stdout
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def sync(self):
        subprocess.run(["journalctl", "--sync"], capture_output=True)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)


class Checks:
    """Counts named checks and prints the plain closing line 'N passed, N failed'."""

    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
            print("  ok   %s" % what)
        else:
            self.failed += 1
            print("  FAIL %s" % what)
        return ok

    def finish(self):
        print("%s: %d passed, %d failed" % (self.name, self.passed, self.failed))
        sys.exit(1 if self.failed else 0)
