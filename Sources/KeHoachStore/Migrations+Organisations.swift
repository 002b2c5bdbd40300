import KeHoach

extension Migrations {
    /// Schema v5's data step: one organisation per distinct issuer of the stored plans (with its
    /// province as parent), each plan's key, and every id that contained the store's plan row id
    /// ("1:3.8:2025-Q2") rewritten to start with the plan's key instead
    /// ("xa-da-loc:01/KH-UBND:2025:3.8:2025-Q2"): occurrences, completions, and the outbox's
    /// occurrence and notice ids, so that notices already sent are not sent again under new ids.
    ///
    /// Runs inside the migrating transaction, after ``v5``'s SQL.
    static func assignOrganisations(_ database: Database) throws(KeHoachError) {
        let plans = try database.prepare("SELECT id, issuer, province, number, year FROM plans ORDER BY id")
        var rows: [(id: Int64, issuer: String, province: String?, number: String, year: Int)] = []
        while try plans.step() {
            rows.append((plans.integer(0), plans.text(1), plans.optionalText(2), plans.text(3), Int(plans.integer(4))))
        }
        var keys = Set<String>()
        for row in rows {
            var plan = Plan(number: row.number, issuer: row.issuer, year: row.year, title: "", province: row.province)
            var (organisationID, organisation) = try OrganisationRows.resolve(plan, in: database)
            var key = Plan.key(organisation: organisation.code, number: row.number, year: row.year)
            // Two stored plans of one issuer, number and year cannot exist (UNIQUE (issuer, number)),
            // but two spellings of one issuer ("UBND xã Đa Lộc", "UBND Xã Đa  Lộc") can: the second
            // gets an organisation of its own, so that no two plans share a key.
            if keys.contains(key) {
                organisation.code += "-\(row.id)"
                plan.organisation = organisation
                (organisationID, organisation) = try OrganisationRows.resolve(plan, in: database)
                key = Plan.key(organisation: organisation.code, number: row.number, year: row.year)
            }
            keys.insert(key)
            try database.run("UPDATE plans SET organisation_id = ?, plan_key = ? WHERE id = ?",
                             [organisationID, key, row.id])
            let old = "\(row.id):"
            let length = old.utf8.count + 1
            try database.run("UPDATE occurrences SET id = ?1 || ':' || substr(id, ?2) WHERE plan_id = ?3",
                             [key, length, row.id])
            try database.run("""
                UPDATE completions SET occurrence_id = ?1 || ':' || substr(occurrence_id, ?2)
                WHERE plan_id = ?3 AND substr(occurrence_id, 1, ?4) = ?5
                """, [key, length, row.id, length - 1, old])
            try database.run("""
                UPDATE outbox SET occurrence_id = ?1 || ':' || substr(occurrence_id, ?2),
                    notice_id = ?1 || ':' || substr(notice_id, ?2), plan_key = ?1
                WHERE plan_id = ?3 AND substr(occurrence_id, 1, ?4) = ?5
                """, [key, length, row.id, length - 1, old])
        }
        try database.execute("CREATE UNIQUE INDEX plans_by_key ON plans(plan_key)")
    }
}

/// The organisations table, written by the store and by the v5 migration alike.
enum OrganisationRows {
    /// The stored organisation a plan belongs to, inserted when new: the one the plan names
    /// (``Plan/organisation``), else the one its issuer names (``Organisation/derived(issuer:province:)``).
    ///
    /// A derived code that another province's organisation already holds ("xa-tan-an" of Long An,
    /// for a Tân An of Tây Ninh) gets the province's code appended ("xa-tan-an.tinh-tay-ninh"), so
    /// that two communes of one name stay two. The plan's later exports carry the organisation,
    /// so a re-import finds the same one.
    static func resolve(_ plan: Plan, in database: Database) throws(KeHoachError) -> (id: Int64, organisation: Organisation) {
        var organisation = plan.issuingOrganisation
        if plan.organisation == nil, let stored = try read(code: organisation.code, in: database),
           let parent = organisation.parent, let storedParent = stored.organisation.parent, parent != storedParent {
            organisation.code += "." + parent
        }
        let id = try ensure(organisation, parent: plan.parentOrganisation, in: database)
        // An organisation stored without a parent gets the one a later plan names.
        if let parent = plan.parentOrganisation, organisation.parent != nil,
           try database.integer("SELECT count(*) FROM organisations WHERE id = ? AND parent_id IS NULL", [id]) > 0 {
            let parentID = try ensure(parent, parent: nil, in: database)
            if parentID != id { try database.run("UPDATE organisations SET parent_id = ? WHERE id = ?", [parentID, id]) }
        }
        guard let stored = try read(code: organisation.code, in: database) else {
            throw .storage(code: 1, detail: "không đọc lại được tổ chức \(organisation.code)")
        }
        return (id, stored.organisation)
    }

    /// The stored organisation whose code is `code` (case-insensitively), with its row id.
    static func read(code: String, in database: Database) throws(KeHoachError) -> (id: Int64, organisation: Organisation)? {
        let row = try database.prepare("""
            SELECT o.id, o.code, o.name, o.kind, p.code FROM organisations o
            LEFT JOIN organisations p ON p.id = o.parent_id WHERE o.code_key = ?
            """)
        try row.bind([codeKey(code)])
        guard try row.step(), let organisation = organisation(row, from: 1) else { return nil }
        return (row.integer(0), organisation)
    }

    /// The organisation in the columns code, name, kind, parent code starting at `column` of
    /// the current row (a LEFT JOIN's NULL code: none).
    static func organisation(_ row: Statement, from column: Int32) -> Organisation? {
        guard let code = row.optionalText(column) else { return nil }
        return Organisation(code: code, name: row.text(column + 1),
                            kind: Organisation.Kind(rawValue: row.text(column + 2)) ?? .other,
                            parent: row.optionalText(column + 3))
    }

    /// The row id of the organisation with `organisation`'s code (case-insensitively), inserting
    /// it when absent, with `parent` (inserted too when absent) as its parent. An organisation
    /// already stored keeps its name, kind and parent: the first import names it, the
    /// administrator renames it (`kehoach orgs set`).
    static func ensure(_ organisation: Organisation, parent: Organisation?,
                       in database: Database) throws(KeHoachError) -> Int64 {
        if let id = try id(code: organisation.code, in: database) { return id }
        let parentID: Int64? = if let parent { try ensure(parent, parent: nil, in: database) } else { nil }
        try database.run("""
            INSERT INTO organisations (code, code_key, name, name_key, kind, parent_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, \(SQLiteStore.nowSQL))
            """, [organisation.code, codeKey(organisation.code), organisation.name,
                  VietnameseText.key(organisation.name), organisation.kind.rawValue, parentID])
        return database.lastInsertRowID
    }

    /// The row id of the organisation whose code is `code` (case-insensitively), or nil.
    static func id(code: String, in database: Database) throws(KeHoachError) -> Int64? {
        let row = try database.prepare("SELECT id FROM organisations WHERE code_key = ?")
        try row.bind([codeKey(code)])
        return try row.step() ? row.integer(0) : nil
    }

    /// The unique key of a code: case-insensitive, punctuation kept ("12-01" and "1201" differ).
    static func codeKey(_ code: String) -> String { VietnameseText.fold(code) }
}
