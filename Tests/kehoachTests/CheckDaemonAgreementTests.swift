import Foundation
import Testing

/// `kehoach check` and kehoachd compute notices with one set of rules: the same store, the same
/// kehoachd.conf and the same instant give the same notices.
@Suite("kehoach check and kehoachd agree")
struct CheckDaemonAgreementTests {
    /// Runs kehoachd (built beside kehoach) once and returns the notice ids it wrote.
    static func daemon(_ arguments: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("kehoachd")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").compactMap {
            $0.hasPrefix("KEHOACH_NOTICE_ID=") ? String($0.dropFirst("KEHOACH_NOTICE_ID=".count)) : nil
        }
    }

    @Test("the example plans, a kehoachd.conf with its own reminders and grace, one instant: the same notice ids from both",
          arguments: ["catch_up = latest", "catch_up = all", "catch_up = skip"])
    func sameNotices(policy: String) throws {
        let dir = CLIRunner.temporaryDirectory()
        let a = dir.appendingPathComponent("a.db").path, b = dir.appendingPathComponent("b.db").path
        for db in [a, b] {
            let imported = try CLIRunner.run(["import", "--db", db] + ["chieng-dong-2022.json", "da-loc-2025.json",
                                                                       "duc-hop-2023-reporting.json"].map(CLIRunner.example))
            try #require(imported.status == 0, "\(imported.stderr)")
        }
        let conf = dir.appendingPathComponent("kehoachd.conf")
        try "\(policy)\nquiet_after = 3650\nreminders = 5, 2\nescalate_after = 15\n".write(to: conf, atomically: true, encoding: .utf8)
        // An instant after the real import, so that both start every plan's notices at its import.
        let now = "2030-01-02T08:00"
        let fromDaemon = try Self.daemon(["--once", "--stdout", "--config", conf.path, "--db", a, "--now", now,
                                          "--since", "2000-01-01T00:00"])
        let check = try CLIRunner.run(["check", "--dry-run", "--json", "--config", conf.path, "--db", b, "--now", now])
        let fromCheck = check.stdout.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(!fromDaemon.isEmpty || policy == "catch_up = skip")
        #expect(Set(fromDaemon) == Set(fromCheck), "\(policy): daemon \(fromDaemon.count), check \(fromCheck.count)")
        #expect(fromCheck.allSatisfy { !$0.contains("/reminder/7") && !$0.contains("/reminder/3") }, "the file's reminders, not the plans'")
    }
}
