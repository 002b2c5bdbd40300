import Foundation
import Testing

/// The administrative frame of `kehoach report` (Nghị định 30/2020/NĐ-CP), its options, the
/// format taken from `-o`, notes of completions and waivers, and the targets, on Đa Lộc's
/// 01/KH-UBND (seed 001): issued by "UBND xã Đa Lộc", place "Đa Lộc", implementing 183/KH-UBND of
/// "UBND huyện Ân Thi", signed "TM. ỦY BAN NHÂN DÂN XÃ / CHỦ TỊCH" Nguyễn Văn Giản.
@Suite("kehoach report: the Nghị định 30 frame, its options, formats, notes and targets")
struct ReportFrameTests {
    let directory: URL
    let db: String

    init() throws {
        let fixture = try ReportFixture([
            ["done", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "--on", "2025-06-25", "--evidence", "Thông báo số 45/TB-UBND", "--note", "Niêm yết tại nhà văn hóa 6 thôn"],
            ["waive", "xa-da-loc:01/KH-UBND:2025:9.6:tien-do-6-thang", "--on", "2025-07-01", "--note", "Gộp vào báo cáo chung của xã"]])
        directory = fixture.directory
        db = fixture.db
    }

    func report(_ extra: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
        let r = try CLIRunner.run(["report", "01/KH-UBND", "--period", "6-thang", "--as-of", "2025-07-05", "--db", db] + extra)
        return (r.status, r.stdout, r.stderr)
    }

    @Test("from the plan alone: body in capitals, a blank number for the clerk, place and date, Kính gửi the district, the plan's signer")
    func frameFromThePlan() throws {
        let md = try report().stdout
        #expect(md.hasPrefix("**ỦY BAN NHÂN DÂN**  \n**XÃ ĐA LỘC**  \nSố:       /BC-UBND\n"))
        #expect(md.contains("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**"))
        #expect(md.contains("*Đa Lộc, ngày 05 tháng 7 năm 2025*"))
        #expect(md.contains("# BÁO CÁO\n\n**Kết quả thực hiện Kế hoạch số 01/KH-UBND ngày 02/01/2025 về nâng cao hiệu quả quản trị và hành chính công xã Đa Lộc năm 2025**  \n**6 tháng đầu năm 2025**"))
        #expect(md.contains("Kính gửi: UBND huyện Ân Thi.\n"))
        #expect(md.contains("## I. KẾT QUẢ ĐẠT ĐƯỢC") && md.contains("## II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN") && md.contains("## III. KIẾN NGHỊ, ĐỀ XUẤT"))
        #expect(md.contains("***Nơi nhận:***  \n- Như trên;  \n- Lưu: VT.  \n"))
        #expect(md.contains("**TM. ỦY BAN NHÂN DÂN XÃ**  \n**CHỦ TỊCH**  \n\n**Nguyễn Văn Giản**"))
    }

    @Test("the options set the number, recipients, copies, signer, capacity and date; a 'Lưu' copy replaces the default")
    func frameOptions() throws {
        let md = try report(["--number", "45/BC-UBND", "--to", "UBND huyện Ân Thi", "--to", "Phòng Nội vụ huyện",
                             "--cc", "Thường trực Đảng ủy xã", "--cc", "Lưu: VP", "--signer", "Trần Văn Bình",
                             "--signer-title", "KT. Chủ tịch / Phó Chủ tịch", "--date", "03/07/2025"]).stdout
        #expect(md.contains("Số: 45/BC-UBND\n"))
        #expect(md.contains("*Đa Lộc, ngày 03 tháng 7 năm 2025*"))
        #expect(md.contains("Kính gửi:\n\n- UBND huyện Ân Thi\n- Phòng Nội vụ huyện\n"))
        #expect(md.contains("***Nơi nhận:***  \n- Như trên;  \n- Thường trực Đảng ủy xã;  \n- Lưu: VP.  \n"))
        #expect(md.contains("**KT. CHỦ TỊCH**  \n**PHÓ CHỦ TỊCH**  \n\n**Trần Văn Bình**"))
        let bad = try report(["--date", "2025-02-30"])
        #expect(bad.status == 2 && bad.stderr.contains("--date '2025-02-30' không hợp lệ"))
    }

