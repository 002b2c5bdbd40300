#if canImport(Glibc)
import Glibc
#endif
import KeHoach

/// The daemon's memory between runs: the instant of the last completed cycle (the lower end of
/// the next cycle's window) and the day of the last digest, in a small text file beside the
/// database.
///
/// Written atomically (temporary file, fsync, rename, fsync of the directory) and only after
/// the cycle's notices are in the outbox, so a crash at any point either leaves the old window
/// (the notices are computed again and the outbox, unique by id, keeps one of each) or the new
/// one (they are already recorded). It never moves backwards: a clock that jumped back leaves it
/// where it was, so nothing between is computed twice.
struct StateFile {
    /// What the file holds.
    struct State: Hashable {
        /// The `through` instant of the last cycle whose notices were recorded.
        var lastCycle: Instant?
        /// The day the last digest was written.
        var lastDigest: CivilDate?
    }

    /// The file's path.
    let path: String

    /// The state file for the store at `databasePath`: `kehoachd.state` in the same directory.
    init(databasePath: String) {
        let directory = databasePath.lastIndex(of: "/").map { String(databasePath[..<$0]) } ?? "."
        path = (directory.isEmpty ? "" : directory) + "/kehoachd.state"
    }

    init(path: String) { self.path = path }

    /// The stored state; empty when the file is missing or unreadable (first start).
    func load() -> State {
        guard let text = ConfigParser.readFile(path) else { return State() }
        var state = State()
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { ConfigParser.strip($0) }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "last_cycle": state.lastCycle = Instant(local: parts[1])
            case "last_digest": state.lastDigest = CivilDate(iso: parts[1])
            default: continue
            }
        }
        return state
    }

    /// Replaces the file with `state`, atomically and durably.
    func save(_ state: State) throws(SystemError) {
        var text = "# kehoachd: trạng thái giữa các lần chạy / state between runs (do not edit while running)\n"
        if let last = state.lastCycle { text += "last_cycle=\(last.iso)\n" }
        if let day = state.lastDigest { text += "last_digest=\(day.iso)\n" }
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw SystemError(errno: errno) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(fd) == 0 else {
            let error = errno
            close(fd)
            throw SystemError(errno: error)
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw SystemError(errno: errno) }
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let dfd = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }
}
