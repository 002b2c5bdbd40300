import Testing
@testable import KeHoach

/// Task statuses of Đa Lộc 2025 derived from what was recorded, on the days the plan's
/// deadlines pass.
@Suite("Task status derived from occurrences and completions")
struct TaskStatusTests {
    let schedule = OccurrenceExpander().expand(Seeds.daLoc, planKey: "1")

    func done(_ id: String, _ on: String) -> (String, Completion) {
        (id, Completion(occurrenceID: id, state: .done, on: day(on), evidence: "Báo cáo số 12/BC-UBND", by: "van-phong"))
    }

    var completions: [String: Completion] {
        var all = Dictionary(uniqueKeysWithValues: [
            done("1:3.8:2025-Q1", "2025-03-28"),
            done("1:1.4:2025-06-30", "2025-06-30"),
            done("1:7.4:NH2024-2025", "2025-06-05"),
        ])
        all["1:7.6:NH2024-2025"] = Completion(occurrenceID: "1:7.6:NH2024-2025", state: .waived, on: day("2025-06-10"),
                                               by: "ubnd-xa", note: "Không còn áp dụng")
        return all
    }

    @Test("on 01/04/2025: 3.8 is in progress (Q1 reported), 4.3 overdue (Q1 not), 1.4 not started, 1.1 waiting, 3.2 needs a date")
    func firstOfApril() {
        let asOf = day("2025-04-01")
        #expect(schedule.status(of: "3.8", completions: completions, asOf: asOf) == .inProgress)
        #expect(schedule.status(of: "4.3", completions: completions, asOf: asOf) == .overdue)
        #expect(schedule.status(of: "1.4", completions: completions, asOf: asOf) == .notStarted)
        #expect(schedule.status(of: "1.10", completions: completions, asOf: asOf) == .notStarted)
        #expect(schedule.status(of: "1.1", completions: completions, asOf: asOf) == .waitingForEvent)
        #expect(schedule.status(of: "3.2", completions: completions, asOf: asOf) == .needsDate)
    }

    @Test("a deadline ends at the end of its day: 4.3's Q1 report is not overdue on 31/03 itself")
    func endOfDay() {
        #expect(schedule.status(of: "4.3", completions: [:], asOf: day("2025-03-31")) == .notStarted)
        #expect(schedule.status(of: "4.3", completions: [:], asOf: day("2025-04-01")) == .overdue)
    }

    @Test("on 05/07/2025: 1.4 done on its due day, 7.4 done late (due Monday 02/06), 7.6 waived counts as done, 1.10's 6-month report overdue")
    func fifthOfJuly() {
        let asOf = day("2025-07-05")
        #expect(schedule.status(of: "1.4", completions: completions, asOf: asOf) == .done)
        #expect(schedule.status(of: "7.4", completions: completions, asOf: asOf) == .doneLate)
        #expect(schedule.status(of: "7.6", completions: completions, asOf: asOf) == .done)
        #expect(schedule.status(of: "7.7", completions: completions, asOf: asOf) == .overdue)
        #expect(schedule.status(of: "1.10", completions: completions, asOf: asOf) == .overdue)
        #expect(schedule.status(of: "1.10", completions: completions, asOf: day("2025-07-04")) == .notStarted)
    }

    @Test("a completion recorded later is not known yet: as of 27/03/2025, 3.8's Q1 report (done 28/03) is still open")
    func asOfIgnoresLaterCompletions() {
        #expect(schedule.status(of: "3.8", completions: completions, asOf: day("2025-03-27")) == .notStarted)
        #expect(schedule.status(of: "3.8", completions: completions, asOf: day("2025-03-28")) == .inProgress)
    }

    @Test("on 06/01/2026 a yearly task done on 05/01/2026 (its effective due date, the written one being Sunday 04/01) is done on time")
    func effectiveDueCounts() {
        let c = Dictionary(uniqueKeysWithValues: [done("1:9.2:2025-Y", "2026-01-05")])
        #expect(schedule.status(of: "9.2", completions: c, asOf: day("2026-01-06")) == .done)
        let late = Dictionary(uniqueKeysWithValues: [done("1:9.2:2025-Y", "2026-01-06")])
        #expect(schedule.status(of: "9.2", completions: late, asOf: day("2026-01-06")) == .doneLate)
    }
}

@Suite("Completion rates per plan, dimension and unit")
struct CompletionRatesTests {
    let schedule = OccurrenceExpander().expand(Seeds.daLoc, planKey: "1")

