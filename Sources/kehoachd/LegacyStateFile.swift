#if canImport(Glibc)
import Glibc
#endif
import KeHoach
import KeHoachConfig
import KeHoachStore

/// The `kehoachd.state` file that kehoachd before the shared store kept beside the database:
/// read once, moved into the database (``ScheduleStore/saveDaemonState(_:)``), then removed.
///
/// The file was the directory's, not the database's: every database in the directory shared
/// it. It is therefore moved only into a database that has no state yet and whose outbox is not
/// empty (a kehoachd has recorded notices in it, so the file's window is that daemon's); a
/// fresh `test.db` beside the production database leaves it for the production daemon.
struct LegacyStateFile {
    /// The file's path: `kehoachd.state` in the database's directory.
    let path: String

    /// The old state file of the store at `databasePath`.
    init(databasePath: String) {
        let directory = databasePath.lastIndex(of: "/").map { String(databasePath[..<$0]) } ?? "."
        path = (directory.isEmpty ? "" : directory) + "/kehoachd.state"
    }

    /// What the file says; nil when there is no file (or it cannot be read).
    func load() -> DaemonState? {
        guard let text = ConfigParser.readFile(path) else { return nil }
        let pairs = text.split(separator: "\n").compactMap { line -> (key: String, value: String)? in
            let parts = line.split(separator: "=", maxSplits: 1).map { ConfigParser.strip($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        return DaemonState(pairs: pairs)
    }

    /// Moves the file's state into `store` when it is that store's (see the type's
    /// documentation), then removes the file; returns the state moved, nil when nothing was.
    /// The database is written first: a crash between the two leaves a file that the next
    /// start ignores (the database has a state by then).
    func move(into store: any ScheduleStore) throws(KeHoachError) -> DaemonState? {
        guard let state = load(), !state.isEmpty,
              try store.daemonState.isEmpty,
              try !store.notices(afterSequence: 0, limit: 1).isEmpty else { return nil }
        try store.saveDaemonState(state)
        unlink(path)
        return state
    }
}

extension Daemon {
    /// Moves an old `kehoachd.state` beside the database into it, once (``LegacyStateFile``),
    /// and says so; a failure is logged and the window starts as on a first start.
    func adoptLegacyState() {
        let file = LegacyStateFile(databasePath: config.database)
        do {
            guard let moved = try file.move(into: store) else { return }
            let last = moved.lastCycle.map { " (chu kỳ cuối \($0.iso))" } ?? ""
            log(.notice, "Đã chuyển trạng thái \(file.path)\(last) vào cơ sở dữ liệu \(StoreLocation.redacted(config.database)) và xóa tệp cũ")
        } catch {
            log(.warning, "Không chuyển được trạng thái \(file.path) vào cơ sở dữ liệu: \(error)")
        }
    }
}
