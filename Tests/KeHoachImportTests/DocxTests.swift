import Foundation
import KeHoach
import Testing
@testable import KeHoachImport

@Suite("Word documents made by LibreOffice from the seeds")
struct DocxTests {
    @Test("da-loc-2025.docx gives the example's header and its 61 tasks")
    func daLocDocx() throws {
        let example = try Fixture.example("da-loc-2025.json")
        let (header, table) = try DocxFile.read(Fixture.data("da-loc-2025.docx"), name: "da-loc-2025.docx",
                                                options: .init(source: "da-loc-2025.docx", planYear: 2025, units: example.units))
        #expect(header.number == example.number)
        #expect(header.issuedOn == example.issuedOn)
        #expect(header.issuer == example.issuer)
        #expect(header.place == example.place)
        #expect(header.title == example.title)
        #expect(header.implements == example.implements)
        #expect(header.signer == example.signer)
        let comparison = TaskComparison(imported: table.tasks, expected: example.tasks)
        #expect(comparison.differences.isEmpty, "\(comparison.differences.joined(separator: "\n"))")
        let plan = try PlanAssembler.plan(header: header, table: table)
        #expect(plan.tasks.count == 61)
        #expect(plan.year == 2025)
        #expect(plan.indices == example.indices, "the title names PAPI by its Vietnamese name")
        #expect(plan.reporting == example.reporting, "the regime paragraph of the prose")
        #expect(plan.focalUnit == example.focalUnit)
        // With the regime the continuous tasks report on its dates: the same occurrences as the example's.
        let expander = OccurrenceExpander()
        #expect(expander.expand(plan, planKey: "1").occurrences.map(\.id) == expander.expand(example, planKey: "1").occurrences.map(\.id))
        var retitled = PlanHeader()
        retitled.title = "Nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX) năm 2025"
        #expect(try PlanAssembler.plan(header: header, overrides: retitled, table: table).indices == ["SIPAS", "PAR INDEX"])
    }

    @Test("chieng-dong-2022.docx gives the example's header (number left blank) and its 43 tasks")
    func chiengDongDocx() throws {
        let example = try Fixture.example("chieng-dong-2022.json")
        let (header, table) = try DocxFile.read(Fixture.data("chieng-dong-2022.docx"), name: "chieng-dong-2022.docx",
                                                options: .init(source: "chieng-dong-2022.docx", planYear: 2022, units: example.units))
        #expect(header.number == example.number)
        #expect(header.issuedOn == example.issuedOn)
        #expect(header.issuer == example.issuer)
        #expect(header.title == example.title)
        #expect(header.implements == example.implements)
        #expect(header.signer == example.signer)
        let comparison = TaskComparison(imported: table.tasks, expected: example.tasks)
        #expect(comparison.differences.isEmpty, "\(comparison.differences.joined(separator: "\n"))")
    }

    @Test("a file that is not a .docx is refused with a typed error")
    func notADocx() throws {
        #expect(throws: KeHoachError.self) {
            _ = try DocxFile.read(Fixture.data("malformed-binary.tsv"), name: "x.docx", options: .init(source: "x.docx", planYear: 2025))
        }
    }
}
