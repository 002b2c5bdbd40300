import KeHoach

/// The default ``PlanStore``: one SQLite file shared by the daemon and every process that links
/// the library.
///
/// Opening sets WAL mode, a busy timeout, `foreign_keys=ON` and `synchronous=FULL`, then brings
/// the schema up to date inside `BEGIN IMMEDIATE`, so whichever process opens a new file first
/// migrates it and the others wait and find it done. A file made by a newer kehoach is refused
/// with ``KeHoachError/schemaTooNew(found:supported:)``; a file that is not SQLite, or a SQLite
/// database of some other application, with ``KeHoachError/notADatabase(path:)``.
///
/// Opening read-write also checks, in one small read, that the stored occurrences were
/// expanded with the working calendar this library computes for the stored overrides
/// (``WorkingCalendar/fingerprint``); when a release brought new holiday data it re-dates every
/// plan in one transaction ("calendar.update" in the audit trail, ``calendarUpdateOnOpen``).
/// A read-only handle changes nothing and reads the stored dates.
///
/// Every write is one `BEGIN IMMEDIATE` ... `COMMIT` transaction, rolled back on any error.
/// A store is used from one thread at a time; open one per thread or process.
public final class SQLiteStore {
    /// The schema version this library writes and reads (`PRAGMA user_version`).
    public static let supportedSchemaVersion = Migrations.currentVersion

    /// The `PRAGMA application_id` stamped on every kehoach database ("KeHo").
    public static let applicationID = Migrations.applicationID

    /// The file this store reads and writes.
    public let path: String
    /// How the file was opened.
    public let mode: OpenMode
    /// How many plans a notice pass reads in one snapshot (``forEachNoticeInput(_:_:afterBatch:)``);
    /// tests make it small to exercise the batches.
    var planBatch = 64
    /// How long a statement waits for another process's lock.
    public let busyTimeoutMilliseconds: Int32
    let database: Database
    /// The calendar built from the overrides text last read from the file, so that a handle
    /// builds it again only when another process stored new overrides.
    var calendarCache: (overrides: String, calendar: WorkingCalendar)?
    /// What opening did to the stored due dates because the built-in calendar had changed (a
    /// release with new holiday data): nil when nothing was re-dated. See
    /// ``redateIfCalendarChanged(actor:)``.
    public internal(set) var calendarUpdateOnOpen: CalendarChange?

    /// Opens (and, with `.create`, creates) the store at `path`, migrating its schema if needed.
    ///
    /// - Parameters:
    ///   - mode: read-only, read-write, or create; `.create` implies read-write.
    ///   - busyTimeoutMilliseconds: how long a statement waits for another process's lock
    ///     before failing with ``KeHoachError/busy``.
    public init(path: String, mode: OpenMode = [.readWrite, .create],
                busyTimeoutMilliseconds: Int32 = 5000) throws(KeHoachError) {
        self.path = path
        self.mode = mode
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        database = try Database(path: path, flags: try mode.sqliteFlags())
        try database.setBusyTimeout(milliseconds: busyTimeoutMilliseconds)
        try database.execute("PRAGMA foreign_keys = ON")
        try database.execute("PRAGMA synchronous = FULL")
        try prepareSchema()
    }

    deinit { database.close() }

    /// Closes the file. Later calls throw ``KeHoachError/misuse(detail:)``; closing twice is harmless.
    public func close() { database.close() }

    /// A number that changes whenever another connection commits to the file
    /// (`PRAGMA data_version`): poll it to know when to re-read.
    public var dataVersion: Int {
        get throws(KeHoachError) { Int(try database.integer("PRAGMA data_version")) }
    }

    /// The ``ScheduleStore`` change token: ``dataVersion``.
    public var changeToken: Int {
        get throws(KeHoachError) { try dataVersion }
    }

    /// The file's schema version (`PRAGMA user_version`).
    public var schemaVersion: Int {
        get throws(KeHoachError) { Int(try database.integer("PRAGMA user_version")) }
    }

    /// Runs `body` as one write transaction: `BEGIN IMMEDIATE`, then `COMMIT`, or `ROLLBACK`
    /// on any error, so the body happens whole or not at all.
    func write<T>(_ body: () throws(KeHoachError) -> T) throws(KeHoachError) -> T {
        guard mode.isWritable else { throw .readOnly }
        return try transaction("BEGIN IMMEDIATE", body)
    }

