import Testing
@testable import KeHoach

@Suite("CivilDate: the civil day in Asia/Ho_Chi_Minh")
struct CivilDateTests {
    @Test("a day that does not exist is refused", arguments: [(2025, 2, 29), (2025, 2, 30), (2024, 13, 1), (2024, 4, 31), (2024, 1, 0)])
    func nonexistentDaysAreRefused(y: Int, m: Int, d: Int) {
        #expect(CivilDate(year: y, month: m, day: d) == nil)
    }

    @Test("29 February exists in leap years only")
    func leapDay() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test("components survive the day-number round trip for every day of 1900-2100")
    func roundTrip() {
        var n = CivilDate(year: 1900, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: 2100, month: 12, day: 31)!.dayNumber
        var previous: (Int, Int, Int)? = nil
        while n <= last {
            let c = CivilDate(dayNumber: n).components
            #expect(CivilDate(year: c.year, month: c.month, day: c.day)?.dayNumber == n)
            if let p = previous { #expect((c.year, c.month, c.day) > p) }
            previous = (c.year, c.month, c.day)
            n += 1
        }
    }

    @Test("weekday: 02/01/2025 (plan 01/KH-UBND of Đa Lộc) was a Thursday, 05/7/2025 a Saturday")
    func weekdays() {
        #expect(CivilDate(year: 2025, month: 1, day: 2)!.weekday == 4)
        #expect(CivilDate(year: 2025, month: 7, day: 5)!.weekday == 6)
        #expect(CivilDate(year: 2025, month: 7, day: 5)!.isWeekend)
        #expect(CivilDate(year: 1969, month: 12, day: 29)!.weekday == 1)
    }

    @Test("ISO text parses strictly and prints back; the official form is dd/MM/yyyy")
    func isoText() {
        #expect(CivilDate(iso: "2025-07-05")?.vietnamese == "05/07/2025")
        #expect(CivilDate(iso: "2025-02-30") == nil)
        #expect(CivilDate(iso: "2025-7-5") == nil)
        #expect(CivilDate(iso: "05/07/2025") == nil)
        #expect(CivilDate(year: 2022, month: 3, day: 31)!.iso == "2022-03-31")
    }

    @Test("adding months clamps to the month's end")
    func addingMonths() {
        let jan31 = CivilDate(year: 2025, month: 1, day: 31)!
        #expect(jan31.adding(months: 1).iso == "2025-02-28")
        #expect(jan31.adding(months: -2).iso == "2024-11-30")
        #expect(jan31.adding(months: 12).iso == "2026-01-31")
    }
}

@Suite("Period: the spans plans name")
struct PeriodTests {
    @Test("period ends", arguments: [
        (Period.quarter(1, year: 2022), "2022-03-31"), (.quarter(4, year: 2022), "2022-12-31"),
        (.halfYear(1, year: 2025), "2025-06-30"), (.nineMonths(year: 2023), "2023-09-30"),
        (.month(2, year: 2024), "2024-02-29"), (.year(2025), "2025-12-31"),
        (.schoolYear(startYear: 2024), "2025-05-31"),
    ])
    func ends(period: Period, end: String) {
        #expect(period.end.iso == end)
    }

    @Test("the school year in progress: September starts a new one, summer belongs to the last")
    func schoolYearInProgress() {
        #expect(Period.schoolYear(containing: CivilDate(year: 2025, month: 1, day: 2)!) == .schoolYear(startYear: 2024))
        #expect(Period.schoolYear(containing: CivilDate(year: 2023, month: 7, day: 7)!) == .schoolYear(startYear: 2022))
        #expect(Period.schoolYear(containing: CivilDate(year: 2023, month: 9, day: 1)!) == .schoolYear(startYear: 2023))
    }

    @Test("Vietnamese names keep their diacritics")
    func names() {
        #expect(Period.quarter(2, year: 2025).vietnamese == "Quý II/2025")
        #expect(Period.schoolYear(startYear: 2024).vietnamese == "Năm học 2024-2025")
    }
}
