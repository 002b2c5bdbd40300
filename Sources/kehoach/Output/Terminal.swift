import Foundation

/// The edge where the CLI writes: colour only on a terminal and never when NO_COLOR is set.
struct Terminal {
    let handle: FileHandle
    let colours: Bool

    static let standardOutput = Terminal(handle: .standardOutput, fd: 1)
    static let standardError = Terminal(handle: .standardError, fd: 2)

    private init(handle: FileHandle, fd: Int32) {
        self.handle = handle
        let env = ProcessInfo.processInfo.environment
        colours = isatty(fd) == 1 && env["NO_COLOR"].map(\.isEmpty) ?? true && env["TERM"] != "dumb"
    }

    /// Writes text as UTF-8.
    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    /// Text in bold, when colours are on.
    func bold(_ text: String) -> String { colours ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    /// Text in red (overdue), when colours are on.
    func red(_ text: String) -> String { colours ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
    /// Text in yellow (due soon), when colours are on.
    func yellow(_ text: String) -> String { colours ? "\u{1B}[33m\(text)\u{1B}[0m" : text }
    /// Text in green (done), when colours are on.
    func green(_ text: String) -> String { colours ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    /// Text dimmed, when colours are on.
    func dim(_ text: String) -> String { colours ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
