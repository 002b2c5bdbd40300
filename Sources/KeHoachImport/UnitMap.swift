import KeHoach

/// `import --map "VP-TK=Văn phòng - Thống kê"`: names a table writes, tied by hand to a unit of
/// the directory before the table is read, so that an official fixes a short form once instead
/// of editing JSON.
public enum UnitMap {
    /// `units` with each mapping applied: the left side becomes an alias of the unit the right
    /// side names (by id, name or alias, accent-insensitively); a right side that names no unit
    /// adds a unit of that name (asked for by hand, so not a proposal). A mapping without "=",
    /// or with an empty side, is refused with the form it must take.
    public static func apply(_ mappings: [String], to units: [Unit]) throws(KeHoachError) -> [Unit] {
        var units = units
        for mapping in mappings {
            guard let equals = mapping.firstIndex(of: "=") else {
                throw .invalidValue(field: "--map", value: mapping, expected: "dạng 'TÊN TRONG BẢNG=TÊN HOẶC MÃ ĐƠN VỊ', vd. 'VP-TK=Văn phòng - Thống kê'", row: nil)
            }
            let alias = String(mapping[..<equals]).trimmingSpaces
            let target = String(mapping[mapping.index(after: equals)...]).trimmingSpaces
            guard !alias.isEmpty, !target.isEmpty, !VietnameseText.key(alias).isEmpty else {
                throw .invalidValue(field: "--map", value: mapping, expected: "tên ở cả hai bên dấu '='", row: nil)
            }
            if let found = UnitDirectory(units).resolve(target), let index = units.firstIndex(where: { $0.id == found.id }) {
                if !units[index].allNames.contains(alias) { units[index].aliases.append(alias) }
                continue
            }
            units.append(Unit(id: UnitResolver.freshID(for: target, among: units), name: target,
                              aliases: alias == target ? [] : [alias]))
        }
        return units
    }
}
