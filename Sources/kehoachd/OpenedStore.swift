import KeHoach
import KeHoachStore

/// The store the daemon runs on, seen through the engine's ``ScheduleStore`` protocol only
/// (``StoreLocation`` chooses the backend), with its change token as the cheap "did another
/// process write?" check.
struct OpenedStore {
    let store: any ScheduleStore
    let changeToken: () throws -> Int
    /// What opening re-dated because this release's built-in calendar changed, if anything.
    let calendarUpdate: CalendarChange?

    /// Opens (creating and migrating if needed) the store at `path`.
    init(path: String) throws {
        let opened = try StoreLocation.open(path, mode: [.readWrite, .create])
        store = opened
        changeToken = { try opened.changeToken }
        calendarUpdate = opened.calendarUpdateOnOpen
    }
}
