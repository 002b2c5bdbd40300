/*
** c_client.c: libkehoach as a provincial C program uses it, as a test.
**
** Built by Tests/CAPITests/run.sh with `cc $(pkg-config --cflags --libs kehoach)` against the
** installed header and library. Usage: c_client EXAMPLES_DIR WORK_DIR. Every check prints on
** failure; the exit status is the number of failed checks (0: all passed).
*/
#include <kehoach.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
static int checks = 0;

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)
#define CHECK_RC(expr, want) check_rc((expr), (want), #expr, __LINE__)

static void check(int ok, const char *what, const char *file, int line) {
    checks++;
    if (!ok) {
        failures++;
        fprintf(stderr, "%s:%d: FAILED: %s\n", file, line, what);
    }
}

static void check_rc(int rc, int want, const char *what, int line) {
    checks++;
    if (rc != want) {
        failures++;
        fprintf(stderr, "c_client.c:%d: FAILED: %s returned %d (%s), expected %d (%s)\n", line, what, rc,
                kehoach_errstr(rc), want, kehoach_errstr(want));
    }
}

static char *read_file(const char *dir, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(100); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)n + 1);
    if (fread(text, 1, (size_t)n, f) != (size_t)n) { perror(path); exit(100); }
    text[n] = 0;
    fclose(f);
    return text;
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); exit(100); }
    fputs(text, f);
    fclose(f);
}

/* The occurrences of a plan as of a day, as JSON, for before/after comparisons. */
static char *snapshot(kehoach_db *db, int64_t plan_id) {
    char query[128], *json = NULL;
    snprintf(query, sizeof query, "{\"plan_id\": %lld, \"as_of\": \"2025-12-31\"}", (long long)plan_id);
    CHECK_RC(kehoach_occurrences_json(db, query, &json), KEHOACH_OK);
    return json;
}

static void test_library(void) {
    CHECK(strcmp(kehoach_libversion(), KEHOACH_VERSION) == 0);
    CHECK(kehoach_libversion_number() == KEHOACH_VERSION_NUMBER);
    /* The C enum is KeHoachErrorCode's numbering. */
    CHECK(KEHOACH_OK == 0 && KEHOACH_ERROR == 1 && KEHOACH_MISUSE == 2 && KEHOACH_INVALID == 3);
    CHECK(KEHOACH_NOTFOUND == 4 && KEHOACH_CONSTRAINT == 5 && KEHOACH_READONLY == 6 && KEHOACH_BUSY == 7);
    CHECK(KEHOACH_SCHEMA == 8 && KEHOACH_NOTADB == 9 && KEHOACH_IO == 10);
    CHECK(strcmp(kehoach_errstr(KEHOACH_NOTFOUND), "không tìm thấy") == 0);
    CHECK(strcmp(kehoach_errstr(12345), "mã kết quả không xác định") == 0);
    CHECK(strcmp(kehoach_errstr(KEHOACH_DONE), "hết dòng kết quả") == 0);
    kehoach_free(NULL);
    CHECK_RC(kehoach_close(NULL), KEHOACH_OK);
    CHECK_RC(kehoach_cursor_finalize(NULL), KEHOACH_OK);
    CHECK(kehoach_errmsg(NULL) != NULL);
    CHECK_RC(kehoach_errcode(NULL), KEHOACH_MISUSE);
}