    @Test("on 01/04/2025 only the two Q1 reports are assessed: one done on time of two is 50%")
    func firstOfApril() {
        let c = ["1:3.8:2025-Q1": Completion(occurrenceID: "1:3.8:2025-Q1", state: .done, on: day("2025-03-28"), by: "tai-chinh")]
        let rates = CompletionRates(plan: Seeds.daLoc, occurrences: schedule.occurrences, completions: c, asOf: day("2025-04-01"))
        #expect(rates.plan.assessed == 2)
        #expect(rates.plan.doneOnTime == 1)
        #expect(rates.plan.overdue == 1)
        #expect(rates.plan.pending == 96)
        #expect(rates.plan.completionRate == 0.5)
        #expect(rates.plan.onTimeRate == 0.5)
        // Dimension 3 holds 3.8 (done), dimension 4 holds 4.3 (overdue).
        #expect(rates.byDimension["3"]?.onTimeRate == 1)
        #expect(rates.byDimension["4"]?.onTimeRate == 0)
        #expect(rates.byUnit["tai-chinh"]?.doneOnTime == 1)
        #expect(rates.byUnit["tu-phap"]?.overdue == 1)
        #expect(rates.byDimension["1"]?.completionRate == nil)  // nothing assessed yet
    }

    @Test("late and waived: done after the due date lowers the on-time rate; waived leaves the rates")
    func lateAndWaived() {
        let c = [
            "1:3.8:2025-Q1": Completion(occurrenceID: "1:3.8:2025-Q1", state: .done, on: day("2025-04-03"), by: "tai-chinh"),
            "1:4.3:2025-Q1": Completion(occurrenceID: "1:4.3:2025-Q1", state: .waived, on: day("2025-04-02"), by: "ubnd-xa"),
        ]
        let rates = CompletionRates(plan: Seeds.daLoc, occurrences: schedule.occurrences, completions: c, asOf: day("2025-04-10"))
        #expect(rates.plan.assessed == 1)
        #expect(rates.plan.doneLate == 1)
        #expect(rates.plan.waived == 1)
        #expect(rates.plan.completionRate == 1)
        #expect(rates.plan.onTimeRate == 0)
        #expect(rates.byTask["3.8"]?.total == 6)
    }

    @Test("a task with two lead units counts for each (9.4: Văn phòng and UBND xã)")
    func twoLeads() {
        let rates = CompletionRates(plan: Seeds.daLoc, occurrences: schedule.occurrences, completions: [:], asOf: day("2026-01-06"))
        #expect(rates.byUnit["ubnd-xa"]?.total == 2)
        #expect(rates.byUnit["ubnd-xa"]?.overdue == 2)
        #expect(rates.plan.total == 98)
        #expect(rates.plan.overdue == 98)
    }
}

@Suite("Event keys proposed from trigger text")
struct EventKeysTests {
    @Test("connective words go, the authority and the act stay, accents fold", arguments: [
        ("Sau khi được UBND tỉnh phê duyệt", "ubnd-tinh-phe-duyet"),
        ("Khi thực hiện bầu Trưởng thôn", "bau-truong-thon"),
        ("sau khi QHKHSDĐ được phê duyệt", "qhkhsdd-phe-duyet"),
        ("Ngay sau khi có Quyết định phê duyệt của UBND tỉnh", "quyet-dinh-phe-duyet-ubnd-tinh"),
        ("Khi có chủ trương, chính sách mới", "chu-truong-chinh-sach-moi"),
        ("Khi có Quyết định công bố thủ tục hành chính của Sở Tư pháp", "quyet-dinh-cong-bo-thu-tuc-hanh-chinh-so-tu-phap"),
        ("chậm nhất là 15 ngày kể từ ngày được phê duyệt", "phe-duyet"),
        ("Khi có", "su-kien"),
    ])
    func proposes(trigger: String, key: String) {
        #expect(EventKeys.propose(from: trigger) == key)
    }

    @Test("the same trigger always gets the same key, whatever its spacing, case or accents")
    func deterministic() {
        #expect(EventKeys.propose(from: "SAU KHI ĐƯỢC UBND TỈNH  PHÊ DUYỆT") == EventKeys.propose(from: "sau khi duoc ubnd tinh phe duyet"))
    }

    @Test("keys proposed for the seed plans' event tasks are shown, never used: the expander waits for a key")
    func onlyProposes() {
        var plan = Seeds.chiengDong
        let i = plan.tasks.firstIndex { $0.ref == "II.8" }!
        plan.tasks[i].eventKey = nil
        let event = PlanEvent(key: EventKeys.propose(from: "Sau khi được UBND tỉnh phê duyệt"), label: "Phê duyệt", happenedOn: day("2022-05-20"))
        let schedule = OccurrenceExpander().expand(plan, planKey: "2", events: [event])
        #expect(schedule.occurrences(of: "II.8").isEmpty)
        #expect(schedule.needsEventKey == ["II.8"])
    }
}

@Suite("Notice message text")
struct NoticeMessageTests {
    @Test("long descriptions are cut at a word, white space collapsed, with an ellipsis; short ones are kept whole")
    func shorten() {
        #expect(NoticeContext.shorten("Thực hiện  công khai\nthu, chi", limit: 80) == "Thực hiện công khai thu, chi")
        #expect(NoticeContext.shorten("Thực hiện công khai thu, chi ngân sách", limit: 20) == "Thực hiện công khai…")
        #expect(NoticeContext.shorten("Thực hiện công khai thu", limit: 19) == "Thực hiện công khai…")
        #expect(NoticeContext.shorten("Thực hiện công khai thu", limit: 23) == "Thực hiện công khai thu")
    }
}
