import KeHoach

/// A task being read: its cells (merged over page breaks) and where it sits.
struct TaskDraft {
    var line: Int
    var ref: String
    var dimension: String?
    var component: String?
    var cells: [TableColumn: CellText]
    var notes: [String] = []
    var description: String { cells[.task]?.text ?? "" }
}

/// The reading of a table row by row: the current dimension and component, the tasks so far.
struct TableState {
    let layout: TableLayout
    let source: String
    var drafts: [TaskDraft] = []
    var dimensions: [Dimension] = []
    private var dimension: String?
    private var numberedDimensions = false
    private var component: String?
    private var position = 0
    private var afterHeader = false
    /// A totals or signature row was met: the table has ended.
    private var ended = false

    init(layout: TableLayout, source: String) {
        self.layout = layout
        self.source = source
    }

    mutating func take(_ row: TableRow, report: inout ImportReport) throws(KeHoachError) {
        if ended {
            report.skipped.append(.init(line: row.line, reason: "sau dòng tổng cộng hoặc chữ ký (hết bảng)"))
            return
        }
        if let reason = TableState.closingRow(row) {
            report.skipped.append(.init(line: row.line, reason: reason))
            ended = true
            return
        }
        if layout.isRepeatedHeader(row) {
            report.skipped.append(.init(line: row.line, reason: "dòng tiêu đề lặp lại (bảng sang trang)"))
            afterHeader = true
            return
        }
        if TableLayout.isColumnNumbering(row) {
            report.skipped.append(.init(line: row.line, reason: "dòng đánh số cột"))
            return
        }
        if row.cells.count > layout.width, row.cells[layout.width...].contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
            throw .invalidLine(file: source, line: row.line, value: "\(row.cells.count) ô",
                               expected: "tối đa \(layout.width) ô như dòng tiêu đề (thừa dấu phân cách?)")
        }
        var cells = cellsOf(row)
        defer { afterHeader = false }
        let number = cells[.number]?.text ?? ""