    @Test("the narrative is filled with the figures and left to complete: totals sentence, overdue list, proposals, placeholders")
    func narrative() throws {
        let md = try report().stdout
        #expect(md.contains("Trong kỳ có 45 lần thực hiện nhiệm vụ đến hạn hoặc thuộc kỳ báo cáo: hoàn thành đúng hạn 1, hoàn thành muộn 0, quá hạn 43, chưa đến hạn 0, được miễn 1; 5 nhiệm vụ đang chờ sự kiện, 1 nhiệm vụ chưa có thời hạn cụ thể. Tỷ lệ hoàn thành 2,3%, tỷ lệ đúng hạn 2,3%."))
        #expect(md.contains("Còn 43 lần thực hiện nhiệm vụ quá hạn chưa hoàn thành:"))
        #expect(md.contains("Xác định thời hạn cụ thể cho nhiệm vụ 3.2."))
        #expect(md.contains("*[Nêu nguyên nhân khách quan, chủ quan của các tồn tại, hạn chế.]*"))
        #expect(md.contains("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 01/KH-UBND ngày 02/01/2025 6 tháng đầu năm 2025 của UBND xã Đa Lộc./."))
    }

    @Test("notes and evidence of completions and waivers are shown, in the text and the appendix, and in JSON")
    func notesAndEvidence() throws {
        let md = try report().stdout
        #expect(md.contains("| 1.4 |") && md.contains("| Hoàn thành đúng hạn ngày 25/06/2025 | Thông báo số 45/TB-UBND | Niêm yết tại nhà văn hóa 6 thôn |"))
        #expect(md.contains("| Miễn thực hiện ngày 01/07/2025 |  | Gộp vào báo cáo chung của xã |"))
        #expect(md.contains("Ghi chú: Gộp vào báo cáo chung của xã"))
        let json = try JSONSerialization.jsonObject(with: Data(try report(["--format", "json"]).stdout.utf8)) as! [String: Any]
        let items = json["items"] as! [[String: Any]]
        #expect(items.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30" }?["note"] as? String == "Niêm yết tại nhà văn hóa 6 thôn")
        #expect(items.first { $0["id"] as? String == "xa-da-loc:01/KH-UBND:2025:9.6:tien-do-6-thang" }?["note"] as? String == "Gộp vào báo cáo chung của xã")
    }

    @Test("targets are read and reported not measured: 3.5 '- Từ 70% các thôn trở lên được kiểm tra/giám sát' is ≥ 70 %")
    func targets() throws {
        let json = try JSONSerialization.jsonObject(with: Data(try report(["--format", "json"]).stdout.utf8)) as! [String: Any]
        let targets = json["targets"] as! [[String: Any]]
        let villages = try #require(targets.first { ($0["text"] as? String)?.hasPrefix("- Từ 70% các thôn") == true })
        let measure = try #require((villages["measures"] as? [[String: Any]])?.first)
        #expect(villages["reading"] as? String == "quantified")
        #expect(measure["comparator"] as? String == "≥" && measure["value"] as? Double == 70 && measure["unit"] as? String == "%")
        #expect(measure["metric"] as? String == "các thôn được kiểm tra/giám sát")
        #expect(measure["result"] as? String == "not_measured" && measure["achieved"] == nil)
        #expect(targets.contains { $0["reading"] as? String == "qualitative" && $0["text"] as? String == "Tự đánh giá" })
        let md = try report().stdout
        #expect(md.contains("| - Từ 70% các thôn trở lên được kiểm tra/giám sát | ≥ 70 %: Chưa đo |"))
        #expect(!md.contains("| Tự đánh giá |"), "qualitative targets are counted in a note, not listed")
    }

