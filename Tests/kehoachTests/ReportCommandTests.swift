import Foundation
import Testing

/// `kehoach report` on Đa Lộc's 01/KH-UBND (seed 001), 6-month report, judged on 05/07/2025.
///
/// Worked out by hand from the plan's cells. The regime: "Báo cáo gửi 6 tháng đầu năm trước ngày
/// 05/7/2025 (chốt số liệu 01/01/2025–30/6/2025)", so the report is due Friday 04/07/2025 and
/// covers 01/01–30/06/2025. What belongs in it:
/// - due in the window (9): 1.4 "Quý II/2025" (Mon 30/06); 3.8 "Hàng quý, 06 tháng, năm" and 4.3
///   "Định kỳ theo quý": the quarter I (Mon 31/03) and quarter II (Mon 30/06) reports, 4; the four
///   "Trong năm học" tasks 7.4, 7.6, 7.7, 7.8: school year 2024-2025 ends Sat 31/05 → Mon 02/06.
/// - the report's own items, due 04/07 after the window but covering it (36): the 6-month progress
///   report of each of the 35 "Thường xuyên" tasks (1.10, 1.11, 3.1, 3.4-3.7, 4.1, 4.2, 4.5,
///   5.1-5.4, 6.1, 7.1-7.3, 7.9, 7.11-7.16, 8.1-8.5, 9.1, 9.3-9.6) and 3.8's own 6-month report.
/// - 45 occurrences in all. Not in it: "Năm 2025" (31/12), "Quý III/2025", 7.5 (31/10), 9.2
///   "Hàng năm": due after the window, covering more than it.
/// - tasks without occurrences: waiting for an event 1.1, 1.2, 1.3 ("Khi có ..."), 1.9 ("Khi thực
///   hiện bầu Trưởng thôn"), 3.9 ("sau khi QHKHSDĐ được phê duyệt") = 5; needs a date 3.2 ("Theo
///   Kế hoạch") = 1.
/// Recorded below: on time 1.4 (25/06), 3.8 Q1 (28/03), 1.10's report (03/07) = 3; late 4.3 Q2
/// (02/07 > 30/06) = 1; 9.6's report waived (01/07) = 1; 7.4 done 08/07, after the as-of day, so
/// still overdue on 05/07. Every other occurrence is past due on 05/07: 45 − 5 = 40 overdue, 0 not
/// yet due. Completion rate 4 / (4 + 40) = 9,1%; on-time rate 3 / 44 = 6,8%.
/// Dimension 1: 1.4 and 1.10 on time, 1.11 overdue → 2/3 = 66,7%, waiting 4. Dimension 4: 4.3 Q2
/// late, 4.3 Q1, 4.1, 4.2, 4.5 overdue → 1/5 = 20,0%, on time 0,0%. Dimension 2: all "Năm 2025",
/// nothing in the window → a row of zeros with rates "—". Văn phòng - Thống kê leads 1.4, 1.10,
/// 4.1, 4.2, 5.3, 6.1, 9.3, 9.4: 2 on time, 6 overdue → 25,0%, and waits on 1.1, 1.2, 1.3, 1.9.
@Suite("kehoach report: Đa Lộc's 6-month report as of 05/07/2025")
struct ReportCommandTests {
    let directory: URL
    let db: String

