import KeHoach

/// What a column of a plan's task table holds, recognised from its header by meaning.
public enum TableColumn: String, CaseIterable, Hashable, Sendable {
    /// "TT", "STT": the row's number.
    case number
    /// "Chỉ số nội dung", "Nội dung", "Lĩnh vực": the dimension.
    case dimension
    /// "Nội dung thành phần", "Tiêu chí thành phần": the component.
    case component
    /// "Nhiệm vụ", "Nhiệm vụ cụ thể", "Nội dung công việc": the task.
    case task
    /// "Chỉ tiêu": the target.
    case target
    /// "Sản phẩm đầu ra", "Kết quả", "Sản phẩm": the outputs.
    case output
    /// "Đơn vị chủ trì", "Bộ phận tham mưu", "Cơ quan chủ trì": the lead units.
    case lead
    /// "Đơn vị phối hợp", "Phối hợp": the coordinating units.
    case coordinating
    /// "Đơn vị thực hiện": the implementing units.
    case implementing
    /// "Thời gian hoàn thành", "Thời gian thực hiện", "Thời hạn": the deadline.
    case deadline
    /// "Ghi chú": remarks, kept as the task's note.
    case note

    /// The folded header phrases of each column, most specific first. Matching is on the
    /// accent-free key of the header cell, so "Nhiem vu", "NHIỆM VỤ" and "Nhiệm vụ:" all count.
    static let phrases: [(TableColumn, [String])] = [
        (.component, ["noi dung thanh phan", "tieu chi thanh phan", "thanh phan"]),
        (.number, ["tt", "stt", "so tt", "so thu tu"]),
        (.target, ["chi tieu", "chi tieu cu the"]),
        (.output, ["san pham dau ra", "san pham", "ket qua", "ket qua dau ra", "ket qua san pham"]),
        (.lead, ["don vi chu tri", "bo phan tham muu", "co quan chu tri", "chu tri", "bo phan chu tri",
                 "don vi tham muu", "co quan tham muu", "bo phan thuc hien chu tri"]),
        (.coordinating, ["don vi phoi hop", "phoi hop", "co quan phoi hop", "bo phan phoi hop"]),
        (.implementing, ["don vi thuc hien", "bo phan thuc hien", "co quan thuc hien"]),
        (.deadline, ["thoi gian hoan thanh", "thoi gian thuc hien", "thoi han", "thoi han hoan thanh",
                     "thoi gian", "tien do", "tien do thuc hien"]),
        (.task, ["nhiem vu", "nhiem vu cu the", "noi dung cong viec", "noi dung nhiem vu", "nhiem vu giai phap",
                 "cong viec", "ten nhiem vu"]),
        (.dimension, ["chi so noi dung", "noi dung", "linh vuc", "chi so", "tieu chi", "noi dung chi so"]),
        (.note, ["ghi chu"]),
    ]

    /// The column a header cell names, or nil. Numbering like "(1)" is ignored.
    public static func recognise(_ header: String) -> TableColumn? {
        let words = VietnameseText.words(CellText(raw: header).text).filter { Int($0) == nil }
        let folded = words.joined(separator: " ")
        guard !folded.isEmpty else { return nil }
        for (column, names) in phrases where names.contains(folded) { return column }
        return nil
    }
}

/// Which cell of a row holds which column, read off a header row.
public struct TableLayout: Hashable, Sendable {
    /// Cell index of each recognised column.
    public var index: [TableColumn: Int]
    /// The number of cells of the header row.
    public var width: Int
    /// The line of the header row.
    public var line: Int

    /// The layout of a header row, or nil when it names fewer than two columns or no task column.
    public init?(header row: TableRow) {
        var index: [TableColumn: Int] = [:]
        for (position, cell) in row.cells.enumerated() {
            if let column = TableColumn.recognise(cell), index[column] == nil { index[column] = position }
        }
        guard index.count >= 2 else { return nil }
        self.index = index
        self.width = row.cells.count
        self.line = row.line
    }

    /// True when the row repeats this header (a table continued on a new page).
    public func isRepeatedHeader(_ row: TableRow) -> Bool {
        var matches = 0
        for (column, position) in index where position < row.cells.count {
            if TableColumn.recognise(row.cells[position]) == column { matches += 1 }
        }
        return matches >= max(2, index.count - 1)
    }

    /// True when the row only numbers the columns: "(1) (2) (3)".
    public static func isColumnNumbering(_ row: TableRow) -> Bool {
        let texts = row.cells.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard !texts.isEmpty else { return false }
        return texts.allSatisfy { text in
            text.allSatisfy { $0.isNumber || $0 == "(" || $0 == ")" || $0 == " " || $0 == "=" || $0 == "+" || $0 == "/" }
        } && texts.contains { $0.contains("(") }
    }
}
