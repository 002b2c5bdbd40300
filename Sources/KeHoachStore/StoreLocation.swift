import KeHoach

/// Where a store lives, as an administrator names it (`--db`, `KEHOACH_DB`, `database =` in
/// kehoachd.conf, `kehoach_open`): the one place that turns a name into a store, so that the
/// CLI, the daemon and the C layer see only ``ScheduleStore`` and a new backend (PostgreSQL for
/// a province on several servers) is added here without touching them.
public enum StoreLocation {
    /// Opens the store `location` names: a file path (SQLite, the embedded default).
    public static func open(_ location: String, mode: OpenMode) throws(KeHoachError) -> any ScheduleStore {
        try SQLiteStore(path: location, mode: mode)
    }
}
