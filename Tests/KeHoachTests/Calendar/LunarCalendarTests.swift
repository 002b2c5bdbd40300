import Testing
@testable import KeHoach

private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

@Suite("LunarCalendar: Hồ Ngọc Đức's lunar calendar at UTC+7")
struct LunarCalendarTests {
    @Test("Tết falls on the published dates", arguments: [
        (2022, "2022-02-01"), (2023, "2023-01-22"), (2024, "2024-02-10"), (2025, "2025-01-29"),
        (2026, "2026-02-17"), (2020, "2020-01-25"), (2021, "2021-02-12"), (2000, "2000-02-05"),
    ])
    func tetDates(year: Int, iso: String) {
        #expect(LunarCalendar.tet(year) == date(iso))
        #expect(LunarCalendar.lunarDate(of: date(iso)) == LunarDate(day: 1, month: 1, year: year))
    }

    @Test("Vietnam's Tết differs from China's where the new moon straddles midnight between UTC+7 and UTC+8",
          arguments: [(2007, "2007-02-17"), (1985, "1985-01-21"), (2030, "2030-02-02")])
    func tetDiffersFromChina(year: Int, iso: String) {
        #expect(LunarCalendar.tet(year) == date(iso))
    }

    @Test("Giỗ Tổ Hùng Vương, 10/3 âm lịch", arguments: [
        (2022, "2022-04-10"), (2023, "2023-04-29"), (2024, "2024-04-18"), (2025, "2025-04-07"), (2026, "2026-04-26"),
    ])
    func hungKings(year: Int, iso: String) {
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 10, month: 3, year: year)) == date(iso))
        #expect(LunarCalendar.lunarDate(of: date(iso)) == LunarDate(day: 10, month: 3, year: year))
    }

    @Test("leap months: 2020 has leap 4, 2023 leap 2, 2025 leap 6; 2024 and 2026 have none")
    func leapMonths() {
        #expect(LunarCalendar.leapMonth(inYear: 2020) == 4)
        #expect(LunarCalendar.leapMonth(inYear: 2023) == 2)
        #expect(LunarCalendar.leapMonth(inYear: 2025) == 6)
        #expect(LunarCalendar.leapMonth(inYear: 2024) == nil)
        #expect(LunarCalendar.leapMonth(inYear: 2026) == nil)
        // 1/2 nhuận 2023 was 22/03/2023; 1/6 nhuận 2025 was 25/07/2025.
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 1, month: 2, year: 2023, isLeapMonth: true)) == date("2023-03-22"))
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 1, month: 6, year: 2025, isLeapMonth: true)) == date("2025-07-25"))
        #expect(LunarCalendar.lunarDate(of: date("2025-07-25")) == LunarDate(day: 1, month: 6, year: 2025, isLeapMonth: true))
    }

    @Test("a lunar day that does not exist has no solar date")
    func nonexistentLunarDays() {
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 1, month: 5, year: 2024, isLeapMonth: true)) == nil)
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 1, month: 13, year: 2024)) == nil)
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 0, month: 1, year: 2024)) == nil)
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 31, month: 1, year: 2024)) == nil)
        // Tháng Chạp of Giáp Thìn (2024) had 29 days: Tết 2025 has no "30 Tết".
        #expect(LunarCalendar.daysIn(month: 12, year: 2024) == 29)
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 30, month: 12, year: 2024)) == nil)
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 29, month: 12, year: 2024)) == date("2025-01-28"))
        // ...while Quý Mão's (2023) had 30: 09/02/2024 was 30 Tết.
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 30, month: 12, year: 2023)) == date("2024-02-09"))
    }

    @Test("a day just before a new moon whose first estimate is two months off still gets its month (30/3/2054)")
    func newMoonEstimateEdge() {
        #expect(LunarCalendar.lunarDate(of: date("2054-05-07")) == LunarDate(day: 30, month: 3, year: 2054))
        #expect(LunarCalendar.lunarDate(of: date("2062-04-09")) == LunarDate(day: 30, month: 2, year: 2062))
    }

    @Test("phrases of the seed plans: mùng 6 tháng Giêng and rằm tháng Giêng 2025")
    func seedPhrases() {
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 6, month: 1, year: 2025)) == date("2025-02-03"))
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 15, month: 1, year: 2025)) == date("2025-02-12"))
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 15, month: 8, year: 2025)) == date("2025-10-06"))
    }

    @Test("the lunar year is named by stem and branch")
    func yearNames() {
        #expect(LunarDate(day: 1, month: 1, year: 2025).yearName == "Ất Tỵ")
        #expect(LunarDate(day: 1, month: 1, year: 2026).yearName == "Bính Ngọ")
        #expect(LunarDate(day: 1, month: 1, year: 2024).yearName == "Giáp Thìn")
        #expect(LunarDate(day: 10, month: 3, year: 2023, isLeapMonth: false).description == "10/3/2023 âm lịch")
    }

    @Test("every day of 1900-2100 round-trips, and lunar days count 1, 2, ... within months of 29 or 30 days")
    func everyDayRoundTrips() {
        var day = date("1900-01-31")  // Tết 1900
        let last = date("2100-12-31")
        var previous = LunarCalendar.lunarDate(of: day)
        #expect(previous == LunarDate(day: 1, month: 1, year: 1900))
        var failures = 0
        while day < last {
            day = day.adding(days: 1)
            let lunar = LunarCalendar.lunarDate(of: day)
            if LunarCalendar.solarDate(of: lunar) != day { failures += 1 }
            if lunar.day == 1 {
                if !(previous.day == 29 || previous.day == 30) { failures += 1 }
                let nextMonth = lunar.isLeapMonth ? previous.month : previous.month % 12 + 1
                if lunar.month != nextMonth { failures += 1 }
                if lunar.year != previous.year + (lunar.month == 1 && !lunar.isLeapMonth ? 1 : 0) { failures += 1 }
            } else if lunar != LunarDate(day: previous.day + 1, month: previous.month, year: previous.year,
                                         isLeapMonth: previous.isLeapMonth) {
                failures += 1
            }
            previous = lunar
        }
        #expect(failures == 0)
    }
}