    @Test("kehoach target set records what was achieved; the report says met, not met, or not measured; a later measurement is not known yet")
    func achievedValues() throws {
        let set = try CLIRunner.run(["target", "set", "xa-da-loc:01/KH-UBND:2025:3.5:tien-do-6-thang", "75%", "--on", "2025-06-30", "--db", db])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("đạt 75 ngày 30/06/2025"))
        #expect(try CLIRunner.run(["target", "set", "xa-da-loc:01/KH-UBND:2025:3.6:tien-do-6-thang", "65,5", "--measure", "2", "--on", "30/06/2025", "--db", db]).status == 0)
        #expect(try CLIRunner.run(["target", "set", "xa-da-loc:01/KH-UBND:2025:3.6:tien-do-6-thang", "100", "--on", "2025-07-06", "--db", db]).status == 0)
        let refused = try CLIRunner.run(["target", "set", "xa-da-loc:01/KH-UBND:2025:1.10:tien-do-6-thang", "1", "--db", db])
        #expect(refused.status == 1 && refused.stderr.contains("đánh giá theo nội dung"))
        let bad = try CLIRunner.run(["target", "set", "xa-da-loc:01/KH-UBND:2025:3.5:tien-do-6-thang", "bảy mươi", "--db", db])
        #expect(bad.status == 2 && bad.stderr.contains("cần một số"))

        let json = try JSONSerialization.jsonObject(with: Data(try report(["--format", "json"]).stdout.utf8)) as! [String: Any]
        let targets = json["targets"] as! [[String: Any]]
        func results(_ ref: String) -> [String] {
            ((targets.first { $0["task_ref"] as? String == ref }?["measures"] as? [[String: Any]]) ?? []).map { $0["result"] as? String ?? "" }
        }
        #expect(results("3.5") == ["met"])
        // 3.6's first measure was measured on 06/07, after the report's day: not known on 05/07.
        #expect(results("3.6") == ["not_measured", "not_met", "not_measured"])
        let md = try report().stdout
        #expect(md.contains("| ≥ 70 %: Đạt (đạt được 75 %) |"))
        #expect(md.contains("= 100 %: Chưa đo; ≥ 70 %: Không đạt (đạt được 65,5 %); ≥ 20 %: Chưa đo |"))
        let later = try JSONSerialization.jsonObject(with: Data(try CLIRunner.run(["report", "01/KH-UBND", "--period", "6-thang", "--as-of", "2025-07-10",
                                                                                  "--format", "json", "--db", db]).stdout.utf8)) as! [String: Any]
        let measures = ((later["targets"] as! [[String: Any]]).first { $0["task_ref"] as? String == "3.6" }?["measures"] as? [[String: Any]]) ?? []
        #expect(measures.first?["result"] as? String == "met" && measures.first?["measured_on"] as? String == "2025-07-06")
    }

    @Test("the format comes from -o's extension; --format wins; an unknown extension or .docx to the screen is a usage error")
    func formatFromExtension() throws {
        for (name, prefix) in [("bao-cao.html", "<!DOCTYPE html>"), ("bao-cao.md", "**ỦY BAN NHÂN DÂN**"), ("bao-cao.json", "{"),
                               ("bao-cao.csv", "\u{FEFF}Kế hoạch,"), ("BAO-CAO.HTM", "<!DOCTYPE html>"), ("bao-cao.docx", "PK")] {
            let file = directory.appendingPathComponent(name)
            let r = try report(["-o", file.path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            let head = String(decoding: try Data(contentsOf: file).prefix(prefix.utf8.count), as: UTF8.self)
            #expect(head == prefix, "\(name)")
        }
        let forced = directory.appendingPathComponent("bao-cao-md.html")
        #expect(try report(["--format", "md", "-o", forced.path]).status == 0)
        #expect(try String(contentsOf: forced, encoding: .utf8).hasPrefix("**ỦY BAN NHÂN DÂN**"))
        let pdf = try report(["-o", directory.appendingPathComponent("bao-cao.pdf").path])
        #expect(pdf.status == 2 && pdf.stderr.contains("đuôi .pdf"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bao-cao.pdf").path))
        let screen = try report(["--format", "docx"])
        #expect(screen.status == 2 && screen.stderr.contains("-o bao-cao.docx"))
    }
}
