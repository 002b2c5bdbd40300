/// One exception to the Monday-Friday working week of Vietnamese civil servants: a public
/// holiday, a compensatory day off, a swapped day off, or a Saturday/Sunday worked instead.
///
/// Lists of these are what `kehoach holidays YEAR --json` prints, as
/// `[{"date":"2025-01-27","name":"Tết Nguyên Đán","kind":"holiday"}]`.
public struct DayOff: Hashable, Sendable, Codable {
    /// What kind of exception a day is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A public holiday of the Labour Code (art. 112), also listed when it falls on a weekend.
        case holiday
        /// A day off given because a holiday fell on the weekly rest day (art. 111(3)).
        case compensatory
        /// A working day given off in exchange for a weekend day worked ("hoán đổi ngày nghỉ").
        case swappedDayOff = "swapped_day_off"
        /// A weekend day worked in exchange for a swapped day off ("làm bù").
        case swappedWorkday = "swapped_workday"

        /// True for the kinds that take a day away from work.
        public var isOff: Bool { self != .swappedWorkday }
    }

    /// The day.
    public var date: CivilDate
    /// The Vietnamese name shown to officials ("Tết Nguyên Đán", "Nghỉ bù Quốc khánh").
    public var name: String
    /// The kind of exception.
    public var kind: Kind

    /// An exception on `date`.
    public init(date: CivilDate, name: String, kind: Kind) {
        self.date = date
        self.name = name
        self.kind = kind
    }
}

extension DayOff: Comparable {
    /// By date; on one date, days off before a swapped workday, then by name.
    public static func < (lhs: DayOff, rhs: DayOff) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        if lhs.kind != rhs.kind {
            return DayOff.Kind.allCases.firstIndex(of: lhs.kind)! < DayOff.Kind.allCases.firstIndex(of: rhs.kind)!
        }
        return lhs.name < rhs.name
    }
}
