import Foundation
import Testing

/// `kehoach import` of real tables (issue 15) and `kehoach deadline`'s diagnostics.
@Suite("kehoach import of real tables; deadline diagnostics")
struct RealTableCommandTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/KeHoachImportTests/Fixtures")

    @Test("a 20-row table stores with no new unit, its header read from the '(Kèm theo ...)' line")
    func twentyRowTable() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let result = try CLIRunner.run(["import", "--db", db, Self.fixtures.appendingPathComponent("bang-20-dong.tsv").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("đơn vị mới: 0"))
        #expect(result.stdout.contains("dòng tổng cộng: 'Tổng cộng: 20 nhiệm vụ'"))
        #expect(result.stdout.contains("Đã nhập kế hoạch 15/KH-UBND"))
    }

    @Test("--map ties a table's name to a unit: 'Công an=Công an xã' matches instead of proposing")
    func mapOption() throws {
        let dir = CLIRunner.temporaryDirectory()
        let table = dir.appendingPathComponent("t.csv")
        try "TT,Nhiệm vụ,Chủ trì,Thời hạn\n1,Công khai ngân sách,BCA xã,Quý IV/2025\n".write(to: table, atomically: true, encoding: .utf8)
        let args = ["import", "--db", dir.appendingPathComponent("k.db").path, "--dry-run", "--number", "1/KH-UBND",
                    "--issuer", "UBND xã Đa Lộc", "--title", "T", "--year", "2025", table.path]
        let unmapped = try CLIRunner.run(args)
        #expect(unmapped.status == 1)
        #expect(unmapped.stdout.contains("đơn vị mới: 1"))
        let mapped = try CLIRunner.run(args + ["--map", "BCA xã=Công an xã"])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(mapped.stdout.contains("đơn vị mới: 0"))
        let bad = try CLIRunner.run(args + ["--map", "BCA xã"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--map"))
    }

    @Test("--emit-json writes the plan JSON that is stored; '-' puts it on standard output and the report on standard error")
    func emitJSON() throws {
        let dir = CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("plan.json")
        let table = Self.fixtures.appendingPathComponent("bang-20-dong.tsv").path
        let written = try CLIRunner.run(["import", "--db", dir.appendingPathComponent("k.db").path, "--dry-run",
                                         "--emit-json", out.path, table])
        #expect(written.status == 0, "\(written.stderr)")
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as! [String: Any]
        #expect(plan["number"] as? String == "15/KH-UBND")
        #expect((plan["tasks"] as? [Any])?.count == 20)
        let piped = try CLIRunner.run(["import", "--db", dir.appendingPathComponent("k2.db").path, "--dry-run", "--emit-json", "-", table])
        #expect(piped.status == 0, "\(piped.stderr)")
        let fromStdout = try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? [String: Any]
        #expect(fromStdout?["issuer"] as? String == "UBND xã Đa Lộc")
        #expect(piped.stderr.contains("Báo cáo nhập"))
    }

    @Test("a table that states no plan gets every missing field named in one run")
    func missingFieldsAtOnce() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let result = try CLIRunner.run(["import", "--db", db, Self.fixtures.appendingPathComponent("khong-cot-chu-tri.csv").path])
        #expect(result.status == 1)
        for option in ["--number", "--issuer", "--title", "--year"] { #expect(result.stderr.contains(option), "\(result.stderr)") }
    }

    @Test("a .doc is refused with the save-as steps")
    func docRefused() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let result = try CLIRunner.run(["import", "--db", db, Self.fixtures.appendingPathComponent("word-cu.doc").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Lưu thành (File > Save As)"))
    }

    @Test("plain 'kehoach deadline' shows what needs review under the reading")
    func deadlineDiagnostics() throws {
        let result = try CLIRunner.run(["deadline", "--year", "2025", "Đầu tháng 9", "Trước ngày 05 hàng tháng"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Đầu tháng 9 (hạn 10/09/2025)
              ! 'Đầu tháng 9' không nêu ngày; tạm lấy hạn 10/09/2025, cần kiểm tra
            hằng tháng (trước ngày 05)

            """)
    }
}
