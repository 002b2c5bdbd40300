import Foundation
import Testing

/// The engine through the CLI on Đa Lộc's 01/KH-UBND; expectations worked out by hand from the
/// plan's cells and the 2025 calendar.
@Suite("kehoach overdue, done, event, check, situation on Đa Lộc 2025")
struct ProgressCommandTests {
    let db: String

    init() throws {
        db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")])
        precondition(imported.status == 0, imported.stderr)
    }

    func lines(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLIRunner.run(arguments + ["--db", db, "--json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test("on 05/07/2025 the Văn phòng's 'Quý II/2025' task 1.4 (due Monday 30/06) is overdue; on 30/06 it is not")
    func overdueByAlias() throws {
        let overdue = try lines(["overdue", "--as-of", "2025-07-05", "--unit", "vp ubnd xa"])
        #expect(overdue.contains { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30" && $0["due"] as? String == "2025-06-30" })
        #expect(overdue.allSatisfy { ($0["due"] as! String) < "2025-07-05" && $0["state"] as? String == "overdue" })
        let onTheDay = try lines(["overdue", "--as-of", "2025-06-30", "--unit", "vp ubnd xa"])
        #expect(!onTheDay.contains { $0["task_ref"] as? String == "1.4" })
    }

    @Test("done on time leaves the overdue list; done after the due date is done_late")
    func completion() throws {
        #expect(try CLIRunner.run(["done", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "--on", "2025-06-25", "--evidence", "Thông báo số 45/TB-UBND", "--db", db]).status == 0)
        #expect(!(try lines(["overdue", "--as-of", "2025-07-05"])).contains { $0["task_ref"] as? String == "1.4" })
        let late = try CLIRunner.run(["done", "xa-da-loc:01/KH-UBND:2025:1.10:tien-do-6-thang", "--on", "2025-07-07", "--db", db])
        #expect(late.stdout.contains("muộn so với hạn 04/07/2025"))
        let done = try lines(["occurrences", "--as-of", "2025-07-10", "--plan", "01/KH-UBND"])
        #expect(done.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30" }?["state"] as? String == "done")
        #expect((done.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30" }?["completion"] as? [String: Any])?["evidence"] as? String == "Thông báo số 45/TB-UBND")
        #expect(done.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:1.10:tien-do-6-thang" }?["state"] as? String == "done_late")
        #expect(try CLIRunner.run(["reopen", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "--db", db]).status == 0)
        #expect(try lines(["overdue", "--as-of", "2025-07-05"]).contains { $0["task_ref"] as? String == "1.4" })
    }

    @Test("--on and --as-of take 25/06/2025 as well as 2025-06-25, and judge the same")
    func vietnameseDates() throws {
        let done = try CLIRunner.run(["done", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "--on", "25/06/2025", "--db", db])
        #expect(done.status == 0, "\(done.stderr)")
        let iso = try lines(["occurrences", "--as-of", "2025-07-05", "--plan", "01/KH-UBND"])
        let written = try lines(["occurrences", "--as-of", "05/07/2025", "--plan", "01/KH-UBND"])
        #expect(iso.map { $0["id"] as! String } == written.map { $0["id"] as! String })
        let task = written.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30" }
        #expect(task?["state"] as? String == "done")
        #expect((task?["completion"] as? [String: Any])?["on"] as? String == "2025-06-25")
    }

    @Test("an unknown occurrence id exits 3 and names the closest id of the same task")
    func unknownOccurrence() throws {
        let result = try CLIRunner.run(["done", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-31", "--on", "2025-06-25", "--db", db])
        #expect(result.status == 3)
        #expect(result.stderr.contains("Không tìm thấy lần thực hiện 'xa-da-loc:01/KH-UBND:2025:1.4:2025-06-31'; có phải 'xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30'?"))
        let elsewhere = try CLIRunner.run(["reopen", "7:1.4:2025-06-30", "--db", db])
        #expect(elsewhere.status == 3)
        #expect(!elsewhere.stderr.contains("có phải"), "no plan 7: nothing to suggest")
    }

    @Test("the approval of QHKHSDĐ on 20/06/2025 dates task 3.9: 15 days later, Saturday 05/07, effective Monday 07/07")
    func event() throws {
        #expect(try lines(["needs-date"]).contains { $0["task_ref"] as? String == "3.9" && $0["status"] as? String == "waiting_for_event" })
        let result = try CLIRunner.run(["event", "01/KH-UBND", "phe-duyet-qhkhsdd", "--on", "2025-06-20", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("05/07/2025 → 07/07/2025"))
        #expect(!(try lines(["needs-date"])).contains { $0["task_ref"] as? String == "3.9" })
    }

    @Test("an event key no task names exits 3 with the closest key, and a date outside 1900-2100 is a usage error (exit 2)")
    func eventRefusals() throws {
        let typo = try CLIRunner.run(["event", "01/KH-UBND", "phe-duyet-qhkhsd", "--on", "2025-06-20", "--db", db])
        #expect(typo.status == 3 && typo.stderr.contains("có phải 'phe-duyet-qhkhsdd'?"), "\(typo.stderr)")
        #expect(try lines(["needs-date"]).contains { $0["task_ref"] as? String == "3.9" && $0["status"] as? String == "waiting_for_event" })
        for date in ["2101-01-01", "31/12/1899"] {
            let far = try CLIRunner.run(["done", "1:1.4:2025-06-30", "--on", date, "--db", db])
            #expect(far.status == 2 && far.stderr.contains("1900-2100"), "\(date): \(far.stderr)")
        }
    }

    @Test("check records each notice once: a second check at the same instant finds nothing new (exit 3)")
    func checkIsIdempotent() throws {
        let dry = try lines(["check", "--now", "2025-07-05T08:00", "--dry-run"])
        #expect(dry.contains { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30/overdue/0" && $0["kind"] as? String == "overdue" })
        #expect(dry.allSatisfy { ($0["message"] as! String).contains("01/KH-UBND") })
        let first = try lines(["check", "--now", "2025-07-05T08:00"])
        #expect(Set(first.map { $0["id"] as! String }) == Set(dry.map { $0["id"] as! String }))
        let second = try CLIRunner.run(["check", "--now", "2025-07-05T08:00", "--db", db])
        #expect(second.status == 3)
    }

    @Test("situation on 10/07/2025 counts per lead unit and lists the overdue task 1.4")
    func situation() throws {
        let result = try CLIRunner.run(["situation", "--as-of", "2025-07-10", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("TÌNH HÌNH THỰC HIỆN TẠI NGÀY 10/07/2025"))
        #expect(result.stdout.contains("Văn phòng - Thống kê"))
        #expect(result.stdout.contains("xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"))
        #expect(result.stdout.contains("Tổng cộng"))
    }
}
