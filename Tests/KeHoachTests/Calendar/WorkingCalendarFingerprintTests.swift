import Testing
@testable import KeHoach

private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

/// An override file in the format of docs/calendar.md that makes Monday 30/06/2025 a holiday.
private let holiday30June = """
    # Nghỉ lễ theo thông báo mới (ví dụ)
    2025-06-30  holiday  Ngày nghỉ lễ theo thông báo
    """

@Suite("WorkingCalendar.fingerprint: which calendar the stored due dates were computed with")
struct WorkingCalendarFingerprintTests {
    @Test("the hash is FNV-1a 64: the published test vectors, the same in every process (no seeded hashValue)")
    func stableHashIsFNV1a() {
        for (text, expected) in [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")] {
            var hash = StableHash()
            hash.combine(bytes: text.utf8)
            #expect(hash.hex == expected, "\(text)")
        }
    }

    @Test("calendars with different overrides have different fingerprints; the same data gives the same one")
    func overridesChangeIt() throws {
        let standard = WorkingCalendar.standard.fingerprint
        let moved = WorkingCalendar(overrides: try CalendarOverrides.parse(holiday30June))
        #expect(moved.fingerprint != standard)
        #expect(moved.fingerprint.count == 16 && moved.fingerprint.allSatisfy(\.isHexDigit))
        #expect(WorkingCalendar(overrides: try CalendarOverrides.parse(holiday30June)).fingerprint == moved.fingerprint)
        #expect(WorkingCalendar(overrides: CalendarOverrides()).fingerprint == standard)
        // A day of another kind, or the day removed, is other data.
        let swapped = try CalendarOverrides.parse("2025-06-30  swapped_day_off")
        let removed = try CalendarOverrides.parse("2025-09-01  -")
        #expect(Set([standard, moved.fingerprint, WorkingCalendar.fingerprint(overrides: swapped),
                     WorkingCalendar.fingerprint(overrides: removed)]).count == 4)
    }

    @Test("names, comments and the date's spelling are not part of it: no due date depends on them")
    func namesAndCommentsDoNotCount() throws {
        let plain = try CalendarOverrides.parse("30/06/2025 holiday")
        let named = try CalendarOverrides.parse(holiday30June)
        #expect(WorkingCalendar.fingerprint(overrides: plain) == WorkingCalendar.fingerprint(overrides: named))
    }

    @Test("computed without building the calendar, it equals the built calendar's")
    func staticEqualsBuilt() throws {
        let overrides = try CalendarOverrides.parse(holiday30June)
        #expect(WorkingCalendar.fingerprint(overrides: overrides) == WorkingCalendar(overrides: overrides).fingerprint)
        #expect(WorkingCalendar.fingerprint(overrides: CalendarOverrides()) == WorkingCalendar.standard.fingerprint)
    }

    @Test("a new announced schedule (the 2027 Tết) changes the built-in calendar's fingerprint")
    func announcementsChangeIt() {
        let tet2027 = AnnouncedSchedules.Announcement(
            year: 2027, occasions: [.lunarNewYear], source: "Thông báo lịch nghỉ Tết 2027 (ví dụ)",
            days: (0..<5).map { DayOff(date: date("2027-02-05").adding(days: $0), name: "Tết Nguyên Đán", kind: .holiday) })
        let shipped = WorkingCalendar.fingerprint(announcements: AnnouncedSchedules.all, overrides: CalendarOverrides())
        let released = WorkingCalendar.fingerprint(announcements: AnnouncedSchedules.all + [tet2027], overrides: CalendarOverrides())
        #expect(shipped == WorkingCalendar.standard.fingerprint)
        #expect(released != shipped)
        #expect(WorkingCalendar.fingerprint(announcements: [tet2027] + AnnouncedSchedules.all, overrides: CalendarOverrides())
                == released, "the order announcements are listed in does not matter")
    }

    @Test("the same data gives the same value in every process and release: the law alone with one override is pinned")
    func pinnedAcrossProcesses() throws {
        let overrides = try CalendarOverrides.parse("2025-06-30  holiday")
        #expect(WorkingCalendar.fingerprint(announcements: [], overrides: overrides) == "046a000d79404057")
    }

    @Test("the law's working days 1900-2100 are those of rulesVersion 1: a change to the rules must bump it")
    func rulesVersionPinsTheLaw() {
        // If this fails, a change to Holidays, LunarCalendar or the table moved a day of the law:
        // bump WorkingCalendar.rulesVersion (so stores re-date their plans) and pin the new digest.
        let law = WorkingCalendar(announcements: [])
        var hash = StableHash()
        var day = date("1900-01-01")
        while day <= date("2100-12-31") {
            if law.isWorkingDay(day) == day.isWeekend { hash.combine(day.dayNumber) }
            day = day.adding(days: 1)
        }
        #expect(WorkingCalendar.rulesVersion == 1)
        #expect(hash.hex == "ac58751cb0935fec", "the law-only calendar changed: bump WorkingCalendar.rulesVersion")
    }
}
