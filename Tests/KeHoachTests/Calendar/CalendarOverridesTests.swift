import Testing
@testable import KeHoach

private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

@Suite("CalendarOverrides: the administrator's file")
struct CalendarOverridesTests {
    let sample = """
    # Tết Đinh Mùi 2027
    2027-02-05  holiday          Tết Nguyên Đán
    2027-02-20  swapped_workday  Làm bù cho ngày 12/02/2027
    12/02/2027  swapped_day_off
    2025-09-01  -                # bỏ ngày nghỉ này (ví dụ)

    """

    @Test("lines set, add or remove days; names are optional; both date forms are read")
    func parsesSample() throws {
        let overrides = try CalendarOverrides.parse(sample)
        #expect(overrides.changes == [
            .remove(date("2025-09-01")),
            .set(DayOff(date: date("2027-02-05"), name: "Tết Nguyên Đán", kind: .holiday)),
            .set(DayOff(date: date("2027-02-12"), name: "Nghỉ hoán đổi", kind: .swappedDayOff)),
            .set(DayOff(date: date("2027-02-20"), name: "Làm bù cho ngày 12/02/2027", kind: .swappedWorkday)),
        ])
    }

    @Test("overrides change the calendar: a removed holiday is worked, a swapped Saturday is worked")
    func overridesApply() throws {
        let calendar = WorkingCalendar(overrides: try CalendarOverrides.parse(sample))
        #expect(calendar.isWorkingDay(date("2025-09-01")))
        #expect(!WorkingCalendar.standard.isWorkingDay(date("2025-09-01")))
        #expect(calendar.isWorkingDay(date("2027-02-20")))
        #expect(!calendar.isWorkingDay(date("2027-02-12")))
        #expect(calendar.daysOff(in: 2025).allSatisfy { $0.date != date("2025-09-01") })
        #expect(calendar.exceptions(on: date("2027-02-20")).map(\.kind) == [.swappedWorkday])
        #expect(calendar.workingDays(from: date("2027-02-19"), to: date("2027-02-22")) == 2)
    }

    @Test("a bad line is refused with its number and the reason", arguments: [
        ("2025-02-30 holiday Tết", 1, "2025-02-30"),
        ("# ok\n2025-09-01 nghỉ", 2, "nghỉ"),
        ("2025-09-01", 1, "2025-09-01"),
        ("2025-09-01 - thừa chữ", 1, "thừa chữ"),
        ("2025-09-01 holiday\n\n2025-09-01 -", 3, "2025-09-01"),
        ("1/13/2025 holiday", 1, "1/13/2025"),
    ])
    func refusesBadLines(text: String, line: Int, value: String) {
        #expect(throws: KeHoachError.self) { try CalendarOverrides.parse(text) }
        do {
            _ = try CalendarOverrides.parse(text)
        } catch {
            guard case let .invalidValue(field, badValue, _, row) = error else {
                Issue.record("unexpected error \(error)"); return
            }
            #expect(field == "dòng \(line)")
            #expect(row == line)
            #expect(badValue == value)
            #expect(error.code == .invalid)
        }
    }

    @Test("an empty file or comments only is no change")
    func emptyFile() throws {
        #expect(try CalendarOverrides.parse("").changes.isEmpty)
        #expect(try CalendarOverrides.parse("# nothing\n   \n").changes.isEmpty)
    }
}
