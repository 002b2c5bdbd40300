import KeHoach

extension SQLiteStore {
    /// The id an occurrence has now for an id a user typed: the id itself when it is stored (or
    /// not of the old form), else, for an id of the form stores used before schema v5
    /// ("12:3.8:2025-Q2", the store's plan row id first), the same occurrence under its plan's
    /// key ("xa-da-loc:01/KH-UBND:2025:3.8:2025-Q2"). Officials keep old ids in their notes and
    /// spreadsheets; they keep working in the store that printed them.
    func currentOccurrenceID(_ id: String) throws(KeHoachError) -> String {
        // The old form has three parts, row:ref:slot; today's has five, beginning with a code
        // that may be digits too (an administrative unit code).
        guard id.split(separator: ":", omittingEmptySubsequences: false).count == 3,
              let colon = id.firstIndex(of: ":"), let row = Int64(id[..<colon]), row > 0 else { return id }
        if try database.integer("SELECT count(*) FROM occurrences WHERE id = ?", [id]) > 0 { return id }
        let key = try database.prepare("SELECT plan_key FROM plans WHERE id = ?")
        try key.bind([row])
        guard try key.step(), let planKey = key.optionalText(0) else { return id }
        return planKey + id[colon...]
    }
}
