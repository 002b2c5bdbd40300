"""libkehoach through Python's ctypes, as a provincial Python program uses it, as a test.

Run by Tests/CAPITests/run.sh with KEHOACH_LIB set to the installed libkehoach.so.0 and
KEHOACH_EXAMPLES to the examples folder: python3 test_ctypes.py
"""
import ctypes
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import unittest

LIB = ctypes.CDLL(os.environ.get("KEHOACH_LIB", "libkehoach.so.0"))
EXAMPLES = os.environ.get("KEHOACH_EXAMPLES", os.path.join(os.path.dirname(__file__), "..", "..", "examples"))

OK, ERROR, MISUSE, INVALID, NOTFOUND, CONSTRAINT, READONLY, BUSY, SCHEMA, NOTADB, IO = range(11)
ROW, DONE = 100, 101
OPEN_READONLY, OPEN_READWRITE, OPEN_CREATE = 1, 2, 4
COL_OCCURRENCE_ID, COL_PLAN_ID, COL_DUE, COL_STATE = 0, 1, 7, 9
STATE_OVERDUE = 1

c_char_pp = ctypes.POINTER(ctypes.c_char_p)
db_p = ctypes.c_void_p
for name, restype, argtypes in [
    ("kehoach_libversion", ctypes.c_char_p, []),
    ("kehoach_libversion_number", ctypes.c_int, []),
    ("kehoach_errstr", ctypes.c_char_p, [ctypes.c_int]),
    ("kehoach_open", ctypes.c_int, [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(db_p)]),
    ("kehoach_close", ctypes.c_int, [db_p]),
    ("kehoach_errmsg", ctypes.c_char_p, [db_p]),
    ("kehoach_errcode", ctypes.c_int, [db_p]),
    ("kehoach_free", None, [ctypes.c_void_p]),
    ("kehoach_set_actor", ctypes.c_int, [db_p, ctypes.c_char_p]),
    ("kehoach_db_workdays_add", ctypes.c_int, [db_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]),
    ("kehoach_deadline_parse", ctypes.c_int, [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]),
    ("kehoach_workdays_add", ctypes.c_int, [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]),
    ("kehoach_plan_import_json", ctypes.c_int, [db_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int64)]),
    ("kehoach_plan_export_json", ctypes.c_int, [db_p, ctypes.c_int64, ctypes.POINTER(ctypes.c_void_p)]),
    ("kehoach_occurrences_json", ctypes.c_int, [db_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]),
    ("kehoach_occurrence_complete", ctypes.c_int, [db_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]),
    ("kehoach_event_record", ctypes.c_int, [db_p, ctypes.c_int64, ctypes.c_char_p, ctypes.c_char_p]),
    ("kehoach_notices_json", ctypes.c_int, [db_p, ctypes.c_int64, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p)]),
    ("kehoach_occurrences_open", ctypes.c_int, [db_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]),
    ("kehoach_overdue_open", ctypes.c_int, [db_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]),
    ("kehoach_cursor_step", ctypes.c_int, [ctypes.c_void_p]),
    ("kehoach_cursor_text", ctypes.c_char_p, [ctypes.c_void_p, ctypes.c_int]),
    ("kehoach_cursor_int64", ctypes.c_int64, [ctypes.c_void_p, ctypes.c_int]),
    ("kehoach_cursor_finalize", ctypes.c_int, [ctypes.c_void_p]),
    ("kehoach_last_errcode", ctypes.c_int, []),
    ("kehoach_last_errmsg", ctypes.c_char_p, []),
    ("kehoach_plans_json", ctypes.c_int, [db_p, ctypes.POINTER(ctypes.c_void_p)]),
]:
    function = getattr(LIB, name)
    function.restype = restype
    function.argtypes = argtypes


class KeHoachError(Exception):
    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def take_string(pointer):
    """A string the library allocated, copied and freed with kehoach_free."""
    try:
        return ctypes.string_at(pointer.value).decode("utf-8")
    finally:
        LIB.kehoach_free(pointer)


