import Testing
import Foundation
@testable import KeHoach

private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

/// The days from `first` to `last` (inclusive) that are not worked.
private func daysOffBetween(_ first: String, _ last: String, in calendar: WorkingCalendar = .standard) -> [String] {
    var result: [String] = []
    var day = date(first)
    while day <= date(last) {
        if !calendar.isWorkingDay(day) { result.append(day.iso) }
        day = day.adding(days: 1)
    }
    return result
}

@Suite("WorkingCalendar: the announced schedules 2022-2026")
struct AnnouncedScheduleTests {
    @Test("Tết 2025: off 25/01-02/02/2025, back to work on Monday 03/02")
    func tet2025() {
        #expect(daysOffBetween("2025-01-24", "2025-02-03")
                == (25...31).map { "2025-01-\($0)" } + ["2025-02-01", "2025-02-02"])
    }

    @Test("30/4-1/5/2025: off 30/4-4/5, Friday 2/5 swapped for Saturday 26/4 worked")
    func reunification2025() {
        #expect(WorkingCalendar.standard.isWorkingDay(date("2025-04-26")))
        #expect(daysOffBetween("2025-04-26", "2025-05-05") == ["2025-04-27", "2025-04-30", "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04"])
        #expect(WorkingCalendar.standard.exceptions(on: date("2025-05-02")).map(\.kind) == [.swappedDayOff])
    }

    @Test("Quốc khánh 2025: off 30/8-02/9; 1/9 is the adjacent holiday")
    func nationalDay2025() {
        #expect(daysOffBetween("2025-08-29", "2025-09-03") == ["2025-08-30", "2025-08-31", "2025-09-01", "2025-09-02"])
        #expect(WorkingCalendar.standard.exceptions(on: date("2025-09-01")) == [DayOff(date: date("2025-09-01"), name: "Quốc khánh", kind: .holiday)])
    }

    @Test("Tết 2024: off 08/02-14/02/2024; 13 and 14/02 are compensatory for mùng 1 and 2 on the weekend")
    func tet2024() {
        #expect(daysOffBetween("2024-02-07", "2024-02-15") == (8...14).map { "2024-02-\($0 < 10 ? "0" : "")\($0)" })
        let kinds = WorkingCalendar.standard.daysOff(in: 2024).filter { $0.date.month == 2 }.map(\.kind)
        #expect(kinds == [.holiday, .holiday, .holiday, .holiday, .holiday, .compensatory, .compensatory])
    }

    @Test("30/4-1/5/2024: off 27/4-1/5 with Monday 29/4 swapped for Saturday 4/5 worked")
    func reunification2024() {
        #expect(daysOffBetween("2024-04-26", "2024-05-06") == ["2024-04-27", "2024-04-28", "2024-04-29", "2024-04-30", "2024-05-01", "2024-05-05"])
    }

    @Test("2023: Tết off 20/01-26/01; 1/1 on a Sunday gives Monday 2/1; Giỗ Tổ and 30/4 on a weekend give 2/5 and 3/5")
    func year2023() {
        #expect(daysOffBetween("2023-01-19", "2023-01-27") == (20...26).map { "2023-01-\($0)" })
        #expect(!WorkingCalendar.standard.isWorkingDay(date("2023-01-02")))
        #expect(WorkingCalendar.standard.exceptions(on: date("2023-01-02")).map(\.kind) == [.compensatory])
        #expect(daysOffBetween("2023-04-28", "2023-05-04") == ["2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03"])
        #expect(daysOffBetween("2023-08-31", "2023-09-05") == ["2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04"])
    }

    @Test("2022: Tết off 29/01-06/02; 1/1 on a Saturday gives Monday 3/1; 30/4-1/5 on a weekend give 2/5 and 3/5")
    func year2022() {
        #expect(daysOffBetween("2022-01-28", "2022-02-07") == ["2022-01-29", "2022-01-30", "2022-01-31"] + (1...6).map { "2022-02-0\($0)" })
        #expect(daysOffBetween("2022-01-01", "2022-01-04") == ["2022-01-01", "2022-01-02", "2022-01-03"])
        #expect(daysOffBetween("2022-04-29", "2022-05-04") == ["2022-04-30", "2022-05-01", "2022-05-02", "2022-05-03"])
        #expect(daysOffBetween("2022-04-10", "2022-04-12") == ["2022-04-10", "2022-04-11"])
    }

    @Test("2026: 1/1-4/1 with 2/1 swapped for Saturday 10/1; Tết 14/02-22/02; Giỗ Tổ 26/4 a Sunday gives 27/4")
    func year2026() {
        #expect(daysOffBetween("2026-01-01", "2026-01-11") == ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-11"])
        #expect(daysOffBetween("2026-02-13", "2026-02-23") == (14...22).map { "2026-02-\($0)" })
        #expect(daysOffBetween("2026-04-25", "2026-05-04") == ["2026-04-25", "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-05-02", "2026-05-03"])
    }

    @Test("every announcement cites its source and lies in its year")
    func announcementsCiteSources() {
        for announcement in AnnouncedSchedules.all {
            #expect(!announcement.source.isEmpty)
            #expect(announcement.days.allSatisfy { $0.date.year == announcement.year })
        }
        #expect(Set(AnnouncedSchedules.all.map(\.year)) == [2022, 2023, 2024, 2025, 2026])
    }

    @Test("daysOff is sorted and its JSON is {date, name, kind} with snake_case kinds")
    func daysOffJSON() throws {
        let days = WorkingCalendar.standard.daysOff(in: 2025)
        #expect(days == days.sorted())
        #expect(days.allSatisfy { $0.date.year == 2025 })
        #expect(DayOff.Kind.allCases.map(\.rawValue) == ["holiday", "compensatory", "swapped_day_off", "swapped_workday"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let swapped = try #require(days.first { $0.kind == .swappedDayOff })
        let json = String(decoding: try encoder.encode(swapped), as: UTF8.self)
        #expect(json == #"{"date":"2025-05-02","kind":"swapped_day_off","name":"Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)"}"#)
        #expect(try JSONDecoder().decode(DayOff.self, from: Data(json.utf8)) == swapped)
    }
}

