import KeHoach

extension SQLiteStore {
    /// The plan with this id, rebuilt exactly as imported: every header field, and units,
    /// aliases, dimensions, reporting rules, tasks, task units and outputs in their original
    /// order. Unknown id: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func plan(id: Int64) throws(KeHoachError) -> Plan {
        try read { () throws(KeHoachError) -> Plan in try readPlan(id: id) }
    }

    func readPlan(id: Int64) throws(KeHoachError) -> Plan {
        let header = try database.prepare("""
            SELECT number, issuer, place, province, issued_on, year, title, indices,
                   parent_number, parent_issued_on, parent_issuer, parent_title,
                   signer_name, signer_title, recipients, focal_unit, notes, o.code, o.name, o.kind, po.code
            FROM plans LEFT JOIN organisations o ON o.id = plans.organisation_id
            LEFT JOIN organisations po ON po.id = o.parent_id
            WHERE plans.id = ?
            """)
        try header.bind([id])
        guard try header.step() else { throw .notFound(what: "kế hoạch", key: String(id), suggestion: nil) }
        var plan = Plan(number: header.text(0), issuer: header.text(1), year: Int(header.integer(5)),
                        title: header.text(6))
        plan.place = header.optionalText(2)
        plan.province = header.optionalText(3)
        plan.issuedOn = try date(header.optionalText(4), "issued_on")
        plan.indices = try list(header.text(7))
        if let number = header.optionalText(8) {
            plan.implements = ParentPlan(number: number, issuedOn: try date(header.optionalText(9), "parent_issued_on"),
                                         issuer: header.optionalText(10), title: header.optionalText(11))
        }
        if let name = header.optionalText(12) {
            plan.signer = Signer(name: name, title: header.optionalText(13))
        }
        plan.recipients = try list(header.text(14))
        plan.focalUnit = header.optionalText(15)
        plan.notes = try list(header.text(16))
        plan.organisation = OrganisationRows.organisation(header, from: 17)
        plan.units = try units(planID: id)
        plan.dimensions = try dimensions(planID: id)
        plan.reporting = try reporting(planID: id)
        plan.tasks = try tasks(planID: id)
        return plan
    }

    /// The units of one plan (or of every plan when `planID` is nil) with their aliases, in
    /// plan then document order.
    func units(planID: Int64?) throws(KeHoachError) -> [Unit] {
        let filter = planID == nil ? "" : "WHERE u.plan_id = ?1"
        let aliases = try database.prepare("""
            SELECT a.unit_row, a.alias FROM unit_aliases a JOIN units u ON u.row_id = a.unit_row
            \(filter) ORDER BY a.unit_row, a.position
            """)
        try aliases.bind(planID.map { [$0] } ?? [])
        var aliasesByRow: [Int64: [String]] = [:]
        while try aliases.step() { aliasesByRow[aliases.integer(0), default: []].append(aliases.text(1)) }

        let statement = try database.prepare(
            "SELECT u.row_id, u.id, u.name, u.kind FROM units u \(filter) ORDER BY u.plan_id, u.position")
        try statement.bind(planID.map { [$0] } ?? [])
        var units: [Unit] = []
        while try statement.step() {
            let kind = statement.text(3)
            guard let parsed = Unit.Kind(rawValue: kind) else { throw corrupt("units.kind", kind) }
            units.append(Unit(id: statement.text(1), name: statement.text(2),
                              aliases: aliasesByRow[statement.integer(0)] ?? [], kind: parsed))
        }
        return units
    }

    private func dimensions(planID: Int64) throws(KeHoachError) -> [Dimension] {
        let statement = try database.prepare(
            "SELECT key, title, catalog FROM dimensions WHERE plan_id = ? ORDER BY position")
        try statement.bind([planID])
        var dimensions: [Dimension] = []
        while try statement.step() {
            dimensions.append(Dimension(key: statement.text(0), title: statement.text(1),
                                        catalog: statement.optionalText(2)))
        }
        return dimensions
    }

    private func reporting(planID: Int64) throws(KeHoachError) -> [ReportingRule] {
        let statement = try database.prepare("""
            SELECT key, label, period, deadline, window_from, window_to, recipient
            FROM reporting_rules WHERE plan_id = ? ORDER BY position
            """)
        try statement.bind([planID])
        var rules: [ReportingRule] = []
        while try statement.step() {
            let period = statement.text(2)
            guard let parsed = ReportPeriod(rawValue: period) else { throw corrupt("reporting.period", period) }
            var window: DateRange?
            if let from = try date(statement.optionalText(4), "window_from"),
               let to = try date(statement.optionalText(5), "window_to") {
                window = DateRange(from: from, to: to)
            }
            rules.append(ReportingRule(key: statement.text(0), label: statement.text(1), period: parsed,
                                       deadline: statement.text(3), window: window,
                                       recipient: statement.optionalText(6)))
        }
        return rules
    }

    private func tasks(planID: Int64) throws(KeHoachError) -> [PlanTask] {
        let units = try database.prepare("""
            SELECT tu.task_row, tu.role, u.id FROM task_units tu
            JOIN tasks t ON t.row_id = tu.task_row JOIN units u ON u.row_id = tu.unit_row
            WHERE t.plan_id = ? ORDER BY tu.task_row, tu.role, tu.position
            """)
        try units.bind([planID])
        var roles: [Int64: [String: [String]]] = [:]
        while try units.step() {
            roles[units.integer(0), default: [:]][units.text(1), default: []].append(units.text(2))
        }
        let outputs = try database.prepare("""
            SELECT o.task_row, o.output FROM task_outputs o JOIN tasks t ON t.row_id = o.task_row
            WHERE t.plan_id = ? ORDER BY o.task_row, o.position
            """)
        try outputs.bind([planID])
        var outputsByRow: [Int64: [String]] = [:]
        while try outputs.step() { outputsByRow[outputs.integer(0), default: []].append(outputs.text(1)) }

        let statement = try database.prepare("""
            SELECT row_id, ref, dimension, component, description, target, deadline, event_key, note
            FROM tasks WHERE plan_id = ? ORDER BY position
            """)
        try statement.bind([planID])
        var tasks: [PlanTask] = []
        while try statement.step() {
            let row = statement.integer(0)
            let role = roles[row] ?? [:]
            tasks.append(PlanTask(ref: statement.text(1), dimension: statement.optionalText(2),
                                  component: statement.optionalText(3), description: statement.text(4),
                                  target: statement.optionalText(5), outputs: outputsByRow[row] ?? [],
                                  lead: role["lead"] ?? [], coordinating: role["coordinating"] ?? [],
                                  implementing: role["implementing"] ?? [], deadline: statement.text(6),
                                  eventKey: statement.optionalText(7), note: statement.optionalText(8)))
        }
        return tasks
    }

    // MARK: Column decoding

    private func date(_ text: String?, _ column: String) throws(KeHoachError) -> CivilDate? {
        guard let text else { return nil }
        guard let date = CivilDate(iso: text) else { throw corrupt(column, text) }
        return date
    }

    private func list(_ json: String) throws(KeHoachError) -> [String] {
        guard let values = JSONList.decode(json) else { throw corrupt("list", json) }
        return values
    }

    private func corrupt(_ column: String, _ value: String) -> KeHoachError {
        .storage(code: 11, detail: "giá trị hỏng trong cột '\(column)': '\(value)'")  // SQLITE_CORRUPT
    }
}
