#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CKeHoachHeader
import KeHoach
import KeHoachStore

/// The object behind a `kehoach_cursor *`: the rows of one query, read when it was opened, and
/// the C strings of the current row, which stay valid until the next step or finalize.
final class Cursor {
    private let rows: [OccurrenceRecord]
    private var index = -1
    private var columns: [UnsafeMutablePointer<CChar>?] = []

    init(rows: [OccurrenceRecord]) { self.rows = rows }

    deinit { releaseColumns() }

    /// Registers the cursor and returns the handle C holds for it (``HandleTable``):
    /// `kehoach_cursor_finalize` removes it, after which every call on that handle is misuse.
    func register() -> OpaquePointer { cursors.insert(self) }

    /// The cursor behind a live C handle; nil for NULL and for a finalized or unknown handle.
    static func from(_ pointer: OpaquePointer?) -> Cursor? { cursors.object(pointer) }

    /// Unregisters a handle and returns its cursor, or nil when it was not live.
    static func unregister(_ pointer: OpaquePointer) -> Cursor? { cursors.remove(pointer) }

    /// The misuse of passing `cursor` where a live cursor is needed: NULL, or finalized.
    static func invalidHandle(_ cursor: OpaquePointer?) -> KeHoachError {
        cursor == nil
            ? .misuse(detail: "kehoach_cursor là NULL")
            : .misuse(detail: "kehoach_cursor không còn hiệu lực: đã giải phóng bằng kehoach_cursor_finalize")
    }

    /// The current row, if the cursor is on one.
    var current: OccurrenceRecord? { rows.indices.contains(index) ? rows[index] : nil }

    /// Moves to the next row: `KEHOACH_ROW` or, past the last, `KEHOACH_DONE`.
    func step() -> Int32 {
        releaseColumns()
        if index < rows.count { index += 1 }
        guard let row = current else { return CResult.done }
        columns = Cursor.texts(of: row).map { text in text.flatMap { strdup($0) } }
        return CResult.row
    }

    /// Column `column` of the current row, owned by the cursor.
    func text(_ column: Int32) -> UnsafePointer<CChar>? {
        guard current != nil, column >= 0, Int(column) < columns.count else { return nil }
        return columns[Int(column)].map { UnsafePointer($0) }
    }

    /// The integer columns: the plan id and the state.
    func integer(_ column: Int32) -> Int64 {
        guard let row = current else { return 0 }
        switch UInt32(bitPattern: column) {
        case KEHOACH_COL_PLAN_ID.rawValue: return row.planID
        case KEHOACH_COL_STATE.rawValue: return Int64(Cursor.state(row.state).rawValue)
        default: return 0
        }
    }

    /// The text of every column of `row`, in `enum kehoach_column` order.
    static func texts(of row: OccurrenceRecord) -> [String?] {
        let columns: [(kehoach_column, String?)] = [
            (KEHOACH_COL_OCCURRENCE_ID, row.occurrence.id),
            (KEHOACH_COL_PLAN_ID, String(row.planID)),
            (KEHOACH_COL_PLAN_NUMBER, row.planNumber),
            (KEHOACH_COL_TASK_REF, row.occurrence.taskRef),
            (KEHOACH_COL_TASK, row.taskDescription),
            (KEHOACH_COL_LABEL, row.occurrence.label),
            (KEHOACH_COL_WRITTEN_DUE, row.occurrence.writtenDue.iso),
            (KEHOACH_COL_DUE, row.occurrence.effectiveDue.iso),
            (KEHOACH_COL_LEAD_UNITS, row.leadUnits.joined(separator: "; ")),
            (KEHOACH_COL_STATE, row.state.rawValue),
            (KEHOACH_COL_DONE_ON, row.completion.map(\.on.iso)),
            (KEHOACH_COL_EVIDENCE, row.completion?.evidence),
        ]
        var texts = [String?](repeating: nil, count: columns.count)
        for (column, text) in columns { texts[Int(column.rawValue)] = text }
        return texts
    }

    /// The C constant of a state.
    static func state(_ state: OccurrenceState) -> kehoach_state {
        switch state {
        case .open: KEHOACH_STATE_OPEN
        case .overdue: KEHOACH_STATE_OVERDUE
        case .done: KEHOACH_STATE_DONE
        case .doneLate: KEHOACH_STATE_DONE_LATE
        case .waived: KEHOACH_STATE_WAIVED
        }
    }

    private func releaseColumns() {
        for column in columns { free(column) }
        columns = []
    }
}
