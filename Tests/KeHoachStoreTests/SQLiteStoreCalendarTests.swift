import KeHoach
@testable import KeHoachStore
import Testing

/// An administrator's override file (docs/calendar.md) making Monday 30/06/2025 a holiday.
let holiday30June = """
    # Nghỉ lễ theo thông báo mới (ví dụ)
    2025-06-30  holiday  Ngày nghỉ lễ theo thông báo

    """

/// Đa Lộc's task 1.4 "Quý II/2025": written due Monday 30/06/2025.
let quarterTwo = "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"

/// The stored fingerprint, read with raw SQL.
func storedFingerprint(_ path: String) throws -> String? {
    let database = try Database(path: path, flags: try OpenMode.readOnly.sqliteFlags())
    defer { database.close() }
    let statement = try database.prepare("SELECT fingerprint FROM working_calendar WHERE id = 1")
    return try statement.step() ? statement.optionalText(0) : nil
}

@Suite("The store's working calendar: overrides kept in the file, every process on the same dates")
struct SQLiteStoreCalendarTests {
    @Test("an override making 30/06/2025 a holiday moves 1.4's Quý II/2025 to 01/07/2025, keeps its completion, is audited; clearing moves it back")
    func overridesMoveEffectiveDates() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let before = try s.only("1.4")
        #expect(before.occurrence.id == quarterTwo)
        #expect(before.occurrence.writtenDue == date("2025-06-30") && before.occurrence.effectiveDue == date("2025-06-30"))
        try s.store.complete(occurrenceID: quarterTwo, on: date("2025-07-01"), evidence: "Báo cáo số 45/BC-UBND",
                             by: "vp.daloc", note: nil)
        #expect(try s.store.occurrence(id: quarterTwo, asOf: date("2025-07-15")).state == .doneLate)

