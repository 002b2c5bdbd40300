/*
** kehoach.h: the C interface of libkehoach.
**
** libkehoach keeps the plans of Vietnamese communes ("Kế hoạch nâng cao Chỉ số PAPI"), their
** deadlines written in Vietnamese and the progress made on them, in one SQLite file shared with
** the kehoachd daemon and the kehoach command-line tool. Provincial software written in C, PHP,
** Python, Java or .NET links it to store plans, parse deadlines, record progress and read the
** notices the daemon raises.
**
** Conventions (the same for every function, in the style of sqlite3.h and libgit2):
**
**   - Every function that can fail returns an int result code from enum kehoach_result:
**     KEHOACH_OK (0) on success. Results come back through out-parameters, which are written
**     on success and cleared (NULL, 0 or "") on failure.
**   - kehoach_errmsg(db) explains the last failure on a handle, in Vietnamese;
**     kehoach_errstr(code) explains a code. Functions without a handle (kehoach_deadline_parse,
**     kehoach_workdays_add, kehoach_open without a handle to return) and calls on a NULL or
**     closed handle explain themselves through kehoach_last_errmsg(), the thread's last error
**     (as libgit2's git_error_last()).
**   - Strings are UTF-8 and NUL-terminated, both ways. Text that is not valid UTF-8 is refused
**     with KEHOACH_INVALID.
**   - Dates are civil dates "YYYY-MM-DD" in Vietnam (UTC+7). A date that does not exist
**     ("2025-02-30"), or one outside the years 1900-2100 that the deadline language and the
**     working calendar cover ("0025-07-05"), is refused with KEHOACH_INVALID.
**   - Whatever the library allocates and hands to the caller (char **out_json and the like)
**     the caller releases with kehoach_free(). Pointers returned as const char * belong to the
**     library: never free them.
**   - A NULL pointer where one is required returns KEHOACH_MISUSE, and so does a handle that
**     was closed (kehoach_close, kehoach_cursor_finalize): handles are not addresses but
**     numbers that are never reused, so a stale handle is recognised, never dereferenced.
**     No failure of any kind aborts the host process.
**   - Documents (plans, occurrence lists, notices) cross as JSON; the hot path (a unit's
**     overdue occurrences) has a cursor of plain C strings (kehoach_cursor_step).
**   - Threads: a handle (kehoach_db, kehoach_cursor) is used by one thread at a time; distinct
**     handles may be used in parallel, including handles on the same file. Functions without a
**     handle are safe from any thread.
**
** Part of the header between the "kehoach FFI begin" and "kehoach FFI end" comments contains
** no preprocessor lines, so that PHP's FFI::cdef() (which cannot read macros) accepts it as it
** is; kehoach_ffi.h, installed beside this header, is exactly that part.
*/
#ifndef KEHOACH_H
#define KEHOACH_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
** The version of this header: KEHOACH_VERSION is "MAJOR.MINOR.PATCH" and
** KEHOACH_VERSION_NUMBER is MAJOR*1000000 + MINOR*1000 + PATCH. Compare them with
** kehoach_libversion() and kehoach_libversion_number() to detect a header/library mismatch.
*/
#define KEHOACH_VERSION        "0.3.0"
#define KEHOACH_VERSION_NUMBER 3000

/* kehoach FFI begin */

/*
** Result codes. The values 0-10 are KeHoachErrorCode of the Swift API and the exit codes of
** the kehoach CLI's errors; they are never renumbered.
*/
enum kehoach_result {
    KEHOACH_OK         = 0,   /* success */
    KEHOACH_ERROR      = 1,   /* an error with no more specific code */
    KEHOACH_MISUSE     = 2,   /* the API was called wrongly: NULL pointer, bad flags, closed handle */
    KEHOACH_INVALID    = 3,   /* input that is not valid: JSON, a date, a field, bad UTF-8 */
    KEHOACH_NOTFOUND   = 4,   /* a plan, occurrence or unit that does not exist */
    KEHOACH_CONSTRAINT = 5,   /* conflicts with what is stored, e.g. the plan is already there */
    KEHOACH_READONLY   = 6,   /* a write on a handle opened with KEHOACH_OPEN_READONLY */
    KEHOACH_BUSY       = 7,   /* another process held the file past the busy timeout (5 s) */
    KEHOACH_SCHEMA     = 8,   /* the file was made by a newer kehoach than this library */
    KEHOACH_NOTADB     = 9,   /* the file is not a kehoach database */
    KEHOACH_IO         = 10,  /* the file system or SQLite failed */
    KEHOACH_ROW        = 100, /* kehoach_cursor_step(): a row is ready */
    KEHOACH_DONE       = 101  /* kehoach_cursor_step(): no more rows */
};

