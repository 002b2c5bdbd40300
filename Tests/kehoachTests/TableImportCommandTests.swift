import Foundation
import Testing

@Suite("kehoach import of appendix tables and .docx")
struct TableImportCommandTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/KeHoachImportTests/Fixtures")

    @Test("seed 001's appendix (TSV) imports 61 tasks with Đa Lộc's units, and prints the import report")
    func tsvImport() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let result = try CLIRunner.run([
            "import", "--db", db, "--units", CLIRunner.example("da-loc-2025.json"),
            "--number", "01/KH-UBND", "--issuer", "UBND xã Đa Lộc", "--title", "Nâng cao hiệu quả quản trị và hành chính công xã Đa Lộc năm 2025",
            "--date", "02/01/2025", Self.fixtures.appendingPathComponent("da-loc-2025-phu-luc.tsv").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let listed = try CLIRunner.run(["plans", "--db", db, "--json"])
        let plans = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as! [[String: Any]]
        #expect(plans.first?["tasks"] as? Int == 61)
        #expect(result.stdout.contains("61"))
    }

    @Test("--dry-run of a .docx reports, with the reporting regime read from its prose, and writes nothing")
    func dryRunWritesNothing() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        let result = try CLIRunner.run(["import", "--db", db, "--dry-run", "--units", CLIRunner.example("da-loc-2025.json"),
                                        Self.fixtures.appendingPathComponent("da-loc-2025.docx").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
        // What the prose says of reporting is shown, so the official can check it was understood.
        #expect(result.stdout.contains("Đầu mối: Văn phòng - Thống kê\n"))
        #expect(result.stdout.contains("Báo cáo: Báo cáo 6 tháng đầu năm — trước ngày 05/7/2025 (số liệu từ 01/01/2025 đến 30/06/2025)\n"))
        #expect(result.stdout.contains("Báo cáo: Báo cáo năm — trước 05/01/2026 (số liệu từ 01/01/2025 đến 31/12/2025)\n"))
    }

    @Test("a table with too many cells in a row is refused with its line, and the stored plans stay as they were")
    func malformedTable() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        #expect(try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")]).status == 0)
        let result = try CLIRunner.run(["import", "--db", db, "--number", "02/KH-UBND", "--issuer", "UBND xã X", "--title", "T", "--year", "2025",
                                        Self.fixtures.appendingPathComponent("malformed-too-many-cells.csv").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("dòng"))
        let plans = try JSONSerialization.jsonObject(with: Data(try CLIRunner.run(["plans", "--db", db, "--json"]).stdout.utf8)) as! [Any]
        #expect(plans.count == 1)
    }
}