        let change = try s.store.setCalendarOverrides(holiday30June, by: "quantri.huyen")
        let move = try #require(change.moved.first { $0.occurrenceID == quarterTwo })
        #expect(move == DueDateMove(occurrenceID: quarterTwo, planID: s.planID, taskRef: "1.4", label: "Quý II/2025",
                                    previousWrittenDue: date("2025-06-30"), writtenDue: date("2025-06-30"),
                                    previousEffectiveDue: date("2025-06-30"), effectiveDue: date("2025-07-01")))
        #expect(change.moved.allSatisfy { $0.previousEffectiveDue == date("2025-06-30") && $0.effectiveDue == date("2025-07-01") })
        #expect(change.plans == 1)
        #expect(change.fingerprint == WorkingCalendar(overrides: try CalendarOverrides.parse(holiday30June)).fingerprint)
        #expect(change.previousFingerprint == WorkingCalendar.standard.fingerprint)

        let after = try s.store.occurrence(id: quarterTwo, asOf: date("2025-07-15"))
        #expect(after.occurrence.writtenDue == date("2025-06-30"), "the written date is kept")
        #expect(after.occurrence.effectiveDue == date("2025-07-01"))
        #expect(after.completion?.evidence == "Báo cáo số 45/BC-UBND", "the completion stays with its occurrence")
        #expect(after.state == .done, "done on 01/07, now the effective due date: on time")
        #expect(try s.store.calendarOverrides == holiday30June)
        #expect(try !s.store.calendar.isWorkingDay(date("2025-06-30")))
        #expect(try storedFingerprint(s.dir.path()) == change.fingerprint)
        let audit = try #require(try s.store.auditTrail(planID: nil).last)
        #expect(audit.action == "calendar.overrides" && audit.actor == "quantri.huyen" && audit.planID == nil)
        #expect(audit.detail.contains("\(change.moved.count) lần thực hiện đổi hạn hiệu lực"))
        #expect(audit.detail.contains("\(quarterTwo) 30/06/2025 → 01/07/2025"))

        // The same text again: nothing to do, nothing written.
        let entries = try s.store.auditTrail(planID: nil).count
        #expect(try s.store.setCalendarOverrides(holiday30June, by: "quantri.huyen").isEmpty)
        #expect(try s.store.auditTrail(planID: nil).count == entries)

        let cleared = try s.store.setCalendarOverrides("", by: "quantri.huyen")
        #expect(Set(cleared.moved.map(\.occurrenceID)) == Set(change.moved.map(\.occurrenceID)))
        #expect(cleared.moved.allSatisfy { $0.effectiveDue == date("2025-06-30") })
        #expect(cleared.fingerprint == WorkingCalendar.standard.fingerprint)
        let back = try s.store.occurrence(id: quarterTwo, asOf: date("2025-07-15"))
        #expect(back.occurrence.effectiveDue == date("2025-06-30"))
        #expect(back.state == .doneLate && back.completion?.evidence == "Báo cáo số 45/BC-UBND")
        #expect(try s.store.calendarOverrides == "")
        #expect(try s.store.auditTrail(planID: nil).last?.detail.hasPrefix("Bỏ lịch điều chỉnh") == true)
    }

    @Test("a text that differs only in names or comments is stored and audited, and no date is re-dated")
    func renamedOverrideKeepsDates() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.setCalendarOverrides(holiday30June, by: "quantri.huyen")
        let renamed = "30/06/2025  holiday  Nghỉ lễ (Thông báo số 01/TB-VPCP)\n"
        let change = try s.store.setCalendarOverrides(renamed, by: "quantri.huyen")
        #expect(change.isEmpty && change.plans == 0)
        #expect(try s.store.calendarOverrides == renamed)
        #expect(try s.only("1.4").occurrence.effectiveDue == date("2025-07-01"))
        #expect(try s.store.auditTrail(planID: nil).last?.detail.hasSuffix("hạn đã lưu giữ nguyên") == true)
    }

    @Test("a malformed override is refused with its line number and the store is unchanged")
    func malformedOverrideRefused() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.setCalendarOverrides(holiday30June, by: "quantri.huyen")
        let entries = try s.store.auditTrail(planID: nil).count
        let version = try s.store.dataVersion
        let bad = """
            # Tết Đinh Mùi 2027
            2027-02-05  holiday  Tết Nguyên Đán
            2027-02-31  holiday  Tết Nguyên Đán
            """
        #expect(throws: KeHoachError.invalidLine(file: "Tệp lịch", line: 3, value: "2027-02-31",
                                                 expected: "một ngày có thật dạng YYYY-MM-DD hoặc dd/MM/yyyy")) {
            try s.store.setCalendarOverrides(bad, by: "quantri.huyen")
        }
        #expect(try s.store.calendarOverrides == holiday30June)
        #expect(try s.only("1.4").occurrence.effectiveDue == date("2025-07-01"))
        #expect(try s.store.auditTrail(planID: nil).count == entries)
        #expect(try s.store.dataVersion == version)
        #expect(try storedFingerprint(s.dir.path()) == WorkingCalendar(overrides: try CalendarOverrides.parse(holiday30June)).fingerprint)
    }

    @Test("another handle on the file, as another process, sees the same effective date and expands its imports on the same calendar")
    func otherHandlesAgree() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let opened = try SQLiteStore(path: s.dir.path())  // opened before the change, like a running daemon
        #expect(try opened.calendar.isWorkingDay(date("2025-06-30")))
        try s.store.setCalendarOverrides(holiday30June, by: "quantri.huyen")

        let later = try SQLiteStore(path: s.dir.path())
        let reader = try SQLiteStore(path: s.dir.path(), mode: .readOnly)
        for handle in [opened, later, reader] {
            #expect(try handle.occurrence(id: quarterTwo, asOf: date("2025-07-01")).occurrence.effectiveDue == date("2025-07-01"))
            #expect(try !handle.calendar.isWorkingDay(date("2025-06-30")))
            #expect(try handle.calendarOverrides == holiday30June)
        }
        // A plan imported through the handle opened before the change is dated with it too.
        let planID = try opened.importPlan(smallPlan("02/KH-UBND"), actor: "vp.daloc")
        let imported = try opened.occurrences(OccurrenceQuery(planID: planID, asOf: date("2025-07-01")))
        #expect(imported.map(\.occurrence.effectiveDue) == [date("2025-07-01")])
        #expect(throws: KeHoachError.readOnly) { try reader.setCalendarOverrides("", by: "x") }
    }

    @Test("a v3 file opens, migrates to the current schema, keeps its occurrences and completions and records its calendar")
    func migrationFromV3() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.complete(occurrenceID: quarterTwo, on: date("2025-06-27"), evidence: "Báo cáo số 45/BC-UBND",
                             by: "vp.daloc", note: nil)
        let expected = try s.store.occurrences(OccurrenceQuery(asOf: date("2025-07-05")))
        s.store.close()
        try rawSQL(s.dir.path(), downgradeToV4SQL)
        try rawSQL(s.dir.path(), "DROP TABLE working_calendar; PRAGMA user_version = 3;")
        let current = SQLiteStore.supportedSchemaVersion

        // Read-only, it cannot be upgraded: refused with schemaTooOld (code readOnly), unchanged.
        #expect(throws: KeHoachError.schemaTooOld(found: 3, supported: current)) { try SQLiteStore(path: s.dir.path(), mode: .readOnly) }
        #expect(KeHoachError.schemaTooOld(found: 3, supported: current).code == .readOnly)
        #expect(try rowCount(s.dir.path(), "sqlite_master WHERE name = 'working_calendar'") == 0)

        let store = try SQLiteStore(path: s.dir.path())
        #expect(try store.schemaVersion == current)
        #expect(try store.occurrences(OccurrenceQuery(asOf: date("2025-07-05"))) == expected)
        #expect(try store.occurrence(id: quarterTwo, asOf: date("2025-07-05")).completion?.evidence == "Báo cáo số 45/BC-UBND")
        #expect(try store.calendarOverrides == "")
        #expect(try storedFingerprint(s.dir.path()) == WorkingCalendar.standard.fingerprint)
        // Dates stored by a library before v4 are re-dated once with this one's calendar.
        #expect(store.calendarUpdateOnOpen?.previousFingerprint == nil)
        #expect(store.calendarUpdateOnOpen?.plans == 1)
        #expect(try store.auditTrail(planID: nil).last?.action == "calendar.update")
        store.close()

        try rawSQL(s.dir.path(), "PRAGMA user_version = \(current + 1)")
        let newer = KeHoachError.schemaTooNew(found: current + 1, supported: current)
        #expect(throws: newer) { try SQLiteStore(path: s.dir.path()) }
        #expect(throws: newer) { try SQLiteStore(path: s.dir.path(), mode: .readOnly) }
    }

    @Test("a new file records its calendar when it is created, without an audit entry")
    func newFileRecordsItsCalendar() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        #expect(try storedFingerprint(dir.path()) == WorkingCalendar.standard.fingerprint)
        #expect(store.calendarUpdateOnOpen == nil)
        #expect(try store.auditTrail(planID: nil).isEmpty)
    }

    @Test("a stale fingerprint (a release with new built-in data) re-dates every plan on a read-write open, audited; a read-only open writes nothing")
    func staleFingerprintRedates() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let expected = try s.store.occurrences(OccurrenceQuery(asOf: date("2025-07-05")))
        s.store.close()
        // As if the stored dates had been computed with an older calendar, where 30/06/2025 was off.
        try rawSQL(s.dir.path(), """
            UPDATE working_calendar SET fingerprint = '0123456789abcdef';
            UPDATE occurrences SET effective_due = effective_due + 1 WHERE id = '\(quarterTwo)';
            """)
        let entries = try rowCount(s.dir.path(), "audit")

        let reader = try SQLiteStore(path: s.dir.path(), mode: .readOnly)
        #expect(reader.calendarUpdateOnOpen == nil)
        #expect(try reader.occurrence(id: quarterTwo, asOf: date("2025-07-05")).occurrence.effectiveDue == date("2025-07-01"),
                "a read-only handle reads the stored dates")
        #expect(try storedFingerprint(s.dir.path()) == "0123456789abcdef")
        #expect(try rowCount(s.dir.path(), "audit") == entries)
        reader.close()

        let store = try SQLiteStore(path: s.dir.path(), mode: .readWrite)
        let update = try #require(store.calendarUpdateOnOpen)
        #expect(update.previousFingerprint == "0123456789abcdef")
        #expect(update.fingerprint == WorkingCalendar.standard.fingerprint)
        #expect(update.plans == 1)
        #expect(update.moved.map(\.occurrenceID) == [quarterTwo])
        #expect(update.moved.first?.effectiveDue == date("2025-06-30"))
        #expect(try store.occurrences(OccurrenceQuery(asOf: date("2025-07-05"))) == expected)
        #expect(try storedFingerprint(s.dir.path()) == WorkingCalendar.standard.fingerprint)
        let audit = try #require(try store.auditTrail(planID: nil).last)
        #expect(audit.action == "calendar.update" && audit.actor == "kehoach")
        #expect(audit.detail.contains("0123456789abcdef") && audit.detail.contains("1 lần thực hiện đổi hạn hiệu lực"))
        store.close()

        // Once recorded, opening again changes nothing.
        let again = try SQLiteStore(path: s.dir.path(), mode: .readWrite)
        #expect(again.calendarUpdateOnOpen == nil)
        #expect(try rowCount(s.dir.path(), "audit") == entries + 1)
    }

    @Test("stored overrides that no longer parse do not stop a handle from opening and are reported where the calendar is needed")
    func brokenStoredOverrides() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        s.store.close()
        try rawSQL(s.dir.path(), "UPDATE working_calendar SET overrides = '2025-06-30 nghi'")
        let store = try SQLiteStore(path: s.dir.path())
        #expect(try store.only("1.4", in: s.planID).occurrence.effectiveDue == date("2025-06-30"))
        #expect(throws: KeHoachError.self) { try store.calendar }
        #expect(throws: KeHoachError.self) { try store.reexpand(planID: s.planID, by: "x") }
        try store.setCalendarOverrides(holiday30June, by: "quantri.huyen")
        #expect(try store.only("1.4", in: s.planID).occurrence.effectiveDue == date("2025-07-01"))
    }
}

extension SQLiteStore {
    /// The only occurrence of task `ref` of plan `planID`.
    fileprivate func only(_ ref: String, in planID: Int64) throws -> OccurrenceRecord {
        let all = try occurrences(OccurrenceQuery(planID: planID, asOf: date("2025-01-02"))).filter { $0.occurrence.taskRef == ref }
        guard all.count == 1 else { throw KeHoachError.misuse(detail: "\(ref) has \(all.count) occurrences") }
        return all[0]
    }
}
