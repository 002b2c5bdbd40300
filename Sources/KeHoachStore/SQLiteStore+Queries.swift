import KeHoach

extension SQLiteStore: ScheduleStore {
    /// Occurrences matching `query`, ordered by effective due date then id: one SQL query whose
    /// every filter is answered by an index (the due range by `occurrences_by_due`, the plan by
    /// `occurrences_by_plan_due`, a unit through the folded-name indices, `task_units_by_unit`
    /// and `occurrences_by_task`, done and waived states by `completions_by_state`).
    ///
    /// A unit is matched by name, alias or id, accent- and case-insensitively, in every plan, as
    /// lead or coordinating unit; a name no plan knows is ``KeHoachError/notFound(what:key:suggestion:)``
    /// with the closest name. A dimension is matched by its key or its catalog code ("PAPI.3").
    public func occurrences(_ query: OccurrenceQuery) throws(KeHoachError) -> [OccurrenceRecord] {
        if let limit = query.limit, limit < 0 {
            throw .invalidValue(field: "limit", value: String(limit), expected: "một số không âm", row: nil)
        }
        try expandPendingPlans()
        return try read { () throws(KeHoachError) -> [OccurrenceRecord] in
            if let unit = query.unit {
                let key = VietnameseText.key(unit)
                let known = key.isEmpty ? 0 : try database.integer(
                    "SELECT count(*) FROM (\(SQLiteStore.unitRows))", [key, key, key])
                if known == 0 {
                    let suggestion = UnitDirectory(try units(planID: query.planID)).suggestion(for: unit)
                    throw .notFound(what: "đơn vị", key: unit, suggestion: suggestion)
                }
            }
            let (sql, values) = SQLiteStore.occurrenceSQL(query)
            let statement = try database.prepare(sql)
            try statement.bind(values)
            var records: [OccurrenceRecord] = []
            while try statement.step() { records.append(try SQLiteStore.record(statement)) }
            return records
        }
    }

    /// The rows of units named (name, id or alias folded key) by parameters 1-3 of a subquery.
    static let unitRows = """
        SELECT row_id FROM units WHERE name_key = ? UNION SELECT row_id FROM units WHERE id_key = ?
        UNION SELECT unit_row FROM unit_aliases WHERE folded = ?
        """

    /// The row ids of the organisation whose code key is the parameter and of every organisation
    /// under it (a province's communes), for a province's view across its communes.
    static let organisationTree = """
        WITH RECURSIVE tree(id) AS (SELECT id FROM organisations WHERE code_key = ?
            UNION SELECT o.id FROM organisations o JOIN tree ON o.parent_id = tree.id)
        SELECT id FROM tree
        """

    /// The SQL and parameters of ``occurrences(_:)`` for `query`.
    static func occurrenceSQL(_ query: OccurrenceQuery) -> (sql: String, values: [any SQLBindable]) {
        var clauses: [String] = [], values: [any SQLBindable] = [query.asOf.dayNumber]
        var completionJoin = "LEFT JOIN"
        if let planID = query.planID {
            clauses.append("o.plan_id = ?")
            values.append(planID)
        }
        if let organisation = query.organisation {
            clauses.append("p.organisation_id IN (\(organisationTree))")
            values.append(OrganisationRows.codeKey(organisation))
        }
        if let unit = query.unit {
            let key = VietnameseText.key(unit)
            clauses.append("""
                o.task_row IN (SELECT tu.task_row FROM task_units tu
                    WHERE tu.unit_row IN (\(unitRows)) AND tu.role IN (\(query.role.sqlRoles)))
                """)
            values += [key, key, key]
        }
        if let dimension = query.dimension {
            clauses.append("""
                o.task_row IN (SELECT dt.row_id FROM dimensions d
                    JOIN tasks dt ON dt.plan_id = d.plan_id AND dt.dimension = d.key
                    WHERE d.key = ? OR d.catalog = ? COLLATE NOCASE)
                """)
            values += [dimension, dimension]
        }
        switch query.state {
        case nil: break
        case .open?, .overdue?:
            clauses.append("c.occurrence_id IS NULL AND o.effective_due \(query.state == .open ? ">=" : "<") ?")
            values.append(query.asOf.dayNumber)
        case .done?, .doneLate?:
            completionJoin = "JOIN"
            clauses.append("c.state = 'done' AND c.on_day \(query.state == .done ? "<=" : ">") o.effective_due")
        case .waived?:
            completionJoin = "JOIN"
            clauses.append("c.state = 'waived'")
        }
        if let from = query.dueFrom {
            clauses.append("o.effective_due >= ?")
            values.append(from.dayNumber)
        }
        if let to = query.dueTo {
            clauses.append("o.effective_due <= ?")
            values.append(to.dayNumber)
        }
        values.append(query.limit ?? -1)
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return (recordSelect(completionJoin: completionJoin, matchingUnit: query.unit)
                    + "\n\(filter)\nORDER BY o.effective_due, o.id LIMIT ?",
                values)
    }

