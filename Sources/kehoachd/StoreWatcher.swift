#if canImport(Glibc)
import Glibc
#endif
import CSystemd

/// Wakes the loop when another process may have written the store: inotify on the database's
/// directory, filtered to the database file and its `-wal` and `-journal` companions.
///
/// An event only says "look": the daemon then compares SQLite's `PRAGMA data_version`, which
/// changes only for commits made by other connections, so its own writes cost one cheap pragma
/// and no cycle.
final class StoreWatcher {
    /// The inotify descriptor (non-blocking).
    let descriptor: Int32
    private let names: Set<String>

    /// Watches the directory of `databasePath`.
    init(databasePath: String) throws(SystemError) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw SystemError(errno: errno) }
        descriptor = fd
        let slash = databasePath.lastIndex(of: "/")
        let directory = slash.map { $0 == databasePath.startIndex ? "/" : String(databasePath[..<$0]) } ?? "."
        let base = slash.map { String(databasePath[databasePath.index(after: $0)...]) } ?? databasePath
        names = [base, base + "-wal", base + "-journal"]
        let mask = UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE)
        guard inotify_add_watch(fd, directory, mask) >= 0 else {
            let error = errno
            close(fd)
            throw SystemError(errno: error)
        }
    }

    deinit { close(descriptor) }

    /// Reads every queued event; true if one concerned the database's files.
    func drain() -> Bool {
        var touched = false
        let size = 4096
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let n = read(descriptor, buffer, size)
            guard n > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= n {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = offset + MemoryLayout<inotify_event>.size
                if event.len > 0 {
                    let name = String(cString: buffer.advanced(by: nameStart).assumingMemoryBound(to: CChar.self))
                    if names.contains(name) { touched = true }
                }
                offset = nameStart + Int(event.len)
            }
        }
        return touched
    }
}