static void test_deadline(void) {
    char *json = NULL;
    CHECK_RC(kehoach_deadline_parse("Quý I, II/2022", 2022, NULL, &json), KEHOACH_OK);
    CHECK(json && strcmp(json,
        "{\"text\": \"Quý I, II/2022\", \"milestones\": [{\"label\": null, \"due\": \"2022-03-31\", \"written\": "
        "\"Quý I, II/2022\"}, {\"label\": null, \"due\": \"2022-06-30\", \"written\": \"Quý I, II/2022\"}], "
        "\"recurrence\": [], \"continuous\": false, \"event\": null, \"school_year\": null, \"unspecified\": false, "
        "\"diagnostics\": []}") == 0);
    kehoach_free(json);
    CHECK_RC(kehoach_deadline_parse("trước ngày 15/11/2022", 2022, "2022-02-22", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"due\": \"2022-11-14\""));
    kehoach_free(json);
    CHECK_RC(kehoach_deadline_parse("Trong năm học", 2024, "2024-09-05", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "2025-05-31"));
    kehoach_free(json);
    /* Not understood: not an error, flagged. */
    CHECK_RC(kehoach_deadline_parse("Theo kế hoạch", 2025, NULL, &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"unspecified\": true"));
    kehoach_free(json);
    /* Errors. */
    json = (char *)1;
    CHECK_RC(kehoach_deadline_parse(NULL, 2022, NULL, &json), KEHOACH_MISUSE);
    CHECK(json == NULL);
    CHECK_RC(kehoach_deadline_parse("Quý I", 2022, NULL, NULL), KEHOACH_MISUSE);
    CHECK_RC(kehoach_deadline_parse("Qu\xC3\x28 I", 2022, NULL, &json), KEHOACH_INVALID);
    CHECK(json == NULL);
    CHECK_RC(kehoach_deadline_parse("Quý I", 2022, "2025-02-30", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_deadline_parse("Quý I", 2022, "22/02/2022", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_deadline_parse("Quý I", 99999, NULL, &json), KEHOACH_INVALID);
    CHECK(json == NULL);
}

static void test_workdays(void) {
    char out[11];
    CHECK_RC(kehoach_workdays_add("2025-04-25", 4, out), KEHOACH_OK);   /* 30/4-4/5 off */
    CHECK(strcmp(out, "2025-05-05") == 0);
    CHECK_RC(kehoach_workdays_add("2025-04-25", 1, out), KEHOACH_OK);   /* Saturday 26/4 worked */
    CHECK(strcmp(out, "2025-04-26") == 0);
    CHECK_RC(kehoach_workdays_add("2025-05-05", -4, out), KEHOACH_OK);
    CHECK(strcmp(out, "2025-04-25") == 0);
    CHECK_RC(kehoach_workdays_add("2025-03-03", 0, out), KEHOACH_OK);
    CHECK(strcmp(out, "2025-03-03") == 0);
    CHECK_RC(kehoach_workdays_add("2025-02-30", 1, out), KEHOACH_INVALID);
    CHECK(out[0] == 0);
    CHECK_RC(kehoach_workdays_add("2025-2-3", 1, out), KEHOACH_INVALID);
    CHECK_RC(kehoach_workdays_add("2025-03-03", 2000000000, out), KEHOACH_INVALID);
    CHECK_RC(kehoach_workdays_add("0001-01-01", 1, out), KEHOACH_INVALID);
    CHECK_RC(kehoach_workdays_add(NULL, 1, out), KEHOACH_MISUSE);
    CHECK_RC(kehoach_workdays_add("2025-03-03", 1, NULL), KEHOACH_MISUSE);
}

static void test_open_errors(const char *work) {
    char path[4096];
    kehoach_db *db = (kehoach_db *)1;
    CHECK_RC(kehoach_open(NULL, KEHOACH_OPEN_CREATE, &db), KEHOACH_MISUSE);
    CHECK(db == NULL);
    CHECK_RC(kehoach_open("x.db", KEHOACH_OPEN_CREATE, NULL), KEHOACH_MISUSE);

    snprintf(path, sizeof path, "%s/flags.db", work);
    CHECK_RC(kehoach_open(path, 0, &db), KEHOACH_MISUSE);
    CHECK(db != NULL && strlen(kehoach_errmsg(db)) > 0);
    /* A handle that failed to open refuses everything but errmsg/errcode/close. */
    int64_t id = 7;
    CHECK_RC(kehoach_plan_import_json(db, "{}", &id), KEHOACH_MISUSE);
    CHECK(id == 0);
    CHECK_RC(kehoach_close(db), KEHOACH_OK);
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_READONLY | KEHOACH_OPEN_CREATE, &db), KEHOACH_MISUSE);
    kehoach_close(db);
    CHECK_RC(kehoach_open(path, 64, &db), KEHOACH_MISUSE);
    kehoach_close(db);

    snprintf(path, sizeof path, "%s/missing.db", work);
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_READONLY, &db), KEHOACH_IO);
    kehoach_close(db);
    snprintf(path, sizeof path, "%s/no/such/dir/k.db", work);
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_CREATE, &db), KEHOACH_IO);
    kehoach_close(db);

    snprintf(path, sizeof path, "%s/notes.txt", work);
    write_file(path, "Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n");
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_READWRITE, &db), KEHOACH_NOTADB);
    CHECK(strstr(kehoach_errmsg(db), "không phải cơ sở dữ liệu kehoach") != NULL);
    CHECK_RC(kehoach_errcode(db), KEHOACH_NOTADB);
    kehoach_close(db);
    CHECK_RC(kehoach_open("\xff\xfe.db", KEHOACH_OPEN_CREATE, &db), KEHOACH_INVALID);
    kehoach_close(db);
}

static int64_t test_plans(kehoach_db *db, const char *examples, const char *work) {
    char *plan = read_file(examples, "da-loc-2025.json");
    int64_t id = 0, other = 0;
    CHECK_RC(kehoach_plan_import_json(db, plan, &id), KEHOACH_OK);
    CHECK(id > 0);
    CHECK(strcmp(kehoach_errmsg(db), "không có lỗi") == 0);

    char *before = snapshot(db, id);
    CHECK(before && strstr(before, "\"plan_number\":\"01/KH-UBND\""));
    /* Errors leave the store unchanged. */
    CHECK_RC(kehoach_plan_import_json(db, plan, &other), KEHOACH_CONSTRAINT);
    CHECK(other == 0);
    CHECK(strstr(kehoach_errmsg(db), "01/KH-UBND") != NULL);
    CHECK_RC(kehoach_plan_import_json(db, "{\"format\": \"kehoach.plan/1\", ", &other), KEHOACH_INVALID);
    CHECK_RC(kehoach_plan_import_json(db, "{\"number\": \"\xC0\xAF\"}", &other), KEHOACH_INVALID);
    CHECK_RC(kehoach_plan_import_json(db, "[]", &other), KEHOACH_INVALID);
    CHECK_RC(kehoach_plan_import_json(db, NULL, &other), KEHOACH_MISUSE);
    CHECK_RC(kehoach_plan_import_json(db, plan, NULL), KEHOACH_MISUSE);
    CHECK_RC(kehoach_plan_import_json(NULL, plan, &other), KEHOACH_MISUSE);
    /* A task naming a unit the plan does not list: the message names the row. */
    char *bad = read_file(examples, "duc-hop-2023-reporting.json");
    char *lead = strstr(bad, "\"lead\": [");
    CHECK(lead != NULL);
    if (lead) lead = strchr(lead + 9, '"');
    if (lead) memcpy(lead + 1, "zz", 2);
    CHECK_RC(kehoach_plan_import_json(db, bad, &other), KEHOACH_INVALID);
    CHECK(strstr(kehoach_errmsg(db), "dòng nhiệm vụ") != NULL);
    free(bad);
    char *after = snapshot(db, id);
    CHECK(before && after && strcmp(before, after) == 0);
    kehoach_free(after);

    /* Export, then import into another database: the same plan. */
    char *exported = NULL, *again = NULL;
    CHECK_RC(kehoach_plan_export_json(db, id, &exported), KEHOACH_OK);
    CHECK(exported && strstr(exported, "\"format\" : \"kehoach.plan/1\"") != NULL);
    char path[4096];
    snprintf(path, sizeof path, "%s/copy.db", work);
    kehoach_db *copy = NULL;
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_CREATE, &copy), KEHOACH_OK);
    int64_t copy_id = 0;
    CHECK_RC(kehoach_plan_import_json(copy, exported, &copy_id), KEHOACH_OK);
    CHECK_RC(kehoach_plan_export_json(copy, copy_id, &again), KEHOACH_OK);
    CHECK(exported && again && strcmp(exported, again) == 0);
    kehoach_free(again);
    kehoach_free(exported);
    kehoach_close(copy);

    exported = (char *)1;
    CHECK_RC(kehoach_plan_export_json(db, 9999, &exported), KEHOACH_NOTFOUND);
    CHECK(exported == NULL);
    CHECK(strstr(kehoach_errmsg(db), "9999") != NULL);
    CHECK_RC(kehoach_plan_export_json(db, id, NULL), KEHOACH_MISUSE);
    kehoach_free(before);
    free(plan);
    return id;
}