/* Flags of kehoach_open(). */
enum kehoach_open_flags {
    KEHOACH_OPEN_READONLY  = 1,  /* read only; every write returns KEHOACH_READONLY */
    KEHOACH_OPEN_READWRITE = 2,  /* read and write an existing file */
    KEHOACH_OPEN_CREATE    = 4   /* create the file if missing; implies READWRITE */
};

/*
** The state of an occurrence (one dated instance of a task) on a given day. The JSON forms are
** "open", "overdue", "done", "done_late" and "waived".
*/
enum kehoach_state {
    KEHOACH_STATE_OPEN      = 0,  /* not done, not yet past its effective due date */
    KEHOACH_STATE_OVERDUE   = 1,  /* not done and past its effective due date */
    KEHOACH_STATE_DONE      = 2,  /* done on or before its effective due date */
    KEHOACH_STATE_DONE_LATE = 3,  /* done after its effective due date */
    KEHOACH_STATE_WAIVED    = 4   /* no longer required */
};

/* The columns of a cursor row (kehoach_cursor_text, kehoach_cursor_int64). */
enum kehoach_column {
    KEHOACH_COL_OCCURRENCE_ID = 0,  /* stable id, "<plan id>:<task ref>:<slot>" */
    KEHOACH_COL_PLAN_ID       = 1,  /* the plan's id (also as int64) */
    KEHOACH_COL_PLAN_NUMBER   = 2,  /* "01/KH-UBND" */
    KEHOACH_COL_TASK_REF      = 3,  /* the task's row number in the plan, "3.a" */
    KEHOACH_COL_TASK          = 4,  /* the task's description */
    KEHOACH_COL_LABEL         = 5,  /* what the occurrence is, "Quý II/2025" */
    KEHOACH_COL_WRITTEN_DUE   = 6,  /* the due date as written, "YYYY-MM-DD" */
    KEHOACH_COL_DUE           = 7,  /* the effective due date (moved off days off) */
    KEHOACH_COL_LEAD_UNITS    = 8,  /* lead unit names, joined with "; " */
    KEHOACH_COL_STATE         = 9,  /* "overdue" ...; as int64 an enum kehoach_state */
    KEHOACH_COL_DONE_ON       = 10, /* the completion date, or NULL */
    KEHOACH_COL_EVIDENCE      = 11  /* the completion evidence, or NULL */
};

/* A connection to a kehoach database file. Opaque. */
typedef struct kehoach_db kehoach_db;

/* The rows of a query, read one at a time with kehoach_cursor_step(). Opaque. */
typedef struct kehoach_cursor kehoach_cursor;

/*
** The library's version, "MAJOR.MINOR.PATCH" (a static string), and the same as
** MAJOR*1000000 + MINOR*1000 + PATCH.
*/
const char *kehoach_libversion(void);
int kehoach_libversion_number(void);

/*
** A static Vietnamese explanation of a result code ("không tìm thấy" for KEHOACH_NOTFOUND).
** Never NULL: an unknown code gives a text saying so. Safe from any thread.
*/
const char *kehoach_errstr(int code);

