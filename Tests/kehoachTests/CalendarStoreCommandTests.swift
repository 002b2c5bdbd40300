import Foundation
import Testing

/// `kehoach calendar`: the admin's overrides kept in the store move the stored due dates, and
/// every command that counts working days on stored occurrences (check, report) uses them.
/// Đa Lộc's 01/KH-UBND, with 30/06/2025 (Monday: Quý II's due date) and 04/07/2025 (Friday: the
/// 6-month report's) declared days off.
@Suite("kehoach calendar: overrides stored in the database re-date the plans")
struct CalendarStoreCommandTests {
    let directory: URL
    let db: String
    let overrides: String

    init() throws {
        directory = CLIRunner.temporaryDirectory()
        db = directory.appendingPathComponent("k.db").path
        overrides = directory.appendingPathComponent("calendar.conf").path
        try "30/06/2025  holiday  Nghỉ đột xuất\n2025-07-04  holiday  Nghỉ bù đột xuất\n"
            .write(toFile: overrides, atomically: true, encoding: .utf8)
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")])
        precondition(imported.status == 0, imported.stderr)
    }

    @Test("set prints the occurrences whose due dates moved; the same file again changes nothing; clear moves them back")
    func setAndClear() throws {
        let set = try CLIRunner.run(["calendar", "set", overrides, "--db", db, "--by", "qtv-tinh"])
        #expect(set.status == 0, "\(set.stderr)")
        // Quý II's three occurrences (1.4, 3.8, 4.3) move to Tuesday 01/07; the 36 six-month
        // progress reports and 3.8's 6-month report (due Friday 04/07) to Monday 07/07.
        #expect(set.stdout.contains("39 lần thực hiện đổi hạn"), "\(set.stdout)")
        let rows = set.stdout.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30 ") && $0.contains("Quý II/2025") && $0.hasSuffix("30/06/2025  01/07/2025") })
        #expect(rows.contains { $0.hasPrefix("xa-da-loc:01/KH-UBND:2025:1.10:tien-do-6-thang ") && $0.hasSuffix("04/07/2025  07/07/2025") })
        #expect(rows.filter { $0.hasSuffix("30/06/2025  01/07/2025") }.count == 3)
        #expect(rows.filter { $0.hasSuffix("04/07/2025  07/07/2025") }.count == 36)
        let again = try CLIRunner.run(["calendar", "set", overrides, "--db", db])
        #expect(again.stdout == "Lịch đã lưu giống hệt; không có gì thay đổi.\n")
        let shown = try CLIRunner.run(["calendar", "show", "--db", db])
        #expect(shown.stdout == (try String(contentsOfFile: overrides, encoding: .utf8)))
        let history = try CLIRunner.run(["history", "--db", db, "--json"])
        #expect(history.stdout.contains("\"actor\":\"qtv-tinh\",\"action\":\"calendar.overrides\""))
        let cleared = try CLIRunner.run(["calendar", "clear", "--db", db])
        #expect(cleared.stdout.hasPrefix("Đã bỏ lịch điều chỉnh: 39 lần thực hiện đổi hạn"))
        #expect(try CLIRunner.run(["calendar", "show", "--db", db]).stdout.hasPrefix("Chưa lưu điều chỉnh nào"))
    }

    @Test("overdue, check and report count on the stored calendar: Quý II is due 01/07, the 6-month report 07/07")
    func commandsUseTheStoredCalendar() throws {
        #expect(try CLIRunner.run(["calendar", "set", overrides, "--db", db]).status == 0)
        let overdue = try CLIRunner.run(["overdue", "--db", db, "--as-of", "2025-07-01", "--json"])
        #expect(!overdue.stdout.contains("\"id\":\"xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30\""), "due on 01/07 itself: not yet overdue")
        let occurrence = try CLIRunner.run(["overdue", "--db", db, "--as-of", "2025-07-02", "--json"]).stdout
            .split(separator: "\n").first { $0.contains("\"id\":\"xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30\"") }
        #expect(occurrence?.contains("\"written_due\":\"2025-06-30\"") == true && occurrence?.contains("\"due\":\"2025-07-01\"") == true)

        let monday = try CLIRunner.run(["check", "--db", db, "--now", "2025-06-30T08:00", "--dry-run", "--json"])
        #expect(!monday.stdout.contains("xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30/due/"), "30/06 is a day off now")
        let tuesday = try CLIRunner.run(["check", "--db", db, "--now", "2025-07-01T08:00", "--dry-run", "--json"])
        #expect(tuesday.stdout.contains("\"id\":\"xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30/due/0\""))

        let report = try CLIRunner.run(["report", "01/KH-UBND", "--period", "6-thang", "--as-of", "2025-07-05", "--db", db])
        #expect(report.stdout.contains("Hạn gửi báo cáo: 07/07/2025 (kế hoạch ghi 04/07/2025, Nghỉ bù đột xuất, lùi sang ngày làm việc kế tiếp)"),
                "\(report.stdout.prefix(800))")
    }

    @Test("a bad override file is refused with its line, exit 1, and the stored dates stay")
    func badFile() throws {
        let bad = directory.appendingPathComponent("bad.conf").path
        try "2025-06-30  holiday\nngày mai  holiday\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["calendar", "set", bad, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("dòng 2"))
        #expect(try CLIRunner.run(["calendar", "show", "--db", db]).stdout.hasPrefix("Chưa lưu điều chỉnh nào"))
        let due = try CLIRunner.run(["occurrences", "--db", db, "--as-of", "2025-06-25", "--json"]).stdout
        #expect(due.contains("\"id\":\"xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30\"") && due.contains("\"due\":\"2025-06-30\""))
    }
}
