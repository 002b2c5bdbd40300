import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// The `--db` option every command that touches the store shares.
struct StoreOptions: ParsableArguments {
    /// The installed store, shared with kehoachd.
    static let installedPath = "/var/lib/kehoach/kehoach.db"

    @Option(name: .long, help: .vi("Tệp cơ sở dữ liệu (mặc định $KEHOACH_DB, nếu không thì \(installedPath)).",
                                       en: "Database file (default $KEHOACH_DB, else \(installedPath))."))
    var db: String?

    /// The path to open: `--db`, else `$KEHOACH_DB`, else the installed store.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["KEHOACH_DB"] ?? StoreOptions.installedPath
    }

    /// Opens the store, creating it when `create` is set.
    func open(create: Bool = false, readOnly: Bool = false) throws -> SQLiteStore {
        do {
            let mode: OpenMode = readOnly ? [.readOnly] : (create ? [.readWrite, .create] : [.readWrite])
            return try SQLiteStore(path: path, mode: mode)
        } catch {
            throw CLIError.kehoach(error)
        }
    }
}

extension SQLiteStore {
    /// The plan an admin names on the command line: its id ("2") or its number ("01/KH-UBND",
    /// matched accent- and case-insensitively, with the closest number suggested when unknown).
    func planID(reference: String) throws(KeHoachError) -> Int64 {
        if let id = Int64(reference) { return id }
        return try planID(number: reference)
    }
}
