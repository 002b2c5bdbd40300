import KeHoach

/// One unit of an organisation as `kehoach units` lists it: the unit as its plans name it (the
/// latest plan's name and kind, every alias of every plan), and how much work it has.
public struct OrganisationUnit: Hashable, Sendable {
    /// The organisation's code.
    public var organisation: String
    /// The unit: id, name, kind and every alias its plans give it.
    public var unit: Unit
    /// How many of the organisation's plans list it.
    public var planCount: Int
    /// Tasks it leads ("chủ trì"), over those plans.
    public var leads: Int
    /// Tasks it coordinates ("phối hợp").
    public var coordinates: Int

    /// A unit from its parts.
    public init(organisation: String, unit: Unit, planCount: Int, leads: Int, coordinates: Int) {
        self.organisation = organisation
        self.unit = unit
        self.planCount = planCount
        self.leads = leads
        self.coordinates = coordinates
    }
}

extension SQLiteStore {
    /// The units of the organisation `code` (over all its plans), by name: what an importer's
    /// "new unit" proposals are checked against, and what an admin tidies with
    /// ``addUnitAlias(organisation:unit:alias:by:)``, ``renameUnit(organisation:unit:to:by:)``
    /// and ``mergeUnits(organisation:from:into:by:)``.
    public func units(organisation code: String) throws(KeHoachError) -> [OrganisationUnit] {
        let organisation = try self.organisation(code: code).code
        return try read { () throws(KeHoachError) -> [OrganisationUnit] in
            let rows = try database.prepare("""
                SELECT u.row_id, u.id, u.name, u.kind,
                    (SELECT count(*) FROM task_units tu WHERE tu.unit_row = u.row_id AND tu.role = 'lead'),
                    (SELECT count(*) FROM task_units tu WHERE tu.unit_row = u.row_id AND tu.role = 'coordinating')
                FROM units u JOIN plans p ON p.id = u.plan_id JOIN organisations o ON o.id = p.organisation_id
                WHERE o.code_key = ? ORDER BY p.year, p.id, u.position
                """)
            try rows.bind([OrganisationRows.codeKey(organisation)])
            var byID: [String: OrganisationUnit] = [:], order: [String] = []
            let aliases = try database.prepare("SELECT alias FROM unit_aliases WHERE unit_row = ? ORDER BY position")
            while try rows.step() {
                let id = rows.text(1)
                try aliases.bind([rows.integer(0)])
                var names: [String] = []
                while try aliases.step() { names.append(aliases.text(0)) }
                var entry = byID[id] ?? OrganisationUnit(organisation: organisation, unit: Unit(id: id, name: rows.text(2)),
                                                        planCount: 0, leads: 0, coordinates: 0)
                if byID[id] == nil { order.append(id) }
                // The latest plan names it; earlier names stay as aliases.
                if entry.unit.name != rows.text(2) { names.append(entry.unit.name) }
                entry.unit.name = rows.text(2)
                entry.unit.kind = Unit.Kind(rawValue: rows.text(3)) ?? .department
                for name in names where name != entry.unit.name && !entry.unit.aliases.contains(name) {
                    entry.unit.aliases.append(name)
                }
                entry.planCount += 1
                entry.leads += Int(rows.integer(4))
                entry.coordinates += Int(rows.integer(5))
                byID[id] = entry
            }
            return order.compactMap { byID[$0] }.sorted { VietnameseText.fold($0.unit.name) < VietnameseText.fold($1.unit.name) }
        }
    }

    /// Adds `alias` to the unit `unit` (id, name or alias) of every plan of the organisation
    /// that lists it, audited ("unit.alias"): the next import that meets the spelling finds it.
    /// An alias another unit of the organisation already answers to is refused.
    public func addUnitAlias(organisation code: String, unit: String, alias: String, by actor: String) throws(KeHoachError) {
        let alias = alias.trimmingSpaces
        guard !VietnameseText.key(alias).isEmpty else { throw .missingField(field: "alias", row: nil) }
        try editUnit(organisation: code, unit: unit, action: "unit.alias", by: actor) { (rows, target) throws(KeHoachError) -> String in
            let other = try self.matchingUnitID(alias, among: rows.organisationID)
            if let other, other != target {
                throw .invalidValue(field: "alias", value: alias, expected: "một tên chưa dùng cho đơn vị khác (đang là '\(other)')", row: nil)
            }
            for row in rows.unitRows { try self.appendAlias(alias, to: row) }
            return "Thêm tên gọi '\(alias)' cho đơn vị \(target)"
        }
    }

