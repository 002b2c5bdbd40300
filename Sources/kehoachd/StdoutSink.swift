#if canImport(Glibc)
import Glibc
#endif
import KeHoach

/// Prints entries to standard output when there is no journal (development, tests of other
/// parts, a container without journald): one line per entry, then its fields indented, so the
/// same information a journal reader would see is there to read and grep.
///
/// ```
/// 2025-04-03T07:30:00+07:00 <4> Quá hạn 1 ngày làm việc (hạn 31/03/2025): nhiệm vụ ...
///     MESSAGE_ID=fc2010c3... KEHOACH_NOTICE_ID=1:1.a:2025-Q1/overdue/0 KEHOACH_KIND=overdue ...
/// ```
final class StdoutSink: NoticeSink {
    let name = "stdout"
    private let write: (String) -> Void

    /// Writes to standard output, unbuffered, so a pipe sees each entry at once.
    init() {
        write = { Console.write($0, to: 1) }
    }

    /// Writes through `write` (tests collect the text).
    init(write: @escaping (String) -> Void) {
        self.write = write
    }

    func write(_ entry: JournalEntry, at now: Instant) throws(SystemError) {
        write(StdoutSink.render(entry, at: now))
    }

    /// The text of one entry: "<time> <priority> message" then "    NAME=value ..." with
    /// values that contain spaces quoted.
    static func render(_ entry: JournalEntry, at now: Instant) -> String {
        let message = entry.message.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
        let fields = entry.fields.map { "\($0.name)=\(quoted($0.value))" }.joined(separator: " ")
        return "\(now.iso) <\(entry.priority)> \(message)\n" + (fields.isEmpty ? "" : "    \(fields)\n")
    }

    private static func quoted(_ value: String) -> String {
        guard value.isEmpty || value.contains(where: { $0 == " " || $0 == "\"" || $0 == "\n" }) else { return value }
        let escaped = value.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"").replacingOccurrences("\n", "\\n")
        return "\"\(escaped)\""
    }
}

extension String {
    /// Every occurrence of `target` replaced (the standard library has no such method without
    /// Foundation).
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