        if let shifted = shiftedRepair(cells, number: number) {
            cells = shifted
            report.repaired.append(.init(line: row.line, reason: "các ô lệch sang trái một cột; đã đặt lại đúng cột"))
        }
        if isSection(cells, number: number) {
            let title = TableColumn.allCases.compactMap { $0 == .number ? nil : cells[$0] }.first { !$0.isEmpty }!.text
            openDimension(key: number, title: title)
            numberedDimensions = false
            report.skipped.append(.init(line: row.line, reason: "dòng mục \(number): '\(title)' (đặt nhóm cho các dòng dưới)"))
            return
        }
        if isContinuation(cells, number: number), var last = drafts.popLast() {
            for (column, cell) in cells where column != .number { last.cells[column, default: CellText(paragraphs: [])].append(continuation: cell) }
            if let merged = cells[.component], !merged.isEmpty, layout.index[.component] != nil {
                last.component = last.cells[.component]?.text
                component = last.component
            }
            if !last.notes.contains(TableState.mergedNote) { last.notes.append(TableState.mergedNote) }
            drafts.append(last)
            report.merged.append(.init(line: row.line, reason: "nối tiếp nhiệm vụ \(last.ref)"))
            return
        }
        try newTask(cells, number: number, row: row, report: &report)
    }

    static let mergedNote = "Dòng bị ngắt trang; đã ghép các ô nối tiếp."

    /// Why `row` closes the table, or nil: a totals row ("Tổng cộng: 04 nhiệm vụ", "Cộng") or
    /// a signature row ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "Người lập biểu"):
    /// short, in at most two cells, never a task.
    static func closingRow(_ row: TableRow) -> String? {
        let texts = row.cells.map { CellText(raw: $0).text }.filter { !$0.isEmpty }
        guard let first = texts.first, texts.count <= 2 else { return nil }
        let words = VietnameseText.words(first)
        guard !words.isEmpty, words.count <= 8 else { return nil }
        let folded = words.joined(separator: " ")
        // "Tổng số hộ nghèo ..." may carry a task's text on: "tổng số" counts only when short
        // and numbered or followed by ":".
        let counted = first.contains(":") || first.contains { $0.isNumber }
        if folded.hasPrefix("tong cong") || words == ["cong"] || (folded.hasPrefix("tong so") && words.count <= 5 && counted) {
            return "dòng tổng cộng: '\(first)'"
        }
        // "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nơi nhận:", "Người lập biểu"; a title alone
        // ("CHỦ TỊCH", "PHÓ CHỦ TỊCH"), never a sentence that starts with one.
        let openers = ["tm", "kt", "noi nhan", "nguoi lap", "thu truong don vi", "xac nhan cua"]
        if openers.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") }) || ["chu tich", "pho chu tich"].contains(folded) {
            return "dòng chữ ký: '\(first.replacingNewlines)'"
        }
        return nil
    }

    private mutating func newTask(_ cells: [TableColumn: CellText], number: String, row: TableRow,
                                  report: inout ImportReport) throws(KeHoachError) {
        var cells = cells
        var notes: [String] = []
        let dimensionCell = cells[.dimension].flatMap { $0.isEmpty ? nil : $0.text }
        var ownNumber: String? = number.isEmpty ? nil : number
        if let dimensionCell {
            openDimension(key: number.isEmpty ? String(dimensions.count + 1) : number, title: dimensionCell)
            numberedDimensions = true
            ownNumber = nil
        } else if numberedDimensions {
            ownNumber = number.isEmpty ? nil : number
        }
        if let componentCell = cells[.component], !componentCell.isEmpty { component = componentCell.text }
        for column in [TableColumn.task, .deadline] where cells[column]?.isEmpty ?? true {
            guard let above = drafts.last?.cells[column] else {
                report.skipped.append(.init(line: row.line, reason: column == .task ? "thiếu nội dung nhiệm vụ" : "thiếu thời hạn"))
                return
            }
            cells[column] = above
            let name = column == .task ? "Nhiệm vụ" : "Thời gian"
            notes.append("Ô '\(name)' để trống (ô gộp dọc): lấy theo dòng trên (dòng \(drafts.last!.line)).")
            report.repaired.append(.init(line: row.line, reason: "ô '\(name)' trống, lấy theo dòng \(drafts.last!.line)"))
        }
        position += 1
        let local = ownNumber ?? String(position)
        let ref = dimension.map { "\($0).\(local)" } ?? local
        var unique = ref, n = 2
        while drafts.contains(where: { $0.ref == unique }) { unique = "\(ref)-\(n)"; n += 1 }
        drafts.append(TaskDraft(line: row.line, ref: unique, dimension: dimension, component: component,
                                cells: cells, notes: notes))
    }

    private mutating func openDimension(key: String, title: String) {
        var key = key.trimmingSpaces
        while key.hasSuffix(".") { key.removeLast() }
        if !dimensions.contains(where: { $0.key == key }) { dimensions.append(Dimension(key: key, title: title)) }
        dimension = key
        component = nil
        position = 0
    }

    private func cellsOf(_ row: TableRow) -> [TableColumn: CellText] {
        var cells: [TableColumn: CellText] = [:]
        for (column, index) in layout.index where index < row.cells.count {
            cells[column] = CellText(raw: row.cells[index])
        }
        return cells
    }

    private func filled(_ cells: [TableColumn: CellText], _ column: TableColumn) -> Bool {
        !(cells[column]?.isEmpty ?? true)
    }

    /// A numbered row whose only other text is a heading: "I | Nội dung “Tham gia …”".
    private func isSection(_ cells: [TableColumn: CellText], number: String) -> Bool {
        guard !number.isEmpty else { return false }
        let others = cells.filter { $0.key != .number && !$0.value.isEmpty }
        return others.count == 1 && !filled(cells, .deadline) && !filled(cells, .lead)
    }

    /// The row after a page break that carries on the task above, or a row with only text of
    /// the task above (no unit, no deadline).
    private func isContinuation(_ cells: [TableColumn: CellText], number: String) -> Bool {
        guard !drafts.isEmpty, number.isEmpty, !filled(cells, .dimension) else { return false }
        if let component = cells[.component]?.paragraphs.first, TableState.opensComponent(component) { return false }
        let hasLead = layout.index[.lead] == nil || filled(cells, .lead)
        let hasDeadline = filled(cells, .deadline)
        if !hasLead && !hasDeadline { return true }
        guard afterHeader else { return false }
        if !hasLead || !hasDeadline { return true }
        let firstTexts = [TableColumn.component, .task, .lead, .deadline].compactMap { cells[$0]?.paragraphs.first }
        return firstTexts.contains { text in
            guard let first = text.first else { return false }
            return first.isLowercase || first == "("
        }
    }

    /// "a) Tri thức công dân", "b. Cơ hội": a component heading.
    static func opensComponent(_ text: String) -> Bool {
        let chars = Array(text.prefix(3))
        return chars.count >= 2 && chars[0].isLetter && (chars[1] == ")" || chars[1] == ".")
    }

    /// A row whose task sits in the dimension column and whose other cells sit one column left
    /// (an extraction slip): the dimension cell is filled without a number, the deadline
    /// column is empty and the coordinating column reads as a deadline.
    private func shiftedRepair(_ cells: [TableColumn: CellText], number: String) -> [TableColumn: CellText]? {
        let order: [TableColumn] = [.dimension, .component, .task, .target, .output, .lead, .coordinating, .deadline]
        guard number.isEmpty, filled(cells, .dimension), !filled(cells, .deadline), !filled(cells, .component),
              order.allSatisfy({ layout.index[$0] != nil }),
              zip(order, order.dropFirst()).allSatisfy({ layout.index[$0.0]! + 1 == layout.index[$0.1]! }),
              let coordinating = cells[.coordinating], !coordinating.isEmpty else { return nil }
        let reading = DeadlineParser.parse(coordinating.text, planYear: 2000)
        guard reading.diagnostics.isEmpty, !reading.unspecified else { return nil }
        var shifted = cells
        shifted[.dimension] = CellText(paragraphs: [])
        shifted[.component] = CellText(paragraphs: [])
        shifted[.task] = cells[.dimension]
        let moved: [TableColumn] = [.target, .output, .lead, .coordinating, .deadline]
        let from: [TableColumn] = [.task, .target, .output, .lead, .coordinating]
        for (to, source) in zip(moved, from) { shifted[to] = cells[source] }
        return shifted
    }
}

extension String {
    /// The text on one line: line breaks as " / ".
    var replacingNewlines: String { split(separator: "\n").joined(separator: " / ") }
}
