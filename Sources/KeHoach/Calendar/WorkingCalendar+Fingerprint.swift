/// A short, stable digest of the data a ``WorkingCalendar`` is built from, so that a store can
/// tell whether the due dates it keeps were computed with the calendar in use now.
///
/// The digest covers what decides which days are worked: ``rulesVersion`` (the law's rules and
/// the lunar algorithm, which are code), every announced day of ``AnnouncedSchedules`` with its
/// kind and the occasions its announcement replaces, and every override with its kind. Names,
/// sources and notes are left out: no due date depends on them. It is FNV-1a over those values
/// (``StableHash``), so the same data gives the same fingerprint in every process and release,
/// and computing it never builds the calendar's table: a store can check it on every open.
extension WorkingCalendar {
    /// The version of the rules that are code rather than data: ``Holidays`` (the Labour Codes'
    /// holidays, compensatory days), ``LunarCalendar`` and how the table is assembled.
    ///
    /// Bump it in any change that moves a day of the law-only calendar
    /// (`WorkingCalendar(announcements: [])`), so that stores re-date their occurrences after the
    /// upgrade; a test pins the law-only calendar's working days to this number. Announcements
    /// and overrides need no bump: they are hashed themselves.
    public static let rulesVersion = 1

    /// This calendar's fingerprint: 16 hexadecimal digits, equal for two calendars built from the
    /// same rules, announcements and overrides, different (but for a 64-bit collision) otherwise.
    public var fingerprint: String {
        WorkingCalendar.fingerprint(announcements: announcements, overrides: overrides)
    }

    /// The fingerprint of `WorkingCalendar(overrides: overrides)`, computed without building its
    /// table (which takes a few milliseconds): what a store compares on opening.
    public static func fingerprint(overrides: CalendarOverrides) -> String {
        fingerprint(announcements: AnnouncedSchedules.all, overrides: overrides)
    }

    /// The fingerprint of a calendar of the law (at ``rulesVersion``), these announcements and
    /// these overrides.
    static func fingerprint(announcements: [AnnouncedSchedules.Announcement], overrides: CalendarOverrides) -> String {
        var hash = StableHash()
        hash.combine("kehoach-working-calendar")
        hash.combine(rulesVersion)
        hash.combine(tableYears.lowerBound)
        hash.combine(tableYears.upperBound)
        let ordered = announcements.map { announcement in
            (announcement, announcement.occasions.map(\.rawValue).sorted())
        }.sorted { ($0.0.year, $0.1.joined(separator: ",")) < ($1.0.year, $1.1.joined(separator: ",")) }
        hash.combine(ordered.count)
        for (announcement, occasions) in ordered {
            hash.combine(announcement.year)
            hash.combine(occasions.count)
            for occasion in occasions { hash.combine(occasion) }
            hash.combine(announcement.days.count)
            for day in announcement.days.sorted() {
                hash.combine(day.date.dayNumber)
                hash.combine(day.kind.rawValue)
            }
        }
        hash.combine(overrides.changes.count)
        for change in overrides.changes {
            switch change {
            case let .set(day):
                hash.combine(day.date.dayNumber)
                hash.combine(day.kind.rawValue)
            case let .remove(date):
                hash.combine(date.dayNumber)
                hash.combine("-")
            }
        }
        return hash.hex
    }
}
