import Testing
@testable import KeHoach

/// Expansion of the seed plans: every expectation below was worked out by hand from the plan's
/// deadline cells, its reporting regime and the 2022/2025/2026 holiday schedules.
@Suite("Occurrence expansion of the seed plans")
struct OccurrenceExpanderTests {
    let daLoc = OccurrenceExpander().expand(Seeds.daLoc, planKey: "1")
    let chiengDong = OccurrenceExpander().expand(Seeds.chiengDong, planKey: "2")

    @Test("Đa Lộc 2025 has 98 occurrences: 13 milestones, 4 school years, 11 recurring reports, 35 continuous tasks × 2 reports")
    func daLocCounts() {
        let bySource = Dictionary(grouping: daLoc.occurrences, by: \.source).mapValues(\.count)
        #expect(bySource[.milestone] == 13)
        #expect(bySource[.schoolYear] == 4)
        #expect(bySource[.recurrence] == 11)  // 3.8: 4 quarters + first half + year; 4.3: 4 quarters; 9.2: year
        #expect(bySource[.continuous] == 70)
        #expect(bySource[.event] == nil)
        #expect(daLoc.occurrences.count == 98)
        #expect(Set(daLoc.occurrences.map(\.id)).count == 98)
    }

    @Test("'Hàng quý, 06 tháng, năm' (3.8) gives four quarters, the first half on the regime's date and the year on the regime's date")
    func quarterlyHalfYearYear() throws {
        let got = daLoc.occurrences(of: "3.8").map { [$0.id, $0.label, $0.writtenDue.iso, $0.effectiveDue.iso] }
        #expect(got == [
            ["1:3.8:2025-Q1", "Báo cáo quý I/2025", "2025-03-31", "2025-03-31"],
            ["1:3.8:2025-Q2", "Báo cáo quý II/2025", "2025-06-30", "2025-06-30"],
            // "Báo cáo gửi 6 tháng đầu năm trước ngày 05/7/2025": Friday 04/07/2025 stays.
            ["1:3.8:2025-H1", "Báo cáo 6 tháng đầu năm 2025", "2025-07-04", "2025-07-04"],
            ["1:3.8:2025-Q3", "Báo cáo quý III/2025", "2025-09-30", "2025-09-30"],
            ["1:3.8:2025-Q4", "Báo cáo quý IV/2025", "2025-12-31", "2025-12-31"],
            // "Báo cáo năm trước 05/01/2026": Sunday 04/01/2026 moves to Monday 05/01/2026.
            ["1:3.8:2025-Y", "Báo cáo năm 2025", "2026-01-04", "2026-01-05"],
        ])
        let half = try #require(daLoc.occurrence("1:3.8:2025-H1"))
        #expect(half.period == DateRange(from: day("2025-01-01"), to: day("2025-06-30")))
        #expect(half.window == DateRange(from: day("2025-01-01"), to: day("2025-06-30")))
        let q2 = try #require(daLoc.occurrence("1:3.8:2025-Q2"))
        #expect(q2.period == DateRange(from: day("2025-04-01"), to: day("2025-06-30")))
    }

    @Test("'Hàng năm' (9.2) is due on the annual report date, moved off Sunday 04/01/2026")
    func yearly() {
        let got = daLoc.occurrences(of: "9.2").map { [$0.id, $0.writtenDue.iso, $0.effectiveDue.iso] }
        #expect(got == [["1:9.2:2025-Y", "2026-01-04", "2026-01-05"]])
    }

    @Test("'Thường xuyên' (1.10) gets one progress report per reporting deadline of the plan")
    func continuous() {
        let got = daLoc.occurrences(of: "1.10").map { [$0.id, $0.label, $0.writtenDue.iso, $0.effectiveDue.iso] }
        #expect(got == [
            ["1:1.10:tien-do-6-thang", "Báo cáo tiến độ: Báo cáo 6 tháng đầu năm", "2025-07-04", "2025-07-04"],
            ["1:1.10:tien-do-nam", "Báo cáo tiến độ: Báo cáo năm", "2026-01-04", "2026-01-05"],
        ])
        #expect(daLoc.occurrences(of: "1.10")[0].window == DateRange(from: day("2025-01-01"), to: day("2025-06-30")))
        #expect(daLoc.occurrences(of: "1.10")[1].window == DateRange(from: day("2025-01-01"), to: day("2025-12-31")))
    }

    @Test("milestones: one occurrence each, labelled by their period or their words")
    func milestones() {
        func one(_ ref: String) -> [String] {
            daLoc.occurrences(of: ref).flatMap { [$0.id, $0.label, $0.writtenDue.iso, $0.effectiveDue.iso] }
        }
        #expect(one("1.4") == ["1:1.4:2025-06-30", "Quý II/2025", "2025-06-30", "2025-06-30"])
        #expect(one("1.5") == ["1:1.5:2025-12-31", "Năm 2025", "2025-12-31", "2025-12-31"])
        #expect(one("3.3") == ["1:3.3:2025-09-30", "Quý III/2025", "2025-09-30", "2025-09-30"])
        // "Hoàn thành trước tháng 11/2025": due the last day of October, a Friday.
        #expect(one("7.5") == ["1:7.5:2025-10-31", "trước tháng 11/2025", "2025-10-31", "2025-10-31"])
        #expect(one("7.10") == ["1:7.10:2025-12-31", "Quý IV/2025", "2025-12-31", "2025-12-31"])
        #expect(daLoc.occurrences(of: "7.5")[0].period == nil)
    }

    @Test("'Trong năm học' (7.4) is one occurrence on 31/05/2025, a Saturday, effective Monday 02/06/2025")
    func schoolYear() throws {
        let got = daLoc.occurrences(of: "7.4")
        #expect(got.count == 1)
        let o = try #require(got.first)
        #expect(o.id == "1:7.4:NH2024-2025")
        #expect(o.label == "Năm học 2024-2025")
        #expect(o.source == .schoolYear)
        #expect(o.writtenDue == day("2025-05-31"))
        #expect(o.effectiveDue == day("2025-06-02"))
        #expect(o.period == DateRange(from: day("2024-09-01"), to: day("2025-05-31")))
    }

    @Test("event tasks wait for their event, 'Theo Kế hoạch' needs a date, and no task is forgotten")
    func lists() {
        #expect(daLoc.waitingForEvent == ["1.1", "1.2", "1.3", "1.9", "3.9"])
        #expect(daLoc.needsDate == ["3.2"])
        #expect(daLoc.needsEventKey.isEmpty)
        let withOccurrences = Set(daLoc.occurrences.map(\.taskRef))
        for task in Seeds.daLoc.tasks {
            #expect(withOccurrences.contains(task.ref) != (daLoc.waitingForEvent + daLoc.needsDate).contains(task.ref))
        }
    }

    @Test("a recorded event gives its task one occurrence, offset by the cell's 15 days, moved off Quốc khánh")
    func eventWithOffset() throws {
        // 3.9: "công bố công khai ... chậm nhất là 15 ngày kể từ ngày ... phê duyệt".
        let event = PlanEvent(key: "phe-duyet-qhkhsdd", label: "UBND tỉnh phê duyệt QHKHSDĐ", happenedOn: day("2025-08-18"))
        let schedule = OccurrenceExpander().expand(Seeds.daLoc, planKey: "1", events: [event])
        let got = schedule.occurrences(of: "3.9")
        #expect(got.count == 1)
        let o = try #require(got.first)
        #expect(o.id == "1:3.9:su-kien-phe-duyet-qhkhsdd-2025-08-18")
        #expect(o.source == .event)
        #expect(o.writtenDue == day("2025-09-02"))  // 18/08 + 15 days: Tuesday 02/09, Quốc khánh
        #expect(o.effectiveDue == day("2025-09-03"))
        #expect(!schedule.waitingForEvent.contains("3.9"))
    }

    @Test("without an offset in the cell the plan's default applies: 30 days, or what the plan sets; a due date in Tết 2025 moves to 03/02/2025")
    func eventDefaultOffset() throws {
        // 1.3 "Khi có chủ trương, chính sách mới".
        let event = PlanEvent(key: "chu-truong-chinh-sach-moi", label: "Nghị quyết mới", happenedOn: day("2025-01-01"))
        let standard = OccurrenceExpander().expand(Seeds.daLoc, planKey: "1", events: [event])
        let o = try #require(standard.occurrences(of: "1.3").first)
        #expect(o.writtenDue == day("2025-01-31"))  // inside Tết (25/01-02/02/2025)
        #expect(o.effectiveDue == day("2025-02-03"))
        let tenDays = OccurrenceExpander(settings: NoticeSettings(defaultEventOffsetDays: 10))
            .expand(Seeds.daLoc, planKey: "1", events: [event])
        #expect(tenDays.occurrences(of: "1.3").map(\.writtenDue) == [day("2025-01-11")])
        #expect(tenDays.occurrences(of: "1.3").map(\.effectiveDue) == [day("2025-01-13")])  // Saturday → Monday
    }

    @Test("'Hằng tháng' gives twelve months; January 2025 ends in Tết and is due Monday 03/02/2025")
    func monthly() {
        let plan = Seeds.editing(Seeds.daLoc, "4.3", deadline: "Hằng tháng")
        let got = OccurrenceExpander().expand(plan, planKey: "1").occurrences(of: "4.3")
        #expect(got.count == 12)
        #expect(got.first.map { [$0.id, $0.label, $0.writtenDue.iso, $0.effectiveDue.iso] }
            == ["1:4.3:2025-M01", "Báo cáo tháng 1/2025", "2025-01-31", "2025-02-03"])
        // 31/05/2025 is a Saturday; 31/08/2025 a Sunday before Quốc khánh (01-02/09).
        #expect(got[4].effectiveDue == day("2025-06-02"))
        #expect(got[7].effectiveDue == day("2025-09-03"))
    }

    @Test("re-expanding after an edit keeps the ids of unchanged occurrences and keeps completed ones the edit drops")
    func reexpansion() throws {
        let before = daLoc
        let edited = Seeds.editing(Seeds.daLoc, "1.4", deadline: "Quý III/2025")
        let after = OccurrenceExpander().expand(edited, planKey: "1", events: [], previous: before.occurrences,
                                                completed: ["1:1.4:2025-06-30", "1:1.5:2025-12-31"])
        #expect(after.occurrences(of: "1.4").map(\.id) == ["1:1.4:2025-06-30", "1:1.4:2025-09-30"])
        #expect(after.retained == ["1:1.4:2025-06-30"])
        let unchanged = before.occurrences.filter { $0.taskRef != "1.4" }
        #expect(unchanged.allSatisfy { after.occurrence($0.id) == $0 })
        #expect(after.occurrences.count == 99)
        // Expanding twice is the same expansion.
        #expect(OccurrenceExpander().expand(Seeds.daLoc, planKey: "1").occurrences == before.occurrences)
    }

    @Test("Chiềng Đông: a labelled milestone and a labelled half-year/year recurrence in one cell (I.1)")
    func chiengDongMixedCell() {
        let got = chiengDong.occurrences(of: "I.1").map { [$0.id, $0.label, $0.writtenDue.iso, $0.effectiveDue.iso] }
        #expect(got == [
            ["2:I.1:2022-03-31-ban-hanh-ke-hoach", "Ban hành Kế hoạch quý I/2022", "2022-03-31", "2022-03-31"],
            ["2:I.1:2022-H1-bao-cao", "Báo cáo 6 tháng đầu năm 2022", "2022-06-30", "2022-06-30"],
            // No plan reporting date: the year's end, Saturday 31/12/2022; 01/01/2023 is a Sunday
            // and 02/01/2023 its day off in lieu, so Tuesday 03/01/2023.
            ["2:I.1:2022-Y-bao-cao", "Báo cáo năm 2022", "2022-12-31", "2023-01-03"],
        ])
    }

    @Test("Chiềng Đông: 'Quý I, II/2022' is two occurrences; 'Kế hoạch tháng 01/2022' falls in Tết 2022 and is due 07/02/2022")
    func chiengDongListsAndTet() {
        #expect(chiengDong.occurrences(of: "I.3").map(\.id) == ["2:I.3:2022-03-31", "2:I.3:2022-06-30"])
        #expect(chiengDong.occurrences(of: "I.3").map(\.label) == ["Quý I/2022", "Quý II/2022"])
        let ii2 = chiengDong.occurrences(of: "II.2").map { [$0.id, $0.label, $0.writtenDue.iso, $0.effectiveDue.iso] }
        #expect(ii2 == [
            ["2:II.2:2022-01-31-ke-hoach", "Kế hoạch tháng 1/2022", "2022-01-31", "2022-02-07"],
            ["2:II.2:2022-12-31-bao-cao", "Báo cáo quý IV/2022", "2022-12-31", "2023-01-03"],
        ])
    }

    @Test("Chiềng Đông: with no reporting regime a continuous task reports once, at the year's end")
    func chiengDongContinuous() {
        let got = chiengDong.occurrences(of: "I.5").map { [$0.id, $0.label, $0.writtenDue.iso, $0.effectiveDue.iso] }
        #expect(got == [["2:I.5:tien-do-2022", "Báo cáo tiến độ năm 2022", "2022-12-31", "2023-01-03"]])
    }

    @Test("Chiềng Đông: event tasks with keys wait for them; one recorded event reaches only its task")
    func chiengDongEvent() {
        #expect(chiengDong.waitingForEvent == ["II.8", "II.9", "III.5"])
        let event = PlanEvent(key: "phe-duyet-ke-hoach-su-dung-dat-2022", label: "UBND tỉnh phê duyệt kế hoạch sử dụng đất 2022",
                              happenedOn: day("2022-05-20"))
        let schedule = OccurrenceExpander().expand(Seeds.chiengDong, planKey: "2", events: [event])
        #expect(schedule.occurrences.filter { $0.source == .event }.map(\.id)
            == ["2:II.8:su-kien-phe-duyet-ke-hoach-su-dung-dat-2022-2022-05-20"])
        // 20/05 + 30 days = Sunday 19/06/2022 → Monday 20/06/2022.
        #expect(schedule.occurrences(of: "II.8").map(\.effectiveDue) == [day("2022-06-20")])
        #expect(schedule.waitingForEvent == ["II.9", "III.5"])
    }
}
