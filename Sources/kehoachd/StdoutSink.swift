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
        // One pass over the bytes: an admin replaying a national 07:30 cycle prints 100,000 of these.
        var out: [UInt8] = []
        out.reserveCapacity(64 + entry.message.utf8.count + entry.fields.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 })
        out += now.iso.utf8
        out += " <".utf8
        out += String(entry.priority).utf8
        out += "> ".utf8
        for byte in entry.message.utf8 {
            out.append(byte)
            if byte == 0x0A { out += "    ".utf8 }
        }
        out.append(0x0A)
        if !entry.fields.isEmpty {
            out += "    ".utf8
            for (index, field) in entry.fields.enumerated() {
                if index > 0 { out.append(0x20) }
                out += field.name.utf8
                out.append(0x3D)  // =
                appendQuoted(field.value, to: &out)
            }
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `value` as is, or in double quotes with `\\`, `\"` and newlines escaped when it is empty or
    /// holds a space, a quote or a newline.
    private static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        guard value.isEmpty || value.utf8.contains(where: { $0 == 0x20 || $0 == 0x22 || $0 == 0x0A }) else {
            out += value.utf8
            return
        }
        out.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x22: out += [0x5C, 0x22]
            case 0x0A: out += [0x5C, 0x6E]
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