/*
** Opens the kehoach database at `path` (a file path; created with KEHOACH_OPEN_CREATE) and
** writes a new handle to *out. `flags` is KEHOACH_OPEN_READONLY, KEHOACH_OPEN_READWRITE, or
** KEHOACH_OPEN_CREATE (optionally | READWRITE). The schema is created or migrated on first
** open; SQLite runs in WAL mode with a 5 second busy timeout.
**
** Like sqlite3_open_v2(), *out receives a handle whenever one could be allocated, even when
** opening fails: kehoach_errmsg(*out) then says why, every other call on it returns
** KEHOACH_MISUSE, and the caller must still kehoach_close() it. *out is NULL only on
** KEHOACH_MISUSE for a NULL `out` or `path`.
**
** Errors: KEHOACH_MISUSE (NULL path or out, flags 0 or READONLY with another flag),
** KEHOACH_INVALID (path empty or not UTF-8), KEHOACH_NOTADB (a file that is not kehoach's: text,
** another application's SQLite database, an empty file opened read-only), KEHOACH_SCHEMA (a newer
** kehoach's file), KEHOACH_READONLY (KEHOACH_OPEN_READONLY on a file of an older kehoach: open
** it once with KEHOACH_OPEN_READWRITE, which upgrades it, or let kehoachd do so), KEHOACH_BUSY,
** KEHOACH_IO (a missing file without KEHOACH_OPEN_CREATE, a directory that does not exist, no
** permission: the message names the file, its owner, group and mode and what to do; a file this
** process may only read is refused here with KEHOACH_OPEN_READWRITE, not at the first write).
** In a setgid directory (the installed /var/lib/kehoach, 2770 group kehoach) a new database is
** created 0660, whatever the umask, so that every member of the group can write it.
*/
int kehoach_open(const char *path, int flags, kehoach_db **out);

/*
** Closes a handle and releases everything it owns (its error message included). NULL is a
** no-op. Cursors opened on it stay valid until finalized. Returns KEHOACH_OK; KEHOACH_MISUSE
** for a handle already closed (closing twice is reported, never a double free). After
** kehoach_close(db) every call on db returns KEHOACH_MISUSE (since 0.3.0; a crash before).
*/
int kehoach_close(kehoach_db *db);

/*
** The last error on `db` in Vietnamese, naming the field, row or file at fault; "không có lỗi"
** after a success. The string belongs to the handle and stays valid until the next call on
** it; copy it to keep it. kehoach_errmsg(NULL), and kehoach_errmsg() of a closed handle, return a
** static text saying so (the handle's own message is gone with it).
*/
const char *kehoach_errmsg(kehoach_db *db);

/* The result code of the last call on `db` (KEHOACH_OK after a success); KEHOACH_MISUSE for NULL. */
int kehoach_errcode(kehoach_db *db);

/*
** The outcome of the latest call made on the calling thread to any function that returns an
** int result code: its code (KEHOACH_OK after a success; KEHOACH_ROW and KEHOACH_DONE of
** kehoach_cursor_step() count as success) and its Vietnamese message ("không có lỗi" after a
** success). This is how the functions that take no handle explain a failure
** (kehoach_deadline_parse(), kehoach_workdays_add(), kehoach_open() with a NULL out or path),
** and how a call on a NULL or closed handle says so; calls on a handle set it too, to the same
** code and message as kehoach_errmsg(db). Functions that return a string or nothing
** (kehoach_errmsg, kehoach_errstr, kehoach_free, kehoach_cursor_text...) leave it unchanged.
**
** The string belongs to the thread and stays valid until the thread's next call that sets it
** (or the thread's end); copy it to keep it. Never NULL. Each thread has its own: a failure on
** one thread never shows on another. Since 0.3.0.
*/
int kehoach_last_errcode(void);
const char *kehoach_last_errmsg(void);

/*
** Names who acts through `db` in the store's audit trail (what `kehoach history` shows) for the
** calls that take no `by` argument: kehoach_plan_import_json() and kehoach_event_record(). Pass
** the user signed in to the calling software, or their unit ("nguyen.van.a", "VP UBND xã Đa
** Lộc"), when the handle is opened or whenever the user changes; NULL goes back to the default,
** "libkehoach". The text is copied. Calls that take `by` (kehoach_occurrence_complete()) keep
** recording that. Since 0.2.0.
**
** Errors: KEHOACH_MISUSE (NULL db, or a handle whose open failed), KEHOACH_INVALID (blank, or
** not UTF-8); the actor is then unchanged.
*/
int kehoach_set_actor(kehoach_db *db, const char *actor);

