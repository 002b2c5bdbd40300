import KeHoach

extension SQLiteStore {
    /// Merges the unit `from` into the unit `into` in every plan of the organisation: tasks,
    /// reporting rules and the focal unit that named `from` name `into`, `from`'s name and
    /// aliases become aliases of `into`, and `from` is gone. Occurrences do not depend on units,
    /// so nothing is re-dated and every completion stays. One transaction, audited
    /// ("unit.merge"). For an import that proposed "VP-TK" as a new unit beside "Văn phòng -
    /// Thống kê".
    public func mergeUnits(organisation code: String, from: String, into: String, by actor: String) throws(KeHoachError) {
        try editUnit(organisation: code, unit: from, action: "unit.merge", by: actor) { (rows, source) throws(KeHoachError) -> String in
            guard let target = try self.matchingUnitID(into, among: rows.organisationID) else {
                throw .notFound(what: "đơn vị", key: into, suggestion: nil)
            }
            guard target != source else {
                throw .invalidValue(field: "into", value: into, expected: "một đơn vị khác '\(source)'", row: nil)
            }
            let targetRows = try self.unitRows(id: target, organisationID: rows.organisationID)
            let targetName = try self.database.text("SELECT name FROM units WHERE row_id = ?", [targetRows.unitRows.last ?? 0])
            // A unit's id is referenced by reporting rules (a foreign key): checked at commit.
            try self.database.execute("PRAGMA defer_foreign_keys = ON")
            for (row, planID) in zip(rows.unitRows, rows.planIDs) {
                try self.merge(row: row, planID: planID, source: source, target: target, targetName: targetName)
            }
            return "Gộp đơn vị \(source) vào \(target) (\(rows.planIDs.count) kế hoạch)"
        }
    }

    /// Merges one plan's unit row `row` (id `source`) into the plan's unit `target`, or, when
    /// the plan does not list `target`, turns the row into `target`.
    private func merge(row: Int64, planID: Int64, source: String, target: String, targetName: String) throws(KeHoachError) {
        let sourceName = try database.text("SELECT name FROM units WHERE row_id = ?", [row])
        let existing = try database.prepare("SELECT row_id FROM units WHERE plan_id = ? AND id = ?")
        try existing.bind([planID, target])
        if try existing.step() {
            let targetRow = existing.integer(0)
            // A task that names both keeps one entry, the target's.
            try database.run("""
                DELETE FROM task_units WHERE unit_row = ?1 AND EXISTS (SELECT 1 FROM task_units t
                    WHERE t.task_row = task_units.task_row AND t.role = task_units.role AND t.unit_row = ?2)
                """, [row, targetRow])
            try database.run("UPDATE task_units SET unit_row = ? WHERE unit_row = ?", [targetRow, row])
            let aliases = try database.prepare("SELECT alias FROM unit_aliases WHERE unit_row = ? ORDER BY position")
            try aliases.bind([row])
            var names = [sourceName]
            while try aliases.step() { names.append(aliases.text(0)) }
            try database.run("UPDATE reporting_rules SET recipient = ? WHERE plan_id = ? AND recipient = ?", [target, planID, source])
            try database.run("UPDATE plans SET focal_unit = ? WHERE id = ? AND focal_unit = ?", [target, planID, source])
            try database.run("DELETE FROM units WHERE row_id = ?", [row])
            for name in names { try appendAlias(name, to: targetRow) }
        } else {
            try database.run("UPDATE units SET id = ?, id_key = ?, name = ?, name_key = ? WHERE row_id = ?",
                             [target, VietnameseText.key(target), targetName, VietnameseText.key(targetName), row])
            try database.run("UPDATE reporting_rules SET recipient = ? WHERE plan_id = ? AND recipient = ?", [target, planID, source])
            try database.run("UPDATE plans SET focal_unit = ? WHERE id = ? AND focal_unit = ?", [target, planID, source])
            try appendAlias(sourceName, to: row)
        }
    }
}
