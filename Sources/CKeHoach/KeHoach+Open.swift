import CKeHoachHeader
import KeHoach
import KeHoachStore

// Opening and closing handles, and their errors.

/// `kehoach_open`: a handle on a store file, holding the error when opening fails.
@c @implementation
public func kehoach_open(_ path: UnsafePointer<CChar>?, _ flags: Int32, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let out else { return LastError.record(.misuse(detail: "tham số ra 'out' là NULL")) }
    out.pointee = nil
    guard let path else { return LastError.record(.misuse(detail: "tham số 'path' là NULL")) }
    let connection = Connection()
    out.pointee = connection.register()
    return connection.attempt { () throws(KeHoachError) in
        let known = Int32(truncatingIfNeeded: KEHOACH_OPEN_READONLY.rawValue | KEHOACH_OPEN_READWRITE.rawValue
            | KEHOACH_OPEN_CREATE.rawValue)
        guard flags & ~known == 0 else { throw .misuse(detail: "cờ mở không xác định \(flags)") }
        let text = try CArgument.text(path, "path")
        connection.store = try StoreLocation.open(text, mode: OpenMode(rawValue: flags))
    }
}

/// `kehoach_close`: releases a handle; NULL is a no-op, a closed handle is misuse.
@c @implementation
public func kehoach_close(_ db: OpaquePointer?) -> Int32 {
    guard let db else { return LastError.record(nil) }
    guard let connection = Connection.unregister(db) else { return LastError.record(Connection.invalidHandle(db)) }
    connection.store?.close()
    return LastError.record(nil)
}

/// `kehoach_errmsg`: the last error on the handle, owned by it until the next call.
@c @implementation
public func kehoach_errmsg(_ db: OpaquePointer?) -> UnsafePointer<CChar>? {
    guard let connection = Connection.from(db) else {
        return db == nil
            ? CResult.cString("kehoach_db là NULL: không có kết nối nào để báo lỗi")
            : CResult.cString("kehoach_db không còn hiệu lực (đã đóng bằng kehoach_close): không có kết nối nào để báo lỗi")
    }
    return connection.messagePointer
}

/// `kehoach_errcode`: the result code of the last call on the handle.
@c @implementation
public func kehoach_errcode(_ db: OpaquePointer?) -> Int32 {
    Connection.from(db)?.code ?? CResult.misuse
}

/// `kehoach_set_actor`: who acts through the handle in the audit trail; NULL restores the default.
@c @implementation
public func kehoach_set_actor(_ db: OpaquePointer?, _ actor: UnsafePointer<CChar>?) -> Int32 {
    withConnection(db) { connection, _ throws(KeHoachError) in
        connection.actor = actor == nil ? Connection.defaultActor : try CArgument.text(actor, "actor")
    }
}