/* Frees memory the library returned through an out-parameter. NULL is a no-op. */
void kehoach_free(void *p);

/*
** Parses a deadline cell written in Vietnamese ("Quý I, II/2022", "trước ngày 15/11/2022",
** "Hàng quý, 06 tháng, năm", "Sau khi được UBND tỉnh phê duyệt") and writes its meaning to
** *out_json (free with kehoach_free): exactly the JSON object that `kehoach deadline --json`
** prints. `plan_year` (1900-2100) is the year of phrases without one; `issued_on` (the plan's
** date "YYYY-MM-DD", or NULL) fixes the school year of "trong năm học". Text it does not
** understand is not an error: it comes back flagged "unspecified" with diagnostics.
**
** Errors (explained by kehoach_last_errmsg()): KEHOACH_MISUSE (NULL text or out_json),
** KEHOACH_INVALID (text or issued_on not UTF-8, issued_on not a real date in 1900-2100,
** plan_year out of range, text longer than 4096 bytes: a deadline cell is a phrase, and a
** megabyte of text is refused rather than parsed).
*/
int kehoach_deadline_parse(const char *text, int plan_year, const char *issued_on, char **out_json);

/*
** The date `n` working days after `date` (before it when n < 0; `date` itself when n is 0),
** on the Vietnamese civil-service calendar: Monday to Friday minus public holidays (lunar ones
** included), compensatory days off and announced swaps. Writes "YYYY-MM-DD" and a NUL into
** out_date, which must hold 11 bytes.
**
** Errors (explained by kehoach_last_errmsg()): KEHOACH_MISUSE (NULL date or out_date),
** KEHOACH_INVALID (date not a real "YYYY-MM-DD" in the years 1900-2100, or |n| > 36500);
** out_date is then "".
*/
int kehoach_workdays_add(const char *date, int n, char out_date[11]);

/*
** kehoach_workdays_add() on the calendar kept in the store `db`: the built-in calendar plus the
** days off and swaps the administrator stored (`kehoach calendar set`, kehoachd's
** calendar_overrides), the calendar every stored due date is computed with. Use it for dates
** that must agree with the stored ones. Since 0.2.0.
**
** Errors: those of kehoach_workdays_add(), and KEHOACH_MISUSE for a NULL db or a handle whose
** open failed, KEHOACH_IO when the stored overrides cannot be read.
*/
int kehoach_db_workdays_add(kehoach_db *db, const char *date, int n, char out_date[11]);