static void test_occurrences(kehoach_db *db, int64_t plan_id) {
    char *json = NULL;
    CHECK_RC(kehoach_occurrences_json(db, "{\"unit\": \"tu phap - ho tich\", \"status\": \"overdue\", "
                                      "\"as_of\": \"2025-12-31\", \"limit\": 3}", &json), KEHOACH_OK);
    CHECK(json && json[0] == '[' && strstr(json, "\"state\":\"overdue\""));
    kehoach_free(json);
    CHECK_RC(kehoach_occurrences_json(db, NULL, &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"completion\":null"));
    kehoach_free(json);
    CHECK_RC(kehoach_occurrences_json(db, "{\"due_to\": \"2000-01-01\"}", &json), KEHOACH_OK);
    CHECK(json && strcmp(json, "[]") == 0);
    kehoach_free(json);
    json = (char *)1;
    CHECK_RC(kehoach_occurrences_json(db, "{\"status\": \"late\"}", &json), KEHOACH_INVALID);
    CHECK(json == NULL);
    CHECK_RC(kehoach_occurrences_json(db, "{\"unit_name\": \"x\"}", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrences_json(db, "{\"as_of\": \"2025-02-30\"}", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrences_json(db, "{\"limit\": -1}", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrences_json(db, "{\"plan_id\": \"one\"}", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrences_json(db, "not json", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrences_json(db, "{\"unit\": \"Phòng Không Có\"}", &json), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_occurrences_json(db, "{}", NULL), KEHOACH_MISUSE);

    /* The hot path: a unit's overdue occurrences through a cursor, no JSON. */
    kehoach_cursor *cursor = NULL;
    CHECK_RC(kehoach_overdue_open(db, "Tư pháp - Hộ tịch", "2025-12-31", &cursor), KEHOACH_OK);
    int rows = 0;
    char previous[11] = "";
    while (kehoach_cursor_step(cursor) == KEHOACH_ROW) {
        rows++;
        const char *due = kehoach_cursor_text(cursor, KEHOACH_COL_DUE);
        CHECK(due && strlen(due) == 10 && strcmp(previous, due) <= 0 && strcmp(due, "2025-12-31") < 0);
        if (due) memcpy(previous, due, 11);
        CHECK(strcmp(kehoach_cursor_text(cursor, KEHOACH_COL_STATE), "overdue") == 0);
        CHECK(kehoach_cursor_int64(cursor, KEHOACH_COL_STATE) == KEHOACH_STATE_OVERDUE);
        CHECK(kehoach_cursor_int64(cursor, KEHOACH_COL_PLAN_ID) == plan_id);
        CHECK(strcmp(kehoach_cursor_text(cursor, KEHOACH_COL_PLAN_NUMBER), "01/KH-UBND") == 0);
        CHECK(kehoach_cursor_text(cursor, KEHOACH_COL_OCCURRENCE_ID) != NULL);
        CHECK(kehoach_cursor_text(cursor, KEHOACH_COL_TASK) != NULL);
        CHECK(kehoach_cursor_text(cursor, KEHOACH_COL_DONE_ON) == NULL);
        CHECK(kehoach_cursor_text(cursor, 99) == NULL && kehoach_cursor_text(cursor, -1) == NULL);
    }
    CHECK(rows > 0);
    CHECK_RC(kehoach_cursor_step(cursor), KEHOACH_DONE);
    CHECK(kehoach_cursor_text(cursor, KEHOACH_COL_DUE) == NULL);
    CHECK_RC(kehoach_cursor_finalize(cursor), KEHOACH_OK);
    cursor = (kehoach_cursor *)1;
    CHECK_RC(kehoach_overdue_open(db, "Tư pháp - Hộ tịch", "2025-13-01", &cursor), KEHOACH_INVALID);
    CHECK(cursor == NULL);
    CHECK_RC(kehoach_overdue_open(db, NULL, NULL, &cursor), KEHOACH_MISUSE);
    CHECK_RC(kehoach_overdue_open(db, "Tư pháp", NULL, NULL), KEHOACH_MISUSE);
    CHECK_RC(kehoach_cursor_step(NULL), KEHOACH_MISUSE);
    CHECK(kehoach_cursor_text(NULL, 0) == NULL && kehoach_cursor_int64(NULL, 1) == 0);
    CHECK_RC(kehoach_occurrences_open(db, "{\"status\": \"nope\"}", &cursor), KEHOACH_INVALID);
}

/* Occurrence ids of a plan, through a cursor. */
static int collect_ids(kehoach_db *db, int64_t plan_id, char **ids, int max) {
    char query[128];
    snprintf(query, sizeof query, "{\"plan_id\": %lld, \"status\": \"overdue\", \"as_of\": \"2025-12-31\"}",
             (long long)plan_id);
    kehoach_cursor *cursor = NULL;
    CHECK_RC(kehoach_occurrences_open(db, query, &cursor), KEHOACH_OK);
    int n = 0;
    while (n < max && kehoach_cursor_step(cursor) == KEHOACH_ROW) {
        ids[n++] = strdup(kehoach_cursor_text(cursor, KEHOACH_COL_OCCURRENCE_ID));
    }
    kehoach_cursor_finalize(cursor);
    return n;
}

static void test_progress(kehoach_db *db, int64_t plan_id, const char *path) {
    char *ids[4];
    int n = collect_ids(db, plan_id, ids, 4);
    CHECK(n == 4);
    if (n < 4) return;
    CHECK_RC(kehoach_occurrence_complete(db, ids[0], "2025-03-01", "Báo cáo số 12/BC-UBND", "Văn phòng - Thống kê"),
             KEHOACH_OK);
    char query[256], *json = NULL;
    snprintf(query, sizeof query, "{\"plan_id\": %lld, \"as_of\": \"2025-12-31\", \"limit\": 100000}", (long long)plan_id);
    CHECK_RC(kehoach_occurrences_json(db, query, &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"evidence\":\"Báo cáo số 12/BC-UBND\""));
    kehoach_free(json);

    char *before = snapshot(db, plan_id);
    CHECK_RC(kehoach_occurrence_complete(db, "1:không-có:x", "2025-03-01", NULL, "ai đó"), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_occurrence_complete(db, ids[1], "2025-02-30", NULL, "ai đó"), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrence_complete(db, ids[1], "2025-03-01", NULL, "   "), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrence_complete(db, ids[1], "2025-03-01", "\xff", "ai đó"), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrence_complete(db, ids[1], "2025-03-01", NULL, NULL), KEHOACH_MISUSE);
    CHECK_RC(kehoach_occurrence_complete(db, NULL, "2025-03-01", NULL, "ai đó"), KEHOACH_MISUSE);
    CHECK_RC(kehoach_event_record(db, 9999, "phe-duyet", "2025-03-01"), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_event_record(db, plan_id, "phe-duyet", "2025-02-29"), KEHOACH_INVALID);
    CHECK_RC(kehoach_event_record(db, plan_id, NULL, "2025-03-01"), KEHOACH_MISUSE);
    char *after = snapshot(db, plan_id);
    CHECK(before && after && strcmp(before, after) == 0);
    kehoach_free(before);
    kehoach_free(after);

    /* The handle's actor: refused when blank or not UTF-8, and then unchanged. */
    CHECK_RC(kehoach_set_actor(NULL, "VP UBND xã Đa Lộc"), KEHOACH_MISUSE);
    CHECK_RC(kehoach_set_actor(db, "   "), KEHOACH_INVALID);
    CHECK_RC(kehoach_set_actor(db, "\xff"), KEHOACH_INVALID);
    CHECK_RC(kehoach_set_actor(db, "VP UBND xã Đa Lộc"), KEHOACH_OK);

    /* An event creates the occurrences of the tasks waiting for it. */
    before = snapshot(db, plan_id);
    CHECK_RC(kehoach_event_record(db, plan_id, "chu-truong-chinh-sach-moi", "2025-06-02"), KEHOACH_OK);
    after = snapshot(db, plan_id);
    CHECK(before && after && strlen(after) > strlen(before));
    kehoach_free(before);
    kehoach_free(after);
    CHECK_RC(kehoach_set_actor(db, NULL), KEHOACH_OK);

    /* Working days on the store's calendar: the built-in one while no override is stored. */
    char day[11];
    CHECK_RC(kehoach_db_workdays_add(db, "2025-04-25", 4, day), KEHOACH_OK);
    CHECK(strcmp(day, "2025-05-05") == 0);
    CHECK_RC(kehoach_db_workdays_add(NULL, "2025-04-25", 4, day), KEHOACH_MISUSE);
    CHECK_RC(kehoach_db_workdays_add(db, "2025-04-25", 4, NULL), KEHOACH_MISUSE);
    CHECK_RC(kehoach_db_workdays_add(db, "2025-02-30", 4, day), KEHOACH_INVALID);
    CHECK(day[0] == '\0');

    /* Notices: the daemon writes the outbox; a fresh store has none. */
    CHECK_RC(kehoach_notices_json(db, 0, 100, &json), KEHOACH_OK);
    CHECK(json && strcmp(json, "[]") == 0);
    kehoach_free(json);
    CHECK_RC(kehoach_notices_json(db, 0, 0, &json), KEHOACH_MISUSE);
    CHECK_RC(kehoach_notices_json(db, -1, 10, &json), KEHOACH_MISUSE);
    CHECK_RC(kehoach_notices_json(db, 0, 10, NULL), KEHOACH_MISUSE);

    /* A read-only handle refuses every write and changes nothing. */
    kehoach_db *ro = NULL;
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_READONLY, &ro), KEHOACH_OK);
    before = snapshot(ro, plan_id);
    int64_t id = 0;
    CHECK_RC(kehoach_plan_import_json(ro, "{}", &id), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrence_complete(ro, ids[2], "2025-03-01", NULL, "ai đó"), KEHOACH_READONLY);
    CHECK(strstr(kehoach_errmsg(ro), "chỉ đọc") != NULL);
    CHECK_RC(kehoach_event_record(ro, plan_id, "van-ban-chi-dao-bau-cu", "2025-03-01"), KEHOACH_READONLY);
    after = snapshot(ro, plan_id);
    CHECK(before && after && strcmp(before, after) == 0);
    kehoach_free(before);
    kehoach_free(after);
    kehoach_close(ro);
    for (int i = 0; i < n; i++) free(ids[i]);
}

/* Two threads, two handles on one file, writing at once. */
struct worker { const char *path; char **ids; int count; int errors; };

static void *work(void *arg) {
    struct worker *w = arg;
    kehoach_db *db = NULL;
    if (kehoach_open(w->path, KEHOACH_OPEN_READWRITE, &db) != KEHOACH_OK) { w->errors++; kehoach_close(db); return NULL; }
    for (int i = 0; i < w->count; i++) {
        int rc = kehoach_occurrence_complete(db, w->ids[i], "2025-12-31", "Biên bản", "luồng");
        char *json = NULL;
        if (rc != KEHOACH_OK) { fprintf(stderr, "thread: %s\n", kehoach_errmsg(db)); w->errors++; }
        if (kehoach_deadline_parse("Hàng quý, 06 tháng, năm", 2025, NULL, &json) != KEHOACH_OK) w->errors++;
        kehoach_free(json);
    }
    kehoach_close(db);
    return NULL;
}

static void test_threads(kehoach_db *db, int64_t plan_id, const char *path) {
    enum { N = 12 };
    char *ids[2 * N];
    int n = collect_ids(db, plan_id, ids, 2 * N);
    CHECK(n == 2 * N);
    if (n < 2 * N) return;
    struct worker a = { path, ids, N, 0 }, b = { path, ids + N, N, 0 };
    pthread_t ta, tb;
    pthread_create(&ta, NULL, work, &a);
    pthread_create(&tb, NULL, work, &b);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    CHECK(a.errors == 0 && b.errors == 0);
    for (int i = 0; i < n; i++) free(ids[i]);
    /* Every occurrence the threads completed is closed, with their evidence. */
    kehoach_cursor *cursor = NULL;
    CHECK_RC(kehoach_occurrences_open(db, "{\"status\": \"done_late\", \"as_of\": \"2025-12-31\"}", &cursor), KEHOACH_OK);
    int done = 0;
    while (kehoach_cursor_step(cursor) == KEHOACH_ROW) {
        const char *evidence = kehoach_cursor_text(cursor, KEHOACH_COL_EVIDENCE);
        if (evidence && strcmp(evidence, "Biên bản") == 0) done++;
    }
    kehoach_cursor_finalize(cursor);
    CHECK(done == 2 * N);
}

/* What is left in the thread's last error, for threads that check they do not share it. */
static void *read_last_error(void *arg) {
    int *code = arg;
    *code = kehoach_last_errcode();
    char out[11];
    kehoach_workdays_add("2025-02-30", 1, out);   /* fails here, must not show on the caller */
    return NULL;
}

/* The crash list of issue 17: every case an error code, never a crash. */
static void test_hardening(const char *examples, const char *work) {
    char path[4096];
    snprintf(path, sizeof path, "%s/hardening.db", work);

    /* A closed handle is KEHOACH_MISUSE on every call, closing it again too. */
    kehoach_db *db = NULL;
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_CREATE, &db), KEHOACH_OK);
    kehoach_db *stale = db;
    CHECK_RC(kehoach_close(db), KEHOACH_OK);
    char *json = (char *)1;
    CHECK_RC(kehoach_plans_json(stale, &json), KEHOACH_MISUSE);
    CHECK(json == NULL);
    CHECK(strstr(kehoach_last_errmsg(), "kehoach_close") != NULL);
    CHECK_RC(kehoach_last_errcode(), KEHOACH_MISUSE);
    CHECK_RC(kehoach_occurrences_json(stale, NULL, &json), KEHOACH_MISUSE);
    CHECK_RC(kehoach_occurrence_complete(stale, "x", "2025-03-01", NULL, "ai đó"), KEHOACH_MISUSE);
    CHECK_RC(kehoach_errcode(stale), KEHOACH_MISUSE);
    CHECK(strstr(kehoach_errmsg(stale), "không còn hiệu lực") != NULL);
    CHECK_RC(kehoach_close(stale), KEHOACH_MISUSE);
    /* Opening again (the allocator may reuse the memory) does not revive the old handle. */
    kehoach_db *fresh = NULL;
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_READWRITE, &fresh), KEHOACH_OK);
    CHECK(fresh != stale);
    CHECK_RC(kehoach_plans_json(stale, &json), KEHOACH_MISUSE);
    CHECK_RC(kehoach_plans_json(fresh, &json), KEHOACH_OK);
    CHECK(json && strcmp(json, "[]") == 0);
    kehoach_free(json);
    CHECK_RC(kehoach_last_errcode(), KEHOACH_OK);
    CHECK(strcmp(kehoach_last_errmsg(), "không có lỗi") == 0);

    /* A finalized cursor likewise; a cursor is not a db and the reverse. */
    kehoach_cursor *cursor = NULL;
    CHECK_RC(kehoach_occurrences_open(fresh, NULL, &cursor), KEHOACH_OK);
    CHECK_RC(kehoach_cursor_finalize(cursor), KEHOACH_OK);
    CHECK_RC(kehoach_cursor_step(cursor), KEHOACH_MISUSE);
    CHECK(kehoach_cursor_text(cursor, KEHOACH_COL_DUE) == NULL && kehoach_cursor_int64(cursor, KEHOACH_COL_STATE) == 0);
    CHECK_RC(kehoach_cursor_finalize(cursor), KEHOACH_MISUSE);
    CHECK_RC(kehoach_plans_json((kehoach_db *)cursor, &json), KEHOACH_MISUSE);
    CHECK_RC(kehoach_cursor_step((kehoach_cursor *)fresh), KEHOACH_MISUSE);

    /* A megabyte deadline phrase is refused, not parsed; the thread's last error says why. */
    size_t big = 1 << 20;
    char *phrase = malloc(big + 1);
    for (size_t i = 0; i < big; i += 8) memcpy(phrase + i, "Quý I, ", big - i < 8 ? big - i : 8);
    phrase[big] = 0;
    CHECK_RC(kehoach_deadline_parse(phrase, 2022, NULL, &json), KEHOACH_INVALID);
    CHECK(json == NULL);
    CHECK_RC(kehoach_last_errcode(), KEHOACH_INVALID);
    CHECK(strstr(kehoach_last_errmsg(), "4096") != NULL);
    free(phrase);
    /* Each thread has its own last error. */
    int other = -1;
    pthread_t t;
    pthread_create(&t, NULL, read_last_error, &other);
    pthread_join(t, NULL);
    CHECK(other == KEHOACH_OK);
    CHECK_RC(kehoach_last_errcode(), KEHOACH_INVALID);
    /* Calls without a handle explain their failure there. */
    char day[11];
    CHECK_RC(kehoach_workdays_add(NULL, 1, day), KEHOACH_MISUSE);
    CHECK(strstr(kehoach_last_errmsg(), "date") != NULL);
    CHECK_RC(kehoach_open(NULL, KEHOACH_OPEN_CREATE, &db), KEHOACH_MISUSE);
    CHECK(strstr(kehoach_last_errmsg(), "path") != NULL);

    /* Dates outside 1900-2100 are refused by completion, event and query calls. */
    char *plan = read_file(examples, "da-loc-2025.json");
    int64_t id = 0;
    CHECK_RC(kehoach_plan_import_json(fresh, plan, &id), KEHOACH_OK);
    free(plan);
    char *ids[1];
    CHECK(collect_ids(fresh, id, ids, 1) == 1);
    char *before = snapshot(fresh, id);
    CHECK_RC(kehoach_occurrence_complete(fresh, ids[0], "1899-12-31", NULL, "ai đó"), KEHOACH_INVALID);
    CHECK(strstr(kehoach_errmsg(fresh), "1900-2100") != NULL);
    CHECK_RC(kehoach_occurrence_complete(fresh, ids[0], "2101-01-01", NULL, "ai đó"), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrence_waive(fresh, ids[0], "0025-07-05", NULL, "ai đó"), KEHOACH_INVALID);
    CHECK_RC(kehoach_event_record(fresh, id, "phe-duyet-qhkhsdd", "9999-03-10"), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrences_json(fresh, "{\"as_of\": \"1800-01-01\"}", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrences_json(fresh, "{\"due_to\": \"2101-01-01\"}", &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_overdue_open(fresh, "Tư pháp - Hộ tịch", "2200-01-01", &cursor), KEHOACH_INVALID);
    /* An event key no task names is not found, with the closest key; nothing is recorded. */
    CHECK_RC(kehoach_event_record(fresh, id, "phe-duyet-qhkhsd", "2025-03-10"), KEHOACH_NOTFOUND);
    CHECK(strstr(kehoach_errmsg(fresh), "phe-duyet-qhkhsdd") != NULL);
    char *after = snapshot(fresh, id);
    CHECK(before && after && strcmp(before, after) == 0);
    kehoach_free(before);
    kehoach_free(after);
    free(ids[0]);
    CHECK_RC(kehoach_close(fresh), KEHOACH_OK);
}

/* The state and note of one occurrence, as its JSON says. */
static int occurrence_has(kehoach_db *db, int64_t plan_id, const char *id, const char *needle) {
    char query[256], *json = NULL;
    snprintf(query, sizeof query, "{\"plan_id\": %lld, \"as_of\": \"2025-12-31\"}", (long long)plan_id);
    if (kehoach_occurrences_json(db, query, &json) != KEHOACH_OK) return 0;
    char key[512];
    snprintf(key, sizeof key, "\"id\":\"%s\"", id);
    /* Elements are objects with sorted keys: each begins with {"completion": */
    char *at = strstr(json, key), *start = NULL;
    for (char *p = json; at && (p = strstr(p, "{\"completion\":")) != NULL && p < at; p++) start = p;
    char *end = at ? strstr(at, "{\"completion\":") : NULL;
    if (end) *end = 0;
    int found = start && strstr(start, needle) != NULL;
    kehoach_free(json);
    return found;
}

/* Plans list, replace, delete; waive, reopen, completion with a note. */
static void test_lifecycle(const char *examples, const char *work) {
    char path[4096];
    snprintf(path, sizeof path, "%s/lifecycle.db", work);
    kehoach_db *db = NULL;
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_CREATE, &db), KEHOACH_OK);
    char *plan = read_file(examples, "da-loc-2025.json"), *json = NULL;
    int64_t id = 0, other = 0;
    CHECK_RC(kehoach_plan_import_json(db, plan, &id), KEHOACH_OK);
    char *second = read_file(examples, "chieng-dong-2022.json");
    CHECK_RC(kehoach_plan_import_json(db, second, &other), KEHOACH_OK);
    free(second);

    CHECK_RC(kehoach_plans_json(db, &json), KEHOACH_OK);
    /* Ordered by year: Chiềng Đông's 2022 plan first. */
    CHECK(json && strstr(json, "\"issuer\":\"UBND xã Chiềng Đông\"") && strstr(json, "\"number\":\"01/KH-UBND\""));
    CHECK(json && strstr(json, "\"task_count\":") && strstr(json, "\"year\":2022") < strstr(json, "\"year\":2025"));
    kehoach_free(json);
    CHECK_RC(kehoach_plans_json(db, NULL), KEHOACH_MISUSE);
    CHECK_RC(kehoach_plans_json(NULL, &json), KEHOACH_MISUSE);

    char *ids[2];
    CHECK(collect_ids(db, id, ids, 2) == 2);
    CHECK_RC(kehoach_occurrence_complete_note(db, ids[0], "2025-03-01", "Báo cáo số 12/BC-UBND",
                                              "tổ chức 02 hội nghị, 150 lượt người dân", "VP UBND xã"), KEHOACH_OK);
    CHECK(occurrence_has(db, id, ids[0], "\"note\":\"tổ chức 02 hội nghị, 150 lượt người dân\""));
    CHECK_RC(kehoach_occurrence_complete_note(db, ids[0], "2025-03-01", NULL, "\xff", "VP"), KEHOACH_INVALID);
    CHECK_RC(kehoach_occurrence_waive(db, ids[1], "2025-04-01", "gộp vào nhiệm vụ 2.1", "VP UBND xã"), KEHOACH_OK);
    CHECK(occurrence_has(db, id, ids[1], "\"state\":\"waived\""));
    CHECK(occurrence_has(db, id, ids[1], "gộp vào nhiệm vụ 2.1"));
    CHECK_RC(kehoach_occurrence_reopen(db, ids[1], "VP UBND xã"), KEHOACH_OK);
    CHECK(occurrence_has(db, id, ids[1], "\"state\":\"overdue\""));
    CHECK(occurrence_has(db, id, ids[1], "\"completion\":null"));
    CHECK_RC(kehoach_occurrence_reopen(db, ids[1], "VP UBND xã"), KEHOACH_OK);   /* already open */
    CHECK_RC(kehoach_occurrence_reopen(db, "1:không-có:x", "VP"), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_occurrence_waive(db, "1:không-có:x", "2025-04-01", NULL, "VP"), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_occurrence_waive(db, ids[1], "2025-04-01", NULL, NULL), KEHOACH_MISUSE);
    CHECK_RC(kehoach_occurrence_reopen(db, ids[1], "  "), KEHOACH_INVALID);

    /* A revision replaces the plan and keeps the completion of an occurrence it still has. */
    char *exported = NULL;
    CHECK_RC(kehoach_plan_export_json(db, id, &exported), KEHOACH_OK);
    char *title = exported ? strstr(exported, "\"title\" : \"") : NULL;
    CHECK(title != NULL);
    if (title) memcpy(title + strlen("\"title\" : \""), "KẾ", strlen("KẾ"));   /* same bytes, new text */
    CHECK_RC(kehoach_plan_replace_json(db, id, exported), KEHOACH_OK);
    CHECK(occurrence_has(db, id, ids[0], "\"evidence\":\"Báo cáo số 12/BC-UBND\""));
    CHECK_RC(kehoach_plan_replace_json(db, 9999, exported), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_plan_replace_json(db, id, "{"), KEHOACH_INVALID);
    CHECK_RC(kehoach_plan_replace_json(db, id, NULL), KEHOACH_MISUSE);
    char *renumbered = exported ? strstr(exported, "\"number\" : \"01/KH-UBND\"") : NULL;
    if (renumbered) memcpy(renumbered + strlen("\"number\" : \""), "02", 2);
    CHECK_RC(kehoach_plan_replace_json(db, id, exported), KEHOACH_INVALID);
    CHECK(strstr(kehoach_errmsg(db), "02/KH-UBND") != NULL);
    kehoach_free(exported);

    /* Delete: gone from the list, its occurrences gone, the other plan untouched. */
    CHECK_RC(kehoach_plan_delete(db, id), KEHOACH_OK);
    CHECK_RC(kehoach_plans_json(db, &json), KEHOACH_OK);
    CHECK(json && strstr(json, "Đa Lộc") == NULL && strstr(json, "Chiềng Đông") != NULL);
    kehoach_free(json);
    CHECK_RC(kehoach_plan_delete(db, id), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_plan_export_json(db, id, &json), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_plan_delete(NULL, id), KEHOACH_MISUSE);

    /* Read-only: every lifecycle write refused. */
    kehoach_db *ro = NULL;
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_READONLY, &ro), KEHOACH_OK);
    CHECK_RC(kehoach_plan_delete(ro, other), KEHOACH_READONLY);
    CHECK_RC(kehoach_plans_json(ro, &json), KEHOACH_OK);
    CHECK(json && strstr(json, "Chiềng Đông") != NULL);
    kehoach_free(json);
    kehoach_close(ro);
    for (int i = 0; i < 2; i++) free(ids[i]);
    free(plan);
    CHECK_RC(kehoach_close(db), KEHOACH_OK);
}

