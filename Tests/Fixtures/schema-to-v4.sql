PRAGMA foreign_keys = OFF;
-- Takes a kehoach database of schema v5 or later back to schema v4, as a library before organisations
-- (issue 12) wrote it, for the tests of the v5 migration: ids that start with a plan key start
-- with the plan's row id again, `plans` is rebuilt without its organisation and key columns
-- (SQLite cannot drop a column that references another table), and the organisations table and
-- the outbox's v5 columns go, with the v10 notice index. Run with: sqlite3 FILE < schema-to-v4.sql
BEGIN;
DROP TABLE IF EXISTS deliveries;
DROP TABLE IF EXISTS unit_contacts;
DROP TRIGGER IF EXISTS notice_index_completion_added;
DROP TRIGGER IF EXISTS notice_index_completion_changed;
DROP TRIGGER IF EXISTS notice_index_completion_removed;
DROP TRIGGER IF EXISTS notice_index_occurrence_moved;
DROP TRIGGER IF EXISTS notice_index_plan_extended;
DROP TRIGGER IF EXISTS notice_index_settings_added;
DROP TRIGGER IF EXISTS notice_index_settings_changed;
DROP TRIGGER IF EXISTS notice_index_settings_removed;
DROP TRIGGER IF EXISTS notice_index_event_added;
DROP TRIGGER IF EXISTS notice_index_event_removed;
DROP INDEX IF EXISTS occurrences_by_notice;
DROP INDEX IF EXISTS occurrences_by_plan_notice;
DROP INDEX IF EXISTS occurrences_unindexed;
ALTER TABLE occurrences DROP COLUMN notice_at;
ALTER TABLE occurrences DROP COLUMN notice_rev;
ALTER TABLE occurrences DROP COLUMN notice_seen;
DROP TABLE IF EXISTS daemon_state;
ALTER TABLE notice_settings DROP COLUMN activity;
UPDATE occurrences SET id = plan_id || substr(id,
    length((SELECT p.plan_key FROM plans p WHERE p.id = occurrences.plan_id)) + 1);
UPDATE completions SET occurrence_id = plan_id || substr(occurrence_id,
    length((SELECT p.plan_key FROM plans p WHERE p.id = completions.plan_id)) + 1);
UPDATE outbox SET occurrence_id = plan_id || substr(occurrence_id, length(plan_key) + 1),
    notice_id = plan_id || substr(notice_id, length(plan_key) + 1) WHERE plan_id IS NOT NULL;
CREATE TABLE plans_v4 AS SELECT id, number, number_key, issuer, place, province, issued_on, year, title, indices, parent_number, parent_issued_on, parent_issuer, parent_title, signer_name, signer_title, recipients, focal_unit, notes, imported_at FROM plans;
DROP TABLE plans;
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL,
    number_key TEXT NOT NULL,
    issuer TEXT NOT NULL,
    place TEXT,
    province TEXT,
    issued_on TEXT,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    indices TEXT NOT NULL DEFAULT '[]',
    parent_number TEXT,
    parent_issued_on TEXT,
    parent_issuer TEXT,
    parent_title TEXT,
    signer_name TEXT,
    signer_title TEXT,
    recipients TEXT NOT NULL DEFAULT '[]',
    focal_unit TEXT,
    notes TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL,
    UNIQUE (issuer, number)
);
INSERT INTO plans (id, number, number_key, issuer, place, province, issued_on, year, title, indices, parent_number, parent_issued_on, parent_issuer, parent_title, signer_name, signer_title, recipients, focal_unit, notes, imported_at) SELECT id, number, number_key, issuer, place, province, issued_on, year, title, indices, parent_number, parent_issued_on, parent_issuer, parent_title, signer_name, signer_title, recipients, focal_unit, notes, imported_at FROM plans_v4;
DROP TABLE plans_v4;
CREATE INDEX plans_by_number_key ON plans(number_key);
CREATE INDEX plans_by_year ON plans(year, number);
DROP TABLE organisations;
ALTER TABLE outbox DROP COLUMN plan_key;
ALTER TABLE outbox DROP COLUMN org_code;
ALTER TABLE outbox DROP COLUMN org_name;
ALTER TABLE outbox DROP COLUMN lead_units;
ALTER TABLE outbox DROP COLUMN lead_unit_names;
ALTER TABLE outbox DROP COLUMN recipient_names;
PRAGMA user_version = 4;
COMMIT;
