import KeHoach
import KeHoachStore

/// The SQLite store the daemon runs on, seen through the engine's ``ScheduleStore`` protocol,
/// with SQLite's `data_version` as the cheap "did another process write?" token.
struct OpenedStore {
    let store: any ScheduleStore
    let changeToken: () throws -> Int
    /// What opening re-dated because this release's built-in calendar changed, if anything.
    let calendarUpdate: CalendarChange?

    /// Opens (creating and migrating if needed) the store at `path`.
    init(path: String) throws {
        let sqlite = try SQLiteStore(path: path, mode: [.readWrite, .create])
        store = sqlite
        changeToken = { try sqlite.dataVersion }
        calendarUpdate = sqlite.calendarUpdateOnOpen
    }
}
