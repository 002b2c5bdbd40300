#if canImport(Glibc)
import Glibc
#endif

/// Unbuffered writes to the standard descriptors (C's `stdout`/`stderr` globals are not
/// concurrency-safe in Swift 6, and a daemon wants every line out at once anyway).
enum Console {
    /// Writes `text` whole to descriptor `fd`.
    static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Writes `text` to standard error.
    static func error(_ text: String) { write(text, to: 2) }
}