/*
** Imports a whole plan from plan JSON (format "kehoach.plan/1", see docs/plan-format.md) and
** writes its new id to *out_plan_id. The plan is checked before anything is written; the import
** is one transaction and leaves an audit entry by the handle's actor (kehoach_set_actor(),
** "libkehoach" until set).
**
** Errors: KEHOACH_MISUSE (NULL argument), KEHOACH_INVALID (not JSON, a missing field, an
** unknown unit; kehoach_errmsg names the field and task row), KEHOACH_CONSTRAINT (a plan with
** the same issuer and number is stored), KEHOACH_READONLY, KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_plan_import_json(kehoach_db *db, const char *json, int64_t *out_plan_id);

/*
** Writes the stored plan `plan_id` to *out_json as plan JSON (free with kehoach_free), in a
** stable form: kehoach_plan_import_json() of it into another database gives the same plan.
**
** Errors: KEHOACH_MISUSE, KEHOACH_NOTFOUND (no such plan), KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_plan_export_json(kehoach_db *db, int64_t plan_id, char **out_json);

/*
** Lists every stored plan as a JSON array in *out_json (free with kehoach_free), ordered by
** year, then number: [{"id": 1, "number": "01/KH-UBND", "issuer": "UBND xã Đa Lộc", "year":
** 2025, "title": "...", "task_count": 38, "plan_key": "xa-da-loc:01/KH-UBND:2025", "org":
** "xa-da-loc", "org_name": "Xã Đa Lộc"}, ...]; "[]" for an empty store. The "id" is what the
** other plan functions take; "plan_key" is the plan's id in every store (many communes number
** their plan "01/KH-UBND"). Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db or out_json, a handle whose open failed, a closed handle),
** KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_plans_json(kehoach_db *db, char **out_json);

/*
** Lists the organisations the stored plans belong to (communes, wards, provinces,
** departments) as a JSON array in *out_json (free with kehoach_free), ordered by code:
** [{"code": "xa-da-loc", "name": "Xã Đa Lộc", "kind": "commune", "parent": "tinh-hung-yen",
** "plans": 1}, ...]. Each organisation is created when its first plan is imported, from the
** plan's "organisation" or its issuer. Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db or out_json, a handle whose open failed, a closed handle),
** KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_organisations_json(kehoach_db *db, char **out_json);

/*
** Lists the units of organisation `org` (its code, case ignored, or its name) over all its
** plans as a JSON array in *out_json (free with kehoach_free), by name: [{"org": "xa-da-loc",
** "id": "van-phong", "name": "Văn phòng - Thống kê", "kind": "department", "aliases": ["VP UBND
** xã", ...], "plans": 1, "leads": 17, "coordinates": 2}, ...]. Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL argument), KEHOACH_NOTFOUND (no such organisation; the message
** names the closest code), KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_units_json(kehoach_db *db, const char *org, char **out_json);

/*
** Sets how kehoachd reaches unit `unit` (its id, name or alias) of organisation `org` (its
** code, case ignored, or its name) with its alerts: `emails_json` is a JSON array of e-mail
** addresses (NULL or "[]" for none), `phone` a phone number of 8 to 15 digits for an SMS
** gateway (NULL for none). No address and no phone removes the unit's contact. The change is
** audited under the handle's actor (kehoach_set_actor). The strings are read, not kept.
** Since 0.3.0 (issue 16).
**
** Errors: KEHOACH_MISUSE (NULL db, org or unit), KEHOACH_INVALID (emails_json not an array of
** strings, an address or phone of the wrong form: nothing is stored), KEHOACH_NOTFOUND (no
** such organisation, or no such unit in it; the message names the closest unit),
** KEHOACH_READONLY, KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_unit_contact_set(kehoach_db *db, const char *org, const char *unit, const char *emails_json,
                             const char *phone);

/*
** The province's roll-up across its communes: for organisation `org` (a code, case ignored, or
** a name) and every organisation under it, the occurrences whose effective due date lies from
** `from` to `to` ("YYYY-MM-DD", inclusive), judged on `as_of` ("YYYY-MM-DD"; NULL: today in
** Vietnam), as one JSON object in *out_json (free with kehoach_free):
**
**   {"organisation": "tinh-hung-yen", "organisation_name": "Tỉnh Hưng Yên", "from", "to",
**    "as_of", "total": CELLS, "dimensions": [{"key": "PAPI.1", "title": "PAPI.1 — ..."}],
**    "rows": [{"code": "xa-binh-minh", "name": "Xã Bình Minh", "rank": 1 (null: nothing due),
**              "cells": CELLS, "by_dimension": {"PAPI.1": CELLS, ...}}, ...]}
**
** CELLS are the four cells of the national task reports, "done_on_time", "done_late",
** "open_in_time", "open_overdue", with "waived" and "overdue_over30" / "overdue_over90" /
** "overdue_over120" (calendar days past due on `as_of`). Rows are ranked by done on time over
** (done + overdue), ties sharing a rank. The same figures as `kehoach report --org ORG`.
** Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db, org, from, to or out_json), KEHOACH_INVALID (a bad date,
** `to` before `from`, a year outside 1900-2100), KEHOACH_NOTFOUND (no such organisation),
** KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_rollup_json(kehoach_db *db, const char *org, const char *from, const char *to, const char *as_of,
                        char **out_json);

/*
** The periodic progress report of plan `plan_id` for `period` ("6-thang", "9-thang", "nam",
** "quy-1" ... "quy-4", of the plan's year), judged on `as_of` ("YYYY-MM-DD"; NULL: today in
** Vietnam), as one JSON object in *out_json (free with kehoach_free): the document of
** `kehoach report PLAN --format json` (docs/reports.md): the plan, the period and its data
** window, "totals", "by_dimension", "by_unit" (done_on_time, done_late, overdue, not_yet_due,
** waived, ..., completion_rate, on_time_rate), every occurrence in "items" with its outcome,
** evidence and note, the tasks without dates, and the targets with their judgement. Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db, period or out_json), KEHOACH_INVALID (an unknown period, a
** bad date), KEHOACH_NOTFOUND (no such plan), KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_report_json(kehoach_db *db, int64_t plan_id, const char *period, const char *as_of, char **out_json);

/*
** Per organisation and lead unit, the state on `as_of` ("YYYY-MM-DD"; NULL: today in Vietnam)
** of the plans of `org` and the organisations under it (NULL: every plan), as a JSON array in
** *out_json (free with kehoach_free), by organisation code then unit name: [{"organisation":
** "xa-da-loc", "organisation_name": "Xã Đa Lộc", "unit_id": "van-phong", "unit": "Văn phòng -
** Thống kê", "due_this_week": 2, "overdue": 5, "needs_date": 1}, ...]. "Due this week" is from
** `as_of` to Sunday of its week; only lead units are counted. These are the figures of
** kehoachd's daily digest (one journal entry per element). Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db or out_json), KEHOACH_INVALID (a bad date), KEHOACH_NOTFOUND
** (no such organisation), KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_summary_json(kehoach_db *db, const char *org, const char *as_of, char **out_json);

/*
** Replaces the stored plan `plan_id` by a revised version of it in plan JSON (a "Kế hoạch điều
** chỉnh, bổ sung"): same "number" and "issuer", any other field changed. In one transaction the
** header, units, dimensions and tasks are rewritten and the plan is expanded again; its id, its
** events, its notice settings and every completion or waiver of an occurrence the revision still
** has are kept (a completion whose occurrence disappeared is kept aside and reported in the audit
** trail, which records the replacement by the handle's actor). Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db or json), KEHOACH_INVALID (not JSON, a missing field, an
** unknown unit, another number or issuer: a plan with a new number is imported, not replaced),
** KEHOACH_NOTFOUND (no such plan), KEHOACH_READONLY, KEHOACH_BUSY, KEHOACH_IO. Nothing is
** changed on error.
*/
int kehoach_plan_replace_json(kehoach_db *db, int64_t plan_id, const char *json);