    /// One occurrence by id, with its state on `asOf`.
    /// Unknown id: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func occurrence(id: String, asOf: CivilDate) throws(KeHoachError) -> OccurrenceRecord {
        try expandPendingPlans()
        let id = try currentOccurrenceID(id)
        return try read { () throws(KeHoachError) -> OccurrenceRecord in
            let statement = try database.prepare(SQLiteStore.recordSelect(completionJoin: "LEFT JOIN") + "\nWHERE o.id = ?")
            try statement.bind([asOf.dayNumber, id])
            guard try statement.step() else { throw try unknownOccurrence(id) }
            return try SQLiteStore.record(statement)
        }
    }

    // MARK: Rows

    /// The eleven columns of an occurrence, for ``occurrence(_:from:)``.
    static func occurrenceColumns(_ o: String) -> String {
        "SELECT \(o).id, \(o).task_ref, \(o).label, \(o).source, \(o).written_due, \(o).effective_due, "
            + "\(o).period_from, \(o).period_to, \(o).window_from, \(o).window_to, \(o).not_before"
    }

    /// The six columns of a completion, for ``completion(_:from:)``.
    static func completionColumns(_ c: String) -> String {
        "\(c).occurrence_id, \(c).state, \(c).on_day, \(c).evidence, \(c).recorded_by, \(c).note"
    }

    /// The query behind ``OccurrenceRecord``; parameter 1 is the day states are judged on.
    /// Unit names come from correlated subqueries on `task_units`' primary key, in document order.
    /// With `matchingUnit`, the last column says the role the task gives that unit (lead first).
    static func recordSelect(completionJoin: String, matchingUnit: String? = nil) -> String {
        // Folded keys hold only letters and digits, so the key can stand in the SQL text.
        let role = matchingUnit.map { unit -> String in
            let key = VietnameseText.key(unit)
            return """
                (SELECT CASE WHEN sum(tu.role = 'lead') > 0 THEN 'lead' WHEN count(*) > 0 THEN 'coordinating' END
                 FROM task_units tu WHERE tu.task_row = o.task_row AND tu.role IN ('lead', 'coordinating')
                 AND tu.unit_row IN (SELECT row_id FROM units WHERE name_key = '\(key)' OR id_key = '\(key)'
                     UNION SELECT unit_row FROM unit_aliases WHERE folded = '\(key)'))
                """
        } ?? "NULL"
        return occurrenceColumns("o") + """
            , o.plan_id, p.number, t.description, t.dimension,
                (SELECT json_group_array(u.name) FROM task_units tu JOIN units u ON u.row_id = tu.unit_row
                 WHERE tu.task_row = o.task_row AND tu.role = 'lead'),
                (SELECT json_group_array(u.name) FROM task_units tu JOIN units u ON u.row_id = tu.unit_row
                 WHERE tu.task_row = o.task_row AND tu.role = 'coordinating'),
                CASE WHEN c.state = 'waived' THEN 'waived'
                     WHEN c.state = 'done' AND c.on_day <= o.effective_due THEN 'done'
                     WHEN c.state = 'done' THEN 'done_late'
                     WHEN o.effective_due < ?1 THEN 'overdue'
                     ELSE 'open' END,
                \(completionColumns("c")), p.plan_key, org.code, org.name,
                (SELECT json_group_array(u.id) FROM task_units tu JOIN units u ON u.row_id = tu.unit_row
                 WHERE tu.task_row = o.task_row AND tu.role = 'lead'),
                (SELECT json_group_array(u.id) FROM task_units tu JOIN units u ON u.row_id = tu.unit_row
                 WHERE tu.task_row = o.task_row AND tu.role = 'coordinating'),
                \(role)
            FROM occurrences o JOIN tasks t ON t.row_id = o.task_row JOIN plans p ON p.id = o.plan_id
            LEFT JOIN organisations org ON org.id = p.organisation_id
            \(completionJoin) completions c ON c.occurrence_id = o.id
            """
    }

    static func record(_ s: Statement) throws(KeHoachError) -> OccurrenceRecord {
        let state = s.text(17)
        guard let parsed = OccurrenceState(rawValue: state) else { throw corrupt("state", state) }
        return OccurrenceRecord(occurrence: try occurrence(s, from: 0), planID: s.integer(11), planNumber: s.text(12),
                                taskDescription: s.text(13), dimension: s.optionalText(14),
                                leadUnits: JSONList.decode(s.text(15)) ?? [],
                                coordinatingUnits: JSONList.decode(s.text(16)) ?? [],
                                state: parsed, completion: try completion(s, from: 18),
                                planKey: s.text(24), organisationCode: s.text(25), organisationName: s.text(26),
                                leadUnitIDs: JSONList.decode(s.text(27)) ?? [],
                                coordinatingUnitIDs: JSONList.decode(s.text(28)) ?? [],
                                matchedRole: s.optionalText(29).flatMap(UnitRole.init(rawValue:)))
    }

    /// Decodes ``occurrenceColumns(_:)`` starting at `column`.
    static func occurrence(_ s: Statement, from column: Int32) throws(KeHoachError) -> Occurrence {
        let source = s.text(column + 3)
        guard let parsed = Occurrence.Source(rawValue: source) else { throw corrupt("occurrences.source", source) }
        func day(_ index: Int32) -> CivilDate { CivilDate(dayNumber: Int(s.integer(column + index))) }
        func range(_ index: Int32) -> DateRange? {
            guard let from = s.optionalInteger(column + index), let to = s.optionalInteger(column + index + 1)
            else { return nil }
            return DateRange(from: CivilDate(dayNumber: Int(from)), to: CivilDate(dayNumber: Int(to)))
        }
        var occurrence = Occurrence(id: s.text(column), taskRef: s.text(column + 1), label: s.text(column + 2), source: parsed,
                                    writtenDue: day(4), effectiveDue: day(5), period: range(6), window: range(8))
        occurrence.notBefore = s.optionalInteger(column + 10).map { Instant(seconds: $0) }
        return occurrence
    }

    /// Decodes ``completionColumns(_:)`` starting at `column`; nil when the occurrence has none.
    static func completion(_ s: Statement, from column: Int32) throws(KeHoachError) -> Completion? {
        guard let id = s.optionalText(column) else { return nil }
        let state = s.text(column + 1)
        guard let parsed = Completion.State(rawValue: state) else { throw corrupt("completions.state", state) }
        return Completion(occurrenceID: id, state: parsed, on: CivilDate(dayNumber: Int(s.integer(column + 2))),
                          evidence: s.optionalText(column + 3), by: s.text(column + 4), note: s.optionalText(column + 5))
    }

    static func corrupt(_ column: String, _ value: String) -> KeHoachError {
        .storage(code: 11, detail: "giá trị hỏng trong cột '\(column)': '\(value)'")  // SQLITE_CORRUPT
    }
}
