import KeHoach

extension SQLiteStore {
    /// Every stored organisation with its parent's code and how many plans it issued, by code.
    public func organisations() throws(KeHoachError) -> [OrganisationSummary] {
        try read { () throws(KeHoachError) -> [OrganisationSummary] in
            let statement = try database.prepare("""
                SELECT o.code, o.name, o.kind, p.code, (SELECT count(*) FROM plans WHERE organisation_id = o.id)
                FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id ORDER BY o.code_key
                """)
            var result: [OrganisationSummary] = []
            while try statement.step() {
                if let organisation = OrganisationRows.organisation(statement, from: 0) {
                    result.append(OrganisationSummary(organisation: organisation, planCount: Int(statement.integer(4))))
                }
            }
            return result
        }
    }

    /// The organisation whose code is `code` (case-insensitively), or whose name matches it
    /// accent-insensitively ("da loc" finds "Xã Đa Lộc" when only one name ends so).
    /// Unknown: ``KeHoachError/notFound(what:key:suggestion:)`` with the closest code.
    public func organisation(code: String) throws(KeHoachError) -> Organisation {
        if let found = try read({ () throws(KeHoachError) in try OrganisationRows.read(code: code, in: database) }) {
            return found.organisation
        }
        do {
            let all = try organisations().map(\.organisation)
            let key = VietnameseText.key(code)
            let byName = all.filter { VietnameseText.key($0.name) == key || VietnameseText.key($0.name).hasSuffix(key) && !key.isEmpty }
            if byName.count == 1 { return byName[0] }
            let candidates = all.map { Unit(id: $0.code, name: $0.code, aliases: [$0.name]) }
            throw .notFound(what: "tổ chức", key: code, suggestion: UnitDirectory(candidates).suggestion(for: code))
        }
    }

    /// Stores an organisation's name, kind and parent (inserting it when its code is new), with
    /// an "organisation.save" audit entry. Its code never changes: ids are built on it. A parent
    /// code must be stored already, and an organisation cannot be its own ancestor.
    public func saveOrganisation(_ organisation: Organisation, by actor: String) throws(KeHoachError) {
        guard mode.isWritable else { throw .readOnly }
        guard Organisation.isValidCode(organisation.code) else {
            throw .invalidValue(field: "organisation.code", value: organisation.code,
                                expected: "mã từ 1 đến 64 chữ cái không dấu, chữ số, '-', '.' hoặc '_'", row: nil)
        }
        if organisation.name.allSatisfy(\.isWhitespace) { throw .missingField(field: "organisation.name", row: nil) }
        try write { () throws(KeHoachError) in
            var parentID: Int64?
            if let parent = organisation.parent {
                guard let found = try OrganisationRows.read(code: parent, in: database) else {
                    throw .notFound(what: "tổ chức cấp trên", key: parent, suggestion: nil)
                }
                parentID = found.id
            }
            let id = try OrganisationRows.ensure(organisation, parent: nil, in: database)
            if let parentID, try database.integer("""
                WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT o.parent_id FROM organisations o JOIN up ON o.id = up.id
                    WHERE o.parent_id IS NOT NULL)
                SELECT count(*) FROM up WHERE id = ?
                """, [parentID, id]) > 0 {
                throw .invalidValue(field: "organisation.parent", value: organisation.parent ?? "",
                                    expected: "một tổ chức không nằm dưới '\(organisation.code)'", row: nil)
            }
            try database.run("UPDATE organisations SET name = ?, name_key = ?, kind = ?, parent_id = ? WHERE id = ?",
                             [organisation.name, VietnameseText.key(organisation.name), organisation.kind.rawValue,
                              parentID, id])
            try appendAudit(actor: actor, action: "organisation.save", planID: nil, subject: organisation.code,
                            detail: "Tổ chức \(organisation.code): \(organisation.name) (\(organisation.kind.rawValue))"
                                + (organisation.parent.map { ", trực thuộc \($0)" } ?? ""))
        }
    }

    /// The id of the plan numbered `number` of the organisation `organisation` (its code), or of
    /// any organisation when nil; see ``planID(number:issuer:)`` for the matching and errors.
    public func planID(number: String, organisation: String?) throws(KeHoachError) -> Int64 {
        guard let organisation else { return try planID(number: number, issuer: nil) }
        let code = try self.organisation(code: organisation).code
        let statement = try database.prepare("""
            SELECT p.id FROM plans p JOIN organisations o ON o.id = p.organisation_id
            WHERE p.number_key = ? AND o.code_key = ? ORDER BY p.year DESC, p.id DESC
            """)
        try statement.bind([VietnameseText.key(number), OrganisationRows.codeKey(code)])
        var ids: [Int64] = []
        while try statement.step() { ids.append(statement.integer(0)) }
        guard let id = ids.first else {
            throw .notFound(what: "kế hoạch của \(code)", key: number, suggestion: nil)
        }
        return id
    }
}

/// An organisation as listed: its record and how many plans it issued.
public struct OrganisationSummary: Hashable, Sendable {
    /// The organisation.
    public var organisation: Organisation
    /// How many stored plans it issued.
    public var planCount: Int

    /// A summary from its parts.
    public init(organisation: Organisation, planCount: Int) {
        self.organisation = organisation
        self.planCount = planCount
    }
}

extension PlanStore {
    /// The codes of the organisation `reference` (a code or name, as ``organisation(code:)``
    /// finds it) and of every organisation under it: a province's code covers its communes.
    public func organisationTree(_ reference: String) throws(KeHoachError) -> Set<String> {
        let root = try organisation(code: reference).code
        let all = try organisations().map(\.organisation)
        var covered: Set<String> = [root]
        var grew = true
        while grew {
            grew = false
            for o in all where !covered.contains(o.code) {
                if let parent = o.parent, covered.contains(parent) {
                    covered.insert(o.code)
                    grew = true
                }
            }
        }
        return covered
    }
}
