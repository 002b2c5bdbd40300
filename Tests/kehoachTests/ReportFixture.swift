import Foundation

/// The store the report tests start from: Đa Lộc's 01/KH-UBND (examples/da-loc-2025.json, seed
/// 001) imported into a fresh file, with what each test records done through the real CLI.
struct ReportFixture {
    let directory: URL
    let db: String

    /// A fresh store with the plan imported, then each of `commands` run against it (`--db` added).
    init(_ commands: [[String]] = []) throws {
        directory = CLIRunner.temporaryDirectory()
        db = directory.appendingPathComponent("k.db").path
        for command in [["import", CLIRunner.example("da-loc-2025.json")]] + commands {
            let result = try CLIRunner.run(command + ["--db", db])
            precondition(result.status == 0, "\(command): \(result.stderr)")
        }
    }
}