class Store:
    """A thin Pythonic wrapper, as a client would write one."""

    def __init__(self, path, flags=OPEN_CREATE):
        self.db = db_p()
        rc = LIB.kehoach_open(path.encode(), flags, ctypes.byref(self.db))
        if rc != OK:
            message = LIB.kehoach_errmsg(self.db).decode()
            LIB.kehoach_close(self.db)
            raise KeHoachError(rc, message)

    def close(self):
        LIB.kehoach_close(self.db)

    def check(self, rc):
        if rc != OK:
            raise KeHoachError(rc, LIB.kehoach_errmsg(self.db).decode())

    def import_plan(self, text):
        plan_id = ctypes.c_int64(-1)
        try:
            self.check(LIB.kehoach_plan_import_json(self.db, text.encode() if isinstance(text, str) else text,
                                                    ctypes.byref(plan_id)))
        finally:
            self.last_plan_id = plan_id.value
        return plan_id.value

    def export_plan(self, plan_id):
        out = ctypes.c_void_p()
        self.check(LIB.kehoach_plan_export_json(self.db, plan_id, ctypes.byref(out)))
        return take_string(out)

    def occurrences(self, query=None):
        out = ctypes.c_void_p()
        self.check(LIB.kehoach_occurrences_json(self.db, None if query is None else json.dumps(query).encode(),
                                                ctypes.byref(out)))
        return json.loads(take_string(out))

    def complete(self, occurrence_id, on, evidence, by):
        self.check(LIB.kehoach_occurrence_complete(self.db, occurrence_id.encode(), on.encode(),
                                                   evidence.encode() if evidence else None, by.encode()))

    def event(self, plan_id, key, on):
        self.check(LIB.kehoach_event_record(self.db, plan_id, key.encode(), on.encode()))

    def notices(self, after, limit):
        out = ctypes.c_void_p()
        self.check(LIB.kehoach_notices_json(self.db, after, limit, ctypes.byref(out)))
        return json.loads(take_string(out))

    def overdue(self, unit, as_of):
        cursor = ctypes.c_void_p()
        self.check(LIB.kehoach_overdue_open(self.db, unit.encode(), as_of.encode(), ctypes.byref(cursor)))
        rows = []
        try:
            while LIB.kehoach_cursor_step(cursor) == ROW:
                rows.append((LIB.kehoach_cursor_text(cursor, COL_OCCURRENCE_ID).decode(),
                             LIB.kehoach_cursor_text(cursor, COL_DUE).decode(),
                             LIB.kehoach_cursor_int64(cursor, COL_STATE)))
            self.assert_done = LIB.kehoach_cursor_step(cursor)
        finally:
            LIB.kehoach_cursor_finalize(cursor)
        return rows


def example(name):
    with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
        return f.read()


def parse(text, year, issued=None):
    out = ctypes.c_void_p()
    rc = LIB.kehoach_deadline_parse(text, year, issued, ctypes.byref(out))
    return rc, (take_string(out) if rc == OK else out.value)


class LibraryTests(unittest.TestCase):
    def test_version_and_error_texts(self):
        self.assertRegex(LIB.kehoach_libversion().decode(), r"^\d+\.\d+\.\d+$")
        major, minor, patch = map(int, LIB.kehoach_libversion().decode().split("."))
        self.assertEqual(LIB.kehoach_libversion_number(), major * 1_000_000 + minor * 1_000 + patch)
        self.assertEqual(LIB.kehoach_errstr(READONLY).decode(), "cơ sở dữ liệu mở ở chế độ chỉ đọc")
        self.assertEqual(LIB.kehoach_errstr(-5).decode(), "mã kết quả không xác định")

    def test_deadline_parse_returns_the_cli_json(self):
        rc, text = parse("Hàng quý, 06 tháng, năm".encode(), 2025)
        self.assertEqual(rc, OK)
        spec = json.loads(text)
        self.assertEqual(spec["text"], "Hàng quý, 06 tháng, năm")
        self.assertEqual(spec["recurrence"], ["quarter", "half_year", "year"])
        rc, text = parse("Sau khi được UBND tỉnh phê duyệt".encode(), 2022)
        self.assertEqual(rc, OK)
        self.assertIsNotNone(json.loads(text)["event"])

    def test_deadline_parse_refuses_bad_input(self):
        self.assertEqual(parse(b"Qu\xe1 I", 2022), (INVALID, None))
        self.assertEqual(parse("Quý I".encode(), 2022, b"2025-02-30"), (INVALID, None))
        self.assertEqual(parse(None, 2022)[0], MISUSE)
        self.assertEqual(LIB.kehoach_deadline_parse(b"x", 2022, None, None), MISUSE)
        self.assertEqual(parse(b"x", -1)[0], INVALID)

    def test_workdays_add_follows_the_holiday_calendar(self):
        out = ctypes.create_string_buffer(11)
        self.assertEqual(LIB.kehoach_workdays_add(b"2025-01-24", 1, out), OK)
        self.assertEqual(out.value, b"2025-02-03")  # Tết 2025: 25/01-02/02 off
        self.assertEqual(LIB.kehoach_workdays_add(b"2025-02-29", 1, out), INVALID)
        self.assertEqual(out.value, b"")
        self.assertEqual(LIB.kehoach_workdays_add(b"2025-01-24", 1, None), MISUSE)


class StoreTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "kehoach.db")
        self.store = Store(self.path)
        self.plan_id = self.store.import_plan(example("chieng-dong-2022.json"))

    def tearDown(self):
        self.store.close()
        self.dir.cleanup()

    def test_import_export_round_trip(self):
        exported = self.store.export_plan(self.plan_id)
        self.assertEqual(json.loads(exported)["issuer"], "UBND xã Chiềng Đông")
        other = Store(os.path.join(self.dir.name, "other.db"))
        try:
            self.assertEqual(other.export_plan(other.import_plan(exported)), exported)
        finally:
            other.close()

    def test_failed_writes_leave_the_store_unchanged(self):
        before = self.store.occurrences({"as_of": "2022-12-31"})
        for bad, code in [(example("chieng-dong-2022.json"), CONSTRAINT), ("{", INVALID), (b"\xff", INVALID),
                          (json.dumps({"format": "kehoach.plan/1"}), INVALID)]:
            with self.assertRaises(KeHoachError) as caught:
                self.store.import_plan(bad)
            self.assertEqual(caught.exception.code, code)
            self.assertEqual(self.store.last_plan_id, 0)
        with self.assertRaises(KeHoachError) as caught:
            self.store.complete("không-có", "2022-05-05", None, "Văn phòng")
        self.assertEqual(caught.exception.code, NOTFOUND)
        with self.assertRaises(KeHoachError) as caught:
            self.store.event(4242, "phe-duyet-bang-gia-dat", "2022-05-05")
        self.assertEqual(caught.exception.code, NOTFOUND)
        self.assertIn("4242", caught.exception.message)
        self.assertEqual(self.store.occurrences({"as_of": "2022-12-31"}), before)

    def test_occurrence_queries_and_the_overdue_cursor(self):
        overdue = self.store.occurrences({"unit": "Tư pháp - HT", "status": "overdue", "as_of": "2022-12-31"})
        self.assertTrue(overdue)
        rows = self.store.overdue("tu phap - ht", "2022-12-31")
        self.assertEqual([r[0] for r in rows], [o["id"] for o in overdue])
        self.assertEqual(self.store.assert_done, DONE)
        self.assertTrue(all(r[2] == STATE_OVERDUE and r[1] < "2022-12-31" for r in rows))
        with self.assertRaises(KeHoachError) as caught:
            self.store.occurrences({"as_of": "31/12/2022"})
        self.assertEqual(caught.exception.code, INVALID)

    def test_complete_and_event(self):
        target = self.store.occurrences({"status": "overdue", "as_of": "2022-12-31", "limit": 1})[0]
        self.store.complete(target["id"], "2022-06-01", "Báo cáo số 12/BC-UBND", "Tư pháp - HT")
        done = [o for o in self.store.occurrences({"as_of": "2022-12-31"}) if o["id"] == target["id"]][0]
        self.assertEqual(done["completion"]["evidence"], "Báo cáo số 12/BC-UBND")
        self.assertIn(done["state"], ("done", "done_late"))
        count = len(self.store.occurrences({"as_of": "2022-12-31"}))
        self.store.event(self.plan_id, "phe-duyet-bang-gia-dat", "2022-03-10")
        self.assertGreater(len(self.store.occurrences({"as_of": "2022-12-31"})), count)
        self.assertEqual(self.store.notices(0, 50), [])
        with self.assertRaises(KeHoachError) as caught:
            self.store.notices(0, 0)
        self.assertEqual(caught.exception.code, MISUSE)

    def test_the_audit_trail_names_the_actor_the_caller_set(self):
        def actors(action):
            with sqlite3.connect(self.path) as connection:
                return [row[0] for row in connection.execute("SELECT actor FROM audit WHERE action = ? ORDER BY id", (action,))]
        self.assertEqual(actors("plan.import"), ["libkehoach"], "imported in setUp, before any actor was set")
        self.store.check(LIB.kehoach_set_actor(self.store.db, "nguyen.van.a (VP UBND xã)".encode()))
        self.store.import_plan(example("da-loc-2025.json"))
        self.store.event(self.plan_id, "phe-duyet-bang-gia-dat", "2022-03-10")
        self.assertEqual(actors("plan.import"), ["libkehoach", "nguyen.van.a (VP UBND xã)"])
        self.assertEqual(actors("event.record")[-1:], ["nguyen.van.a (VP UBND xã)"])
        with self.assertRaises(KeHoachError) as caught:
            self.store.check(LIB.kehoach_set_actor(self.store.db, b"  "))
        self.assertEqual(caught.exception.code, INVALID)
        self.store.check(LIB.kehoach_set_actor(self.store.db, None))
        self.store.event(self.plan_id, "phe-duyet-bang-gia-dat", "2022-03-11")
        self.assertEqual(actors("event.record")[-1:], ["libkehoach"], "NULL restores the default")

    def test_db_workdays_add_counts_on_the_store_calendar(self):
        def add(date, n):
            out = ctypes.create_string_buffer(11)
            self.store.check(LIB.kehoach_db_workdays_add(self.store.db, date.encode(), n, out))
            return out.value.decode()
        self.assertEqual(add("2025-04-25", 1), "2025-04-26", "Saturday 26/4/2025 is worked, swapped for 2/5")
        # Another program stores the admin's overrides: 26/4 made an ordinary Saturday (off).
        with sqlite3.connect(self.path) as connection:
            connection.execute("UPDATE working_calendar SET overrides = '2025-04-26  -' WHERE id = 1")
        self.assertEqual(add("2025-04-25", 1), "2025-04-28")
        out = ctypes.create_string_buffer(11)
        self.assertEqual(LIB.kehoach_workdays_add(b"2025-04-25", 1, out), OK)
        self.assertEqual(out.value, b"2025-04-26", "the handle-less function keeps the built-in calendar")
        self.assertEqual(LIB.kehoach_db_workdays_add(None, b"2025-04-25", 1, out), MISUSE)
        with self.assertRaises(KeHoachError) as caught:
            add("2025-02-30", 1)
        self.assertEqual(caught.exception.code, INVALID)

    def test_read_only_handles_refuse_writes(self):
        reader = Store(self.path, OPEN_READONLY)
        try:
            target = reader.occurrences({"as_of": "2022-12-31", "limit": 1})[0]
            with self.assertRaises(KeHoachError) as caught:
                reader.complete(target["id"], "2022-06-01", None, "Văn phòng")
            self.assertEqual(caught.exception.code, READONLY)
            with self.assertRaises(KeHoachError) as caught:
                reader.event(self.plan_id, "phe-duyet-bang-gia-dat", "2022-03-10")
            self.assertEqual(caught.exception.code, READONLY)
            self.assertIsNone(reader.occurrences({"as_of": "2022-12-31", "limit": 1})[0]["completion"])
        finally:
            reader.close()

    def test_foreign_and_newer_files_are_refused(self):
        foreign = os.path.join(self.dir.name, "foreign.db")
        with sqlite3.connect(foreign) as connection:
            connection.execute("CREATE TABLE khach_hang (id INTEGER PRIMARY KEY, ten TEXT)")
        with self.assertRaises(KeHoachError) as caught:
            Store(foreign, OPEN_READWRITE)
        self.assertEqual(caught.exception.code, NOTADB)
        self.store.close()
        with sqlite3.connect(self.path) as connection:
            connection.execute("PRAGMA user_version = 999")
        connection.close()
        with self.assertRaises(KeHoachError) as caught:
            Store(self.path, OPEN_READWRITE)
        self.assertEqual(caught.exception.code, SCHEMA)
        self.assertIn("999", caught.exception.message)
        self.store = Store(os.path.join(self.dir.name, "fresh.db"))

    def test_two_threads_with_two_handles_write_at_once(self):
        ids = [o["id"] for o in self.store.occurrences({"status": "overdue", "as_of": "2022-12-31", "limit": 30})]
        self.assertEqual(len(ids), 30)
        errors = []

        def worker(part):
            store = Store(self.path, OPEN_READWRITE)
            try:
                for occurrence_id in part:
                    store.complete(occurrence_id, "2022-12-31", "Biên bản", "luồng Python")
                    parse("Quý I, II/2022".encode(), 2022)
            except KeHoachError as error:
                errors.append(error)
            finally:
                store.close()

        threads = [threading.Thread(target=worker, args=(ids[i::2],)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        closed = {o["id"] for o in self.store.occurrences({"as_of": "2022-12-31"})
                  if o["completion"] and o["completion"]["by"] == "luồng Python"}
        self.assertEqual(closed, set(ids))


class CrashListTests(unittest.TestCase):
    """Issue 17's inputs that crashed the host process: each is now an error code."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "k.db")

    def tearDown(self):
        self.dir.cleanup()

    def test_a_closed_handle_is_misuse_and_the_thread_error_says_so(self):
        db = db_p()
        self.assertEqual(LIB.kehoach_open(self.path.encode(), OPEN_CREATE, ctypes.byref(db)), OK)
        self.assertEqual(LIB.kehoach_close(db), OK)
        out = ctypes.c_void_p()
        self.assertEqual(LIB.kehoach_plans_json(db, ctypes.byref(out)), MISUSE)
        self.assertIsNone(out.value)
        self.assertEqual(LIB.kehoach_last_errcode(), MISUSE)
        self.assertIn("kehoach_close", LIB.kehoach_last_errmsg().decode())
        self.assertEqual(LIB.kehoach_close(db), MISUSE)

    def test_a_megabyte_phrase_is_refused_under_a_4_gb_address_space(self):
        code = ("import ctypes, os\n"
                "k = ctypes.CDLL(os.environ['KEHOACH_LIB'])\n"
                "k.kehoach_last_errmsg.restype = ctypes.c_char_p\n"
                "out = ctypes.c_void_p()\n"
                "rc = k.kehoach_deadline_parse(('Quý I, ' * 150000).encode(), 2022, None, ctypes.byref(out))\n"
                "print(rc, k.kehoach_last_errmsg().decode())\n")
        limit = lambda: resource.setrlimit(resource.RLIMIT_AS, (4_000_000 * 1024, 4_000_000 * 1024))
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=limit, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr[-2000:])
        self.assertTrue(run.stdout.startswith(f"{INVALID} "), run.stdout)
        self.assertIn("4096", run.stdout)

    def test_a_negative_user_version_is_not_a_database(self):
        Store(self.path).close()
        raw = sqlite3.connect(self.path)
        raw.execute("PRAGMA user_version = -1")
        raw.close()
        for flags in (OPEN_READWRITE, OPEN_READONLY):
            with self.assertRaises(KeHoachError) as caught:
                Store(self.path, flags)
            self.assertEqual(caught.exception.code, NOTADB)

    def test_dates_outside_1900_2100_and_unknown_event_keys_are_refused(self):
        store = Store(self.path)
        try:
            plan_id = store.import_plan(example("da-loc-2025.json"))
            first = store.occurrences({"plan_id": plan_id, "limit": 1})[0]["id"]
            for call, code in [(lambda: store.complete(first, "2101-01-01", None, "vp"), INVALID),
                               (lambda: store.complete(first, "1899-12-31", None, "vp"), INVALID),
                               (lambda: store.event(plan_id, "phe-duyet-qhkhsdd", "0999-01-01"), INVALID),
                               (lambda: store.occurrences({"as_of": "2200-01-01"}), INVALID),
                               (lambda: store.event(plan_id, "khong-co-su-kien-nay", "2025-03-10"), NOTFOUND)]:
                with self.assertRaises(KeHoachError) as caught:
                    call()
                self.assertEqual(caught.exception.code, code, caught.exception.message)
        finally:
            store.close()


if __name__ == "__main__":
    unittest.main(verbosity=1)