@Suite("WorkingCalendar: the law where nothing was announced")
struct HolidayRuleTests {
    @Test("Tết by the law is the last day of the old year and the first four of the new, with compensatory days after")
    func tetByLaw() {
        // 2027: Tết is Saturday 06/02/2027; law days 05/02-09/02, weekend 6-7 compensated on 10 and 11/02.
        let days = Holidays.laborCode2019.holidays(in: 2027).filter { $0.name == "Tết Nguyên Đán" }.map(\.date.iso)
        #expect(days == ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"])
        #expect(daysOffBetween("2027-02-04", "2027-02-12") == (5...11).map { "2027-02-\($0 < 10 ? "0" : "")\($0)" })
    }

    @Test("Quốc khánh's adjacent day joins a weekend: 2/9 Thursday → 3/9; Monday → 3/9; Tuesday → 1/9; Saturday → 1/9",
          arguments: [(2027, "2027-09-03"), (2030, "2030-09-03"), (2031, "2031-09-01"), (2028, "2028-09-01")])
    func nationalDayAdjacent(year: Int, adjacent: String) {
        let days = Holidays.laborCode2019.holidays(in: year).filter { $0.name == "Quốc khánh" }.map(\.date.iso)
        #expect(days.contains(adjacent) && days.contains("\(year)-09-02") && days.count == 2)
    }

    @Test("before 2021 (Labour Code 2012) Quốc khánh is 2/9 alone")
    func nationalDayBefore2021() {
        #expect(Holidays.inForce(in: 2019).holidays(in: 2019).filter { $0.date.month == 9 }.map(\.date.iso) == ["2019-09-02"])
        #expect(Holidays.inForce(in: 2021) == Holidays.laborCode2019)
    }

    @Test("a compensatory day skips days already off: 30/4 and 1/5/2033 on a weekend give 2/5 and 3/5")
    func compensationChains() {
        let holidays = Holidays.laborCode2019.holidays(in: 2033).filter { $0.date.month == 4 || $0.date.month == 5 }
        let compensatory = Holidays.compensatoryDays(for: holidays).map(\.date.iso)
        #expect(compensatory.contains("2033-05-02") && compensatory.contains("2033-05-03"))
    }

    @Test("the law alone differs from the announced schedule for Tết 2025")
    func lawAloneDiffers() {
        let law = WorkingCalendar(announcements: [])
        #expect(law.isWorkingDay(date("2025-01-27")))  // 28 tháng Chạp: not a holiday by the default rule
        #expect(!WorkingCalendar.standard.isWorkingDay(date("2025-01-27")))
    }
}