/*
** Deletes the plan `plan_id` with its tasks, occurrences, completions, events and unsent
** notices; notices already written to the journal stay in the outbox. Audited as the handle's
** actor ("plan.delete"). It cannot be undone: export the plan first (kehoach_plan_export_json)
** to keep a copy. Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db), KEHOACH_NOTFOUND (no such plan), KEHOACH_READONLY,
** KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_plan_delete(kehoach_db *db, int64_t plan_id);

/*
** Lists occurrences as a JSON array in *out_json (free with kehoach_free), ordered by
** effective due date then id. `query_json` is an object whose fields all narrow the list and
** all may be left out (NULL or "{}" lists everything):
**
**   "plan_id": 1, "org": "xa-da-loc" (an organisation's code, case ignored: its plans and those
**   of every organisation under it, so a province's code lists its communes'), "unit": "Công
**   chức Tư pháp - Hộ tịch" (a unit name, alias or id, accents and case ignored), "role":
**   "lead", "coordinating" or "any" (the unit's role in the task; default "any"), "dimension":
**   "3" (a dimension key), "status":
**   "overdue" (open, overdue, done, done_late, waived), "due_from" / "due_to": "YYYY-MM-DD"
**   (effective due date, inclusive), "as_of": "YYYY-MM-DD" (the day states are judged on;
**   default today in Vietnam), "limit": 100.
**
** Each element: {"id", "plan_id", "plan_key", "plan_number", "org", "org_name", "task_ref",
** "task", "label", "source", "written_due", "due", "dimension", "lead_units", "lead_unit_ids",
** "coordinating_units", "coordinating_unit_ids", "state", "matched_role" (for a query by unit:
** "lead" or "coordinating", else null), "completion": null or {"state", "on", "evidence", "by",
** "note"}}. "id" is "<plan_key>:<task ref>:<slot>", and "plan_key" "<org>:<number>:<year>"
** (e.g. "xa-da-loc:01/KH-UBND:2025"): both stay the same when the plan is exported and
** imported into another store, unlike "plan_id", this store's row. Unit names and ids stand
** side by side, in the plan's order. An id of the old form ("1:1.4:2025-06-30", this store's
** plan id first) is still accepted by the calls that take an occurrence id.
**
** Errors: KEHOACH_MISUSE, KEHOACH_INVALID (not JSON, an unknown field or status, a bad date,
** a negative limit), KEHOACH_NOTFOUND (a unit no stored plan knows), KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_occurrences_json(kehoach_db *db, const char *query_json, char **out_json);

/*
** Records that occurrence `occurrence_id` was done on `done_on` ("YYYY-MM-DD") by `by` (a
** person or unit, for the audit trail), with optional `evidence` (a document number such as
** "Báo cáo số 12/BC-UBND", or a link; NULL for none). Completing an occurrence again replaces
** the record; both are audited.
**
** Errors: KEHOACH_MISUSE (NULL db, occurrence_id, done_on or by), KEHOACH_INVALID (bad date
** or one outside 1900-2100, empty `by`, bad UTF-8), KEHOACH_NOTFOUND (no such occurrence),
** KEHOACH_READONLY, KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_occurrence_complete(kehoach_db *db, const char *occurrence_id, const char *done_on, const char *evidence, const char *by);

/*
** kehoach_occurrence_complete() with a `note` (NULL or "" for none): what the official adds
** about how it was done ("tổ chức 02 hội nghị, 150 lượt người dân tham dự"), kept with the
** completion, shown as "note" in its JSON and in the audit trail. Since 0.3.0.
**
** Errors: those of kehoach_occurrence_complete(), and KEHOACH_INVALID for a note not UTF-8.
*/
int kehoach_occurrence_complete_note(kehoach_db *db, const char *occurrence_id, const char *done_on, const char *evidence, const char *note, const char *by);