    /// Renames the unit in every plan of the organisation, keeping its old name as an alias
    /// (plans already written keep their wording), audited ("unit.rename").
    public func renameUnit(organisation code: String, unit: String, to name: String, by actor: String) throws(KeHoachError) {
        let name = name.trimmingSpaces
        guard !VietnameseText.key(name).isEmpty else { throw .missingField(field: "name", row: nil) }
        try editUnit(organisation: code, unit: unit, action: "unit.rename", by: actor) { (rows, target) throws(KeHoachError) -> String in
            for row in rows.unitRows {
                let old = try self.database.text("SELECT name FROM units WHERE row_id = ?", [row])
                guard old != name else { continue }
                try self.database.run("UPDATE units SET name = ?, name_key = ? WHERE row_id = ?", [name, VietnameseText.key(name), row])
                try self.appendAlias(old, to: row)
            }
            return "Đổi tên đơn vị \(target) thành '\(name)' (tên cũ giữ làm tên gọi khác)"
        }
    }
}

extension SQLiteStore {
    /// The rows of one unit in one organisation's plans.
    struct UnitRows {
        var organisationID: Int64
        var unitRows: [Int64]
        var planIDs: [Int64]
    }

    /// Finds `unit` in the organisation, runs `body` in one write transaction with its rows,
    /// then writes the audit entry `body` describes, under `action`.
    func editUnit(organisation code: String, unit: String, action: String, by actor: String,
                  _ body: (UnitRows, String) throws(KeHoachError) -> String) throws(KeHoachError) {
        guard mode.isWritable else { throw .readOnly }
        let organisation = try self.organisation(code: code)
        try write { () throws(KeHoachError) in
            guard let organisationID = try OrganisationRows.id(code: organisation.code, in: database) else {
                throw .notFound(what: "tổ chức", key: code, suggestion: nil)
            }
            guard let id = try matchingUnitID(unit, among: organisationID) else {
                // The closest name among this organisation's units, not another commune's.
                let plans = try database.prepare("SELECT id FROM plans WHERE organisation_id = ?")
                try plans.bind([organisationID])
                var names: [Unit] = []
                while try plans.step() { names += try units(planID: plans.integer(0)) }
                throw .notFound(what: "đơn vị của \(organisation.code)", key: unit, suggestion: UnitDirectory(names).suggestion(for: unit))
            }
            let rows = try unitRows(id: id, organisationID: organisationID)
            let detail = try body(rows, id)
            try appendAudit(actor: actor, action: action, planID: nil,
                            subject: "\(organisation.code):\(id)", detail: detail)
        }
    }

    /// The id of the organisation's unit whose id, name or alias matches `reference`.
    func matchingUnitID(_ reference: String, among organisationID: Int64) throws(KeHoachError) -> String? {
        let key = VietnameseText.key(reference)
        guard !key.isEmpty else { return nil }
        let statement = try database.prepare("""
            SELECT u.id FROM units u JOIN plans p ON p.id = u.plan_id
            WHERE p.organisation_id = ?1 AND (u.name_key = ?2 OR u.id_key = ?2
                OR u.row_id IN (SELECT unit_row FROM unit_aliases WHERE folded = ?2))
            ORDER BY p.id DESC LIMIT 1
            """)
        try statement.bind([organisationID, key])
        return try statement.step() ? statement.text(0) : nil
    }

    /// Every row of unit `id` in the organisation's plans, with those plans.
    func unitRows(id: String, organisationID: Int64) throws(KeHoachError) -> UnitRows {
        let statement = try database.prepare("""
            SELECT u.row_id, u.plan_id FROM units u JOIN plans p ON p.id = u.plan_id
            WHERE p.organisation_id = ? AND u.id = ? ORDER BY u.plan_id
            """)
        try statement.bind([organisationID, id])
        var rows = UnitRows(organisationID: organisationID, unitRows: [], planIDs: [])
        while try statement.step() {
            rows.unitRows.append(statement.integer(0))
            rows.planIDs.append(statement.integer(1))
        }
        return rows
    }

    /// Appends `alias` to a unit row's aliases unless it already answers to it.
    func appendAlias(_ alias: String, to row: Int64) throws(KeHoachError) {
        let key = VietnameseText.key(alias)
        let known = try database.integer("""
            SELECT count(*) FROM units WHERE row_id = ?1 AND (name_key = ?2 OR id_key = ?2)
            """, [row, key]) + database.integer(
            "SELECT count(*) FROM unit_aliases WHERE unit_row = ? AND folded = ?", [row, key])
        guard known == 0 else { return }
        let position = try database.integer("SELECT coalesce(max(position) + 1, 0) FROM unit_aliases WHERE unit_row = ?", [row])
        try database.run("INSERT INTO unit_aliases (unit_row, position, alias, folded) VALUES (?, ?, ?, ?)",
                         [row, position, alias, key])
    }
}
