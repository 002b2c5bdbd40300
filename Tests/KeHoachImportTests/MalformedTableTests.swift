import Foundation
import KeHoach
import Testing
@testable import KeHoachImport

@Suite("Malformed tables are refused with their line")
struct MalformedTableTests {
    func read(_ name: String) throws -> TableImporter.Result {
        try TableFile.read(Fixture.data(name), name: name, options: .init(source: name, planYear: 2025))
    }

    @Test("a header without a task column is refused at the header's line")
    func missingTaskColumn() throws {
        #expect {
            _ = try read("malformed-missing-task-column.tsv")
        } throws: { error in
            guard case let .invalidLine(file, line, _, expected) = error as? KeHoachError else { return false }
            return file == "malformed-missing-task-column.tsv" && line == 1 && expected.contains("Nhiệm vụ")
        }
    }

    @Test("a row with more cells than the header is refused at its line")
    func tooManyCells() throws {
        #expect {
            _ = try read("malformed-too-many-cells.csv")
        } throws: { error in
            guard case let .invalidLine(_, line, value, _) = error as? KeHoachError else { return false }
            return line == 4 && value == "5 ô"
        }
    }

    @Test("binary garbage is refused at the line where it starts")
    func binaryGarbage() throws {
        #expect {
            _ = try read("malformed-binary.tsv")
        } throws: { error in
            guard case let .invalidLine(_, line, value, _) = error as? KeHoachError else { return false }
            return line == 3 && value.contains("nhị phân")
        }
    }

    @Test("a Windows-1258 file is converted: its Vietnamese reads as in UTF-8")
    func windows1258() throws {
        let result = try TableFile.read(Fixture.data("chieng-dong-windows-1258.csv"), name: "w.csv",
                                        options: .init(source: "w.csv", planYear: 2022))
        #expect(result.report.encoding == "Windows-1258")
        #expect(result.tasks.count == 1)
        #expect(result.tasks.first?.description == "Triển khai tuyên truyền kết quả công tác bầu Trưởng bản")
        #expect(result.tasks.first?.deadline == "Quý I, II/2022")
        #expect(result.dimensions.first?.title == "Nội dung “Tham gia của người dân ở cấp cơ sở”")
    }

    @Test("a TCVN3 (ABC) file is refused with a message saying to save it as UTF-8")
    func tcvn3Refused() throws {
        #expect {
            _ = try read("tcvn3.csv")
        } throws: { error in
            guard let error = error as? KeHoachError, case let .invalidLine(_, line, _, expected) = error else { return false }
            return line == 1 && expected.contains("TCVN3") && expected.contains("UTF-8")
        }
    }

    @Test("headers are recognised by meaning: accents optional, any order, numbering ignored")
    func headersByMeaning() {
        #expect(TableColumn.recognise("Nhiem vu cu the") == .task)
        #expect(TableColumn.recognise("THỜI GIAN HOÀN THÀNH") == .deadline)
        #expect(TableColumn.recognise("Bộ phận tham mưu") == .lead)
        #expect(TableColumn.recognise("Sản phẩm\nđầu ra") == .output)
        #expect(TableColumn.recognise("Kết quả") == .output)
        #expect(TableColumn.recognise("Nội dung thành phần") == .component)
        #expect(TableColumn.recognise("Chỉ số nội dung") == .dimension)
        #expect(TableColumn.recognise("Ban hành kế hoạch") == nil)
        let layout = TableLayout(header: TableRow(line: 1, cells: ["Thời gian thực hiện", "Đơn vị phối hợp", "Nhiệm vụ", "STT"]))
        #expect(layout?.index == [.deadline: 0, .coordinating: 1, .task: 2, .number: 3])
    }

    @Test("a unit cell is read by the longest known name; unknown names are proposed")
    func unitCells() {
        var resolver = UnitResolver(units: StarterUnits.all)
        let known = resolver.resolve("Các ban ngành, đoàn thể xã; Công an xã và các thôn")
        #expect(known.ids == ["ban-nganh-doan-the", "cong-an", "thon"])
        #expect(known.unknown.isEmpty)
        let unknown = resolver.resolve("Hội Nông dân xã; Trạm y tế")
        #expect(unknown.unknown == ["Hội Nông dân xã"])
        #expect(unknown.ids.last == "tram-y-te")
        #expect(resolver.proposed.map(\.name) == ["Hội Nông dân xã"])
    }

    @Test("HTML-ish fragments are cleaned and continuation cells joined as the examples were")
    func cellText() {
        var cell = CellText(raw: "<p>- Đảm bảo an ninh</p> <p>- Không để phát</p>")
        cell.append(continuation: CellText(raw: "<p>sinh tội phạm</p> <p>- Giảm số vụ</p>"))
        #expect(cell.text == "- Đảm bảo an ninh\n- Không để phát sinh tội phạm\n- Giảm số vụ")
        var repeated = CellText(raw: "Thường xuyên")
        repeated.append(continuation: CellText(raw: "xuyên"))
        #expect(repeated.text == "Thường xuyên")
        #expect(CellText(raw: "Kế hoạch; Báo cáo").items == ["Kế hoạch", "Báo cáo"])
        #expect(CellText(raw: "<ul style=\"list-style-type: none\"> - Xây dựng Kế hoạch. - Báo cáo; Quyết định").items
                == ["Xây dựng Kế hoạch.", "Báo cáo; Quyết định"])
        #expect(CellText(raw: "Quyết định, Hướng dẫn").items == ["Quyết định, Hướng dẫn"])
    }
}
