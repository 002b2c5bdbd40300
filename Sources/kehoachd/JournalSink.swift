#if canImport(Glibc)
import Glibc
#endif
import CSystemd
import KeHoach

/// Writes entries to the systemd journal with `sd_journal_sendv`, one iovec per field, so
/// values may hold any UTF-8 (including newlines) and every KEHOACH_* field is indexed.
final class JournalSink: NoticeSink {
    let name = "journal"

    func write(_ entry: JournalEntry, at now: Instant) throws(SystemError) {
        let buffers = entry.assignments.map { Array($0.utf8) }
        let rc = JournalSink.send(buffers)
        if rc < 0 { throw SystemError(errno: -rc) }
    }

    /// Hands the field buffers to `sd_journal_sendv`; returns its result (0 or -errno).
    private static func send(_ buffers: [[UInt8]]) -> Int32 {
        let count = buffers.count
        let storage = UnsafeMutablePointer<UnsafeMutablePointer<UInt8>>.allocate(capacity: count)
        defer { storage.deallocate() }
        for (i, bytes) in buffers.enumerated() {
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
            copy.initialize(from: bytes, count: bytes.count)
            storage[i] = copy
        }
        defer { for i in 0..<count { storage[i].deallocate() } }
        var vectors = (0..<count).map { iovec(iov_base: UnsafeMutableRawPointer(storage[$0]), iov_len: buffers[$0].count) }
        return vectors.withUnsafeMutableBufferPointer { sd_journal_sendv($0.baseAddress, Int32(count)) }
    }
}
