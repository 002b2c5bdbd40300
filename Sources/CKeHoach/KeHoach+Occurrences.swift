import CKeHoachHeader
import KeHoach
import KeHoachStore

// Reading occurrences: as JSON, or through a cursor of plain C strings for the hot path.

/// `kehoach_occurrences_json`: the occurrences matching a JSON query, as a JSON array.
@c @implementation
public func kehoach_occurrences_json(_ db: OpaquePointer?, _ query_json: UnsafePointer<CChar>?,
                                     _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        let query = try OccurrenceQueryDocument.query(try CArgument.optionalString(query_json, "query_json"))
        let records = try store.occurrences(query)
        out.pointee = try CArgument.copy(try RecordJSON.encode(records.map(RecordJSON.OccurrenceJSON.init)))
    }
}

/// `kehoach_occurrences_open`: a cursor over the occurrences matching a JSON query.
@c @implementation
public func kehoach_occurrences_open(_ db: OpaquePointer?, _ query_json: UnsafePointer<CChar>?,
                                     _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    out?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out, "out")
        let query = try OccurrenceQueryDocument.query(try CArgument.optionalString(query_json, "query_json"))
        out.pointee = Cursor(rows: try store.occurrences(query)).register()
    }
}

/// `kehoach_overdue_open`: a cursor over a unit's overdue occurrences, most overdue first.
@c @implementation
public func kehoach_overdue_open(_ db: OpaquePointer?, _ unit: UnsafePointer<CChar>?, _ as_of: UnsafePointer<CChar>?,
                                 _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    out?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out, "out")
        let name = try CArgument.text(unit, "unit")
        let asOf = try CArgument.optionalDate(as_of, "as_of") ?? OccurrenceQueryDocument.today()
        let rows = try store.occurrences(OccurrenceQuery(unit: name, state: .overdue, asOf: asOf))
        out.pointee = Cursor(rows: rows).register()
    }
}

/// `kehoach_cursor_step`: `KEHOACH_ROW` or `KEHOACH_DONE`; misuse for a NULL or finalized cursor.
@c @implementation
public func kehoach_cursor_step(_ cursor: OpaquePointer?) -> Int32 {
    guard let live = Cursor.from(cursor) else { return LastError.record(Cursor.invalidHandle(cursor)) }
    LastError.record(nil)
    return live.step()
}

/// `kehoach_cursor_text`: a column of the current row, owned by the cursor.
@c @implementation
public func kehoach_cursor_text(_ cursor: OpaquePointer?, _ column: Int32) -> UnsafePointer<CChar>? {
    Cursor.from(cursor)?.text(column)
}

/// `kehoach_cursor_int64`: the plan id or the state of the current row.
@c @implementation
public func kehoach_cursor_int64(_ cursor: OpaquePointer?, _ column: Int32) -> Int64 {
    Cursor.from(cursor)?.integer(column) ?? 0
}

/// `kehoach_cursor_finalize`: releases a cursor; NULL is a no-op, a finalized cursor is misuse.
@c @implementation
public func kehoach_cursor_finalize(_ cursor: OpaquePointer?) -> Int32 {
    guard let cursor else { return LastError.record(nil) }
    guard Cursor.unregister(cursor) != nil else { return LastError.record(Cursor.invalidHandle(cursor)) }
    return LastError.record(nil)
}
