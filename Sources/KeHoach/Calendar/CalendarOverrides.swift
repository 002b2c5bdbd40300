/// An administrator's corrections to the working calendar: days announced after this release,
/// local decisions, or a correction to shipped data. Read from a plain text file:
///
/// ```text
/// # Tết 2027 (Thông báo ...)
/// 2027-02-05  holiday          Tết Nguyên Đán
/// 2027-02-20  swapped_workday  Làm bù cho ngày 08/02/2027
/// 20/02/2027  swapped_workday                 # dd/MM/yyyy is accepted too; the name is optional
/// 2025-09-01  -                               # remove what the calendar has on that day
/// ```
///
/// One change per line: a date (`YYYY-MM-DD` or `dd/MM/yyyy`), a kind (`holiday`,
/// `compensatory`, `swapped_day_off`, `swapped_workday`) or `-`, then an optional Vietnamese
/// name. `#` starts a comment, blank lines are ignored. A change replaces everything the
/// calendar had on its date. Each date may appear once.
public struct CalendarOverrides: Hashable, Sendable {
    /// One line of the file.
    public enum Change: Hashable, Sendable {
        /// The date becomes this exception, whatever the calendar had there.
        case set(DayOff)
        /// The date becomes an ordinary day (a working day from Monday to Friday).
        case remove(CivilDate)

        /// The date the change is about.
        public var date: CivilDate {
            switch self {
            case let .set(day): day.date
            case let .remove(date): date
            }
        }
    }

    /// The changes, sorted by date, at most one per date.
    public private(set) var changes: [Change]

    /// Overrides from changes; when two name the same date, the later one wins.
    public init(_ changes: [Change] = []) {
        var byDate: [CivilDate: Change] = [:]
        for change in changes { byDate[change.date] = change }
        self.changes = byDate.values.sorted { $0.date < $1.date }
    }

    /// The name used when a line gives none.
    public static func defaultName(for kind: DayOff.Kind) -> String {
        switch kind {
        case .holiday: "Ngày nghỉ lễ"
        case .compensatory: "Nghỉ bù"
        case .swappedDayOff: "Nghỉ hoán đổi"
        case .swappedWorkday: "Làm bù"
        }
    }

    /// Parses an override file; refuses the first bad line with its number and what was expected.
    public static func parse(_ text: String) throws(KeHoachError) -> CalendarOverrides {
        var changes: [Change] = []
        var lineOfDate: [CivilDate: Int] = [:]
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let fields = line.split(maxSplits: 2, whereSeparator: \.isWhitespace)
            guard !fields.isEmpty else { continue }
            func refuse(_ value: some StringProtocol, _ expected: String) -> KeHoachError {
                .invalidValue(field: "dòng \(number)", value: String(value), expected: expected, row: number)
            }
            guard let date = CivilDate(iso: fields[0]) ?? CivilDate(overrideFileDate: fields[0]) else {
                throw refuse(fields[0], "một ngày có thật dạng YYYY-MM-DD hoặc dd/MM/yyyy")
            }
            guard fields.count >= 2 else {
                throw refuse(line.trimmed, "ngày, rồi loại (holiday, compensatory, swapped_day_off, swapped_workday) hoặc '-'")
            }
            if let earlier = lineOfDate[date] {
                throw refuse(fields[0], "mỗi ngày chỉ khai báo một lần (ngày này đã có ở dòng \(earlier))")
            }
            lineOfDate[date] = number
            let name = fields.count == 3 ? fields[2].trimmed : ""
            if fields[1] == "-" {
                guard name.isEmpty else { throw refuse(name, "không có gì sau '-' (trừ chú thích bắt đầu bằng #)") }
                changes.append(.remove(date))
            } else if let kind = DayOff.Kind(rawValue: fields[1].lowercased()) {
                changes.append(.set(DayOff(date: date, name: name.isEmpty ? defaultName(for: kind) : String(name), kind: kind)))
            } else {
                throw refuse(fields[1], "một loại: holiday, compensatory, swapped_day_off, swapped_workday, hoặc '-' để xóa")
            }
        }
        return CalendarOverrides(changes)
    }
}

extension CivilDate {
    /// Parses the official form `dd/MM/yyyy` (also `d/M/yyyy`); nil for any other form or a day that does not exist.
    fileprivate init?(overrideFileDate text: Substring) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

extension Substring {
    /// The text without leading and trailing white space.
    fileprivate var trimmed: Substring {
        let s = self
        guard let first = s.firstIndex(where: { !$0.isWhitespace }),
              let last = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return s[first...last]
    }
}
