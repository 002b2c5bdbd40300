import Foundation
import Testing

@Suite("kehoach workdays, export, history")
struct WorkdaysExportHistoryTests {
    @Test("the first working day after Friday 24/01/2025 is Monday 03/02/2025: Tết 2025 lies between")
    func addAcrossTet() throws {
        let result = try CLIRunner.run(["workdays", "add", "2025-01-24", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("2025-02-03"))
        #expect(try CLIRunner.run(["workdays", "count", "2025-01-24", "2025-02-03"]).stdout == "1\n")
        #expect(try CLIRunner.run(["workdays", "add", "--", "2025-02-03", "-1"]).stdout.hasPrefix("2025-01-24"))
    }

    @Test("dates may be typed as the plans write them: 24/01/2025 is 2025-01-24; a two-digit year is refused")
    func vietnameseDateForm() throws {
        #expect(try CLIRunner.run(["workdays", "add", "24/01/2025", "1"]).stdout.hasPrefix("2025-02-03"))
        #expect(try CLIRunner.run(["workdays", "count", "24.01.2025", "3/2/2025"]).stdout == "1\n")
        let short = try CLIRunner.run(["workdays", "add", "24/01/25", "1"])
        #expect(short.status == 2)
        #expect(short.stderr.contains("YYYY-MM-DD hoặc dd/MM/yyyy"))
    }

    @Test("a due date on Sunday 04/01/2026 takes effect on Monday 05/01/2026")
    func dayOffRule() throws {
        let result = try CLIRunner.run(["workdays", "next", "2026-01-04"])
        #expect(result.stdout.hasPrefix("2026-01-05"))
        #expect(result.stdout.contains("Chủ nhật"))
    }

    @Test("an impossible date is a usage error naming the expected form")
    func badDate() throws {
        let result = try CLIRunner.run(["workdays", "add", "2025-02-29", "3"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test("export gives back the imported plan: every task's deadline verbatim, and it imports again unchanged")
    func exportRoundTrip() throws {
        let dir = CLIRunner.temporaryDirectory()
        let first = dir.appendingPathComponent("a.db").path, second = dir.appendingPathComponent("b.db").path
        let file = CLIRunner.example("da-loc-2025.json")
        #expect(try CLIRunner.run(["import", "--db", first, file]).status == 0)
        let exported = dir.appendingPathComponent("export.json").path
        #expect(try CLIRunner.run(["export", "--db", first, "01/KH-UBND", "-o", exported]).status == 0)
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        let again = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: exported))) as! [String: Any]
        #expect(again["format"] as? String == "kehoach.plan/1")
        let deadlines = { (plan: [String: Any]) in (plan["tasks"] as! [[String: Any]]).map { $0["deadline"] as! String } }
        #expect(deadlines(original) == deadlines(again))
        #expect((original["units"] as! [Any]).count == (again["units"] as! [Any]).count)
        #expect(try CLIRunner.run(["import", "--db", second, exported]).status == 0)
        let twice = try CLIRunner.run(["export", "--db", second, "01/KH-UBND"])
        #expect(twice.stdout == (try String(contentsOfFile: exported, encoding: .utf8)))
    }

    @Test("history lists the import with its actor")
    func history() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        #expect(try CLIRunner.run(["import", "--db", db, "--actor", "vp-da-loc", CLIRunner.example("da-loc-2025.json")]).status == 0)
        let result = try CLIRunner.run(["history", "--db", db, "--json"])
        #expect(result.status == 0)
        let entry = try JSONSerialization.jsonObject(with: Data(result.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
        #expect(entry["action"] as? String == "plan.import")
        #expect(entry["actor"] as? String == "vp-da-loc")
        // The table shows the same instant as an official writes it: dd/MM/yyyy HH:mm, Vietnam time.
        let at = try #require(entry["at"] as? String)
        let parts = at.split(separator: "T")
        let day = parts[0].split(separator: "-")
        let written = "\(day[2])/\(day[1])/\(day[0]) \(parts[1].prefix(5))"
        let table = try CLIRunner.run(["history", "--db", db])
        #expect(table.stdout.split(separator: "\n")[2].hasPrefix(written + "  vp-da-loc"), "\(table.stdout)")
    }
}
