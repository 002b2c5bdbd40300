import Foundation
import KeHoach
import Testing
@testable import KeHoachImport

@Suite("Seed appendix tables import to the example plans")
struct SeedTableTests {
    @Test("seed 001's appendix, as the tab-separated text of the seed file, gives da-loc-2025.json's 61 tasks")
    func daLocTSV() throws {
        let example = try Fixture.example("da-loc-2025.json")
        let result = try TableFile.read(Fixture.data("da-loc-2025-phu-luc.tsv"), name: "da-loc-2025-phu-luc.tsv",
                                        options: .init(source: "da-loc-2025-phu-luc.tsv", planYear: 2025,
                                                       issuedOn: example.issuedOn, units: example.units))
        let comparison = TaskComparison(imported: result.tasks, expected: example.tasks)
        #expect(comparison.differences.isEmpty, "\(comparison.differences.joined(separator: "\n"))")
        #expect(result.report.newUnits.isEmpty, "\(result.report.newUnits.map(\.name))")
        #expect(result.dimensions.map(\.key) == example.dimensions.map(\.key))
        #expect(result.dimensions.map(\.title) == example.dimensions.map(\.title))
    }
}

@Suite("The import report says what was read, merged, repaired and skipped")
struct SeedTableReportTests {
    @Test("seed 001: page-break rows are merged, shifted and vertically merged rows repaired, with their line numbers")
    func daLocReport() throws {
        let example = try Fixture.example("da-loc-2025.json")
        let result = try TableFile.read(Fixture.data("da-loc-2025-phu-luc.tsv"), name: "da-loc-2025-phu-luc.tsv",
                                        options: .init(source: "da-loc-2025-phu-luc.tsv", planYear: 2025,
                                                       issuedOn: example.issuedOn, units: example.units))
        let report = result.report
        #expect(report.tasksCreated == 61)
        // Fixture line = seed line - 199. Seed lines 218, 219 are shifted one column left;
        // 319, 322, 323 have an empty task cell (vertically merged).
        let repaired = Set(report.repaired.map(\.line))
        #expect(repaired.isSuperset(of: [19, 20, 120, 123, 124]))
        // Seed line 211 continues the task of line 208 (example task 1.3, noted as merged).
        #expect(report.merged.contains { $0.line == 12 && $0.reason.contains("1.3") })
        #expect(report.skipped.contains { $0.line == 6 && $0.reason.contains("tiêu đề") })
        #expect(report.deadlinesUnderstood + report.deadlinesFlagged.count == 61)
        #expect(report.unitsMatched.count == 30)
        // Every task the example notes as merged over a page break carries the importer's note too.
        for (task, expected) in zip(result.tasks, example.tasks) where expected.note?.contains("ngắt trang") == true {
            #expect(task.note?.contains("ngắt trang") == true, "\(task.ref)")
        }
    }
}

@Suite("Seed 000's appendix as a CSV file")
struct ChiengDongCSVTests {
    @Test("the CSV made from seed 000's table (UTF-8 with BOM, quoted cells, a repeated header) gives chieng-dong-2022.json's 43 tasks")
    func chiengDongCSV() throws {
        let example = try Fixture.example("chieng-dong-2022.json")
        let result = try TableFile.read(Fixture.data("chieng-dong-2022-phu-luc.csv"), name: "chieng-dong-2022-phu-luc.csv",
                                        options: .init(source: "chieng-dong-2022-phu-luc.csv", planYear: 2022,
                                                       issuedOn: example.issuedOn, units: example.units))
        let comparison = TaskComparison(imported: result.tasks, expected: example.tasks)
        #expect(comparison.differences.isEmpty, "\(comparison.differences.joined(separator: "\n"))")
        #expect(result.dimensions == example.dimensions)
        #expect(result.report.newUnits.isEmpty)
        #expect(result.report.skipped.contains { $0.reason.contains("lặp lại") })
        #expect(result.report.skipped.contains { $0.reason.contains("đánh số cột") })
    }

    @Test("with the built-in starter directory, names it lacks are proposed as new units, not matched by guess")
    func starterDirectoryProposes() throws {
        let result = try TableFile.read(Fixture.data("chieng-dong-2022-phu-luc.csv"), name: "chieng-dong-2022-phu-luc.csv",
                                        options: .init(source: "x.csv", planYear: 2022))
        let names = result.report.newUnits.map(\.name)
        #expect(names.contains("LĐTB"))
        #expect(names.contains("Ban biên tập CTTĐT xã"))
        #expect(!names.contains("Công an xã"))
        #expect(result.report.unitsMatched.contains("cong-an"))
        #expect(result.tasks.count == 43)
    }
}
