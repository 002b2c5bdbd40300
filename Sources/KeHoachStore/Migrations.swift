import KeHoach

/// The store's schema, as an ordered list of migrations.
///
/// Migration `n` (1-based) takes a database at `PRAGMA user_version = n - 1` to `n`. They run
/// inside the `BEGIN IMMEDIATE` transaction of whichever process opens the file first, so two
/// processes creating the same file never both migrate. Later issues append migrations; a shipped
/// migration is never edited.
enum Migrations {
    /// `PRAGMA application_id` of every kehoach database: the ASCII bytes "KeHo".
    ///
    /// A SQLite file with tables and another application id is not a kehoach database.
    static let applicationID: Int32 = 0x4B65_486F

    /// The schema version this library writes and understands.
    static var currentVersion: Int { all.count }

    /// Every migration's SQL, in order.
    static let all: [String] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11]

    /// Schema v1: plans, their units and aliases, dimensions, reporting rules, tasks with their
    /// units and outputs, events, and the audit trail.
    ///
    /// Units are referenced by row so deleting a plan cascades; folded keys
    /// (``VietnameseText/key(_:)``) are stored beside names so lookups use an index.
    static let v1 = """
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
        CREATE INDEX plans_by_number_key ON plans(number_key);
        CREATE INDEX plans_by_year ON plans(year, number);

        CREATE TABLE units (
            row_id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            id_key TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('department', 'body', 'group', 'external')),
            UNIQUE (plan_id, id),
            UNIQUE (plan_id, position)
        );
        CREATE INDEX units_by_name_key ON units(name_key);
        CREATE INDEX units_by_id_key ON units(id_key);

        CREATE TABLE unit_aliases (
            unit_row INTEGER NOT NULL REFERENCES units(row_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            alias TEXT NOT NULL,
            folded TEXT NOT NULL,
            PRIMARY KEY (unit_row, position)
        ) WITHOUT ROWID;
        CREATE INDEX unit_aliases_by_folded ON unit_aliases(folded);

        CREATE TABLE dimensions (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            catalog TEXT,
            PRIMARY KEY (plan_id, key),
            UNIQUE (plan_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE reporting_rules (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            label TEXT NOT NULL,
            period TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'half_year', 'nine_months', 'year')),
            deadline TEXT NOT NULL,
            window_from TEXT,
            window_to TEXT,
            recipient TEXT,
            PRIMARY KEY (plan_id, position),
            FOREIGN KEY (plan_id, recipient) REFERENCES units(plan_id, id)
        ) WITHOUT ROWID;

        CREATE TABLE tasks (
            row_id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            ref TEXT NOT NULL,
            dimension TEXT,
            component TEXT,
            description TEXT NOT NULL,
            target TEXT,
            deadline TEXT NOT NULL,
            event_key TEXT,
            note TEXT,
            UNIQUE (plan_id, position),
            UNIQUE (plan_id, ref),
            FOREIGN KEY (plan_id, dimension) REFERENCES dimensions(plan_id, key)
        );
        CREATE INDEX tasks_by_dimension ON tasks(plan_id, dimension);
        CREATE INDEX tasks_by_event_key ON tasks(event_key) WHERE event_key IS NOT NULL;

        CREATE TABLE task_units (
            task_row INTEGER NOT NULL REFERENCES tasks(row_id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('lead', 'coordinating', 'implementing')),
            position INTEGER NOT NULL,
            unit_row INTEGER NOT NULL REFERENCES units(row_id) ON DELETE CASCADE,
            PRIMARY KEY (task_row, role, position)
        ) WITHOUT ROWID;
        CREATE INDEX task_units_by_unit ON task_units(unit_row, role);

        CREATE TABLE task_outputs (
            task_row INTEGER NOT NULL REFERENCES tasks(row_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            output TEXT NOT NULL,
            PRIMARY KEY (task_row, position)
        ) WITHOUT ROWID;

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            label TEXT NOT NULL,
            happened_on TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX events_by_plan_key ON events(plan_id, key, happened_on);

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            plan_id INTEGER,
            subject TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE INDEX audit_by_plan ON audit(plan_id, id);
        """

    /// Schema v2: the deadline engine. Occurrences (materialised expansions, ids stable across
    /// re-expansion), completions (keyed by occurrence id, deliberately not a foreign key to
    /// occurrences so they survive re-expansion; they die with their plan), per-plan notice
    /// settings, the notice outbox, and each task's schedule state.
    ///
    /// Dates are day numbers (``CivilDate/dayNumber``, days since 1970-01-01) so range queries
    /// compare integers; the view `occurrence_dates` shows them as ISO dates for people reading
    /// the file with `sqlite3`. Plans stored under v1 are listed in `schedule_pending` and
    /// expanded by the first read-write handle that uses the schedule.
    static let v2 = """
        ALTER TABLE tasks ADD COLUMN schedule_state TEXT NOT NULL DEFAULT 'dated'
            CHECK (schedule_state IN ('dated', 'needs_date', 'waiting_for_event'));
        CREATE INDEX tasks_by_schedule_state ON tasks(schedule_state, plan_id)
            WHERE schedule_state <> 'dated';

        CREATE TABLE occurrences (
            id TEXT PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            task_row INTEGER NOT NULL REFERENCES tasks(row_id) ON DELETE CASCADE,
            task_ref TEXT NOT NULL,
            label TEXT NOT NULL,
            source TEXT NOT NULL
                CHECK (source IN ('milestone', 'recurrence', 'continuous', 'event', 'school_year')),
            written_due INTEGER NOT NULL,
            effective_due INTEGER NOT NULL,
            period_from INTEGER,
            period_to INTEGER,
            window_from INTEGER,
            window_to INTEGER
        ) WITHOUT ROWID;
        CREATE INDEX occurrences_by_due ON occurrences(effective_due);
        CREATE INDEX occurrences_by_plan_due ON occurrences(plan_id, effective_due);
        CREATE INDEX occurrences_by_task ON occurrences(task_row, effective_due);

        CREATE INDEX dimensions_by_key ON dimensions(key);
        CREATE INDEX dimensions_by_catalog ON dimensions(catalog COLLATE NOCASE) WHERE catalog IS NOT NULL;

        CREATE TABLE completions (
            occurrence_id TEXT PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('done', 'waived')),
            on_day INTEGER NOT NULL,
            evidence TEXT,
            recorded_by TEXT NOT NULL,
            note TEXT,
            recorded_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX completions_by_state ON completions(state, on_day);
        CREATE INDEX completions_by_plan ON completions(plan_id);

        CREATE TABLE notice_settings (
            plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
            reminders TEXT NOT NULL,
            overdue_every INTEGER NOT NULL,
            escalate_after INTEGER,
            minute_of_day INTEGER NOT NULL,
            default_event_offset_days INTEGER NOT NULL
        );

        CREATE TABLE outbox (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            notice_id TEXT NOT NULL UNIQUE,
            plan_id INTEGER,
            kind TEXT NOT NULL CHECK (kind IN ('reminder', 'due', 'overdue', 'escalation')),
            step INTEGER NOT NULL,
            occurrence_id TEXT NOT NULL,
            plan_number TEXT NOT NULL,
            task_ref TEXT NOT NULL,
            unit_name TEXT NOT NULL,
            recipients TEXT NOT NULL,
            due INTEGER NOT NULL,
            days INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            late INTEGER NOT NULL,
            message TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            sent_at INTEGER
        );
        CREATE INDEX outbox_unsent ON outbox(sequence) WHERE sent_at IS NULL;
        CREATE INDEX outbox_by_plan ON outbox(plan_id) WHERE sent_at IS NULL;

        CREATE TABLE schedule_pending (
            plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE
        );
        INSERT INTO schedule_pending (plan_id) SELECT id FROM plans;

        CREATE VIEW occurrence_dates AS
            SELECT id, plan_id, task_ref, label, source,
                   date(written_due * 86400, 'unixepoch') AS written_due,
                   date(effective_due * 86400, 'unixepoch') AS effective_due
            FROM occurrences;
        """

    /// Schema v3: when an occurrence's notices start (`not_before`, unix seconds), for
    /// occurrences of events recorded after they happened: thresholds that passed before the
    /// event was recorded are sent once, as a catch-up, at the recording (``Occurrence/notBefore``).
    static let v3 = """
        ALTER TABLE occurrences ADD COLUMN not_before INTEGER;
        INSERT OR IGNORE INTO schedule_pending (plan_id) SELECT DISTINCT plan_id FROM events;
        """

    /// Schema v4: the store's working calendar, so that every process that opens the file
    /// computes the same effective due dates. One row: the administrator's override file
    /// verbatim (`overrides`, in the format of docs/calendar.md; empty: the built-in calendar),
    /// and the fingerprint (``WorkingCalendar/fingerprint``) of the calendar the stored
    /// occurrences were expanded with. NULL means not known (a file expanded by a library
    /// before v4): the first read-write handle re-dates the stored plans and records it.
    static let v4 = """
        CREATE TABLE working_calendar (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            overrides TEXT NOT NULL DEFAULT '',
            fingerprint TEXT
        );
        INSERT INTO working_calendar (id) VALUES (1);
        """

    /// Schema v5: a store holds a province. Organisations (communes, wards, provinces,
    /// departments) with a stable code and an optional parent; every plan belongs to one and has a
    /// stable key (``Plan/key``) that prefixes its occurrence and notice ids instead of the
    /// store's row id, so that ids travel with an exported plan. The outbox keeps who a notice is
    /// about: organisation code and name, plan key, every lead unit (ids and names) and the
    /// recipients' names. Existing plans get one organisation per distinct issuer and their ids
    /// rewritten (``assignOrganisations(_:)``, run right after this SQL).
    static let v5 = """
        CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            code_key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('commune', 'ward', 'town', 'district', 'province',
                'department', 'other')),
            parent_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX organisations_by_name_key ON organisations(name_key);
        CREATE INDEX organisations_by_parent ON organisations(parent_id);

        ALTER TABLE plans ADD COLUMN organisation_id INTEGER REFERENCES organisations(id);
        ALTER TABLE plans ADD COLUMN plan_key TEXT;
        CREATE INDEX plans_by_organisation ON plans(organisation_id, year);

        ALTER TABLE outbox ADD COLUMN plan_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE outbox ADD COLUMN org_code TEXT NOT NULL DEFAULT '';
        ALTER TABLE outbox ADD COLUMN org_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE outbox ADD COLUMN lead_units TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE outbox ADD COLUMN lead_unit_names TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE outbox ADD COLUMN recipient_names TEXT NOT NULL DEFAULT '[]';
        """

    /// Schema v6, the daemon state: kehoachd's memory between runs, in the database it belongs
    /// to (it used to be a `kehoachd.state` file beside the database, which every database of
    /// the directory shared). One row per key: `last_cycle` (the `through` instant of the last
    /// cycle whose notices are in the outbox, ISO 8601 with "+07:00") and `last_digest` (the
    /// day of the last digest). See ``DaemonState``.
    static let v6 = """
        CREATE TABLE daemon_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """

    /// Schema v7, the values achieved against tasks' targets ("chỉ tiêu"): one per occurrence and measure
    /// (the measure's index in ``TargetParser/parse(_:)`` of the task's target), in hundredths so
    /// that "75,5%" is stored exactly (7550) as an integer. Keyed by occurrence id like
    /// completions, not a foreign key, so values survive re-expansion; they die with their plan.
    /// `IF NOT EXISTS`: a file taken back to an older version by hand keeps its values.
    static let v7 = """
        CREATE TABLE IF NOT EXISTS target_values (
            occurrence_id TEXT NOT NULL,
            measure INTEGER NOT NULL CHECK (measure >= 0),
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            hundredths INTEGER NOT NULL,
            on_day INTEGER NOT NULL,
            recorded_by TEXT NOT NULL,
            note TEXT,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (occurrence_id, measure)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS target_values_by_plan ON target_values(plan_id);
        """

    /// Schema v8: a commune issues "01/KH-UBND" every year, so a plan is unique by its key
    /// (organisation, number, year: `plans_by_key`), no longer by issuer and number, which
    /// refused the 2026 plan of a commune that had its 2025 one. SQLite cannot drop a table
    /// constraint, so `plans` is rebuilt (the procedure of "Making Other Kinds Of Table Schema
    /// Changes" in SQLite's ALTER TABLE page): ``migrate(_:from:)``'s caller turns foreign keys
    /// off around the migrating transaction (``needsForeignKeysOff(from:)``), and the rebuild
    /// ends with a foreign-key check.
    static let v8 = """
        CREATE TABLE plans_v8 (
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
            organisation_id INTEGER REFERENCES organisations(id),
            plan_key TEXT NOT NULL
        );
        INSERT INTO plans_v8 (id, number, number_key, issuer, place, province, issued_on, year, title, indices,
            parent_number, parent_issued_on, parent_issuer, parent_title, signer_name, signer_title, recipients,
            focal_unit, notes, imported_at, organisation_id, plan_key)
        SELECT id, number, number_key, issuer, place, province, issued_on, year, title, indices,
            parent_number, parent_issued_on, parent_issuer, parent_title, signer_name, signer_title, recipients,
            focal_unit, notes, imported_at, organisation_id, plan_key FROM plans;
        DROP TABLE plans;
        ALTER TABLE plans_v8 RENAME TO plans;
        CREATE INDEX plans_by_number_key ON plans(number_key);
        CREATE INDEX plans_by_year ON plans(year, number);
        CREATE INDEX plans_by_organisation ON plans(organisation_id, year);
        CREATE UNIQUE INDEX plans_by_key ON plans(plan_key);
        """

    /// Schema v9: whether a plan goes quiet after its last due date (``QuietPlan``): `auto`
    /// (after the grace), `keep_active`, or `silenced` by hand (`kehoach settings`).
    static let v9 = """
        ALTER TABLE notice_settings ADD COLUMN activity TEXT NOT NULL DEFAULT 'auto'
            CHECK (activity IN ('auto', 'keep_active', 'silenced'));
        """

    /// Schema v10: the index of next thresholds (``NoticeIndexEntry``), so that a cycle reads only
    /// what its window makes due. Per occurrence: `notice_at`, the first instant after the last
    /// cycle at which it owes a notice (NULL: none), valid while `notice_seen` equals
    /// `notice_rev`; triggers bump `notice_rev` on every change that can move its thresholds
    /// (its completion recorded, changed or deleted; its due date, window, period or start
    /// changed; its plan's notice settings or events changed; a later occurrence added to its
    /// plan, which moves the plan's end and so when it goes quiet). A cycle writes an entry only
    /// where the revision it read is still the stored one, so a change committed meanwhile
    /// is never hidden. Occurrences not indexed yet (`notice_seen` NULL) are all read once.
    static let v10 = """
        ALTER TABLE occurrences ADD COLUMN notice_at INTEGER;
        ALTER TABLE occurrences ADD COLUMN notice_rev INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE occurrences ADD COLUMN notice_seen INTEGER;
        CREATE INDEX occurrences_by_notice ON occurrences(notice_at) WHERE notice_at IS NOT NULL;
        CREATE INDEX occurrences_by_plan_notice ON occurrences(plan_id, notice_at) WHERE notice_at IS NOT NULL;
        CREATE INDEX occurrences_unindexed ON occurrences(plan_id) WHERE notice_seen IS NOT notice_rev;

        CREATE TRIGGER notice_index_completion_added AFTER INSERT ON completions BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE id = NEW.occurrence_id;
        END;
        CREATE TRIGGER notice_index_completion_changed AFTER UPDATE ON completions BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE id IN (OLD.occurrence_id, NEW.occurrence_id);
        END;
        CREATE TRIGGER notice_index_completion_removed AFTER DELETE ON completions BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE id = OLD.occurrence_id;
        END;
        CREATE TRIGGER notice_index_occurrence_moved
        AFTER UPDATE OF written_due, effective_due, period_from, period_to, window_from, window_to, not_before, task_row
        ON occurrences BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE id = NEW.id;
        END;
        CREATE TRIGGER notice_index_plan_extended AFTER INSERT ON occurrences
        WHEN NEW.effective_due > (SELECT max(effective_due) FROM occurrences WHERE plan_id = NEW.plan_id AND id <> NEW.id)
        BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE plan_id = NEW.plan_id AND notice_seen IS NOT NULL;
        END;
        CREATE TRIGGER notice_index_settings_added AFTER INSERT ON notice_settings BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE plan_id = NEW.plan_id;
        END;
        CREATE TRIGGER notice_index_settings_changed AFTER UPDATE ON notice_settings BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE plan_id IN (OLD.plan_id, NEW.plan_id);
        END;
        CREATE TRIGGER notice_index_settings_removed AFTER DELETE ON notice_settings BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE plan_id = OLD.plan_id;
        END;
        CREATE TRIGGER notice_index_event_added AFTER INSERT ON events BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE plan_id = NEW.plan_id;
        END;
        CREATE TRIGGER notice_index_event_removed AFTER DELETE ON events BEGIN
            UPDATE occurrences SET notice_rev = notice_rev + 1 WHERE plan_id = OLD.plan_id;
        END;
        """

    /// Whether migrating from `version` rebuilds a table that others reference (``v8``), so that
    /// foreign keys must be off around the migrating transaction: with them on, dropping the old
    /// table would delete, by cascade, everything recorded under every plan.
    static func needsForeignKeysOff(from version: Int) -> Bool { version < 8 && currentVersion >= 8 }

    /// Schema v11: alerts that reach people (issue 16). `unit_contacts`: each unit of each
    /// organisation's e-mail addresses (a JSON list) and phone, by (organisation code, unit id).
    /// `deliveries`: one row per notice, channel and recipient unit, recorded with the notice and
    /// sent after commit by kehoachd: `pending` (with its attempts and the instant of the next),
    /// `sent`, or `failed` (given up, with the last error). E-mails of one unit and day share a
    /// `batch_key` (one message a day; an escalation's is its notice id: sent at once).
    static let v11 = """
        CREATE TABLE unit_contacts (
            org_code TEXT NOT NULL,
            unit_id TEXT NOT NULL,
            emails TEXT NOT NULL DEFAULT '[]',
            phone TEXT,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (org_code, unit_id)
        ) WITHOUT ROWID;
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            notice_id TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
            org_code TEXT NOT NULL,
            unit_id TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            batch_key TEXT,
            last_error TEXT,
            recorded_at INTEGER NOT NULL,
            done_at INTEGER,
            UNIQUE (notice_id, channel, org_code, unit_id)
        );
        CREATE INDEX deliveries_pending ON deliveries(next_attempt_at) WHERE state = 'pending';
        CREATE INDEX deliveries_by_batch ON deliveries(batch_key, channel) WHERE batch_key IS NOT NULL;
        CREATE INDEX deliveries_failed ON deliveries(done_at) WHERE state = 'failed';
        """

    /// Brings `database` from `version` to ``currentVersion``, stamping the application id and
    /// each version reached. The caller holds the write transaction.
    static func migrate(_ database: Database, from version: Int) throws(KeHoachError) {
        guard version < currentVersion else { return }
        try database.execute("PRAGMA application_id = \(applicationID)")
        for index in version..<currentVersion {
            try database.execute(all[index])
            if index + 1 == 5 { try assignOrganisations(database) }
            if index + 1 == 8 {
                // The rebuild must leave every reference whole (foreign keys were off meanwhile).
                if try database.integer("SELECT count(*) FROM pragma_foreign_key_check") > 0 {
                    throw .storage(code: 787, detail: "sau khi dựng lại bảng plans còn tham chiếu hỏng")  // SQLITE_CONSTRAINT_FOREIGNKEY
                }
            }
            try database.execute("PRAGMA user_version = \(index + 1)")
        }
    }
}
