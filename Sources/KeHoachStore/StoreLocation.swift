import KeHoach

/// Where a store lives, as an administrator names it (`--db`, `KEHOACH_DB`, `database =` in
/// kehoachd.conf, `kehoach_open`): the one place that turns a name into a store, so that the
/// CLI, the daemon and the C layer see only ``ScheduleStore`` and a new backend (PostgreSQL for
/// a province on several servers) is added here without touching them.
public enum StoreLocation {
    /// Opens the store `location` names: a file path (SQLite, the embedded default).
    ///
    /// A `postgresql://` or `postgres://` URI is refused with a clear error (its password
    /// masked) rather than taken for a file name: this release has no PostgreSQL store yet.
    public static func open(_ location: String, mode: OpenMode) throws(KeHoachError) -> any ScheduleStore {
        if isPostgreSQL(location) {
            throw .invalidValue(field: "database", value: redacted(location),
                                expected: "đường dẫn tệp SQLite: bản này chưa có kho PostgreSQL (postgresql://…)", row: nil)
        }
        return try SQLiteStore(path: location, mode: mode)
    }

    /// Whether `location` is a PostgreSQL connection URI.
    public static func isPostgreSQL(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// `location` with the password of a URI's user information replaced by `***`, for every
    /// log line, error and journal entry.
    public static func redacted(_ location: String) -> String {
        let parts = location.split(separator: "://", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return location }
        let rest = parts[1]
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        guard let at = authority.lastIndex(of: "@") else { return location }
        let userinfo = rest[..<at]
        guard let colon = userinfo.firstIndex(of: ":") else { return location }
        return String(parts[0]) + "://" + userinfo[..<colon] + ":***" + rest[at...]
    }
}
