import Testing
@testable import KeHoach

@Suite("Deadline years outside 1900-2100 are flagged, never computed (fuzzer regression: 'nam0000' trapped)")
struct DeadlineYearRangeTests {
    @Test("a year such as 0000 or 9999 is kept as text with a diagnostic", arguments: [
        "năm 0000", "nam0000", "Quý I/0000", "tháng 5/0000", "6 tháng đầu năm 0000", "trước ngày 05/7/9999", "Năm 1899",
    ])
    func flagged(text: String) {
        let spec = DeadlineParser.parse(text, planYear: 2025, issuedOn: nil)
        #expect(!spec.diagnostics.isEmpty)
        #expect(spec.milestones.allSatisfy { (1900...2100).contains($0.due.year) })
        #expect(spec.text == text)
    }

    @Test("period and month arithmetic is total: year 0 and negative day numbers do not trap")
    func totalArithmetic() {
        #expect(CivilDate.endOfMonth(2, year: 0).day == 29)
        #expect(Period.quarter(1, year: 0).end.month == 3)
        #expect(CivilDate(dayNumber: -800_000).adding(months: 1).dayNumber > -800_000)
    }
}
