#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import KeHoach

/// The JSON contract of a deadline spec, read back with a decoder as another program would.
@Suite("DeadlineSpec JSON: the contract's fields, parseable")
struct DeadlineSpecJSONTests {
    /// A mirror of the contract: decoding fails if a key is missing or has the wrong type.
    struct Mirror: Decodable {
        struct Milestone: Decodable { var label: String?; var due: String; var written: String }
        struct Event: Decodable {
            var trigger: String
            var offset_days: Int?
            var working_days: Bool
        }
        struct SchoolYear: Decodable { var start: String; var end: String }
        var text: String
        var milestones: [Milestone]
        var recurrence: [String]
        var continuous: Bool
        var event: Event?
        var school_year: SchoolYear?
        var unspecified: Bool
        var diagnostics: [String]
    }

    private func decode(_ spec: DeadlineSpec) throws -> Mirror {
        try JSONDecoder().decode(Mirror.self, from: Data(spec.json.utf8))
    }

    @Test("labelled milestones and recurrences, text with line breaks and quotes kept verbatim")
    func milestonesAndRecurrence() throws {
        let text = "-Ban hành Kế hoạch \"tuyên truyền\" quý I/2022; \n- Báo cáo 6 tháng, năm\t\\"
        let mirror = try decode(DeadlineParser.parse(text, planYear: 2022))
        #expect(mirror.text == text)
        #expect(mirror.milestones.count == 1)
        #expect(mirror.milestones.first?.label == "Ban hành Kế hoạch \"tuyên truyền\"")
        #expect(mirror.milestones.first?.due == "2022-03-31")
        #expect(mirror.milestones.first?.written == "quý I/2022")
        #expect(mirror.recurrence == ["half_year", "year"])
        #expect(mirror.continuous == false && mirror.event == nil && mirror.school_year == nil)
        #expect(mirror.unspecified == false)
    }

    @Test("an event with a working-day offset, and a null label")
    func event() throws {
        let mirror = try decode(DeadlineParser.parse("Khi có yêu cầu, chậm nhất 03 ngày làm việc", planYear: 2025))
        #expect(mirror.event?.trigger == "Khi có yêu cầu")
        #expect(mirror.event?.offset_days == 3)
        #expect(mirror.event?.working_days == true)
        let plain = try decode(DeadlineParser.parse("Khi thực hiện bầu Trưởng thôn", planYear: 2025))
        #expect(plain.event?.offset_days == nil)
        #expect(DeadlineParser.parse("Khi thực hiện bầu Trưởng thôn", planYear: 2025).json
            .contains("\"offset_days\": null"))
    }

    @Test("school year, recurrence names, continuity and a diagnostic")
    func schoolYearAndDiagnostics() throws {
        let school = try decode(DeadlineParser.parse("Trong năm học", planYear: 2025,
                                                     issuedOn: CivilDate(year: 2025, month: 1, day: 2)))
        #expect(school.school_year?.start == "2024-09-01")
        #expect(school.school_year?.end == "2025-05-31")
        #expect(school.milestones.map(\.due) == ["2025-05-31"])
        let all = try decode(DeadlineParser.parse("Thường xuyên; hằng tháng, quý, 6 tháng, 9 tháng, năm",
                                                  planYear: 2025))
        #expect(all.continuous)
        #expect(all.recurrence == ["month", "quarter", "half_year", "nine_months", "year"])
        let unknown = try decode(DeadlineParser.parse("Sớm nhất có thể", planYear: 2025))
        #expect(unknown.unspecified)
        #expect(unknown.diagnostics == ["Không hiểu thời hạn: 'Sớm nhất có thể'; cần nhập ngày"])
    }

    @Test("every seed phrase serialises to JSON a decoder accepts, with its text verbatim")
    func seedPhrases() throws {
        let rows = DeadlineSeedPhraseTests.seed000 + DeadlineSeedPhraseTests.seed001
            + DeadlineSeedPhraseTests.seeds002to004
        for row in rows {
            let spec = row.parse()
            let mirror = try decode(spec)
            #expect(mirror.text == row.text)
            #expect(mirror.milestones.map(\.due) == spec.milestones.map(\.due.iso))
            #expect(mirror.recurrence == spec.recurrence.map(\.rawValue))
        }
    }

    @Test("a control character in the text is escaped")
    func controlCharacters() throws {
        let text = "Quý I/2022\u{0001}"
        let mirror = try decode(DeadlineParser.parse(text, planYear: 2022))
        #expect(mirror.text == text)
    }
}
