import KeHoach

extension SQLiteStore: PlanStore {
    /// Validates `plan` with ``PlanDocument/validate(_:)``, then writes it whole in one
    /// transaction with a "plan.import" audit entry, and returns its id. The same transaction
    /// stores its expansion into occurrences (see ``reexpand(planID:by:)``).
    ///
    /// Refused before anything is written: an invalid plan (the validation error), a read-only
    /// store (``KeHoachError/readOnly``), a plan whose key (organisation, number, year) is already stored
    /// (``KeHoachError/duplicatePlan(number:)``).
    public func importPlan(_ plan: Plan, actor: String) throws(KeHoachError) -> Int64 {
        guard mode.isWritable else { throw .readOnly }
        try PlanDocument.validate(plan)
        return try write { () throws(KeHoachError) -> Int64 in
            var plan = plan
            let planID: Int64
            (planID, plan.organisation) = try insertHeader(plan)
            let unitRows = try insertUnits(plan.units, planID: planID)
            try insertDimensions(plan.dimensions, planID: planID)
            try insertReporting(plan.reporting, planID: planID)
            try insertTasks(plan.tasks, planID: planID, unitRows: unitRows)
            _ = try storeSchedule(of: plan, planID: planID, actor: actor)
            try insertContacts(of: plan)
            try appendAudit(actor: actor, action: "plan.import", planID: planID, subject: plan.number,
                            detail: "Nhập kế hoạch \(plan.number) của \(plan.issuer): "
                                + "\(plan.tasks.count) nhiệm vụ, \(plan.units.count) đơn vị")
            return planID
        }
    }

    /// Every stored plan's header and task count, ordered by year, then number, then id.
    public func plans() throws(KeHoachError) -> [PlanSummary] {
        let statement = try database.prepare("""
            SELECT p.id, p.number, p.issuer, p.year, p.title,
                   (SELECT count(*) FROM tasks t WHERE t.plan_id = p.id), p.plan_key, o.code, o.name
            FROM plans p LEFT JOIN organisations o ON o.id = p.organisation_id
            ORDER BY p.year, p.number, o.code, p.id
            """)
        var summaries: [PlanSummary] = []
        while try statement.step() {
            summaries.append(PlanSummary(id: statement.integer(0), number: statement.text(1),
                                         issuer: statement.text(2), year: Int(statement.integer(3)),
                                         title: statement.text(4), taskCount: Int(statement.integer(5)),
                                         key: statement.text(6), organisationCode: statement.text(7),
                                         organisationName: statement.text(8)))
        }
        return summaries
    }

    /// The id of the plan whose number matches `number` accent-, case- and
    /// punctuation-insensitively ("01/kh-ubnd", "01 KH UBND").
    public func planID(number: String) throws(KeHoachError) -> Int64 {
        try planID(number: number, issuer: nil)
    }

    /// The id of the plan numbered `number` and, when given, issued by `issuer` (both matched
    /// accent- and case-insensitively).
    ///
    /// Many communes number their plan "01/KH-UBND": when several stored plans match and the
    /// exact spelling does not single one out, the issuer is required and its absence is
    /// reported as ``KeHoachError/invalidValue(field:value:expected:row:)``. An unknown number
    /// throws ``KeHoachError/notFound(what:key:suggestion:)`` with the closest stored number.
    public func planID(number: String, issuer: String?) throws(KeHoachError) -> Int64 {
        let statement = try database.prepare("""
            SELECT p.id, p.number, p.issuer, o.code, p.year FROM plans p
            LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.number_key = ? ORDER BY p.id
            """)
        try statement.bind([VietnameseText.key(number)])
        var matches: [(id: Int64, number: String, issuer: String, organisation: String, year: Int64)] = []
        while try statement.step() {
            matches.append((statement.integer(0), statement.text(1), statement.text(2), statement.text(3), statement.integer(4)))
        }
        if let issuer {
            let key = VietnameseText.key(issuer)
            matches = matches.filter { VietnameseText.key($0.issuer) == key }
        }
        if matches.count > 1 {
            let exact = matches.filter { $0.number == number }
            if exact.count == 1 { return exact[0].id }
            throw .invalidValue(field: "number", value: number,
                                expected: "tổ chức ban hành để phân biệt (kehoach: --org MÃ): "
                                    + matches.map { "\($0.organisation) (\($0.issuer), \($0.year))" }.joined(separator: ", "), row: nil)
        }
        if let match = matches.first { return match.id }
        let numbers = try plans().map { Unit(id: String($0.id), name: $0.number) }
        throw .notFound(what: "kế hoạch", key: number,
                        suggestion: UnitDirectory(numbers).suggestion(for: number))
    }

    /// Deletes the plan and everything under it (units, tasks, events, occurrences, completions,
    /// notice settings, and its notices not yet sent), leaving a "plan.delete" audit entry;
    /// earlier audit entries of the plan, and its notices already sent, are kept.
    public func deletePlan(id: Int64, actor: String) throws(KeHoachError) {
        try write { () throws(KeHoachError) in
            let statement = try database.prepare("SELECT number, issuer FROM plans WHERE id = ?")
            try statement.bind([id])
            guard try statement.step() else {
                throw .notFound(what: "kế hoạch", key: String(id), suggestion: nil)
            }
            let number = statement.text(0), issuer = statement.text(1)
            try database.run("DELETE FROM outbox WHERE plan_id = ? AND sent_at IS NULL", [id])
            try database.run("DELETE FROM plans WHERE id = ?", [id])
            try appendAudit(actor: actor, action: "plan.delete", planID: id, subject: number,
                            detail: "Xóa kế hoạch \(number) của \(issuer)")
        }
    }

