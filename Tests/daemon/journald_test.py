#!/usr/bin/env python3
"""kehoachd against a real systemd-journald: every notice of the outbox is in the journal once,
with its PRIORITY, MESSAGE_ID and KEHOACH_* fields; a second run adds nothing; a later run adds
exactly the new window; without the journal socket the same notices go to stdout; the catalog
explains the entries for `journalctl -x` in English and Vietnamese."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

harness.in_private_namespace()
t = harness.Checks("journald")
work = tempfile.mkdtemp(prefix="kehoachd-journald-")
daemon = os.path.join(harness.bin_dir(), "kehoachd")
journal = harness.PrivateJournal(work)
replay = ["--config", harness.replay_config(work)]  # sections 1 to 3 check the ladder itself

# 1. No journal socket yet: the stdout fallback.
fallback_db = os.path.join(work, "fallback", "kehoach.db")
os.makedirs(os.path.dirname(fallback_db))
harness.make_store(fallback_db)
run = subprocess.run([daemon] + replay + ["--db", fallback_db, "--once", "--now", "2025-04-03T08:00", "--since", "2025-03-01T00:00"],
                     capture_output=True, text=True)
printed = [line.split("KEHOACH_NOTICE_ID=")[1].split(" ")[0] for line in run.stdout.splitlines() if "KEHOACH_NOTICE_ID=" in line]
t.check(run.returncode == 0 and "(stdout)" in run.stderr, "without /run/systemd/journal/socket the sink is stdout")
t.check(len(printed) > 0 and len(printed) == len(set(printed)), "stdout shows %d notices, each once" % len(printed))

# 2. A real journald.
journal.start()
db = os.path.join(work, "store", "kehoach.db")
os.makedirs(os.path.dirname(db))
harness.make_store(db)
run = subprocess.run([daemon] + replay + ["--db", db, "--once", "--now", "2025-04-03T08:00", "--since", "2025-03-01T00:00"],
                     capture_output=True, text=True)
t.check(run.returncode == 0 and "(journal)" in run.stderr, "with journald the sink is the journal: " + run.stderr.strip())
outbox = {row[0]: row for row in harness.sql(db, "SELECT notice_id, kind, plan_number, task_ref, unit_name, days, late, "
                                                 "sent_at IS NOT NULL FROM outbox")}
entries = journal.entries("SYSLOG_IDENTIFIER=kehoachd", "KEHOACH_KIND=reminder", "KEHOACH_KIND=due",
                          "KEHOACH_KIND=overdue", "KEHOACH_KIND=escalation")
ids = [e["KEHOACH_NOTICE_ID"] for e in entries]
t.check(len(outbox) >= 10, "the outbox holds %d notices for (01/03/2025, 03/04/2025 08:00]" % len(outbox))
t.check({row[2] for row in outbox.values()} == {"01/KH-UBND"},
        "only Đa Lộc's 2025 plan sends: the 2022 and 2023 plans ended long ago and are quiet")
t.check(all(row[7] == "1" for row in outbox.values()), "every outbox notice is marked sent")
t.check(sorted(ids) == sorted(outbox), "the journal holds exactly the outbox's notices, each once (%d)" % len(ids))
t.check(set(printed) == set(ids), "stdout and journal runs wrote the same notices")
bad = [e for e in entries if any(f not in e for f in harness.FIELDS)]
t.check(not bad, "every entry has MESSAGE, PRIORITY, MESSAGE_ID, SYSLOG_IDENTIFIER and all KEHOACH_* fields")
wrong = [e for e in entries if (e["PRIORITY"], e["MESSAGE_ID"]) != harness.KINDS[e["KEHOACH_KIND"]]]
t.check(not wrong, "PRIORITY and MESSAGE_ID follow the kind (reminder 6, due 5, overdue 4, escalation 3)")
def first(value):
    """A field's first value: journalctl's JSON gives a field that repeats as a list."""
    return value[0] if isinstance(value, list) else value


mismatch = [e for e in entries if [e["KEHOACH_KIND"], e["KEHOACH_PLAN"], e["KEHOACH_TASK"], first(e["KEHOACH_UNIT"]),
                                   e["KEHOACH_DAYS"], e["KEHOACH_LATE"]] != outbox[e["KEHOACH_NOTICE_ID"]][1:7]]
t.check(not mismatch, "every entry's fields equal its outbox row")

# Seed facts, checked by hand: Đa Lộc (01/KH-UBND), task 3.8 "Báo cáo quý I/2025" is due Monday
# 31/03/2025; its 1-working-day reminder falls on Friday 28/03; both were before 03/04, so late.
due = journal.entries("KEHOACH_PLAN=01/KH-UBND", "KEHOACH_TASK=3.8", "KEHOACH_KIND=due")
t.check(len(due) == 1 and due[0]["KEHOACH_DUE"] == "2025-03-31" and due[0]["KEHOACH_DAYS"] == "0"
        and due[0]["KEHOACH_LATE"] == "1" and due[0]["PRIORITY"] == "5", "Đa Lộc 3.8: one due notice for 31/03/2025, late")
rem = journal.entries("KEHOACH_PLAN=01/KH-UBND", "KEHOACH_TASK=3.8", "KEHOACH_KIND=reminder")
t.check(sorted(e["KEHOACH_DAYS"] for e in rem) == ["1", "3", "7"], "Đa Lộc 3.8: reminders at 7, 3 and 1 working days")
warn = subprocess.run(["journalctl", "-D", "/run/log/journal", "-p", "warning", "-o", "json", "KEHOACH_PLAN=01/KH-UBND"],
                      capture_output=True, text=True).stdout.splitlines()
t.check(len(warn) > 0 and all(int(__import__("json").loads(l)["PRIORITY"]) <= 4 for l in warn),
        "journalctl -p warning KEHOACH_PLAN=... shows only overdue and escalation entries (%d)" % len(warn))
digest = journal.entries("MESSAGE_ID=139f28bb2ff241cb92c2e194a0ab7808")
t.check(len(digest) > 0 and all("KEHOACH_OVERDUE" in e for e in digest), "a digest entry per unit (%d)" % len(digest))

# 3. Idempotence and the next window.
before = len(journal.entries("SYSLOG_IDENTIFIER=kehoachd"))
subprocess.run([daemon] + replay + ["--db", db, "--once", "--now", "2025-04-03T08:00"], capture_output=True)
subprocess.run([daemon] + replay + ["--db", db, "--once", "--now", "2025-04-03T08:00", "--since", "2025-03-01T00:00"], capture_output=True)
t.check(len(journal.entries("SYSLOG_IDENTIFIER=kehoachd")) == before,
        "the same cycle again, even over the same window, writes nothing (%d entries)" % before)
subprocess.run([daemon] + replay + ["--db", db, "--once", "--now", "2025-04-10T08:00"], capture_output=True)
later = harness.sql(db, "SELECT notice_id FROM outbox WHERE due_at > %d" % 1743643200)
all_ids = [e["KEHOACH_NOTICE_ID"] for e in journal.entries("SYSLOG_IDENTIFIER=kehoachd") if "KEHOACH_NOTICE_ID" in e]
t.check(len(all_ids) == len(set(all_ids)), "after a later cycle still no notice twice (%d)" % len(all_ids))
t.check(len(later) > 0 and {r[0] for r in later} <= set(all_ids), "the week after adds its %d notices" % len(later))

# 3b. A province: two communes' plans numbered alike in one store. Tân An's copy of Đa Lộc's plan
# has its 1.4 led by two units. The journal tells the communes apart and finds every lead unit.
province_db = os.path.join(work, "province", "kehoach.db")
os.makedirs(os.path.dirname(province_db))
plan = json.load(open(os.path.join(harness.ROOT, "examples", "da-loc-2025.json"), encoding="utf-8"))
plan["issuer"], plan["place"] = "UBND xã Tân An", "Tân An"
for task in plan["tasks"]:
    if task["ref"] == "1.4":
        task["lead"] = ["van-phong", "mttq"]
tan_an = os.path.join(work, "province", "tan-an.json")
with open(tan_an, "w", encoding="utf-8") as f:
    json.dump(plan, f, ensure_ascii=False)
harness.make_store(province_db, files=[os.path.join(harness.ROOT, "examples", "da-loc-2025.json"), tan_an])
run = subprocess.run([daemon, "--db", province_db, "--once", "--now", "2025-07-07T07:30", "--since", "2025-06-20T00:00"],
                     capture_output=True, text=True)
t.check(run.returncode == 0, "a cycle over the two communes' store: " + run.stderr.strip()[-200:])
offices = journal.entries("MESSAGE_ID=139f28bb2ff241cb92c2e194a0ab7808", "KEHOACH_UNIT=Văn phòng - Thống kê", "KEHOACH_DATE=2025-07-07")
t.check(sorted((e["KEHOACH_ORG"], e["KEHOACH_ORG_NAME"]) for e in offices) == [("xa-da-loc", "Xã Đa Lộc"), ("xa-tan-an", "Xã Tân An")],
        "two digests for the two 'Văn phòng - Thống kê', each naming its commune")
t.check(len({e["KEHOACH_OVERDUE"] for e in offices}) == 1, "the same plan in two communes gives the same counts, never their sum")
notices = journal.entries("KEHOACH_PLAN_ID=xa-tan-an:01/KH-UBND:2025")
t.check(len(notices) > 0 and all(e["KEHOACH_ORG"] == "xa-tan-an" and e["KEHOACH_ORG_NAME"] == "Xã Tân An"
                                 and e["KEHOACH_PLAN"] == "01/KH-UBND" for e in notices),
        "every notice of Tân An's plan names its commune and its plan id (%d)" % len(notices))
front = journal.entries("KEHOACH_ORG=xa-tan-an", "KEHOACH_UNIT=Ủy ban MTTQ Việt Nam xã", "KEHOACH_TASK=1.4")
# journald keeps a repeated field's values, not their order.
t.check(len(front) > 0 and all(sorted(e["KEHOACH_UNIT"]) == ["Văn phòng - Thống kê", "Ủy ban MTTQ Việt Nam xã"]
                               and sorted(e["KEHOACH_UNIT_ID"]) == ["mttq", "van-phong"] for e in front),
        "a task led by two units: one KEHOACH_UNIT per lead unit, found by the second (%d)" % len(front))
t.check(not journal.entries("KEHOACH_ORG=xa-da-loc", "KEHOACH_UNIT=Ủy ban MTTQ Việt Nam xã", "KEHOACH_TASK=1.4"),
        "Đa Lộc's 1.4, led by the office alone, is not found under the MTTQ")
# docs/admin.md's recipe: which units of which commune have overdue tasks this week, with journalctl alone.
recipe = subprocess.run(["journalctl", "-D", "/run/log/journal", "-o", "json", "--no-pager",
                         "MESSAGE_ID=139f28bb2ff241cb92c2e194a0ab7808", "KEHOACH_ORG=xa-tan-an", "-p", "notice"],
                        capture_output=True, text=True).stdout.splitlines()
overdue_units = {json.loads(l)["KEHOACH_UNIT"] for l in recipe if json.loads(l)["KEHOACH_OVERDUE"] != "0"}
t.check("Văn phòng - Thống kê" in overdue_units and "Ủy ban MTTQ Việt Nam xã" in overdue_units,
        "digest entries at priority notice list Tân An's units with overdue tasks: %s" % sorted(overdue_units))

# 4. The catalog, for journalctl -x.
catalog_root = os.path.join(work, "catalog")
os.makedirs(os.path.join(catalog_root, "usr/lib/systemd/catalog"))
subprocess.run(["cp", os.path.join(harness.ROOT, "systemd/kehoachd.catalog"), os.path.join(catalog_root, "usr/lib/systemd/catalog/")],
               check=True)
subprocess.run(["journalctl", "--root", catalog_root, "--update-catalog"], check=True)
subprocess.run(["mount", "--bind", os.path.join(catalog_root, "var/lib/systemd/catalog"), "/var/lib/systemd/catalog"], check=True)
x = subprocess.run(["journalctl", "-D", "/run/log/journal", "-x", "--no-pager", "KEHOACH_PLAN=01/KH-UBND", "KEHOACH_TASK=3.8", "KEHOACH_KIND=due"],
                   capture_output=True, text=True).stdout
t.check("Due today: task 3.8 of plan 01/KH-UBND" in x, "journalctl -x explains a due entry (English)")
locale_dir = os.path.join(work, "locale")
os.makedirs(locale_dir)
subprocess.run(["localedef", "-i", "vi_VN", "-f", "UTF-8", os.path.join(locale_dir, "vi_VN.UTF-8")], capture_output=True)
vi = subprocess.run(["journalctl", "-D", "/run/log/journal", "-x", "--no-pager", "KEHOACH_PLAN=01/KH-UBND", "KEHOACH_TASK=3.8", "KEHOACH_KIND=due"],
                    capture_output=True, text=True, env=dict(os.environ, LANG="vi_VN.UTF-8", LOCPATH=locale_dir)).stdout
t.check("Đến hạn hôm nay: nhiệm vụ 3.8 của kế hoạch 01/KH-UBND" in vi, "journalctl -x explains it in Vietnamese")

journal.stop()
t.finish()
