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

    /// The folded header phrases of each column. Matching is on the accent-free words of the
    /// header cell, so "Nhiem vu", "NHIỆM VỤ" and "Nhiệm vụ:" all count; a header that starts
    /// with a phrase names its column ("Thời gian hoàn thành (dự kiến)", "Đơn vị chủ trì thực
    /// hiện"), the longest phrase winning ("Nội dung công việc" is the task, "Nội dung" alone
    /// the dimension, or the task when the table has no other task column).
    static let phrases: [(TableColumn, [String])] = [
        (.component, ["noi dung thanh phan", "tieu chi thanh phan", "thanh phan", "chi so thanh phan",
                      "noi dung chi so thanh phan"]),
        (.number, ["tt", "stt", "so tt", "so thu tu"]),
        (.target, ["chi tieu", "chi tieu cu the", "muc tieu", "chi tieu phan dau"]),
        (.output, ["san pham dau ra", "san pham", "ket qua", "ket qua dau ra", "ket qua san pham", "hinh thuc van ban",
                   "hinh thuc san pham", "ket qua can dat"]),
        (.lead, ["don vi chu tri", "bo phan tham muu", "co quan chu tri", "chu tri", "bo phan chu tri",
                 "don vi tham muu", "co quan tham muu", "bo phan thuc hien chu tri", "co quan don vi chu tri",
                 "nguoi chu tri", "cong chuc chu tri", "cong chuc tham muu", "nguoi phu trach", "phu trach",
                 "don vi phu trach", "can bo phu trach", "trach nhiem chu tri", "co quan thuc hien chu tri",
                 "don vi chiu trach nhiem"]),
        (.coordinating, ["don vi phoi hop", "phoi hop", "co quan phoi hop", "bo phan phoi hop", "co quan don vi phoi hop",
                         "don vi phoi hop thuc hien", "phoi hop thuc hien"]),
        (.implementing, ["don vi thuc hien", "bo phan thuc hien", "co quan thuc hien", "nguoi thuc hien",
                         "co quan don vi thuc hien", "trach nhiem thuc hien", "to chuc thuc hien"]),
        (.deadline, ["thoi gian hoan thanh", "thoi gian thuc hien", "thoi han", "thoi han hoan thanh",
                     "thoi gian", "tien do", "tien do thuc hien", "tien do hoan thanh", "ngay cham nhat phai hoan thanh",
                     "ngay cham nhat", "han hoan thanh", "han chot", "moc thoi gian", "thoi diem hoan thanh",
                     "ngay hoan thanh", "thoi gian hoan thanh cham nhat", "han", "thoi han thuc hien",
                     "thoi gian bao cao", "lo trinh"]),
        (.task, ["nhiem vu", "nhiem vu cu the", "noi dung cong viec", "noi dung nhiem vu", "nhiem vu giai phap",
                 "cong viec", "ten nhiem vu", "noi dung thuc hien", "noi dung cong viec cu the", "cac nhiem vu",
                 "noi dung hoat dong", "hoat dong", "giai phap", "nhiem vu trong tam"]),
        (.dimension, ["chi so noi dung", "noi dung", "linh vuc", "chi so", "tieu chi", "noi dung chi so", "chi so thanh phan cap 1"]),
        (.note, ["ghi chu"]),
    ]

    /// The columns of `--columns "task=2,lead=4,deadline=6"`: each column (by its name here —
    /// number, dimension, component, task, target, output, lead, coordinating, implementing,
    /// deadline, note — or a header wording, "Nhiệm vụ=2") and its cell, counted from 1 or as a
    /// spreadsheet letter ("deadline=F"); returned 0-based.
    public static func mapping(_ text: String) throws(KeHoachError) -> [TableColumn: Int] {
        var result: [TableColumn: Int] = [:]
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            let names = TableColumn.allCases.map(\.rawValue).joined(separator: ", ")
            guard pieces.count == 2, let column = TableColumn(rawValue: pieces[0].lowercased()) ?? recognise(pieces[0]) else {
                throw .invalidValue(field: "--columns", value: String(part),
                                    expected: "CỘT=SỐ, vd. 'task=2,lead=4,deadline=6'; CỘT là một trong: \(names)", row: nil)
            }
            let cell = pieces[1]
            let position = Int(cell).map { $0 - 1 } ?? XlsxDocument.column(of: cell.uppercased())
            guard let position, position >= 0, position < 200 else {
                throw .invalidValue(field: "--columns", value: String(part), expected: "số thứ tự cột từ 1 (hoặc chữ cột A, B, ...)", row: nil)
            }
            result[column] = position
        }
        return result
    }

    /// The column a header cell names, or nil. Numbering like "(1)" is ignored.
    public static func recognise(_ header: String) -> TableColumn? {
        let words = VietnameseText.words(CellText(raw: header).text).filter { Int($0) == nil }
        guard !words.isEmpty else { return nil }
        var best: (column: TableColumn, length: Int)?
        for (column, names) in phrases {
            for name in names {
                let phrase = name.split(separator: " ").map(String.init)
                let exact = phrase == words
                // Numbers and short words ("tt", "han") name their column only when they are the whole header.
                let prefix = phrase.count >= 2 && column != .number && words.starts(with: phrase)
                guard exact || prefix else { continue }
                let length = phrase.count * 2 + (exact ? 1 : 0)
                if length > (best?.length ?? 0) { best = (column, length) }
            }
        }
        return best?.column
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

    /// The layout of a header row, or nil when it names fewer than two columns.
    ///
    /// A table whose only wording column is "Nội dung" takes it as the task column; a table with
    /// an implementing column ("Đơn vị thực hiện") and no lead column takes the implementing
    /// units as the leads.
    public init?(header row: TableRow) {
        var index: [TableColumn: Int] = [:]
        for (position, cell) in row.cells.enumerated() {
            if let column = TableColumn.recognise(cell), index[column] == nil { index[column] = position }
        }
        guard index.count >= 2 else { return nil }
        if index[.task] == nil, let dimension = index[.dimension] {
            index[.task] = dimension
            index[.dimension] = nil
        }
        self.index = index
        self.width = row.cells.count
        self.line = row.line
    }

    /// A layout given by hand (`--columns`), over rows of at least `width` cells.
    public init(index: [TableColumn: Int], width: Int, line: Int) {
        self.index = index
        self.width = width
        self.line = line
    }

    /// The layout completed by the second row of a two-row header ("Đơn vị thực hiện" over
    /// "Chủ trì | Phối hợp"), or nil when `row` is not one: it names at least one column this
    /// layout lacks, and nothing else.
    public func completed(by row: TableRow) -> TableLayout? {
        var added: [TableColumn: Int] = [:]
        for (position, cell) in row.cells.enumerated() where !cell.allSatisfy(\.isWhitespace) {
            guard let column = TableColumn.recognise(cell) else { return nil }
            if index[column] == nil || index[column] == position { added[column] = position }
        }
        let new = added.filter { index[$0.key] == nil }
        guard !new.isEmpty else { return nil }
        var layout = self
        for (column, position) in new {
            // The group cell above ("Đơn vị thực hiện") no longer names a column of its own.
            if let held = layout.index.first(where: { $0.value == position })?.key { layout.index[held] = nil }
            layout.index[column] = position
        }
        layout.width = max(width, row.cells.count)
        return layout
    }

    /// The layout with the lead column taken from the implementing one when there is no lead
    /// column.
    func leadFromImplementing() -> TableLayout {
        guard index[.lead] == nil, let implementing = index[.implementing] else { return self }
        var layout = self
        layout.index[.lead] = implementing
        layout.index[.implementing] = nil
        return layout
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
