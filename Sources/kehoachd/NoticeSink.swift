#if canImport(Glibc)
import Glibc
#endif
import CSystemd
import KeHoach

/// Where journal entries go: the systemd journal, or standard output when there is none.
protocol NoticeSink: AnyObject {
    /// Writes one entry; throws when the entry could not be handed over, so the caller keeps
    /// the notice unsent in the outbox.
    func write(_ entry: JournalEntry, at now: Instant) throws(SystemError)
    /// A word for logs and STATUS: "journal" or "stdout".
    var name: String { get }
}

/// A failure to hand an entry to its sink, with the errno it carried.
struct SystemError: Error, CustomStringConvertible {
    var errno: Int32
    var description: String { "không ghi được nhật ký: \(String(cString: strerror(errno)))" }
}

/// Chooses the sink: the journal when its socket exists, else standard output.
///
/// `sd_journal_sendv` returns 0 even when no journald listens (the datagram is simply lost), so
/// the socket's presence is checked here, once at start.
enum Sinks {
    /// The socket journald listens on for native entries.
    static let journalSocket = "/run/systemd/journal/socket"

    /// Whether `path` is a socket.
    static func isSocket(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFSOCK
    }

    /// The journal if its socket is there, else standard output.
    static func automatic(socket: String = journalSocket) -> any NoticeSink {
        isSocket(socket) ? JournalSink() : StdoutSink()
    }
}
