import Foundation
import KeHoach
import Testing
@testable import KeHoachImport

/// Tables in the forms communes really send (fixtures written by make_issue15_tables.py): each
/// imports with no junk unit and the right leads, or is refused with what to do.
@Suite("Real tables: as they come")
struct RealTableTests {
    private func read(_ name: String, options: TableImporter.Options? = nil) throws -> TableImporter.Result {
        let options = options ?? .init(source: name, planYear: 0)
        let data = try Fixture.data(name)
        return name.hasSuffix(".xlsx") ? try TableFile.readWorkbook(data, name: name, options: options)
            : try TableFile.read(data, name: name, options: options)
    }

    @Test("a 20-row table with short forms and the 2025 bodies proposes no unit, and every task has its lead")
    func twentyRows() throws {
        let result = try read("bang-20-dong.tsv")
        #expect(result.tasks.count == 20)
        #expect(result.report.newUnits.isEmpty, "\(result.report.newUnits.map(\.name))")
        let leads = result.tasks.prefix(10).map(\.lead)
        #expect(leads == [["van-phong"], ["tai-chinh"], ["phong-vhxh"], ["van-phong-hdnd-ubnd"], ["trung-tam-hcc"],
                          ["phong-kinh-te"], ["vhxh"], ["cong-an"], ["tu-phap"], ["dia-chinh"]])
        #expect(result.tasks[0].coordinating == ["ban-nganh"])
        #expect(result.tasks[4].coordinating == ["ban-nganh", "thon"])
        #expect(result.report.unitWordsIgnored.map(\.line) == [11, 21])
    }

    @Test("the totals row and the signature block after it are skipped and reported, never tasks")
    func totalsAndSignature() throws {
        let result = try read("bang-20-dong.tsv")
        #expect(!result.tasks.contains { $0.description.contains("Tổng cộng") || $0.description.contains("Nguyễn Văn An") })
        #expect(result.report.skipped.contains { $0.line == 25 && $0.reason == "dòng tổng cộng: 'Tổng cộng: 20 nhiệm vụ'" })
        #expect(result.report.skipped.filter { $0.reason.contains("hết bảng") }.count == 2)
        #expect(result.tasks.last?.deadline == "Tháng 10/2025")
    }

    @Test("the plan is read from '(Kèm theo Kế hoạch số ...)': number, issuer, date, year and title")
    func headerFromAppendixLine() throws {
        let result = try read("bang-20-dong.tsv")
        let header = PlanHeader(preamble: result.preamble)
        #expect(header.number == "15/KH-UBND")
        #expect(header.issuer == "UBND xã Đa Lộc")
        #expect(header.issuedOn == CivilDate(year: 2025, month: 8, day: 18))
        #expect(header.title == "nâng cao Chỉ số hiệu quả quản trị và hành chính công năm 2025")
        let plan = try PlanAssembler.plan(header: header, table: result)
        #expect(plan.year == 2025)
        // The deadlines were read with the plan's year, found in that line.
        let spec = DeadlineParser.parse(plan.tasks[4].deadline, planYear: plan.year)
        #expect(spec.milestones.first?.due == CivilDate(year: 2025, month: 9, day: 15))
    }

    @Test("deadlines not fully understood are counted to review, with their reason")
    func deadlinesToReview() throws {
        let report = try read("bang-20-dong.tsv").report
        #expect(report.deadlinesUnderstood == 18)
        #expect(report.deadlinesFlagged.map(\.text) == ["Đầu tháng 10", "Theo kế hoạch"])
        #expect(report.text.contains("cần xem lại: 2"))
    }

    @Test("a title line serves when there is no 'Kèm theo' line")
    func titleLine() {
        let header = PlanHeader(preamble: ["PHỤ LỤC", "KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI NĂM 2025 CỦA XÃ ĐA LỘC"])
        #expect(header.title == "NÂNG CAO CHỈ SỐ PAPI NĂM 2025 CỦA XÃ ĐA LỘC")
    }

    @Test("'Nội dung công việc' / 'Ngày chậm nhất phải hoàn thành' and no lead column: read, leads from --lead, noted")
    func noLeadColumnWithLead() throws {
        let result = try read("khong-cot-chu-tri.csv",
                              options: .init(source: "x.csv", planYear: 2025, lead: "Văn phòng HĐND và UBND xã"))
        #expect(result.tasks.count == 4)
        #expect(result.tasks.allSatisfy { $0.lead == ["van-phong-hdnd-ubnd"] })
        #expect(result.tasks.allSatisfy { $0.note?.contains("--lead") == true })
        #expect(result.report.leadNote?.contains("--lead") == true)
        #expect(!result.leadColumnMissing)
    }

    @Test("without --lead, a table with no lead column takes the plan's focal unit, noted; without one the leads stay empty and the report says so")
    func noLeadColumnFocalUnit() throws {
        let result = try read("khong-cot-chu-tri.csv", options: .init(source: "x.csv", planYear: 2025))
        #expect(result.leadColumnMissing)
        #expect(result.report.leadNote?.contains("đầu mối") == true)
        var header = PlanHeader()
        header.number = "02/KH-UBND"; header.issuer = "UBND xã Đa Lộc"; header.title = "T"
        var withFocal = result
        withFocal.units = StarterUnits.all.filter { $0.id == "van-phong" || $0.id == "ubnd-xa" }
        // Seed 001's reporting sentence names the focal unit: "(qua Văn phòng – Thống kê xã)".
        header.regime = ReportingRegime(paragraphs: ["Định kỳ báo cáo kết quả thực hiện về UBND xã (qua Văn phòng – Thống kê xã) "
            + "để theo dõi. Báo cáo gửi 6 tháng đầu năm trước ngày 05/7/2025 (thời gian chốt số liệu tính từ ngày 01/01/2025 đến ngày 30/6/2025)."],
                                        units: StarterUnits.all)
        #expect(header.regime?.focalUnit == "van-phong")
        let plan = try PlanAssembler.plan(header: header, year: 2025, table: withFocal)
        #expect(plan.tasks.allSatisfy { $0.lead == ["van-phong"] && $0.note?.contains("đầu mối") == true })
        header.regime = nil
        let bare = try PlanAssembler.plan(header: header, year: 2025, table: result)
        #expect(bare.tasks.allSatisfy { $0.lead.isEmpty })
    }

    @Test("every missing header field is reported at once, in Vietnamese")
    func allMissingFieldsAtOnce() throws {
        let result = try read("khong-cot-chu-tri.csv")
        do {
            _ = try PlanAssembler.plan(header: PlanHeader(), table: result)
            Issue.record("a plan with no number, issuer, title or year was assembled")
        } catch {
            for field in ["số kế hoạch", "cơ quan ban hành", "tên kế hoạch", "năm kế hoạch"] {
                #expect(error.message.contains(field), "\(error.message)")
            }
        }
    }

    @Test("a two-row header ('Đơn vị thực hiện' over 'Chủ trì | Phối hợp') gives leads and partners")
    func twoRowHeader() throws {
        let result = try read("tieu-de-hai-dong.csv", options: .init(source: "x.csv", planYear: 2025))
        #expect(result.tasks.map(\.lead) == [["van-phong-hdnd-ubnd"], ["phong-vhxh"]])
        #expect(result.tasks.map(\.coordinating) == [["ban-nganh"], ["thon"]])
        #expect(result.tasks.map(\.description).allSatisfy { !$0.isEmpty })
    }

    @Test("Excel's Unicode Text (UTF-16 with BOM) is read as text, not refused as binary")
    func utf16() throws {
        let result = try read("unicode-text.txt", options: .init(source: "x.txt", planYear: 2025))
        #expect(result.report.encoding == "UTF-16")
        #expect(result.tasks.map(\.lead) == [["van-phong"], ["cong-an"]])
        #expect(result.tasks.last?.deadline == "Trước ngày 05 hàng tháng")
        // Without a BOM too.
        var bytes = [UInt8](try Fixture.data("unicode-text.txt"))
        bytes.removeFirst(2)
        #expect(TextDecoding.utf16(bytes)?.hasPrefix("TT\tNhiệm vụ") == true)
        #expect(TextDecoding.utf16(Array("TT\tNhiệm vụ".utf8)) == nil)
    }

    @Test(".xlsx is read from its sheet XML: shared and inline strings, a merged cell filled from above, line breaks kept")
    func xlsx() throws {
        let result = try read("bang.xlsx", options: .init(source: "bang.xlsx", planYear: 2025))
        #expect(result.tasks.count == 4)
        #expect(result.tasks.map(\.lead) == [["van-phong-hdnd-ubnd"], ["phong-vhxh"], ["cong-an"], ["trung-tam-hcc"]])
        #expect(result.tasks[3].deadline == "Tháng 12/2025")
        #expect(result.tasks[2].deadline == "Trước ngày 05 hàng tháng")
        #expect(result.tasks[3].description.contains("\n(theo kế hoạch của huyện)"))
        #expect(result.report.newUnits.isEmpty)
    }

    @Test(".doc, .pdf and .odt are refused with the exact save-as steps", arguments: [
        ("word-cu.doc", "doc", "\"Tài liệu Word (*.docx)\""),
        ("van-ban.pdf", "pdf", "CSV UTF-8"),
        ("van-ban.odt", "odt", "\"Word 2007-365 (.docx)\""),
    ])
    func refusals(file: String, ext: String, hint: String) throws {
        let bytes = [UInt8](try Fixture.data(file))
        let refusal = try #require(DocumentRefusal.refusal(file: file, ext: ext, data: bytes))
        #expect(refusal.message.contains("Lưu thành (File > Save As)"))
        #expect(refusal.message.contains(hint))
        // A Word 97 file renamed .docx is still told it is a .doc.
        #expect(DocumentRefusal.refusal(file: "x.docx", ext: "docx", data: [0xD0, 0xCF, 0x11, 0xE0])?.message.contains("(.doc)") == true)
        #expect(DocumentRefusal.refusal(file: "x.docx", ext: "docx", data: Array("PK".utf8)) == nil)
    }

    @Test("--columns maps columns by hand, by number or letter, and names a bad one")
    func columnsByHand() throws {
        #expect(try TableColumn.mapping("task=2, lead=C, deadline=5") == [.task: 1, .lead: 2, .deadline: 4])
        #expect(try TableColumn.mapping("Nhiệm vụ=2") == [.task: 1])
        #expect(throws: KeHoachError.self) { try TableColumn.mapping("tasks=2") }
        let rows = [TableRow(line: 1, cells: ["1", "Công khai ngân sách", "Tháng 12/2025", "Công an xã"])]
        let result = try TableImporter(options: .init(source: "x", planYear: 2025, columns: [.number: 0, .task: 1, .deadline: 2, .lead: 3]))
            .read(rows)
        #expect(result.tasks.map(\.lead) == [["cong-an"]])
        #expect(result.tasks.first?.deadline == "Tháng 12/2025")
    }

    @Test("the header vocabulary: Nội dung, Tiến độ, Cơ quan chủ trì, Đơn vị thực hiện, longer wordings", arguments: [
        ("Nội dung công việc", TableColumn.task), ("Ngày chậm nhất phải hoàn thành", .deadline), ("Tiến độ", .deadline),
        ("Thời hạn", .deadline), ("Cơ quan chủ trì", .lead), ("Chủ trì", .lead), ("Đơn vị chủ trì thực hiện", .lead),
        ("Thời gian hoàn thành (dự kiến)", .deadline), ("Nội dung thành phần", .component), ("Nội dung", .dimension),
    ])
    func vocabulary(header: String, column: TableColumn) {
        #expect(TableColumn.recognise(header) == column)
    }
}

extension RealTableTests {
    @Test("a row that merely starts with 'Tổng số' or 'Chủ tịch' is text, not the end of the table")
    func closingRowsAreShortAndDistinct() {
        #expect(TableState.closingRow(TableRow(line: 1, cells: ["Tổng số hộ nghèo được rà soát lại"])) == nil)
        #expect(TableState.closingRow(TableRow(line: 1, cells: ["Chủ tịch UBND xã chỉ đạo"])) == nil)
        #expect(TableState.closingRow(TableRow(line: 1, cells: ["Tổng số: 12"])) != nil)
        #expect(TableState.closingRow(TableRow(line: 1, cells: ["", "CHỦ TỊCH"])) != nil)
        #expect(TableState.closingRow(TableRow(line: 1, cells: ["Nơi nhận:\n- Như trên;"])) != nil)
        #expect(TableState.closingRow(TableRow(line: 1, cells: ["1", "Tổng cộng", "x", "y"])) == nil)
    }
}