    init() throws {
        directory = CLIRunner.temporaryDirectory()
        db = directory.appendingPathComponent("k.db").path
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")])
        precondition(imported.status == 0, imported.stderr)
        for (id, on, evidence) in [("xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "2025-06-25", "Thông báo số 45/TB-UBND"),
                                   ("xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1", "2025-03-28", "Báo cáo số 12/BC-UBND"),
                                   ("xa-da-loc:01/KH-UBND:2025:1.10:tien-do-6-thang", "2025-07-03", "Báo cáo số 30/BC-VP"),
                                   ("xa-da-loc:01/KH-UBND:2025:4.3:2025-Q2", "2025-07-02", "Báo cáo số 31/BC-TP"),
                                   ("xa-da-loc:01/KH-UBND:2025:7.4:NH2024-2025", "2025-07-08", "Báo cáo số 40/BC-VHXH")] {
            let done = try CLIRunner.run(["done", id, "--on", on, "--evidence", evidence, "--by", "vp", "--db", db])
            precondition(done.status == 0, "\(id): \(done.stderr)")
        }
        let waived = try CLIRunner.run(["waive", "xa-da-loc:01/KH-UBND:2025:9.6:tien-do-6-thang", "--on", "2025-07-01", "--db", db])
        precondition(waived.status == 0, waived.stderr)
    }

    func report(_ format: String, asOf: String = "2025-07-05", period: String = "6-thang") throws -> String {
        let result = try CLIRunner.run(["report", "01/KH-UBND", "--period", period, "--as-of", asOf, "--format", format, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func json(asOf: String = "2025-07-05", period: String = "6-thang") throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(try report("json", asOf: asOf, period: period).utf8)) as! [String: Any]
    }

    @Test("totals per state and rates match the hand count: 3 on time, 1 late, 40 overdue, 1 waived, 5 waiting, 1 needing a date")
    func totals() throws {
        let r = try json()
        #expect(r["window_from"] as? String == "2025-01-01" && r["window_to"] as? String == "2025-06-30")
        #expect(r["report_due"] as? String == "2025-07-04")
        #expect((r["items"] as! [Any]).count == 45)
        let t = r["totals"] as! [String: Any]
        #expect(t["done_on_time"] as? Int == 3)
        #expect(t["done_late"] as? Int == 1)
        #expect(t["overdue"] as? Int == 40)
        #expect(t["not_yet_due"] as? Int == 0)
        #expect(t["waived"] as? Int == 1)
        #expect(t["waiting_for_event"] as? Int == 5)
        #expect(t["needs_date"] as? Int == 1)
        #expect(abs((t["completion_rate"] as! Double) - 4.0 / 44) < 1e-9)
        #expect(abs((t["on_time_rate"] as! Double) - 3.0 / 44) < 1e-9)
    }

    @Test("per dimension and per lead unit, with every dimension listed")
    func breakdowns() throws {
        let r = try json()
        let dims = Dictionary(uniqueKeysWithValues: (r["by_dimension"] as! [[String: Any]]).map { ($0["key"] as! String, $0["counts"] as! [String: Any]) })
        #expect(dims.count == 9)
        #expect(dims["1"]?["done_on_time"] as? Int == 2 && dims["1"]?["overdue"] as? Int == 1 && dims["1"]?["waiting_for_event"] as? Int == 4)
        #expect(dims["4"]?["done_late"] as? Int == 1 && dims["4"]?["overdue"] as? Int == 4 && dims["4"]?["on_time_rate"] as? Double == 0)
        #expect(dims["2"]?["overdue"] as? Int == 0 && dims["2"]?["completion_rate"] == nil)
        #expect(dims["7"]?["overdue"] as? Int == 14)
        let vp = (r["by_unit"] as! [[String: Any]]).first { $0["key"] as? String == "Văn phòng - Thống kê" }?["counts"] as? [String: Any]
        #expect(vp?["done_on_time"] as? Int == 2 && vp?["overdue"] as? Int == 6 && vp?["waiting_for_event"] as? Int == 4)
        let md = try report("md")
        #expect(md.contains("| 1. Tham gia của người dân (PAPI.1) | 2 | 0 | 1 | 0 | 0 | 4 | 0 | 66,7% | 66,7% |"))
        #expect(md.contains("| Toàn kế hoạch | 3 | 1 | 40 | 0 | 1 | 5 | 1 | 9,1% | 6,8% |"))
        #expect(md.contains("| Văn phòng - Thống kê | 2 | 0 | 6 | 0 | 0 | 4 | 0 | 25,0% | 25,0% |"))
        #expect(md.contains("Thời gian chốt số liệu: từ ngày 01/01/2025 đến ngày 30/06/2025"))
    }

    @Test("evidence of each completion known on the day; a completion after the as-of day is not counted")
    func evidence() throws {
        let items = try json()["items"] as! [[String: Any]]
        let q1 = items.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1" }
        #expect(q1?["outcome"] as? String == "done_on_time" && q1?["evidence"] as? String == "Báo cáo số 12/BC-UBND" && q1?["completed_on"] as? String == "2025-03-28")
        let school = items.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:7.4:NH2024-2025" }
        #expect(school?["outcome"] as? String == "overdue" && school?["evidence"] == nil)
        let later = try json(asOf: "2025-07-10")["items"] as! [[String: Any]]
        #expect(later.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:7.4:NH2024-2025" }?["outcome"] as? String == "done_late")
    }

    @Test("before the report's due date its own items are not yet due: on 01/07 the 36 progress reports are pending")
    func ownItemsPending() throws {
        let t = try json(asOf: "2025-07-01")["totals"] as! [String: Any]
        // 1.10's report (done 03/07) and 4.3 Q2 (done 02/07) are not known yet; 9.6 waived 01/07 is.
        // Pending: the 36 own items less 9.6's = 35. Overdue: the 9 in-window items less 1.4 and 3.8 Q1 = 7.
        #expect(t["not_yet_due"] as? Int == 35)
        #expect(t["overdue"] as? Int == 7)
        #expect(t["done_on_time"] as? Int == 2 && t["done_late"] as? Int == 0 && t["waived"] as? Int == 1)
    }

    @Test("a quarter without a rule covers the quarter itself: quy-2 is 01/04–30/06 without the 6-month reports")
    func quarterWithoutRule() throws {
        let r = try json(period: "quy-2")
        #expect(r["window_from"] as? String == "2025-04-01" && r["report_due"] == nil)
        // 1.4, 3.8 Q2, 4.3 Q2 and the four school-year occurrences (02/06); 3.8 Q1 is done, so not carried over,
        // but 4.3 Q1 (31/03) is still open: carried over. 8 in all.
        #expect(Set((r["items"] as! [[String: Any]]).map { $0["id"] as! String }) == [
            "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q2", "xa-da-loc:01/KH-UBND:2025:4.3:2025-Q2", "xa-da-loc:01/KH-UBND:2025:4.3:2025-Q1",
            "xa-da-loc:01/KH-UBND:2025:7.4:NH2024-2025", "xa-da-loc:01/KH-UBND:2025:7.6:NH2024-2025", "xa-da-loc:01/KH-UBND:2025:7.7:NH2024-2025", "xa-da-loc:01/KH-UBND:2025:7.8:NH2024-2025"])
    }