    /// Runs `body` inside one read transaction, so every query in it sees the same snapshot
    /// even while other processes commit (WAL readers never block writers).
    func read<T>(_ body: () throws(KeHoachError) -> T) throws(KeHoachError) -> T {
        try transaction("BEGIN DEFERRED", body)
    }

    private func transaction<T>(_ begin: String, _ body: () throws(KeHoachError) -> T) throws(KeHoachError) -> T {
        try database.execute(begin)
        do {
            let result = try body()
            try database.execute("COMMIT")
            return result
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }

    /// The SQL expression for the current instant in Vietnam, as ISO 8601 with "+07:00".
    static let nowSQL = "strftime('%Y-%m-%dT%H:%M:%S', 'now', '+7 hours') || '+07:00'"

    // MARK: Opening

    /// What the file's header says about its owner and schema.
    private struct Header {
        var applicationID: Int32
        var version: Int
        var tableCount: Int64
    }

    /// Reads the header in one statement, hence one read transaction: read piecemeal, another
    /// process's migration could commit between the parts and the file would look foreign.
    private func readHeader() throws(KeHoachError) -> Header {
        let statement = try database.prepare("""
            SELECT a.application_id, v.user_version, (SELECT count(*) FROM sqlite_master)
            FROM pragma_application_id AS a, pragma_user_version AS v
            """)
        guard try statement.step() else { throw .storage(code: 1, detail: "không đọc được tiêu đề tệp") }
        return Header(applicationID: Int32(truncatingIfNeeded: statement.integer(0)),
                      version: Int(statement.integer(1)), tableCount: statement.integer(2))
    }

    /// Switches the file to WAL. SQLite answers a journal-mode change that meets another
    /// process's lock with an immediate SQLITE_BUSY, without calling the busy handler, so this
    /// retries until the busy timeout is spent.
    private func enableWAL() throws(KeHoachError) {
        var waited: Int32 = 0
        while true {
            do throws(KeHoachError) {
                let journal = try database.text("PRAGMA journal_mode = WAL")
                guard journal == "wal" else {
                    throw .storage(code: 1, detail: "không chuyển được sang chế độ WAL (đang là '\(journal)')")
                }
                return
            } catch .busy where waited < busyTimeoutMilliseconds {
                waited += database.sleep(milliseconds: 10)
            }
        }
    }

    /// Refuses files that belong to another application or to a newer kehoach.
    private func check(_ header: Header) throws(KeHoachError) {
        if header.applicationID != Migrations.applicationID,
           header.applicationID != 0 || header.tableCount > 0 || header.version > 0 {
            throw .notADatabase(path: path)
        }
        if header.version < 0 {
            // No kehoach writes a negative user_version: the header was altered by hand or by
            // another program, and migrating "from -1" has no meaning.
            throw .notADatabase(path: path)
        }
        if header.version > Migrations.currentVersion {
            throw .schemaTooNew(found: header.version, supported: Migrations.currentVersion)
        }
    }

    /// Checks the file, switches it to WAL, migrates it under the write lock, and re-dates the
    /// stored plans when the working calendar's data changed since they were expanded.
    private func prepareSchema() throws(KeHoachError) {
        let header = try readHeader()
        try check(header)
        guard mode.isWritable else {
            if header.version == 0 { throw .notADatabase(path: path) }
            if header.version < Migrations.currentVersion {
                throw .schemaTooOld(found: header.version, supported: Migrations.currentVersion)
            }
            return
        }
        try enableWAL()
        if header.version < Migrations.currentVersion {
            // `PRAGMA foreign_keys` is a no-op inside a transaction: set it around it.
            let foreignKeysOff = Migrations.needsForeignKeysOff(from: header.version)
            if foreignKeysOff { try database.execute("PRAGMA foreign_keys = OFF") }
            defer { if foreignKeysOff { try? database.execute("PRAGMA foreign_keys = ON") } }
            try write { () throws(KeHoachError) in
                // Re-read under the lock: another process may have migrated meanwhile.
                let locked = try readHeader()
                try check(locked)
                try Migrations.migrate(database, from: locked.version)
                calendarUpdateOnOpen = try redateIfCalendarChanged(actor: "kehoach")
            }
        } else if try storedCalendarIsStale() {
            try write { () throws(KeHoachError) in
                // Checked again under the lock: another process may have re-dated meanwhile.
                calendarUpdateOnOpen = try redateIfCalendarChanged(actor: "kehoach")
            }
        }
    }
}