@Suite("WorkingCalendar: working-day arithmetic")
struct WorkingDayArithmeticTests {
    let calendar = WorkingCalendar.standard

    @Test("a due date on a day off moves to the next working day (Civil Code art. 148(5))")
    func effectiveDue() {
        #expect(calendar.effectiveDue(date("2025-01-25")) == date("2025-02-03"))  // Tết 2025
        #expect(calendar.effectiveDue(date("2025-07-05")) == date("2025-07-07"))  // a Saturday
        #expect(calendar.effectiveDue(date("2025-07-04")) == date("2025-07-04"))
        #expect(calendar.effectiveDue(date("2025-04-26")) == date("2025-04-26"))  // a Saturday worked
        #expect(calendar.nextWorkingDay(onOrAfter: date("2025-04-30")) == date("2025-05-05"))
    }

    @Test("a day off is named by its holiday, else by its weekday; a working day, even a Saturday worked, has no name")
    func dayOffName() {
        #expect(calendar.dayOffName(date("2025-09-02")) == "Quốc khánh")
        #expect(calendar.dayOffName(date("2026-01-04")) == "Chủ nhật")  // Đa Lộc's "trước 05/01/2026"
        #expect(calendar.dayOffName(date("2025-07-05")) == "Thứ Bảy")
        #expect(calendar.dayOffName(date("2025-07-04")) == nil)
        #expect(calendar.dayOffName(date("2025-04-26")) == nil)  // swapped workday
        #expect(date("2025-07-07").weekdayName == "Thứ Hai" && CivilDate.weekdayName(7) == "Chủ nhật")
    }

    @Test("adding working days skips days off and counts Saturdays worked")
    func addingWorkingDays() {
        let friday = date("2025-04-25")
        #expect(calendar.adding(workingDays: 1, to: friday) == date("2025-04-26"))
        #expect(calendar.adding(workingDays: 2, to: friday) == date("2025-04-28"))
        #expect(calendar.adding(workingDays: 4, to: friday) == date("2025-05-05"))
        #expect(calendar.adding(workingDays: -1, to: date("2025-05-05")) == date("2025-04-29"))
        #expect(calendar.adding(workingDays: -1, to: date("2025-02-01")) == date("2025-01-24"))
        #expect(calendar.adding(workingDays: 0, to: date("2025-02-01")) == date("2025-02-01"))
        #expect(calendar.adding(workingDays: 5, to: date("2025-01-24")) == date("2025-02-07"))
    }

    @Test("workingDays counts (from, to], is antisymmetric and inverts adding")
    func countingWorkingDays() {
        #expect(calendar.workingDays(from: date("2025-01-24"), to: date("2025-02-03")) == 1)
        #expect(calendar.workingDays(from: date("2025-02-03"), to: date("2025-01-24")) == -1)
        #expect(calendar.workingDays(from: date("2025-07-04"), to: date("2025-07-04")) == 0)
        // 2025: 365 days, 104 weekend days, 12 weekday days off (1/1, Tết 27-31/1, Giỗ Tổ 7/4, 30/4, 1/5, 2/5, 1/9, 2/9), 1 Saturday worked.
        #expect(calendar.workingDays(from: date("2024-12-31"), to: date("2025-12-31")) == 365 - 104 - 12 + 1)
        var day = date("2025-01-01")
        for n in [1, 3, 7, 10, 250, -1, -3, -7, -250] {
            let target = calendar.adding(workingDays: n, to: day)
            #expect(calendar.isWorkingDay(target))
            #expect(calendar.workingDays(from: day, to: target) == n)
            day = target
        }
    }

    @Test("the table and the day-by-day evaluation agree, including across the table's edge")
    func tableAgreesWithSlowPath() {
        let start = date("2100-12-20")
        let far = calendar.adding(workingDays: 30, to: start)
        #expect(far > date("2100-12-31"))
        #expect(calendar.workingDays(from: start, to: far) == 30)
        #expect(calendar.isWorkingDay(start))
        #expect(calendar.adding(workingDays: -30, to: far) == start)
        var slow = WorkingCalendar.YearCache(calendar: calendar)
        var day = date("2024-12-25")
        while day < date("2025-02-10") {
            #expect(slow.isWorking(day) == WorkingCalendar.isWorking(day, exceptions: calendar.exceptions(on: day)))
            day = day.adding(days: 1)
        }
        #expect(calendar.daysOff(in: 2101).contains { $0.name == "Tết Nguyên Đán" })
    }
}
