<?php
// ffi_client.php: libkehoach from PHP through FFI, as provincial PHP software uses it, as a test.
// Usage: php ffi_client.php kehoach_ffi.h libkehoach.so.0 PLAN.json DB_PATH
// kehoach_ffi.h is the preprocessor-free part of kehoach.h that FFI::cdef() reads as it is.
[$script, $header, $library, $planFile, $dbPath] = $argv;
$k = FFI::cdef(file_get_contents($header), $library);

$failures = 0;
function check(bool $ok, string $what): void {
    global $failures;
    if (!$ok) { $failures++; fwrite(STDERR, "FAILED: $what\n"); }
}
function text($value): string { return is_string($value) ? $value : FFI::string($value); }

// Enum constants are visible to PHP, which cannot read #define.
check($k->KEHOACH_NOTFOUND === 4 && $k->KEHOACH_OPEN_CREATE === 4, "enum constants");
check(text($k->kehoach_libversion()) !== "", "kehoach_libversion");

// A deadline cell.
$json = $k->new("char *");
check($k->kehoach_deadline_parse("Chậm nhất ngày 30/11/2023", 2023, null, FFI::addr($json)) === $k->KEHOACH_OK, "deadline_parse");
$spec = json_decode(FFI::string($json), true);
$k->kehoach_free($json);
check($spec["milestones"][0]["due"] === "2023-11-30", "deadline due");

// Working days.
$date = $k->new("char[11]");
check($k->kehoach_workdays_add("2025-04-25", 4, $date) === $k->KEHOACH_OK && FFI::string($date) === "2025-05-05", "workdays_add");

// A store: import a plan, list occurrences, complete one.
$db = $k->new("kehoach_db *");
check($k->kehoach_open($dbPath, $k->KEHOACH_OPEN_CREATE, FFI::addr($db)) === $k->KEHOACH_OK, "open");
$id = $k->new("int64_t");
check($k->kehoach_plan_import_json($db, file_get_contents($planFile), FFI::addr($id)) === $k->KEHOACH_OK, "import");
check($k->kehoach_plan_import_json($db, file_get_contents($planFile), FFI::addr($id)) === $k->KEHOACH_CONSTRAINT, "duplicate import");
check(str_contains(text($k->kehoach_errmsg($db)), "đã có"), "errmsg in Vietnamese");
// PHP converts a const char * result to a string: docs/c-api.md prints it as it is.
check(is_string($k->kehoach_errmsg($db)), "kehoach_errmsg returns a PHP string");
check(is_string($k->kehoach_last_errmsg()) && $k->kehoach_last_errcode() === $k->KEHOACH_CONSTRAINT, "the thread's last error");
$out = $k->new("char *");
check($k->kehoach_occurrences_json($db, '{"as_of": "2023-12-31", "status": "overdue"}', FFI::addr($out)) === $k->KEHOACH_OK, "occurrences");
$occurrences = json_decode(FFI::string($out), true);
$k->kehoach_free($out);
check(count($occurrences) > 0, "some overdue occurrences");
check($k->kehoach_occurrence_complete($db, $occurrences[0]["id"], "2023-12-20", "Báo cáo số 5/BC-UBND", "Văn phòng UBND xã") === $k->KEHOACH_OK, "complete");
check($k->kehoach_occurrence_complete($db, $occurrences[0]["id"], "2023-02-30", null, "x") === $k->KEHOACH_INVALID, "bad date");
$k->kehoach_close($db);

echo "ffi_client: " . ($failures === 0 ? "all passed" : "$failures failed") . "\n";
exit($failures === 0 ? 0 : 1);
