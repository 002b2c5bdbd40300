import Foundation
import Testing
@testable import kehoach

@Suite("TextTable: columns line up as a terminal shows them")
struct TextTableTests {
    @Test("a decomposed 'Tư pháp - Hộ tịch' (NFD) and a red 'Quá hạn' take the columns of their plain forms")
    func widthIgnoresMarksAndColours() {
        #expect(TextTable.width("Tư pháp - Hộ tịch".decomposedStringWithCanonicalMapping) == 17)
        #expect(TextTable.width("\u{1B}[31mQuá hạn\u{1B}[0m") == 7)
        #expect(TextTable.width("Quá hạn") == 7)
    }

    @Test("the next column starts at the same place after a coloured cell and after a plain one")
    func colouredCellsAlign() {
        var table = TextTable(headers: ["Trạng thái", "Mã"])
        table.append(["\u{1B}[31mQuá hạn\u{1B}[0m", "2:1.4:2025-06-30"])
        table.append(["Chưa đến hạn", "2:3.8:2025-Q2"])
        let lines = table.render().split(separator: "\n").map { String($0).replacingEscapes() }
        #expect(lines[2].firstRange(of: "2:1.4")?.lowerBound.utf16Offset(in: lines[2])
                == lines[3].firstRange(of: "2:3.8")?.lowerBound.utf16Offset(in: lines[3]))
    }

    @Test("wrapped cells leave no trailing spaces on any line")
    func noTrailingSpaces() {
        var table = TextTable(headers: ["TT", "Nhiệm vụ", "Chủ trì"], maxWidth: [nil, 20, nil])
        table.append(["1.4", "Công khai Đề án sắp xếp ĐVHC cấp xã giai đoạn 2023-2025 của tỉnh Hưng Yên", "Văn phòng - Thống kê"])
        let lines = table.render().split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.last != " " })
        #expect(lines.dropFirst(2).allSatisfy { TextTable.width(String($0)) <= 3 + 2 + 20 + 2 + 20 })
    }
}

private extension String {
    /// The text without ANSI colour sequences, to compare positions as a terminal shows them.
    func replacingEscapes() -> String {
        var out = "", inEscape = false
        for s in unicodeScalars {
            if inEscape { if s == "m" { inEscape = false } } else if s == "\u{1B}" { inEscape = true } else { out.unicodeScalars.append(s) }
        }
        return out
    }

}
