import Synchronization

/// The live handles of one kind (connections or cursors), by the opaque value C holds.
///
/// C never sees an object's address: it gets a number from a counter that never goes back
/// (shown as a pointer, `kehoach_db *`), and every call looks it up here. A handle that was
/// closed, finalized, never issued, or of the other kind is simply absent, so a call on it is
/// `KEHOACH_MISUSE` as `kehoach.h` promises, never a use after free, even when the memory of
/// the closed object has been reused by a later `kehoach_open`. The table is shared by all
/// threads; each lookup takes its lock for a dictionary access.
final class HandleTable<Object: AnyObject>: Sendable {
    /// An object crossing threads inside the table. The objects are not thread-safe; what makes
    /// sharing them sound is the C contract (one thread at a time per handle), not the type.
    private struct Entry: @unchecked Sendable {
        let object: Object
    }

    private struct State {
        /// The next value to hand out; values are never reused.
        var next: UInt
        /// The objects of the live handles.
        var objects: [UInt: Entry] = [:]
    }

    private let state: Mutex<State>

    /// A table whose values start at `first` and advance by `stride`, so that the two kinds of
    /// handles never share a value (connections and cursors use different residues).
    init(first: UInt, stride: UInt) {
        state = Mutex(State(next: first))
        self.stride = stride
    }

    private let stride: UInt

    /// Registers `object` and returns the handle C will hold for it.
    func insert(_ object: Object) -> OpaquePointer {
        let entry = Entry(object: object)
        let value = state.withLock { state in
            let value = state.next
            state.next &+= stride
            state.objects[value] = entry
            return value
        }
        // Non-zero by construction: the counters start above zero and would need 2^60 handles to wrap.
        return OpaquePointer(bitPattern: value)!
    }

    /// The object behind a live handle; nil for NULL, a closed or an unknown handle.
    func object(_ handle: OpaquePointer?) -> Object? {
        guard let handle else { return nil }
        let value = UInt(bitPattern: handle)
        return state.withLock { $0.objects[value] }?.object
    }

    /// Removes a live handle and returns its object (released when the caller drops it); nil
    /// when the handle was not live.
    func remove(_ handle: OpaquePointer) -> Object? {
        let value = UInt(bitPattern: handle)
        return state.withLock { $0.objects.removeValue(forKey: value) }?.object
    }
}

/// The live `kehoach_db *` handles.
let connections = HandleTable<Connection>(first: 0x1000_0010, stride: 32)

/// The live `kehoach_cursor *` handles.
let cursors = HandleTable<Cursor>(first: 0x2000_0020, stride: 32)
