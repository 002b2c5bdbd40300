import Testing
@testable import KeHoach

/// A plan gets no occurrence for a period that ended before it existed, and a recurrence due on
/// a named day of its period falls on that day.
@Suite("Occurrences start with the plan's issue date; recurring due days")
struct OccurrenceIssueDateTests {
    /// Seed 001 re-issued mid-year, as every commune re-formed on 1/7/2025 issues its plan.
    private func daLoc(issued: String, _ ref: String, _ deadline: String) -> [Occurrence] {
        var plan = Seeds.editing(Seeds.daLoc, ref, deadline: deadline)
        plan.issuedOn = day(issued)
        return OccurrenceExpander().expand(plan, planKey: "1").occurrences(of: ref)
    }

    @Test("a plan of 18/08/2025 gets monthly reports from August: the months that ended before it are not created")
    func monthlyFromIssueDate() {
        let got = daLoc(issued: "2025-08-18", "3.8", "Hằng tháng").map(\.id)
        #expect(got == ["1:3.8:2025-M08", "1:3.8:2025-M09", "1:3.8:2025-M10", "1:3.8:2025-M11", "1:3.8:2025-M12"])
    }

    @Test("a quarter that straddles the issue date is kept: 18/08 keeps Q3 and Q4, the second half and the year")
    func straddlingPeriodKept() {
        let got = daLoc(issued: "2025-08-18", "3.8", "Hàng quý, 06 tháng, năm").map(\.id)
        #expect(got == ["1:3.8:2025-Q3", "1:3.8:2025-Q4", "1:3.8:2025-Y"])
    }

    @Test("a period that ends on the issue date itself is kept (due that day)")
    func periodEndingOnIssueDay() {
        let got = daLoc(issued: "2025-06-30", "3.8", "Hằng quý").map(\.id)
        #expect(got == ["1:3.8:2025-Q2", "1:3.8:2025-Q3", "1:3.8:2025-Q4"])
    }

    @Test("a dated milestone before the issue date is the plan's own word and is kept")
    func milestonesKept() {
        let got = daLoc(issued: "2025-08-18", "3.8", "Quý I/2025").map(\.writtenDue.iso)
        #expect(got == ["2025-03-31"])
    }

    @Test("'trước ngày 05 hàng tháng' is due on the 4th of every month, moved off days off")
    func recurringDayOfMonth() {
        let got = daLoc(issued: "2025-10-01", "3.8", "Trước ngày 05 hàng tháng").map { [$0.writtenDue.iso, $0.effectiveDue.iso] }
        // 04/10/2025 is a Saturday: Monday 06/10; 04/11 a Tuesday; 04/12 a Thursday.
        #expect(got == [["2025-10-04", "2025-10-06"], ["2025-11-04", "2025-11-04"], ["2025-12-04", "2025-12-04"]])
    }

    @Test("'ngày 25 tháng cuối quý' is due 25/3, 25/6, 25/9 and 25/12; the cell's day wins over the regime's date")
    func recurringDayOfQuarter() {
        let got = daLoc(issued: "2025-01-02", "3.8", "Báo cáo ngày 25 tháng cuối quý").map(\.writtenDue.iso)
        #expect(got == ["2025-03-25", "2025-06-25", "2025-09-25", "2025-12-25"])
    }

    @Test("the day of a short month ends early, and 'tháng sau' moves it into the next month, December into January")
    func recurringDayEdges() {
        let p = RecurringDay(day: 31, before: false, month: .last)
        #expect(p.due(in: .month(2, year: 2025)) == day("2025-02-28"))
        let next = RecurringDay(day: 5, before: true, month: .next)
        #expect(next.due(in: .month(12, year: 2025)) == day("2026-01-04"))
        #expect(next.due(in: .quarter(4, year: 2025)) == day("2026-01-04"))
        let first = RecurringDay(day: 10, before: false, month: .first)
        #expect(first.due(in: .quarter(3, year: 2025)) == day("2025-07-10"))
    }
}
