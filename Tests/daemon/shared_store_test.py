#!/usr/bin/env python3
"""One SQLite store shared on one host by kehoachd (user kehoach) and a web app (user webapp,
in group kehoach), as installed: a setgid 2770 directory of group kehoach.

Real users (useradd), real processes (runuser), the real binaries: kehoachd --once and the
long-running kehoachd with --stdout (never the journal), the kehoach CLI and the
kehoach-store-writer test executable (which can hold the store open while another process
writes). Each side creates the store first in turn; each writes while the other holds it
open; the database, -wal and -shm are 0660 group kehoach whoever made them; no write fails.
Then the cases an admin meets when permissions are wrong: every error names the file, its
owner, group and mode. Last, the daemon's window lives in its database: a --once run on
test.db beside kehoach.db leaves kehoach.db's window alone and writes no kehoachd.state.
"""
import grp
import json
import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

t = harness.Checks("shared store")
if os.geteuid() != 0:
    print("shared store: needs root (useradd, runuser)")
    sys.exit(1)

BIN = harness.bin_dir()
KEHOACHD = os.path.join(BIN, "kehoachd")
KEHOACH = os.path.join(BIN, "kehoach")
WRITER = os.path.join(BIN, "kehoach-store-writer")
DALOC = [f for f in harness.EXAMPLES if "da-loc" in f][0]


def ensure_users():
    """Group kehoach, user kehoach (as kehoach.sysusers.conf makes them), and user webapp with
    its own primary group and kehoach as a supplementary group (usermod -aG kehoach www-data)."""
    subprocess.run(["groupadd", "-f", "--system", "kehoach"], check=True)
    if subprocess.run(["id", "kehoach"], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--gid", "kehoach", "--no-create-home", "--home-dir", "/var/lib/kehoach",
                        "--shell", "/usr/sbin/nologin", "kehoach"], check=True)
    if subprocess.run(["id", "webapp"], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin",
                        "webapp"], check=True)
    subprocess.run(["usermod", "-aG", "kehoach", "webapp"], check=True)


ensure_users()
KEHOACH_GID = grp.getgrnam("kehoach").gr_gid
work = tempfile.mkdtemp(prefix="kehoach-shared-")
os.chmod(work, 0o755)  # the users must reach the directories below
plan_file = os.path.join(work, "da-loc-2025.json")
shutil.copy(DALOC, plan_file)
os.chmod(plan_file, 0o644)


def copy_plan(number):
    """Đa Lộc's plan under another number, readable by every user: a second plan to import."""
    with open(DALOC, encoding="utf-8") as f:
        plan = json.load(f)
    plan["number"] = number
    path = os.path.join(work, number.replace("/", "-") + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False)
    os.chmod(path, 0o644)
    return path


def shared_dir(name, mode=0o2770):
    """A fresh directory as systemd-tmpfiles makes /var/lib/kehoach: kehoach:kehoach, 2770."""
    path = os.path.join(work, name)
    os.mkdir(path)
    os.chown(path, pwd.getpwnam("kehoach").pw_uid, KEHOACH_GID)
    os.chmod(path, mode)
    return path


def as_user(user, argv, umask="0022"):
    """argv run as `user` with `umask` (kehoachd's unit has UMask=0007, a web app often 0022)."""
    return ["runuser", "-u", user, "--", "sh", "-c", 'umask %s && exec "$0" "$@"' % umask] + argv


def run(user, argv, umask="0022"):
    r = subprocess.run(as_user(user, argv, umask), capture_output=True, text=True, timeout=120)
    return r


def daemon_once(db, now="2025-04-03T08:00", since=None):
    argv = [KEHOACHD, "--db", db, "--once", "--stdout", "--now", now] + (["--since", since] if since else [])
    return run("kehoach", argv, umask="0007")


