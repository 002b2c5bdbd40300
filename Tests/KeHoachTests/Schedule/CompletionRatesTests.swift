import Testing
@testable import KeHoach

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
