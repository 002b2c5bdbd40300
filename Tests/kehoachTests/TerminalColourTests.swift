import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Colour on a terminal, none in a pipe or with NO_COLOR: `kehoach overdue` run on a real
/// pseudo-terminal, as an admin at a console sees it.
@Suite("kehoach on a terminal: colour unless NO_COLOR, never in a pipe")
struct TerminalColourTests {
    /// Runs `kehoach` with its standard output on a new pseudo-terminal; returns what it wrote.
    static func onTerminal(_ arguments: [String], environment: [String: String]) throws -> String {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 50, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.ENOTTY) }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env["TERM"] = "xterm"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardOutput = terminal
        process.standardError = FileHandle.nullDevice
        try process.run()
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        close(slave)
        while true {  // the master reads EIO once the child, the last holder of the slave, exits
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            output.append(contentsOf: buffer[0..<n])
        }
        process.waitUntilExit()
        close(master)
        return String(decoding: output, as: UTF8.self)
    }

    let db: String

    init() throws {
        db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")])
        precondition(imported.status == 0, imported.stderr)
    }

    @Test("overdue on a terminal shows 'Quá hạn' in red (ESC[31m)")
    func colourOnTerminal() throws {
        let out = try TerminalColourTests.onTerminal(["overdue", "--db", db, "--as-of", "2025-07-05"], environment: [:])
        #expect(out.contains("\u{1B}[31mQuá hạn\u{1B}[0m"), "\(out.prefix(600))")
    }

    @Test("NO_COLOR on a terminal, or a pipe, gives the same text without escape codes")
    func noColour() throws {
        let plain = try TerminalColourTests.onTerminal(["overdue", "--db", db, "--as-of", "2025-07-05"], environment: ["NO_COLOR": "1"])
        #expect(plain.contains("Quá hạn") && !plain.contains("\u{1B}["))
        let piped = try CLIRunner.run(["overdue", "--db", db, "--as-of", "2025-07-05"])
        #expect(!piped.stdout.contains("\u{1B}"))
        // A terminal turns "\n" into "\r\n"; otherwise the two are the same table.
        #expect(plain.replacingOccurrences(of: "\r\n", with: "\n") == piped.stdout)
    }
}
