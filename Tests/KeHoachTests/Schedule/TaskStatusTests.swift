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
