import KeHoach

extension SQLiteStore {
    /// The unit whose name, alias or id matches `name` accent-, case-, spacing- and
    /// punctuation-insensitively ("van phong ubnd xa" finds "Văn phòng - Thống kê" through its
    /// alias "Văn phòng UBND xã"), looked up through the indexed folded keys.
    ///
    /// With `planID` the search stays in that plan; without it, the most recently imported plan
    /// that knows the name wins. Within a plan the unit listed first wins, as in
    /// ``UnitDirectory``. No match: ``KeHoachError/notFound(what:key:suggestion:)`` with the
    /// closest unit name.
    public func unit(named name: String, planID: Int64? = nil) throws(KeHoachError) -> (planID: Int64, unit: Unit) {
        try read { () throws(KeHoachError) -> (planID: Int64, unit: Unit) in
            try findUnit(named: name, planID: planID)
        }
    }

    private func findUnit(named name: String, planID: Int64?) throws(KeHoachError) -> (planID: Int64, unit: Unit) {
        if let planID, try database.integer("SELECT count(*) FROM plans WHERE id = ?", [planID]) == 0 {
            throw .notFound(what: "kế hoạch", key: String(planID), suggestion: nil)
        }
        let key = VietnameseText.key(name)
        let statement = try database.prepare("""
            SELECT plan_id, row_id, id, name, kind, position FROM units
            WHERE (name_key = ?1 OR id_key = ?1) AND (?2 IS NULL OR plan_id = ?2)
            UNION
            SELECT u.plan_id, u.row_id, u.id, u.name, u.kind, u.position
            FROM unit_aliases a JOIN units u ON u.row_id = a.unit_row
            WHERE a.folded = ?1 AND (?2 IS NULL OR u.plan_id = ?2)
            ORDER BY 1 DESC, 6 LIMIT 1
            """)
        try statement.bind([key, planID])
        guard !key.isEmpty, try statement.step() else {
            let suggestion = UnitDirectory(try units(planID: planID)).suggestion(for: name)
            throw .notFound(what: "đơn vị", key: name, suggestion: suggestion)
        }
        let row = statement.integer(1)
        let kind = statement.text(4)
        let aliases = try database.prepare(
            "SELECT alias FROM unit_aliases WHERE unit_row = ? ORDER BY position")
        try aliases.bind([row])
        var names: [String] = []
        while try aliases.step() { names.append(aliases.text(0)) }
        let unit = Unit(id: statement.text(2), name: statement.text(3), aliases: names,
                        kind: Unit.Kind(rawValue: kind) ?? .department)
        return (statement.integer(0), unit)
    }
}
