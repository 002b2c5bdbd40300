import Testing
@testable import KeHoach

/// A plan imported after some of its deadlines passed: thresholds before the import are not
/// replayed; each open occurrence gets one catch-up notice (the latest threshold it passed), at
/// the import instant, marked late. Chiềng Đông 2022, imported Friday 08/04/2022 at 10:00.
@Suite("Notices of a plan imported late")
struct NoticeCatchUpTests {
    let rules = NoticeRules()
    let schedule = OccurrenceExpander().expand(Seeds.chiengDong, planKey: "2")
    let imported = at("2022-04-08T10:00")
    var context: NoticeContext { NoticeContext(plan: Seeds.chiengDong, occurrences: schedule.occurrences, notBefore: imported) }

    @Test("the 13 first-quarter occurrences and the January plan of II.2 each get one overdue notice at the import, late")
    func oneNoticePerOpenOccurrence() {
        let notices = rules.notices(for: context, closed: [], after: nil, through: imported)
        #expect(notices.count == 14)
        #expect(notices.allSatisfy { $0.kind == .overdue && $0.late && $0.dueAt == imported })
        #expect(Set(notices.map(\.occurrenceID)).count == 14)
        // Due Thursday 31/03: overdue 01/04 (step 0) and 08/04 07:30 (step 1), six working days late.
        let q1 = notices.filter { $0.due == day("2022-03-31") }
        #expect(q1.count == 13)
        #expect(q1.allSatisfy { $0.step == 1 && $0.days == -6 })
        #expect(q1.contains { $0.id == "2:I.1:2022-03-31-ban-hanh-ke-hoach/overdue/1" })
        // "Kế hoạch tháng 01/2022", due 07/02/2022 after Tết: 44 working days late, step 8 fell on 05/04.
        let january = notices.filter { $0.occurrenceID == "2:II.2:2022-01-31-ke-hoach" }
        #expect(january.map(\.id) == ["2:II.2:2022-01-31-ke-hoach/overdue/8"])
        #expect(january.map(\.days) == [-44])
    }

    @Test("without a start the same check would replay 92 stale notices")
    func withoutStart() {
        let replay = NoticeContext(plan: Seeds.chiengDong, occurrences: schedule.occurrences)
        // 13 × (reminders 7, 3, 1, due, overdue 0, overdue 1) + II.2's 3 reminders, due, escalation, overdue 0-8.
        #expect(rules.notices(for: replay, closed: [], after: nil, through: imported).count == 92)
    }

    @Test("a catch-up is sent once: the next check after the import sends nothing until 13/04, then the escalations on 15/04")
    func afterTheImport() {
        #expect(rules.notices(for: context, closed: [], after: imported, through: at("2022-04-12T23:59")).isEmpty)
        #expect(rules.nextDue(for: context, closed: [], after: imported) == at("2022-04-13T07:30"))
        let wednesday = rules.notices(for: context, closed: [], after: imported, through: at("2022-04-13T07:30"))
        #expect(wednesday.map(\.id) == ["2:II.2:2022-01-31-ke-hoach/overdue/9"])
        #expect(rules.nextDue(for: context, closed: [], after: at("2022-04-13T07:30")) == at("2022-04-15T07:30"))
        let friday = rules.notices(for: context, closed: [], after: at("2022-04-13T07:30"), through: at("2022-04-15T07:30"))
        #expect(friday.count == 13)
        #expect(friday.allSatisfy { $0.kind == .escalation && $0.recipients == ["van-phong"] && !$0.late })
    }

    @Test("before the import nothing is due, and the catch-ups are the next thing due")
    func beforeTheImport() {
        #expect(rules.notices(for: context, closed: [], after: nil, through: at("2022-04-08T09:59")).isEmpty)
        #expect(rules.nextDue(for: context, closed: [], after: at("2022-04-08T09:00")) == imported)
    }

    @Test("occurrences not yet due at the import keep all their thresholds: Q2's first reminder is 21/06/2022")
    func futureUntouched() {
        let q2 = rules.notices(for: context, closed: [], after: imported, through: at("2022-07-01T07:30"))
            .filter { $0.occurrenceID == "2:I.3:2022-06-30" }
        #expect(q2.map { "\($0.kind.rawValue)/\($0.step) \($0.dueAt.date.iso)" } == [
            "reminder/7 2022-06-21", "reminder/3 2022-06-27", "reminder/1 2022-06-29", "due/0 2022-06-30", "overdue/0 2022-07-01",
        ])
    }

    @Test("an event recorded late starts its own occurrence's notices at the recording")
    func eventRecordedLate() {
        // II.8 approved on 01/03/2022 (due 31/03/2022) but recorded only on 08/04/2022 at 15:00.
        let event = PlanEvent(key: "phe-duyet-ke-hoach-su-dung-dat-2022", label: "UBND tỉnh phê duyệt",
                              happenedOn: day("2022-03-01"), recordedAt: at("2022-04-08T15:00"))
        let withEvent = OccurrenceExpander().expand(Seeds.chiengDong, planKey: "2", events: [event])
        let context = NoticeContext(plan: Seeds.chiengDong, occurrences: withEvent.occurrences(of: "II.8"), notBefore: imported)
        let notices = rules.notices(for: context, closed: [], after: imported, through: at("2022-04-08T15:00"))
        #expect(notices.map(\.id) == ["2:II.8:su-kien-phe-duyet-ke-hoach-su-dung-dat-2022-2022-03-01/overdue/1"])
        #expect(notices.map(\.dueAt) == [at("2022-04-08T15:00")])
    }
}