/* A province: Đa Lộc's plan and the same plan issued by Tân An, numbered alike. The JSON names
   each one's commune, unit ids beside names, and a query by organisation or role narrows. */
static void test_organisations(const char *examples, const char *work) {
    char path[4096];
    snprintf(path, sizeof path, "%s/c_client_province.db", work);
    remove(path);
    kehoach_db *db = NULL;
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_CREATE, &db), KEHOACH_OK);
    char *plan = read_file(examples, "da-loc-2025.json");
    int64_t da_loc = 0, tan_an = 0;
    CHECK_RC(kehoach_plan_import_json(db, plan, &da_loc), KEHOACH_OK);
    const char *from = "\"issuer\": \"UBND xã Đa Lộc\"";
    char *at = strstr(plan, from);
    CHECK(at != NULL);
    if (!at) { kehoach_close(db); free(plan); return; }
    size_t head = (size_t)(at - plan), tail = strlen(at + strlen(from));
    char *other = malloc(head + 64 + tail + 1);
    snprintf(other, head + 64 + tail + 1, "%.*s\"issuer\": \"UBND xã Tân An\"%s", (int)head, plan, at + strlen(from));
    CHECK_RC(kehoach_plan_import_json(db, other, &tan_an), KEHOACH_OK);

    char *json = NULL;
    CHECK_RC(kehoach_plans_json(db, &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"plan_key\":\"xa-da-loc:01/KH-UBND:2025\"")
          && strstr(json, "\"plan_key\":\"xa-tan-an:01/KH-UBND:2025\"") && strstr(json, "\"org_name\":\"Xã Tân An\""));
    kehoach_free(json);
    CHECK_RC(kehoach_organisations_json(db, &json), KEHOACH_OK);
    CHECK(json && strstr(json, "{\"code\":\"tinh-hung-yen\",\"kind\":\"province\",\"name\":\"Tỉnh Hưng Yên\",\"parent\":null,\"plans\":0}")
          && strstr(json, "\"code\":\"xa-tan-an\""));
    kehoach_free(json);
    CHECK_RC(kehoach_units_json(db, "xa-tan-an", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"id\":\"van-phong\"") && strstr(json, "\"leads\":17") && !strstr(json, "xa-da-loc"));
    kehoach_free(json);
    json = (char *)1;
    CHECK_RC(kehoach_units_json(db, "xa-tan-ann", &json), KEHOACH_NOTFOUND);
    CHECK(json == NULL && strstr(kehoach_errmsg(db), "xa-tan-an") != NULL);
    CHECK_RC(kehoach_units_json(db, NULL, &json), KEHOACH_MISUSE);

    /* Contacts for kehoachd's alerts (issue 16): set by name, shown by kehoach units, refused whole when wrong. */
    CHECK_RC(kehoach_unit_contact_set(db, "xa-tan-an", "Văn phòng - Thống kê", "[\"vp@xa-tan-an.gov.vn\"]", "0912345678"), KEHOACH_OK);
    CHECK_RC(kehoach_unit_contact_set(db, "xa-tan-an", "van-phong", "[\"khong-phai-dia-chi\"]", NULL), KEHOACH_INVALID);
    CHECK_RC(kehoach_unit_contact_set(db, "xa-tan-an", "van-phong", "{\"a\": 1}", NULL), KEHOACH_INVALID);
    CHECK_RC(kehoach_unit_contact_set(db, "xa-tan-an", "don-vi-khong-co", "[]", "0912345678"), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_unit_contact_set(db, "xa-tan-an", NULL, "[]", NULL), KEHOACH_MISUSE);

    CHECK_RC(kehoach_occurrences_json(db, "{\"org\": \"xa-tan-an\", \"unit\": \"ubmttq xa\", \"role\": \"coordinating\", "
                                      "\"as_of\": \"2025-07-05\"}", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"id\":\"xa-tan-an:01/KH-UBND:2025:1.6:2025-12-31\"")
          && strstr(json, "\"matched_role\":\"coordinating\"") && strstr(json, "\"lead_unit_ids\":[\"van-phong\"]")
          && !strstr(json, "xa-da-loc") && !strstr(json, "\"matched_role\":\"lead\""));
    kehoach_free(json);
    CHECK_RC(kehoach_occurrences_json(db, "{\"org\": \"tinh-hung-yen\", \"plan_id\": 1, \"limit\": 1}", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"org\":\"xa-da-loc\""));
    kehoach_free(json);
    CHECK_RC(kehoach_occurrences_json(db, "{\"role\": \"boss\"}", &json), KEHOACH_INVALID);
    /* An occurrence id of the old form (the store's plan row first) still works. */
    CHECK_RC(kehoach_occurrence_complete(db, "2:1.4:2025-06-30", "2025-06-27", NULL, "vp.tanan"), KEHOACH_OK);
    CHECK_RC(kehoach_occurrences_json(db, "{\"org\": \"xa-tan-an\", \"status\": \"done\"}", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"id\":\"xa-tan-an:01/KH-UBND:2025:1.4:2025-06-30\""));
    kehoach_free(json);
    /* The roll-up of the province: two communes, Tân An with one occurrence done. */
    CHECK_RC(kehoach_rollup_json(db, "tinh-hung-yen", "2025-01-01", "2025-06-30", "2025-07-15", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"organisation_name\":\"Tỉnh Hưng Yên\"") && strstr(json, "\"code\":\"xa-tan-an\"")
          && strstr(json, "\"code\":\"xa-da-loc\"") && strstr(json, "\"open_overdue\":"));
    CHECK(json && strstr(json, "\"rank\":1") && strstr(json, "\"done_on_time\":1"));
    kehoach_free(json);
    CHECK_RC(kehoach_rollup_json(db, "tinh-hung-yen", "2025-06-30", "2025-01-01", NULL, &json), KEHOACH_INVALID);
    CHECK_RC(kehoach_rollup_json(db, "tinh-ha-noi", "2025-01-01", "2025-06-30", NULL, &json), KEHOACH_NOTFOUND);
    CHECK_RC(kehoach_rollup_json(db, "tinh-hung-yen", NULL, "2025-06-30", NULL, &json), KEHOACH_MISUSE);
    /* One plan's 6-month report, as `kehoach report --format json`: Tân An's 1.4 done on time. */
    CHECK_RC(kehoach_report_json(db, tan_an, "6-thang", "2025-07-15", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "\"period\":\"6-thang\"") && strstr(json, "\"done_on_time\":1")
          && strstr(json, "\"id\":\"xa-tan-an:01/KH-UBND:2025:1.4:2025-06-30\""));
    kehoach_free(json);
    CHECK_RC(kehoach_report_json(db, tan_an, "nửa năm", NULL, &json), KEHOACH_INVALID);
    CHECK(strstr(kehoach_errmsg(db), "6-thang") != NULL);
    CHECK_RC(kehoach_report_json(db, 999, "nam", NULL, &json), KEHOACH_NOTFOUND);
    /* The digest's figures per commune and lead unit: two 'Văn phòng - Thống kê', one per commune. */
    CHECK_RC(kehoach_summary_json(db, "tinh-hung-yen", "2025-07-07", &json), KEHOACH_OK);
    CHECK(json && strstr(json, "{\"due_this_week\":") && strstr(json, "\"organisation\":\"xa-tan-an\"")
          && strstr(json, "\"organisation\":\"xa-da-loc\"") && strstr(json, "\"unit_id\":\"van-phong\""));
    kehoach_free(json);
    CHECK_RC(kehoach_summary_json(db, "xa-tan-an", "2025-07-07", &json), KEHOACH_OK);
    CHECK(json && !strstr(json, "xa-da-loc"));
    kehoach_free(json);
    CHECK_RC(kehoach_summary_json(db, "xa-khong-co", NULL, &json), KEHOACH_NOTFOUND);
    free(other);
    free(plan);
    CHECK_RC(kehoach_close(db), KEHOACH_OK);
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: c_client EXAMPLES_DIR WORK_DIR\n"); return 100; }
    const char *examples = argv[1], *work_dir = argv[2];
    char path[4096];
    snprintf(path, sizeof path, "%s/c_client.db", work_dir);

    test_library();
    test_deadline();
    test_workdays();
    test_open_errors(work_dir);

    kehoach_db *db = NULL;
    CHECK_RC(kehoach_open(path, KEHOACH_OPEN_CREATE, &db), KEHOACH_OK);
    int64_t plan_id = test_plans(db, examples, work_dir);
    test_occurrences(db, plan_id);
    test_progress(db, plan_id, path);
    test_threads(db, plan_id, path);
    CHECK_RC(kehoach_close(db), KEHOACH_OK);
    test_hardening(examples, work_dir);
    test_lifecycle(examples, work_dir);
    test_organisations(examples, work_dir);

    printf("c_client: %d checks, %d failed\n", checks, failures);
    return failures > 100 ? 100 : failures;
}