    // MARK: Writing the parts of a plan

    /// Inserts the plan's header under its organisation (``OrganisationRows/resolve(_:in:)``) and
    /// key; a plan of the same key (organisation, number and year) is a duplicate. The same
    /// commune's "01/KH-UBND" of another year is another plan.
    private func insertHeader(_ plan: Plan) throws(KeHoachError) -> (Int64, Organisation) {
        let (organisationID, organisation) = try OrganisationRows.resolve(plan, in: database)
        let key = Plan.key(organisation: organisation.code, number: plan.number, year: plan.year)
        if try database.integer("SELECT count(*) FROM plans WHERE plan_key = ?", [key]) > 0 {
            throw .duplicatePlan(number: plan.number)
        }
        do {
            try database.run("""
                INSERT INTO plans (number, number_key, issuer, place, province, issued_on, year, title,
                    indices, parent_number, parent_issued_on, parent_issuer, parent_title,
                    signer_name, signer_title, recipients, focal_unit, notes, imported_at,
                    organisation_id, plan_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(SQLiteStore.nowSQL), ?, ?)
                """, [
                    plan.number, VietnameseText.key(plan.number), plan.issuer, plan.place, plan.province,
                    plan.issuedOn?.iso, plan.year, plan.title, JSONList.encode(plan.indices),
                    plan.implements?.number, plan.implements?.issuedOn?.iso, plan.implements?.issuer,
                    plan.implements?.title, plan.signer?.name, plan.signer?.title,
                    JSONList.encode(plan.recipients), plan.focalUnit, JSONList.encode(plan.notes),
                    organisationID, key,
                ])
        } catch .storage(code: 2067, _) {  // SQLITE_CONSTRAINT_UNIQUE
            throw .duplicatePlan(number: plan.number)
        }
        return (database.lastInsertRowID, organisation)
    }

    /// Inserts the units and their aliases; returns each unit id's row.
    func insertUnits(_ units: [Unit], planID: Int64) throws(KeHoachError) -> [String: Int64] {
        let unit = try database.prepare("""
            INSERT INTO units (plan_id, id, position, name, name_key, id_key, kind)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let alias = try database.prepare(
            "INSERT INTO unit_aliases (unit_row, position, alias, folded) VALUES (?, ?, ?, ?)")
        var rows: [String: Int64] = [:]
        for (position, u) in units.enumerated() {
            try unit.execute([planID, u.id, position, u.name, VietnameseText.key(u.name),
                              VietnameseText.key(u.id), u.kind.rawValue])
            let row = database.lastInsertRowID
            rows[u.id] = row
            for (index, name) in u.aliases.enumerated() {
                try alias.execute([row, index, name, VietnameseText.key(name)])
            }
        }
        return rows
    }

    func insertDimensions(_ dimensions: [Dimension], planID: Int64) throws(KeHoachError) {
        let statement = try database.prepare(
            "INSERT INTO dimensions (plan_id, key, position, title, catalog) VALUES (?, ?, ?, ?, ?)")
        for (position, d) in dimensions.enumerated() {
            try statement.execute([planID, d.key, position, d.title, d.catalog])
        }
    }

    func insertReporting(_ rules: [ReportingRule], planID: Int64) throws(KeHoachError) {
        let statement = try database.prepare("""
            INSERT INTO reporting_rules (plan_id, position, key, label, period, deadline,
                window_from, window_to, recipient)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, r) in rules.enumerated() {
            try statement.execute([planID, position, r.key, r.label, r.period.rawValue, r.deadline,
                                   r.window?.from.iso, r.window?.to.iso, r.recipient])
        }
    }

    func insertTasks(_ tasks: [PlanTask], planID: Int64,
                             unitRows: [String: Int64]) throws(KeHoachError) {
        let task = try database.prepare("""
            INSERT INTO tasks (plan_id, position, ref, dimension, component, description, target,
                deadline, event_key, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let unit = try database.prepare(
            "INSERT INTO task_units (task_row, role, position, unit_row) VALUES (?, ?, ?, ?)")
        let output = try database.prepare(
            "INSERT INTO task_outputs (task_row, position, output) VALUES (?, ?, ?)")
        for (position, t) in tasks.enumerated() {
            try task.execute([planID, position, t.ref, t.dimension, t.component, t.description,
                              t.target, t.deadline, t.eventKey, t.note])
            let row = database.lastInsertRowID
            for (role, ids) in [("lead", t.lead), ("coordinating", t.coordinating),
                                ("implementing", t.implementing)] {
                for (index, id) in ids.enumerated() {
                    guard let unitRow = unitRows[id] else {
                        throw .unknownUnit(reference: id, field: "tasks.\(role)", row: position + 1, suggestion: nil)
                    }
                    try unit.execute([row, role, index, unitRow])
                }
            }
            for (index, text) in t.outputs.enumerated() {
                try output.execute([row, index, text])
            }
        }
    }
}
