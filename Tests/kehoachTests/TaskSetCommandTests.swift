import Foundation
import Testing

/// `kehoach task set`: a date, a deadline text or an event key given by hand.
@Suite("kehoach task set")
struct TaskSetCommandTests {
    @Test("--date gives 'Theo Kế hoạch' (3.2) its occurrence; history shows the edit; needs-date no longer lists it")
    func setDate() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        #expect(try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")]).status == 0)
        let set = try CLIRunner.run(["task", "set", "3.2", "--db", db, "--plan", "01/KH-UBND", "--date", "2025-09-30", "--by", "chuyen-vien"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("thêm 1, bỏ 0 lần thực hiện"))
        #expect(set.stdout.contains("Thời hạn: 30/09/2025 — Ngày 30/09/2025"))
        let history = try CLIRunner.run(["history", "--db", db, "01/KH-UBND"])
        #expect(history.stdout.contains("task.set"), "\(history.stdout)")
        #expect(history.stdout.contains("chuyen-vien") && history.stdout.contains("'Theo Kế hoạch' →"), "\(history.stdout)")
        let needs = try CLIRunner.run(["needs-date", "--db", db])
        #expect(!needs.stdout.contains("3.2 "), "\(needs.stdout)")
    }

    @Test("a deadline not fully understood is stored and its diagnostic shown; --date with --deadline is wrong usage")
    func diagnosticsAndUsage() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        #expect(try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")]).status == 0)
        let vague = try CLIRunner.run(["task", "set", "3.2", "--db", db, "--plan", "01/KH-UBND", "--deadline", "Đầu tháng 10"])
        #expect(vague.status == 0, "\(vague.stderr)")
        #expect(vague.stdout.contains("  ! 'Đầu tháng 10' không nêu ngày"))
        let both = try CLIRunner.run(["task", "set", "3.2", "--db", db, "--plan", "01/KH-UBND", "--date", "2025-09-30", "--deadline", "Quý III"])
        #expect(both.status == 2)
        let unknown = try CLIRunner.run(["task", "set", "9.99", "--db", db, "--plan", "01/KH-UBND", "--date", "2025-09-30"])
        #expect(unknown.status == 3)
    }
}