    @Test("the report's due date moves off a day off and both dates are shown: 'trước 05/01/2026' is Sunday 04/01, due Monday 05/01")
    func reportDueMovesOffSunday() throws {
        let r = try json(asOf: "2025-12-31", period: "nam")
        #expect(r["report_due"] as? String == "2026-01-04")
        #expect(r["report_effective_due"] as? String == "2026-01-05")
        #expect(r["report_due_day_off"] as? String == "Chủ nhật")
        let md = try report("md", asOf: "2025-12-31", period: "nam")
        #expect(md.contains("Hạn gửi báo cáo: 05/01/2026 (kế hoạch ghi 04/01/2026, Chủ nhật, lùi sang ngày làm việc kế tiếp)"))
        // The 6-month report's Friday 04/07/2025 is a working day: one date, no explanation.
        #expect(try report("md").contains("Hạn gửi báo cáo: 04/07/2025\n"))
    }

    @Test("CSV: UTF-8 with a byte-order mark, one row per occurrence and per task without a date")
    func csv() throws {
        let result = try CLIRunner.run(["report", "01/KH-UBND", "--period", "6-thang", "--as-of", "2025-07-05", "--format", "csv",
                                        "-o", directory.appendingPathComponent("r.csv").path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: directory.appendingPathComponent("r.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let rows = text.split(separator: "\r\n")
        #expect(rows.count == 1 + 45 + 6)
        #expect(rows[0].hasPrefix("Kế hoạch,Nội dung,TT,Nhiệm vụ"))
        #expect(rows.contains { $0.contains("xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30") && $0.contains("Hoàn thành đúng hạn") && $0.contains("25/06/2025") && $0.contains("Thông báo số 45/TB-UBND") })
    }

    @Test("a bad period is a usage error (exit 2) naming the accepted forms")
    func badPeriod() throws {
        let result = try CLIRunner.run(["report", "01/KH-UBND", "--period", "quy-5", "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("6-thang, 9-thang, nam"))
    }
}


/// The HTML report as it prints: headless Chromium (Debian's `chromium`) renders it to an A4 PDF
/// and `pdftotext` (poppler-utils) reads the page back. Both are required test dependencies: a
/// missing one fails the test, it never skips.
@Suite("kehoach report --format html prints on A4 with the plan number and totals")
struct ReportHTMLTests {
    @Test("a self-contained page: inline CSS and SVG, no script, no external resource, A4 with 15 mm margins")
    func selfContained() throws {
        let html = try render()
        for banned in ["<script", "<link", "src=", "href=", "@import", "url("] {
            #expect(!html.contains(banned), "\(banned)")
        }
        #expect(html.contains("@page { size: A4; margin: 15mm; }"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<h1>BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 01/KH-UBND</h1>"))
    }

    @Test("Chromium prints it to an A4 PDF whose text has 01/KH-UBND, the window and the hand-counted totals")
    func printsWithChromium() throws {
        let directory = CLIRunner.temporaryDirectory()
        let page = directory.appendingPathComponent("bao-cao.html"), pdf = directory.appendingPathComponent("bao-cao.pdf")
        try Data(try render().utf8).write(to: page)
        guard let chromium = Self.tool(["chromium", "chromium-browser"]), let pdftotext = Self.tool(["pdftotext"]) else {
            Issue.record("headless Chromium and pdftotext are required: apt-get install -y chromium poppler-utils")
            return
        }
        let printed = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                              "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
                                              "--print-to-pdf=\(pdf.path)", page.path])
        #expect(printed == 0)
        let text = directory.appendingPathComponent("bao-cao.txt")
        #expect(try Self.run(pdftotext, ["-layout", pdf.path, text.path]) == 0)
        // Each printed line with its runs of spaces (table columns) folded to one.
        let lines = try String(contentsOf: text, encoding: .utf8).split(separator: "\n")
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let words = lines.joined(separator: " ")
        #expect(words.contains("01/KH-UBND"))
        #expect(words.contains("từ ngày 01/01/2025 đến ngày 30/06/2025"))
        // The totals row of the hand count (see ReportCommandTests): before any completion all 45
        // occurrences are past due on 05/07/2025, 5 tasks wait for an event, 1 needs a date.
        #expect(lines.contains("Toàn kế hoạch 0 0 45 0 0 5 1 0,0% 0,0%"), "\(lines.prefix(20))")
        #expect(lines.contains("7. Cung ứng dịch vụ công (PAPI.6) 0 0 14 0 0 0 0 0,0% 0,0%"))
        let info = try Data(contentsOf: pdf)
        #expect(String(decoding: info, as: UTF8.self).contains("/MediaBox [0 0 594.95996 841.91998]"))
    }

    /// The 6-month report of a freshly imported Đa Lộc plan as of 05/07/2025, as HTML.
    func render() throws -> String {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")])
        precondition(imported.status == 0, imported.stderr)
        let result = try CLIRunner.run(["report", "01/KH-UBND", "--period", "6-thang", "--as-of", "2025-07-05", "--format", "html", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    static func tool(_ names: [String]) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") {
                let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    static func run(_ tool: URL, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
