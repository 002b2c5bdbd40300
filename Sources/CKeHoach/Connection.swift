#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CKeHoachHeader
import KeHoach
import KeHoachStore

/// The object behind a `kehoach_db *`: one store and the result of the last call on it.
///
/// A handle is created by `kehoach_open` even when opening fails (as `sqlite3_open_v2` does), so
/// that `kehoach_errmsg` can say why; such a handle has no store and refuses every other call
/// with `KEHOACH_MISUSE`. The message is a `malloc`ed C string owned by the handle, replaced on
/// the next call: that is the lifetime `kehoach.h` promises for `kehoach_errmsg`.
final class Connection {
    /// The open store, or nil when opening failed.
    var store: (any ScheduleStore)?
    /// Who acts through this handle in the audit trail, for calls that take no `by`
    /// (`kehoach_set_actor`).
    var actor = Connection.defaultActor
    /// The actor until `kehoach_set_actor` names one.
    static let defaultActor = "libkehoach"
    /// The result code of the last call.
    private(set) var code: Int32 = CResult.ok
    /// The Vietnamese message of the last failure, or nil after a success.
    private var message: UnsafeMutablePointer<CChar>?

    init() {}

    deinit { free(message) }

    /// Registers the connection and returns the handle C holds for it (``HandleTable``):
    /// `kehoach_close` removes it, after which every call on that handle is misuse.
    func register() -> OpaquePointer { connections.insert(self) }

    /// The connection behind a live C handle; nil for NULL and for a closed or unknown handle.
    static func from(_ pointer: OpaquePointer?) -> Connection? { connections.object(pointer) }

    /// Unregisters a handle and returns its connection, or nil when it was not live.
    static func unregister(_ pointer: OpaquePointer) -> Connection? { connections.remove(pointer) }

    /// The last message, owned by this handle; a static text after a success.
    var messagePointer: UnsafePointer<CChar> {
        message.map { UnsafePointer($0) } ?? CResult.noErrorMessage
    }

    /// Records the outcome of a call and returns its code.
    func record(_ error: KeHoachError?) -> Int32 {
        free(message)
        message = nil
        code = LastError.record(error)
        if let error { message = strdup(error.message) }
        return code
    }

    /// Runs `body` on the open store and records its outcome: every error becomes a code and a
    /// message, nothing escapes to C.
    func run(_ body: (any ScheduleStore) throws(KeHoachError) -> Void) -> Int32 {
        guard let store else {
            return record(.misuse(detail: "kết nối chưa mở được (xem kehoach_errmsg của lần mở); hãy đóng nó bằng kehoach_close"))
        }
        do {
            try body(store)
            return record(nil)
        } catch {
            return record(error)
        }
    }

    /// Runs `body` (which does not need the store) and records its outcome.
    func attempt(_ body: () throws(KeHoachError) -> Void) -> Int32 {
        do {
            try body()
            return record(nil)
        } catch {
            return record(error)
        }
    }
}

/// Runs `body` for a call that has a `kehoach_db *`: NULL or a closed handle is
/// `KEHOACH_MISUSE`, explained by the thread's last error.
func withConnection(_ db: OpaquePointer?, _ body: (Connection, any ScheduleStore) throws(KeHoachError) -> Void) -> Int32 {
    guard let connection = Connection.from(db) else { return LastError.record(Connection.invalidHandle(db)) }
    return connection.run { store throws(KeHoachError) in try body(connection, store) }
}

/// Runs `body` for a call without a handle: its outcome is returned as a code and kept as the
/// thread's last error.
func withoutConnection(_ body: () throws(KeHoachError) -> Void) -> Int32 {
    do {
        try body()
        return LastError.record(nil)
    } catch {
        return LastError.record(error)
    }
}

extension Connection {
    /// The misuse of passing `db` where a live handle is needed: NULL, or closed (or never one).
    static func invalidHandle(_ db: OpaquePointer?) -> KeHoachError {
        db == nil
            ? .misuse(detail: "kehoach_db là NULL")
            : .misuse(detail: "kehoach_db không còn hiệu lực: đã đóng bằng kehoach_close, hoặc không phải do kehoach_open trả về")
    }
}
