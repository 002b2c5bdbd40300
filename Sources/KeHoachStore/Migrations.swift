import KeHoach

/// The store's schema, as an ordered list of migrations.
///
/// Migration `n` (1-based) takes a database at `PRAGMA user_version = n - 1` to `n`. They run
/// inside the `BEGIN IMMEDIATE` transaction of whichever process opens the file first, so two
/// processes creating the same file never both migrate. Later issues append migrations (v2:
/// occurrences, completions, outbox); a shipped migration is never edited.
enum Migrations {
    /// `PRAGMA application_id` of every kehoach database: the ASCII bytes "KeHo".
    ///
    /// A SQLite file with tables and another application id is not a kehoach database.
    static let applicationID: Int32 = 0x4B65_486F

    /// The schema version this library writes and understands.
    static var currentVersion: Int { all.count }

    /// Every migration's SQL, in order.
    static let all: [String] = [v1]

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

    /// Brings `database` from `version` to ``currentVersion``, stamping the application id and
    /// each version reached. The caller holds the write transaction.
    static func migrate(_ database: Database, from version: Int) throws(KeHoachError) {
        guard version < currentVersion else { return }
        try database.execute("PRAGMA application_id = \(applicationID)")
        for index in version..<currentVersion {
            try database.execute(all[index])
            try database.execute("PRAGMA user_version = \(index + 1)")
        }
    }
}
