"""The kehoach Python package as an integrator uses it, as a test (run by Tests/CAPITests/run.sh
after `pip install ./bindings/python` into a fresh virtual environment).

Needs KEHOACH_EXAMPLES (the examples folder) and libkehoach (KEHOACH_LIB or the linker's path).
"""
import datetime
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import unittest

import kehoach

EXAMPLES = os.environ["KEHOACH_EXAMPLES"]


def example(name):
    with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
        return f.read()


class ModuleTests(unittest.TestCase):
    def test_the_package_is_the_installed_one_not_the_source_tree(self):
        self.assertIn("site-packages", kehoach.__file__)
        self.assertEqual(kehoach.libversion(), "0.3.0")

    def test_parse_deadline_gives_dates(self):
        spec = kehoach.parse_deadline("Quý I, II/2022", 2022)
        self.assertEqual([m["due"] for m in spec["milestones"]], ["2022-03-31", "2022-06-30"])
        self.assertTrue(kehoach.parse_deadline("Theo kế hoạch", 2025)["unspecified"])

    def test_errors_raise_typed_exceptions_with_the_vietnamese_message(self):
        with self.assertRaises(kehoach.InvalidError) as caught:
            kehoach.parse_deadline("Quý I", 2022, issued_on="2025-02-30")
        self.assertEqual(caught.exception.code, 3)
        self.assertIn("ngày có thật", caught.exception.message)
        self.assertIsInstance(caught.exception, ValueError)
        with self.assertRaises(kehoach.InvalidError) as caught:
            kehoach.add_workdays("1899-12-31", 1)
        self.assertIn("1900-2100", str(caught.exception))

    def test_add_workdays_skips_the_holidays(self):
        self.assertEqual(kehoach.add_workdays(datetime.date(2025, 4, 25), 4), "2025-05-05")

    def test_a_megabyte_phrase_is_an_error_even_under_a_4_gb_address_space_limit(self):
        code = ("import kehoach\n"
                "try:\n"
                "    kehoach.parse_deadline('Quý I, ' * 150000, 2022)\n"
                "except kehoach.InvalidError as e:\n"
                "    print('refused', e.message)\n")
        limit = lambda: resource.setrlimit(resource.RLIMIT_AS, (4_000_000 * 1024, 4_000_000 * 1024))
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=limit,
                             cwd=tempfile.gettempdir(), timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr[-2000:])
        self.assertIn("refused", run.stdout)
        self.assertIn("4096 byte", run.stdout)


class StoreTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "kehoach.db")
        self.store = kehoach.Store(self.path, create=True, actor="VP UBND xã Đa Lộc")
        self.plan_id = self.store.import_plan(example("da-loc-2025.json"))

    def tearDown(self):
        self.store.close()
        self.dir.cleanup()

    def overdue_ids(self, n):
        found = self.store.occurrences(plan_id=self.plan_id, status="overdue", as_of="2025-12-31", limit=n)
        return [o["id"] for o in found]

    def occurrence(self, occurrence_id):
        return next(o for o in self.store.occurrences(plan_id=self.plan_id, as_of=datetime.date(2025, 12, 31))
                    if o["id"] == occurrence_id)

    def test_plans_lists_the_stored_headers(self):
        other = self.store.import_plan(example("chieng-dong-2022.json"))
        plans = self.store.plans()
        self.assertEqual([p["id"] for p in plans], [other, self.plan_id])  # by year
        self.assertEqual(plans[1]["number"], "01/KH-UBND")
        self.assertGreater(plans[1]["task_count"], 10)

    def test_completion_with_a_note_waive_and_reopen(self):
        first, second = self.overdue_ids(2)
        self.store.complete(first, "2025-03-01", by="VP", evidence="Báo cáo số 12/BC-UBND", note="02 hội nghị")
        self.assertEqual(self.occurrence(first)["completion"]["note"], "02 hội nghị")
        self.store.waive(second, datetime.date(2025, 4, 1), by="VP", note="gộp vào nhiệm vụ 2.1")
        self.assertEqual(self.occurrence(second)["state"], "waived")
        self.store.reopen(second, by="VP")
        self.assertEqual(self.occurrence(second)["state"], "overdue")
        with self.assertRaises(kehoach.NotFoundError):
            self.store.reopen("1:không-có:x", by="VP")

    def test_dates_outside_1900_2100_are_refused_and_nothing_is_recorded(self):
        (first,) = self.overdue_ids(1)
        for call in (lambda: self.store.complete(first, "2101-01-01", by="VP"),
                     lambda: self.store.waive(first, "1899-12-31", by="VP"),
                     lambda: self.store.occurrences(as_of="0025-07-05"),
                     lambda: self.store.record_event(self.plan_id, "phe-duyet-qhkhsdd", "9999-01-01")):
            with self.assertRaises(kehoach.InvalidError):
                call()
        self.assertIsNone(self.occurrence(first)["completion"])

    def test_an_unknown_event_key_is_not_found_with_the_closest_key(self):
        with self.assertRaises(kehoach.NotFoundError) as caught:
            self.store.record_event(self.plan_id, "phe-duyet-qhkhsd", "2025-03-10")
        self.assertIn("phe-duyet-qhkhsdd", caught.exception.message)
        self.store.record_event(self.plan_id, "phe-duyet-qhkhsdd", "2025-03-10")
        self.assertTrue(any(o["task_ref"] == "3.9" for o in self.store.occurrences(plan_id=self.plan_id)))

    def test_replace_keeps_completions_and_delete_removes_the_plan(self):
        (first,) = self.overdue_ids(1)
        self.store.complete(first, "2025-03-01", by="VP", evidence="Biên bản")
        revision = self.store.export_plan(self.plan_id)
        revision["title"] = revision["title"] + " (điều chỉnh)"
        self.store.replace_plan(self.plan_id, revision)
        self.assertTrue(self.store.plans()[0]["title"].endswith("(điều chỉnh)"))
        self.assertEqual(self.occurrence(first)["completion"]["evidence"], "Biên bản")
        revision["number"] = "02/KH-UBND"
        with self.assertRaises(kehoach.InvalidError):
            self.store.replace_plan(self.plan_id, revision)
        self.store.delete_plan(self.plan_id)
        self.assertEqual(self.store.plans(), [])
        with self.assertRaises(kehoach.NotFoundError):
            self.store.delete_plan(self.plan_id)

    def test_a_read_only_store_refuses_writes(self):
        with kehoach.Store(self.path, readonly=True) as reader:
            self.assertEqual(len(reader.plans()), 1)
            with self.assertRaises(kehoach.ReadOnlyError) as caught:
                reader.delete_plan(self.plan_id)
            self.assertIn("chỉ đọc", caught.exception.message)

    def test_a_closed_store_raises_misuse(self):
        self.store.close()
        with self.assertRaises(kehoach.MisuseError):
            self.store.plans()
        self.store.close()

    def test_a_negative_user_version_is_not_a_database(self):
        self.store.close()
        with sqlite3.connect(self.path) as raw:
            raw.execute("PRAGMA user_version = -1")
        raw.close()
        with self.assertRaises(kehoach.NotADatabaseError) as caught:
            kehoach.Store(self.path)
        self.assertIn("không phải cơ sở dữ liệu kehoach", caught.exception.message)

    def test_a_missing_file_is_a_storage_error(self):
        with self.assertRaises(kehoach.StorageError):
            kehoach.Store(os.path.join(self.dir.name, "missing.db"))


if __name__ == "__main__":
    unittest.main()