/*
** Records that occurrence `occurrence_id` is no longer required ("waived": the task was
** dropped, merged into another, or its event will not happen), on `waived_on` ("YYYY-MM-DD"),
** by `by`, with an optional `note` saying why (NULL for none). A waived occurrence is closed:
** no notice is raised for it and its state is "waived". Waiving a completed occurrence replaces
** the completion; both are audited. Undo with kehoach_occurrence_reopen(). Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db, occurrence_id, waived_on or by), KEHOACH_INVALID (bad date
** or one outside 1900-2100, empty `by`, bad UTF-8), KEHOACH_NOTFOUND (no such occurrence),
** KEHOACH_READONLY, KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_occurrence_waive(kehoach_db *db, const char *occurrence_id, const char *waived_on, const char *note, const char *by);

/*
** Removes the completion or waiver of occurrence `occurrence_id`, which is open again (and
** overdue if its due date has passed: the daemon's notices resume). Audited as `by`. Reopening
** an open occurrence changes nothing and returns KEHOACH_OK. Since 0.3.0.
**
** Errors: KEHOACH_MISUSE (NULL db, occurrence_id or by), KEHOACH_INVALID (empty `by`, bad
** UTF-8), KEHOACH_NOTFOUND (no such occurrence), KEHOACH_READONLY, KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_occurrence_reopen(kehoach_db *db, const char *occurrence_id, const char *by);

/*
** Records that the event `event_key` of plan `plan_id` (the "event_key" of its event-triggered
** tasks, e.g. "phe-duyet-ke-hoach") happened on `happened_on`; the occurrences of the tasks
** waiting for it are created then. Audited as the handle's actor (kehoach_set_actor()).
**
** Recording the same key on the same day again changes nothing and returns KEHOACH_OK.
**
** Errors: KEHOACH_MISUSE, KEHOACH_INVALID (bad date or one outside 1900-2100, empty key),
** KEHOACH_NOTFOUND (no such plan, or a key no task of the plan names: kehoach_errmsg suggests
** the closest key; since 0.3.0, when such a key was recorded and KEHOACH_OK returned),
** KEHOACH_READONLY, KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_event_record(kehoach_db *db, int64_t plan_id, const char *event_key, const char *happened_on);

/*
** Notices recorded by the daemon with a sequence number greater than `after_id`, oldest first,
** at most `limit` (1-10000) of them, as a JSON array in *out_json (free with kehoach_free).
** Poll with the largest "seq" seen so far to read each notice once. Each element:
** {"seq", "id", "kind" ("reminder", "due", "overdue", "escalation"), "step", "occurrence_id",
** "plan_key", "plan_number", "org", "org_name", "task_ref", "recipients" (unit ids),
** "recipient_names" (their names, side by side), "lead_units" (names), "lead_unit_ids", "unit"
** (the first lead unit's name), "due", "days", "late", "message", "recorded_at", "sent_at"}:
** the fields of the journal entry (KEHOACH_ORG, KEHOACH_ORG_NAME, KEHOACH_PLAN_ID, one
** KEHOACH_UNIT per lead unit).
**
** Errors: KEHOACH_MISUSE (NULL db or out_json, limit out of range, after_id < 0), KEHOACH_BUSY,
** KEHOACH_IO.
*/
int kehoach_notices_json(kehoach_db *db, int64_t after_id, int limit, char **out_json);

