import Testing
@testable import KeHoach

/// Issue 17: a 1 MB deadline phrase made the parser run out of memory (the C API aborted its
/// host under a 4 GB address-space limit). Over 4096 bytes a cell is refused or flagged, never scanned.
@Suite("Deadline cells longer than 4096 bytes are refused by plan validation and flagged, not scanned, by the parser")
struct DeadlineLengthTests {
    private let long = String(repeating: "Quý I, ", count: 600)   // 4 800 bytes

    @Test("a cell of exactly 4096 bytes is parsed; one byte more is flagged with its length and kept verbatim")
    func parserLimit() {
        let fits = String(repeating: "a", count: DeadlineParser.maxTextBytes - 8) + " Quý II"
        #expect(fits.utf8.count == DeadlineParser.maxTextBytes)
        #expect(DeadlineParser.parse("Quý I, II/2022 " + String(repeating: " ", count: 4000), planYear: 2022).milestones.count == 2)
        let over = fits + "I"
        let spec = DeadlineParser.parse(over, planYear: 2022)
        #expect(spec.milestones.isEmpty && spec.unspecified)
        #expect(spec.diagnostics == ["ô thời hạn dài 4097 byte, quá 4096 byte: không đọc"])
        #expect(spec.text == over)
    }

    @Test("checkLength names the field and the task row")
    func checkLength() {
        #expect(throws: KeHoachError.invalidValue(field: "tasks.deadline", value: "4800 byte",
                                                  expected: "hạn dài tối đa 4096 byte (một cụm từ chỉ thời hạn, không phải cả văn bản)",
                                                  row: 3)) {
            try DeadlineParser.checkLength(long, field: "tasks.deadline", row: 3)
        }
        #expect(throws: Never.self) { try DeadlineParser.checkLength("Quý I/2025", field: "text") }
    }

    @Test("a plan whose task deadline is too long is refused before anything is stored")
    func planValidation() throws {
        var plan = Plan(number: "01/KH-UBND", issuer: "UBND xã Đa Lộc", year: 2025, title: "Kế hoạch")
        plan.tasks = [PlanTask(ref: "1", description: "Nhiệm vụ", deadline: long)]
        #expect(throws: KeHoachError.self) { try PlanDocument.validate(plan) }
        plan.tasks[0].deadline = "Quý I/2025"
        try PlanDocument.validate(plan)
    }
}

@Suite("CivilDate.supportedYears: dates outside 1900-2100 are refused where they are recorded")
struct CivilDateSupportedTests {
    @Test("1900-01-01 and 2100-12-31 are supported, the days around them are not")
    func bounds() throws {
        for (text, supported) in [("1900-01-01", true), ("2100-12-31", true), ("1899-12-31", false), ("2101-01-01", false)] {
            let day = try #require(CivilDate(iso: text))
            #expect(day.isSupported == supported)
        }
        let early = try #require(CivilDate(iso: "0025-07-05"))
        #expect(throws: KeHoachError.invalidValue(field: "done_on", value: "0025-07-05",
                                                  expected: "một ngày trong các năm 1900-2100", row: nil)) {
            try early.supported(field: "done_on")
        }
    }
}
