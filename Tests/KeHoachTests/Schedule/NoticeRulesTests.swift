import Testing
@testable import KeHoach

/// The notices of the seed plans at fixed instants, with the standard settings (reminders 7, 3
/// and 1 working days before, due, overdue the next working day then every 5, escalation after
/// 10, all at 07:30). Threshold days were counted by hand on the 2022, 2025 and 2026 calendars.
@Suite("Notices of the seed plans at fixed instants")
struct NoticeRulesTests {
    let rules = NoticeRules()
    let daLoc = OccurrenceExpander().expand(Seeds.daLoc, planKey: "1")
    let chiengDong = OccurrenceExpander().expand(Seeds.chiengDong, planKey: "2")

    var daLocContext: NoticeContext { NoticeContext(plan: Seeds.daLoc, occurrences: daLoc.occurrences) }

    /// Ids of every occurrence whose effective due date is before `date`: "everything earlier was done".
    func closed(before date: String) -> Set<String> {
        Set(daLoc.occurrences.filter { $0.effectiveDue < day(date) }.map(\.id))
    }

    @Test("01/04/2025: the two first-quarter reports (3.8, 4.3) due Monday 31/03 are overdue since that morning")
    func daLocFirstOfApril() throws {
        let notices = rules.notices(for: daLocContext, closed: [], after: at("2025-03-31T07:30"), through: at("2025-04-01T07:30"))
        #expect(notices.map(\.id) == ["1:3.8:2025-Q1/overdue/0", "1:4.3:2025-Q1/overdue/0"])
        let n = try #require(notices.first)
        #expect(n.kind == .overdue)
        #expect(n.step == 0)
        #expect(n.days == -1)
        #expect(n.due == day("2025-03-31"))
        #expect(n.dueAt == at("2025-04-01T07:30"))
        #expect(!n.late)
        #expect(n.recipients == ["tai-chinh", "co-quan-lien-quan"])
        #expect(n.unitName == "Tài chính - Kế toán")
        #expect(n.planNumber == "01/KH-UBND")
        for part in ["Quá hạn", "đã quá hạn 1 ngày làm việc", "31/03/2025", "Kế hoạch 01/KH-UBND", "nhiệm vụ 3.8",
                     "Báo cáo quý I/2025", "Chủ trì: Tài chính - Kế toán"] {
            #expect(n.message.contains(part), "\(part) not in \(n.message)")
        }
        #expect(notices[1].recipients == ["tu-phap", "cong-chuc"])
    }

    @Test("a done occurrence gets no notice: with 3.8's first quarter reported on 28/03, only 4.3 is overdue")
    func doneOccurrenceIsSilent() {
        let notices = rules.notices(for: daLocContext, closed: ["1:3.8:2025-Q1"], after: at("2025-03-31T07:30"),
                                    through: at("2025-04-01T07:30"))
        #expect(notices.map(\.id) == ["1:4.3:2025-Q1/overdue/0"])
    }

