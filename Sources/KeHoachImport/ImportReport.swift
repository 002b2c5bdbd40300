import KeHoach

/// What an import did, shown after every import (also after `--dry-run`): counts, the units
/// matched and proposed, the deadline cells understood and flagged, and every row skipped or
/// repaired with its row number and reason.
public struct ImportReport: Hashable, Sendable {
    /// A row of the source with something said about it.
    public struct RowNote: Hashable, Sendable {
        /// The 1-based line of the file (or row of the document's table).
        public var line: Int
        /// What happened, in Vietnamese.
        public var reason: String
    }

    /// A deadline cell the parser did not fully understand.
    public struct FlaggedDeadline: Hashable, Sendable {
        /// The task's ref.
        public var ref: String
        /// The line the task starts on.
        public var line: Int
        /// The cell verbatim.
        public var text: String
        /// Why: the parser's diagnostics, or "không ghi thời hạn cụ thể" for unspecified cells.
        public var reason: String
    }

    /// The file or document read.
    public var source: String
    /// The encoding the text was read in ("UTF-8", "Windows-1258", "docx").
    public var encoding: String = "UTF-8"
    /// Non-blank rows read, header rows included.
    public var rowsRead = 0
    /// Tasks created.
    public var tasksCreated = 0
    /// Distinct known units the cells named.
    public var unitsMatched: [String] = []
    /// Units proposed for names no known unit matched.
    public var newUnits: [Unit] = []
    /// Deadline cells understood by ``DeadlineParser``.
    public var deadlinesUnderstood = 0
    /// Deadline cells flagged for review.
    public var deadlinesFlagged: [FlaggedDeadline] = []
    /// Rows skipped, with the reason (header rows, column numbering, rows before the table).
    public var skipped: [RowNote] = []
    /// Rows merged into the task above (page-break continuations).
    public var merged: [RowNote] = []
    /// Rows repaired or completed from the row above (shifted cells, vertically merged cells).
    public var repaired: [RowNote] = []
    /// Words of unit cells that name no unit (a remark in parentheses, a lone "ngành").
    public var unitWordsIgnored: [RowNote] = []
    /// How tasks got their lead when the table has no lead column; nil when it has one.
    public var leadNote: String?
    /// Why no deadline was read (the plan's year is not known); nil when they were.
    public var yearNote: String?

    /// A report on `source`.
    public init(source: String) { self.source = source }

    /// The report in Vietnamese, one fact a line, for the terminal.
    public var text: String {
        var lines: [String] = []
        lines.append("Báo cáo nhập '\(source)' (mã \(encoding)):")
        lines.append("  Số dòng đã đọc: \(rowsRead)")
        lines.append("  Số nhiệm vụ tạo: \(tasksCreated)")
        lines.append("  Đơn vị khớp: \(unitsMatched.count); đơn vị mới: \(newUnits.count)")
        for unit in newUnits { lines.append("    + đơn vị mới (đề xuất): '\(unit.name)' (mã \(unit.id))") }
        for note in unitWordsIgnored { lines.append("    - dòng \(note.line): \(note.reason)") }
        if let leadNote { lines.append("  ! \(leadNote)") }
        if let yearNote { lines.append("  ! \(yearNote)") }
        lines.append("  Thời hạn hiểu được: \(deadlinesUnderstood); cần xem lại: \(deadlinesFlagged.count)")
        for flag in deadlinesFlagged {
            lines.append("    ! dòng \(flag.line), nhiệm vụ \(flag.ref): '\(flag.text)' — \(flag.reason)")
        }
        lines.append("  Dòng bỏ qua: \(skipped.count)")
        for note in skipped { lines.append("    - dòng \(note.line): \(note.reason)") }
        if !merged.isEmpty {
            lines.append("  Dòng ghép vào nhiệm vụ phía trên (ngắt trang): \(merged.count)")
            for note in merged { lines.append("    - dòng \(note.line): \(note.reason)") }
        }
        if !repaired.isEmpty {
            lines.append("  Dòng đã sửa hoặc bổ sung: \(repaired.count)")
            for note in repaired { lines.append("    - dòng \(note.line): \(note.reason)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