def describe(path):
    """'0660 owner:group' of a file, or 'missing'."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "missing"
    return "%04o %s:%s" % (stat.S_IMODE(st.st_mode), pwd.getpwuid(st.st_uid).pw_name, grp.getgrgid(st.st_gid).gr_name)


def shared_mode(path):
    st = os.stat(path)
    return stat.S_IMODE(st.st_mode) == 0o660 and st.st_gid == KEHOACH_GID


def owner(path):
    return pwd.getpwuid(os.stat(path).st_uid).pw_name


def ok(r, what):
    t.check(r.returncode == 0, "%s (exit %d) %s" % (what, r.returncode, r.stderr.strip()[-400:] if r.returncode else ""))


class Holder:
    """kehoach-store-writer --hold as `user`: opens the store, imports `count` plans, and keeps
    the store open until released, then writes once more through the same handle."""

    def __init__(self, user, db, prefix, count=1, umask="0022"):
        self.process = subprocess.Popen(as_user(user, [WRITER, db, prefix, str(count), "--hold"], umask),
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.ready = self.process.stdout.readline().strip() == "ready"

    def release(self):
        out, err = self.process.communicate("go\n", timeout=60)
        return self.process.returncode, out + err


def plan_numbers(db):
    return {row[0] for row in harness.sql(db, "SELECT number FROM plans")}


# 1. kehoachd creates the store first; the web app writes while kehoachd holds it, and kehoachd
#    writes while the web app holds it.
print("━ kehoachd first")
d = shared_dir("daemon-first")
db = os.path.join(d, "kehoach.db")
r = daemon_once(db)
ok(r, "kehoachd --once as kehoach (UMask 0007) creates the store")
t.check(shared_mode(db) and owner(db) == "kehoach", "the database is 0660 group kehoach: %s" % describe(db))
r = run("webapp", [KEHOACH, "import", "--db", db, plan_file])
ok(r, "the web app (umask 0022) imports a plan into the daemon's store")
holder = Holder("webapp", db, "web")
t.check(holder.ready, "the web app holds the store open after writing")
for suffix in ("-wal", "-shm"):
    t.check(os.path.exists(db + suffix) and shared_mode(db + suffix),
            "while the web app holds it, %s is 0660 group kehoach: %s" % (suffix, describe(db + suffix)))
r = daemon_once(db, since="2025-03-01T00:00")
ok(r, "kehoachd --once writes its notices and window while the web app holds the store open")
t.check("<5>" in r.stdout or "<4>" in r.stdout, "its notices went to --stdout")
code, out = holder.release()
t.check(code == 0, "the web app writes again through its open handle after kehoachd wrote %s" % out.strip()[-300:])
t.check({"01/KH-UBND", "web-0/KH-UBND", "web-sau/KH-UBND"} <= plan_numbers(db), "every plan written is stored")
outbox = int(harness.sql(db, "SELECT count(*) FROM outbox")[0][0])
t.check(outbox > 0, "kehoachd's notices are in the outbox (%d)" % outbox)

# 2. The web app creates the store first, with umask 0022 (SQLite alone would make it 0644 and
#    its -wal/-shm www-data's); kehoachd opens it while the web app holds it, then runs as a
#    service while the web app writes.
print("━ the web app first")
d = shared_dir("webapp-first")
db = os.path.join(d, "kehoach.db")
holder = Holder("webapp", db, "web", count=2)
t.check(holder.ready, "the web app creates the store and holds it open")
t.check(shared_mode(db) and owner(db) == "webapp", "the database is 0660 group kehoach: %s" % describe(db))
for suffix in ("-wal", "-shm"):
    t.check(shared_mode(db + suffix) and owner(db + suffix) == "webapp",
            "%s, the web app's, is 0660 group kehoach: %s" % (suffix, describe(db + suffix)))
r = daemon_once(db)
ok(r, "kehoachd --once opens and writes the web app's store while the web app holds it (no restart loop)")
code, out = holder.release()
t.check(code == 0, "the web app writes again after kehoachd %s" % out.strip()[-300:])

conf = os.path.join(d, "kehoachd.conf")
with open(conf, "w") as f:
    # The 2025 plan ended more than 30 days before the real clock's today: keep it sending.
    f.write("database = %s\nlog_level = debug\nquiet_after = 3650\n" % db)
os.chmod(conf, 0o644)
log = open(os.path.join(work, "daemon.out"), "w")
# The real clock: Đa Lộc's 2025 plan imported now is overdue, so its catch-up notices come at once.
service = subprocess.Popen(as_user("kehoach", [KEHOACHD, "--config", conf, "--stdout"], umask="0007"),
                           stdout=log, stderr=subprocess.STDOUT)
time.sleep(1.0)
second = copy_plan("02/KH-UBND")
r = run("webapp", [KEHOACH, "import", "--db", db, second])
ok(r, "the web app imports a plan while kehoachd runs as a service and holds the store open")
third = copy_plan("03/KH-UBND")
ok(run("webapp", [KEHOACH, "import", "--db", db, third]), "and another, as the daemon is writing its notices")
seen = False
for _ in range(100):  # the daemon watches the directory and cycles at once on another's write
    with open(os.path.join(work, "daemon.out")) as f:
        text = f.read()
    if "KEHOACH_PLAN=02/KH-UBND" in text:
        seen = True
        break
    time.sleep(0.1)
t.check(seen, "kehoachd saw the web app's plan and wrote its notices")
fourth = copy_plan("04/KH-UBND")
ok(run("kehoach", [KEHOACH, "import", "--db", db, fourth]), "the CLI as user kehoach writes beside the running daemon")
with open("/proc/%d/task/%d/children" % (service.pid, service.pid)) as f:
    children = [int(pid) for pid in f.read().split()]  # runuser's child: sh exec'd into kehoachd
t.check(len(children) == 1, "kehoachd runs under runuser (pid %s)" % children)
for pid in children:
    os.kill(pid, signal.SIGTERM)
status = service.wait(timeout=30)  # runuser exits with kehoachd's status
log.close()
with open(os.path.join(work, "daemon.out")) as f:
    text = f.read()
t.check(status == 0, "kehoachd stops cleanly on SIGTERM (exit %d)" % status)
errors = [line for line in text.splitlines() if "<3>" in line or "<2>" in line or "lỗi" in line.lower()]
t.check(not errors, "kehoachd logged no error: %s" % errors[:3])
for path in (db, db + "-wal", db + "-shm"):
    if os.path.exists(path):
        t.check(shared_mode(path), "%s is still 0660 group kehoach: %s" % (os.path.basename(path), describe(path)))

# 3. Permissions wrong: every refusal names the file, its owner, group and mode, and says what
#    to do; nothing stored is lost.
print("━ wrong permissions")
d = shared_dir("old-install")
db = os.path.join(d, "kehoach.db")
ok(daemon_once(db), "kehoachd creates a store")
os.chmod(db, 0o640)  # as an older kehoachd left it
r = run("webapp", [KEHOACH, "import", "--db", db, plan_file])
t.check(r.returncode == 1, "the web app cannot write a 0640 database (exit %d)" % r.returncode)
t.check("'%s'" % db in r.stderr and "chủ sở hữu kehoach, nhóm kehoach, quyền 0640" in r.stderr
        and "chmod 0660" in r.stderr, "the error names the file, owner, group, mode and the fix: " + r.stderr.strip())
t.check("chế độ chỉ đọc" not in r.stderr and "unable to open" not in r.stderr, "no bare SQLite message")
ok(daemon_once(db), "kehoachd (the owner) opens it again")
t.check(shared_mode(db), "and gives it back 0660 group kehoach: %s" % describe(db))
ok(run("webapp", [KEHOACH, "import", "--db", db, plan_file]), "then the web app writes")

d = shared_dir("not-setgid", mode=0o770)  # tmpfiles of an older release: 0770 without setgid
db = os.path.join(d, "kehoach.db")
ok(run("webapp", [KEHOACH, "import", "--db", db, plan_file]), "the web app creates a store in a 0770 directory")
r = daemon_once(db)
t.check(r.returncode == 1, "kehoachd cannot write the web app's own-group file (exit %d)" % r.returncode)
t.check("'%s'" % db in r.stderr and "chủ sở hữu webapp, nhóm webapp, quyền 0644" in r.stderr
        and "2770" in r.stderr, "the error names the file, owner, group, mode and the setgid directory: " + r.stderr.strip())
t.check(plan_numbers(db) == {"01/KH-UBND"}, "the stored plan is untouched")

d = shared_dir("wal-of-webapp", mode=0o770)  # no setgid: the web app's -wal gets its own group
db = os.path.join(d, "kehoach.db")
ok(daemon_once(db), "kehoachd creates a store in a 0770 directory")
os.chmod(db, 0o660)  # as docs/admin.md once said to
holder = Holder("webapp", db, "web")
t.check(holder.ready and grp.getgrgid(os.stat(db + "-wal").st_gid).gr_name == "webapp",
        "the web app holds it open; its -wal is %s" % describe(db + "-wal"))
r = daemon_once(db)
t.check(r.returncode == 1 and ("'%s-wal'" % db) in r.stderr and "chủ sở hữu webapp, nhóm webapp, quyền 0660" in r.stderr
        and "2770" in r.stderr, "kehoachd names the web app's -wal, its owner, group and mode: " + r.stderr.strip())
code, out = holder.release()
t.check(code == 0, "the web app's own writes go on %s" % out.strip()[-300:])

d = shared_dir("outsider")
db = os.path.join(d, "kehoach.db")
ok(daemon_once(db), "kehoachd creates a store")
r = run("nobody", [KEHOACH, "import", "--db", db, plan_file])
t.check(r.returncode == 1 and ("thư mục '%s'" % d) in r.stderr and "quyền 2770" in r.stderr
        and "usermod -aG kehoach nobody" in r.stderr,
        "a user outside group kehoach is told the directory, its mode and to join the group: " + r.stderr.strip())

# 4. The daemon's window lives in its database: a test run beside production leaves it alone.
print("━ the window lives in the database")
d = shared_dir("window")
db = os.path.join(d, "kehoach.db")
ok(run("kehoach", [KEHOACH, "import", "--db", db, plan_file]), "a production store")
ok(daemon_once(db, now="2025-04-03T08:00"), "the production daemon's cycle at 08:00")
before = harness.sql(db, "SELECT key, value FROM daemon_state ORDER BY key")
test_db = os.path.join(d, "test.db")
ok(run("kehoach", [KEHOACH, "import", "--db", test_db, plan_file]), "a test store beside it")
ok(daemon_once(test_db, now="2025-06-30T09:00"), "kehoachd --once --db test.db at another time")
t.check(harness.sql(db, "SELECT key, value FROM daemon_state ORDER BY key") == before,
        "the production window is unchanged: %s" % before)
t.check(["last_cycle", "2025-06-30T09:00:00+07:00"] in harness.sql(test_db, "SELECT key, value FROM daemon_state"),
        "the test store has its own window")
t.check(not os.path.exists(os.path.join(d, "kehoachd.state")), "no kehoachd.state beside the databases")

shutil.rmtree(work, ignore_errors=True)
t.finish()