    @Test("from the plan's import on 02/01/2025 to 01/04/2025: reminders on 20/03, 26/03 and 28/03, due 31/03, overdue 01/04")
    func daLocFirstQuarterLadder() {
        let context = NoticeContext(plan: Seeds.daLoc, occurrences: daLoc.occurrences, notBefore: at("2025-01-02T08:00"))
        let notices = rules.notices(for: context, closed: [], after: nil, through: at("2025-04-01T07:30"))
        let got = notices.filter { $0.occurrenceID == "1:3.8:2025-Q1" }.map { "\($0.kind.rawValue)/\($0.step) \($0.dueAt.iso) \($0.days)" }
        #expect(got == [
            "reminder/7 2025-03-20T07:30:00+07:00 7",
            "reminder/3 2025-03-26T07:30:00+07:00 3",
            "reminder/1 2025-03-28T07:30:00+07:00 1",
            "due/0 2025-03-31T07:30:00+07:00 0",
            "overdue/0 2025-04-01T07:30:00+07:00 -1",
        ])
        #expect(notices.count == 10)  // the same five for 4.3's first quarter; nothing else falls due by then
        #expect(notices.allSatisfy { !$0.late || $0.dueAt.date < day("2025-04-01") })
    }

    @Test("04/07/2025 07:30: the 6-month report is due for 3.8 and for the 35 continuous tasks")
    func daLocHalfYearDue() {
        let notices = rules.notices(for: daLocContext, closed: closed(before: "2025-07-04"),
                                    after: at("2025-07-04T07:29"), through: at("2025-07-04T07:30"))
        #expect(notices.count == 36)
        #expect(notices.allSatisfy { $0.kind == .due && $0.days == 0 && $0.due == day("2025-07-04") })
        #expect(notices.map(\.id).contains("1:3.8:2025-H1/due/0"))
        #expect(notices.map(\.id).contains("1:1.10:tien-do-6-thang/due/0"))
        #expect(notices.allSatisfy { $0.message.contains("04/07/2025") && $0.message.contains("01/KH-UBND") })
    }

    @Test("if the first-quarter report of 4.3 is still open on 04/07/2025 it gets its 14th overdue notice (66 working days late)")
    func daLocLongOverdue() {
        let open = closed(before: "2025-07-04").subtracting(["1:4.3:2025-Q1"])
        let notices = rules.notices(for: daLocContext, closed: open, after: at("2025-07-04T07:29"), through: at("2025-07-04T07:30"))
        let q1 = notices.filter { $0.occurrenceID == "1:4.3:2025-Q1" }
        #expect(q1.map(\.id) == ["1:4.3:2025-Q1/overdue/13"])
        #expect(q1.map(\.days) == [-66])
    }

    @Test("Saturday 05/07 and Sunday 06/07/2025 bring no notice; the next falls due Monday 07/07 07:30")
    func daLocWeekend() {
        let closed = closed(before: "2025-07-04")
        #expect(rules.notices(for: daLocContext, closed: closed, after: at("2025-07-04T07:30"), through: at("2025-07-05T07:30")).isEmpty)
        #expect(rules.notices(for: daLocContext, closed: closed, after: at("2025-07-05T07:30"), through: at("2025-07-06T07:30")).isEmpty)
        #expect(rules.nextDue(for: daLocContext, closed: closed, after: at("2025-07-05T07:30")) == at("2025-07-07T07:30"))
        let monday = rules.notices(for: daLocContext, closed: closed, after: at("2025-07-06T07:30"), through: at("2025-07-07T07:30"))
        #expect(monday.count == 36)
        #expect(monday.allSatisfy { $0.kind == .overdue && $0.step == 0 && $0.days == -1 })
    }

    @Test("a daemon down from 03/07 to Monday 07/07 09:00 sends Friday's due notices marked late and Monday's on time")
    func daemonDown() {
        let notices = rules.notices(for: daLocContext, closed: closed(before: "2025-07-04"),
                                    after: at("2025-07-03T08:00"), through: at("2025-07-07T09:00"))
        let h1 = notices.filter { $0.occurrenceID == "1:3.8:2025-H1" }
        #expect(h1.map(\.id) == ["1:3.8:2025-H1/due/0", "1:3.8:2025-H1/overdue/0"])
        #expect(h1.map(\.late) == [true, false])
        #expect(h1[0].message.contains("Gửi muộn"))
        #expect(notices.count == 72)
    }

    @Test("06/01/2026: the annual reports written 'before 05/01/2026' fell due Monday 05/01 and are now overdue (37 of them)")
    func daLocAnnualOverdue() throws {
        let notices = rules.notices(for: daLocContext, closed: closed(before: "2026-01-05"),
                                    after: at("2026-01-05T07:30"), through: at("2026-01-06T07:30"))
        #expect(notices.count == 37)  // 3.8 and 9.2 yearly, 35 continuous tasks' annual report
        #expect(notices.allSatisfy { $0.kind == .overdue && $0.step == 0 && $0.days == -1 && $0.due == day("2026-01-05") })
        let n = try #require(notices.first { $0.id == "1:9.2:2025-Y/overdue/0" })
        #expect(n.message.contains("05/01/2026"))
        #expect(n.message.contains("kế hoạch ghi 04/01/2026"))
        #expect(n.message.contains("nhiệm vụ 9.2"))
    }

    @Test("after 10 working days the focal unit (Văn phòng - Thống kê) is told: 3.8's annual report escalates on 16/01/2026")
    func daLocEscalation() {
        let only = NoticeContext(plan: Seeds.daLoc, occurrences: daLoc.occurrences.filter { $0.id == "1:3.8:2025-Y" })
        let notices = rules.notices(for: only, closed: [], after: at("2026-01-06T07:30"), through: at("2026-01-19T07:30"))
        // Working days after 05/01/2026: 06, 07, 08, 09, Saturday 10 (worked for 02/01), 12, ... 16 is the 10th.
        #expect(notices.map { "\($0.kind.rawValue)/\($0.step) \($0.dueAt.date.iso)" }
            == ["overdue/1 2026-01-12", "escalation/0 2026-01-16", "overdue/2 2026-01-19"])
        #expect(notices[1].recipients == ["van-phong"])
        #expect(notices[1].unitName == "Văn phòng - Thống kê")
        #expect(notices[1].days == -10)
        #expect(notices[1].message.contains("Báo cáo đầu mối"))
    }

    @Test("settings are per plan: one reminder 5 days before, overdue every 3 days, no escalation, at 08:00")
    func customSettings() {
        let custom = NoticeRules(settings: NoticeSettings(reminders: [5], overdueEvery: 3, escalateAfter: nil, minuteOfDay: 8 * 60))
        let only = NoticeContext(plan: Seeds.daLoc, occurrences: daLoc.occurrences.filter { $0.id == "1:3.8:2025-Q1" })
        let notices = custom.notices(for: only, closed: [], after: at("2025-03-01T00:00"), through: at("2025-04-20T00:00"))
        #expect(notices.map { "\($0.kind.rawValue)/\($0.step) \($0.dueAt.iso)" } == [
            "reminder/5 2025-03-24T08:00:00+07:00",
            "due/0 2025-03-31T08:00:00+07:00",
            "overdue/0 2025-04-01T08:00:00+07:00",
            "overdue/1 2025-04-04T08:00:00+07:00",
            "overdue/2 2025-04-10T08:00:00+07:00",  // 07/04 is Giỗ Tổ Hùng Vương
            "overdue/3 2025-04-15T08:00:00+07:00",
            "overdue/4 2025-04-18T08:00:00+07:00",
        ])
    }

    @Test("Chiềng Đông: the annual report of I.1, written 31/12/2022, is reminded Friday 30/12 and due Tuesday 03/01/2023")
    func chiengDongYearEnd() {
        let only = NoticeContext(plan: Seeds.chiengDong, occurrences: chiengDong.occurrences(of: "I.1"))
        // The plan of Q1 and the half-year report were done; had the Q1 plan stayed open it would
        // get its 39th overdue notice (step 38) on 30/12 too.
        let done: Set = ["2:I.1:2022-03-31-ban-hanh-ke-hoach", "2:I.1:2022-H1-bao-cao"]
        let notices = rules.notices(for: only, closed: done, after: at("2022-12-29T12:00"), through: at("2023-01-03T12:00"))
        #expect(notices.map { "\($0.id) \($0.dueAt.date.iso)" } == [
            "2:I.1:2022-Y-bao-cao/reminder/1 2022-12-30",
            "2:I.1:2022-Y-bao-cao/due/0 2023-01-03",
        ])
        #expect(notices[1].message.contains("03/01/2023"))
        #expect(notices[1].message.contains("31/12/2022"))
        #expect(notices[1].message.contains("Kế hoạch /KH-UBND"))
        #expect(notices[1].recipients == ["vhxh"])
    }

    @Test("a window that ends where it starts, or goes backwards, yields nothing")
    func backwards() {
        #expect(rules.notices(for: daLocContext, closed: [], after: at("2025-04-01T07:30"), through: at("2025-04-01T07:30")).isEmpty)
        #expect(rules.notices(for: daLocContext, closed: [], after: at("2025-07-01T07:30"), through: at("2025-04-01T07:30")).isEmpty)
    }
}
