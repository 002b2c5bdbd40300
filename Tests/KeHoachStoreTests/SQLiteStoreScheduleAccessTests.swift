import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Schedule: read-only handles, query plans, migration from v1")
struct SQLiteStoreScheduleAccessTests {
    @Test("a read-only handle reads the schedule and refuses every schedule write with readOnly")
    func readOnly() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let id = try s.only("1.4").occurrence.id
        let reader = try SQLiteStore(path: s.dir.path(), mode: .readOnly)
        #expect(try reader.occurrence(id: id, asOf: date("2025-07-01")).state == .overdue)
        #expect(try reader.noticeInputs().count == 1)
        #expect(try reader.taskStatuses(planID: s.planID, asOf: date("2025-07-01")).count == 61)  // the plan's 61 rows
        let writes: [(String, () throws -> Void)] = [
            ("complete", { try reader.complete(occurrenceID: id, on: date("2025-06-30"), evidence: nil, by: "x", note: nil) }),
            ("waive", { try reader.waive(occurrenceID: id, on: date("2025-06-30"), by: "x", note: nil) }),
            ("reopen", { try reader.reopen(occurrenceID: id, by: "x") }),
            ("recordEvent", { _ = try reader.recordEvent(planID: s.planID, key: "bau-truong-thon", label: nil, on: date("2025-03-10"), by: "x") }),
            ("reexpand", { try reader.reexpand(planID: s.planID, by: "x") }),
            ("setNoticeSettings", { try reader.setNoticeSettings(.standard, planID: s.planID, by: "x") }),
            ("recordNotices", { _ = try reader.recordNotices([]) }),
            ("markSent", { try reader.markSent(noticeIDs: ["a"], at: Instant(seconds: 0)) }),
        ]
        for (name, write) in writes {
            #expect(throws: KeHoachError.readOnly, "\(name)") { try write() }
        }
        #expect(try s.store.auditTrail(planID: nil).count == 1)
    }

    /// The `EXPLAIN QUERY PLAN` details of the occurrence query for `query`.
    func plan(_ store: SQLiteStore, _ query: OccurrenceQuery) throws -> [String] {
        let (sql, values) = SQLiteStore.occurrenceSQL(query)
        let statement = try store.database.prepare("EXPLAIN QUERY PLAN " + sql)
        try statement.bind(values)
        var details: [String] = []
        while try statement.step() { details.append(statement.text(3)) }
        return details
    }

    @Test("the unit, overdue, plan, done and dimension queries search every table through indices, never a full scan")
    func indexedQueries() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let asOf = date("2025-07-05")
        for query in [OccurrenceQuery(unit: "vp ubnd xa", asOf: asOf),
                      OccurrenceQuery(state: .overdue, asOf: asOf),
                      OccurrenceQuery(unit: "vp ubnd xa", state: .overdue, asOf: asOf),
                      OccurrenceQuery(planID: s.planID, dueFrom: asOf, asOf: asOf),
                      OccurrenceQuery(state: .done, asOf: asOf),
                      OccurrenceQuery(dimension: "PAPI.8", asOf: asOf)] {
            let details = try plan(s.store, query)
            #expect(!details.contains { $0.hasPrefix("SCAN") }, "\(query): \(details)")
            #expect(details.contains { $0.hasPrefix("SEARCH o ") }, "\(query): \(details)")
        }
    }

    @Test("a v1 file with a plan is migrated to v2 and its plan expanded at the first schedule use")
    func migrationFromV1() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let expected = try s.store.occurrences(OccurrenceQuery(asOf: date("2025-07-05")))
        s.store.close()
        try rawSQL(s.dir.path(), downgradeToV4SQL)
        try rawSQL(s.dir.path(), """
            DROP TABLE working_calendar; DROP VIEW occurrence_dates; DROP TABLE schedule_pending; DROP TABLE outbox; DROP TABLE notice_settings;
            DROP TABLE completions; DROP TABLE occurrences; DROP INDEX tasks_by_schedule_state;
            DROP INDEX dimensions_by_key; DROP INDEX dimensions_by_catalog;
            ALTER TABLE tasks DROP COLUMN schedule_state; PRAGMA user_version = 1;
            """)
        let store = try SQLiteStore(path: s.dir.path())
        #expect(try store.schemaVersion == SQLiteStore.supportedSchemaVersion)
        #expect(try rowCount(s.dir.path(), "schedule_pending") == 1)
        #expect(try store.occurrences(OccurrenceQuery(asOf: date("2025-07-05"))) == expected)
        #expect(try rowCount(s.dir.path(), "schedule_pending") == 0)
        #expect(try store.auditTrail(planID: s.planID).last?.action == "schedule.expand")
    }
}