/*
** Opens a cursor over the occurrences matching `query_json` (as for kehoach_occurrences_json)
** and writes it to *out. Finalize it with kehoach_cursor_finalize(). The rows are read when the
** cursor is opened: later writes do not change them.
**
** Errors: as kehoach_occurrences_json(); *out is NULL on failure.
*/
int kehoach_occurrences_open(kehoach_db *db, const char *query_json, kehoach_cursor **out);

/*
** Opens a cursor over the occurrences that unit `unit` (name, alias or id) leads or
** coordinates and that are overdue on `as_of` ("YYYY-MM-DD", or NULL for today in Vietnam),
** most overdue first. The hot path: no JSON either way.
**
** Errors: KEHOACH_MISUSE (NULL db, unit or out), KEHOACH_INVALID (bad date or UTF-8),
** KEHOACH_NOTFOUND (a unit no stored plan knows; kehoach_errmsg suggests the closest name),
** KEHOACH_BUSY, KEHOACH_IO.
*/
int kehoach_overdue_open(kehoach_db *db, const char *unit, const char *as_of, kehoach_cursor **out);

/*
** Moves a cursor to its next row: KEHOACH_ROW when there is one, KEHOACH_DONE after the last
** (and on every later call). KEHOACH_MISUSE for NULL or a finalized cursor.
*/
int kehoach_cursor_step(kehoach_cursor *cursor);

/*
** Column `column` (enum kehoach_column) of the current row as UTF-8 text, owned by the cursor
** and valid until the next kehoach_cursor_step() or kehoach_cursor_finalize(). NULL for an
** empty column (no completion yet), an unknown column, a NULL cursor or no current row.
*/
const char *kehoach_cursor_text(kehoach_cursor *cursor, int column);

/*
** Column `column` of the current row as an integer: the plan id for KEHOACH_COL_PLAN_ID and
** the enum kehoach_state for KEHOACH_COL_STATE; 0 for other columns or no current row.
*/
int64_t kehoach_cursor_int64(kehoach_cursor *cursor, int column);

/*
** Releases a cursor and its strings. NULL is a no-op. Returns KEHOACH_OK; KEHOACH_MISUSE for a
** cursor already finalized. Text and int64 columns of a finalized cursor are NULL and 0.
*/
int kehoach_cursor_finalize(kehoach_cursor *cursor);

/* kehoach FFI end */

#ifdef __cplusplus
}
#endif

#endif /* KEHOACH_H */
