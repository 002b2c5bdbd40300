import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Notice inputs streamed plan by plan: one snapshot, indexed per-plan queries, the same inputs")
struct SQLiteStoreNoticeInputStreamTests {
    /// A store holding the three example plans (ids 1, 2, 3), Đa Lộc with its own notice
    /// settings, an event recorded and two occurrences closed.
    static func examples() throws -> (dir: TemporaryDirectory, store: SQLiteStore) {
        let dir = try TemporaryDirectory()
        let store = try SQLiteStore(path: dir.path())
        for name in ["chieng-dong-2022", "da-loc-2025", "duc-hop-2023-reporting"] {
            _ = try store.importPlan(try examplePlan(name), actor: "test")
        }
        try store.setNoticeSettings(NoticeSettings(reminders: [5, 2], overdueEvery: 3, escalateAfter: nil),
                                    planID: 2, by: "test")
        _ = try store.recordEvent(planID: 2, key: "phe-duyet-qhkhsdd", label: nil, on: date("2025-06-20"), by: "test")
        let open = try store.occurrences(OccurrenceQuery(planID: 2, asOf: date("2025-01-02")))
        try store.complete(occurrenceID: open[0].occurrence.id, on: date("2025-03-01"), evidence: nil, by: "test", note: nil)
        try store.waive(occurrenceID: open[1].occurrence.id, on: date("2025-03-01"), by: "test", note: nil)
        return (dir, store)
    }

    /// The `EXPLAIN QUERY PLAN` details of `sql` with `values` bound.
    static func queryPlan(_ store: SQLiteStore, _ sql: String, _ values: [any SQLBindable]) throws -> [String] {
        let statement = try store.database.prepare("EXPLAIN QUERY PLAN " + sql)
        try statement.bind(values)
        var details: [String] = []
        while try statement.step() { details.append(statement.text(3)) }
        return details
    }

    @Test("each per-plan query searches its tables through an index and sorts nothing; the pass over plans walks the plans table by id")
    func perPlanQueriesUseIndexes() throws {
        let (dir, store) = try SQLiteStoreNoticeInputStreamTests.examples()
        defer { store.close(); dir.remove() }
        for sql in NoticeInputSQL.perPlan {
            let details = try SQLiteStoreNoticeInputStreamTests.queryPlan(store, sql, [Int64(2)])
            #expect(!details.contains { $0.hasPrefix("SCAN") }, "\(sql): \(details)")
            #expect(!details.contains { $0.contains("TEMP B-TREE") }, "\(sql): \(details)")
            #expect(details.contains { $0.hasPrefix("SEARCH") && $0.contains("plan_id=?") }, "\(sql): \(details)")
        }
        let pass = try SQLiteStoreNoticeInputStreamTests.queryPlan(store, NoticeInputSQL.plans(after: true), [Int64(0)])
        #expect(pass.contains { $0.hasPrefix("SEARCH p USING INTEGER PRIMARY KEY") }, "\(pass)")
        #expect(!pass.contains { $0.hasPrefix("SCAN") }, "\(pass)")
        #expect(!pass.contains { $0.contains("TEMP B-TREE") }, "\(pass)")
    }

    @Test("a cycle finds what is due through the index of next thresholds and the index of changed occurrences, never a scan of occurrences")
    func dueQueryUsesTheNoticeIndexes() throws {
        let (dir, store) = try SQLiteStoreNoticeInputStreamTests.examples()
        defer { store.close(); dir.remove() }
        let plans = try SQLiteStoreNoticeInputStreamTests.queryPlan(store, NoticeIndexSQL.duePlans, [Int64(1_750_000_000)])
        #expect(plans.contains { $0.contains("occurrences_by_notice") } && plans.contains { $0.contains("occurrences_unindexed") }, "\(plans)")
        #expect(!plans.contains { $0.hasPrefix("SCAN o") && !$0.contains("USING") }, "\(plans)")
        let details = try SQLiteStoreNoticeInputStreamTests.queryPlan(store, NoticeIndexSQL.due, [Int64(2), Int64(1_750_000_000)])
        #expect(details.contains { $0.contains("occurrences_by_plan_notice") }, "\(details)")
        #expect(details.contains { $0.contains("occurrences_unindexed") }, "\(details)")
        #expect(!details.contains { $0.hasPrefix("SCAN o") }, "\(details)")
        #expect(!details.contains { $0.contains("TEMP B-TREE") }, "\(details)")
    }

    @Test("each plan's streamed inputs agree with the plan, occurrences, completions and settings read one by one, in id order")
    func streamedInputsAgreeWithTheStore() throws {
        let (dir, store) = try SQLiteStoreNoticeInputStreamTests.examples()
        defer { store.close(); dir.remove() }
        var seen: [Int64] = []
        try store.forEachNoticeInput { (input: NoticeInput) throws(KeHoachError) in seen.append(input.planID) }
        #expect(seen == [1, 2, 3])
        let inputs = try store.noticeInputs()
        #expect(inputs.map(\.planID) == seen, "noticeInputs() collects the same pass")
        for input in inputs {
            let plan = try store.plan(id: input.planID)
            let context = input.context
            #expect(context.planNumber == plan.number)
            #expect(context.focalUnit == plan.focalUnit)
            #expect(context.directory.units == plan.units, "units with their aliases, in order")
            #expect(context.tasks.count == plan.tasks.count)
            for task in plan.tasks {
                let read = try #require(context.tasks[task.ref])
                #expect(read.description == task.description && read.dimension == task.dimension)
                #expect(read.lead == task.lead && read.coordinating == task.coordinating
                        && read.implementing == task.implementing, "\(task.ref)")
                #expect(read.deadline == task.deadline && read.eventKey == task.eventKey, "\(task.ref)")
            }
            let records = try store.occurrences(OccurrenceQuery(planID: input.planID, asOf: date("2025-01-02")))
            #expect(context.occurrences == records.map(\.occurrence), "by effective due date, then id")
            #expect(input.closed == Set(records.filter { $0.completion != nil }.map(\.occurrence.id)))
            #expect(input.settings == (try store.noticeSettings(planID: input.planID)))
            #expect(input.importedAt != nil)
        }
        #expect(inputs[1].closed.count == 2 && inputs[0].closed.isEmpty)
        #expect(inputs[1].settings.reminders == [5, 2] && inputs[0].settings == .standard)
    }

    @Test("every plan of one pass comes from one snapshot: what another connection commits during the pass is seen by none of its plans")
    func onePassIsOneSnapshot() throws {
        let (dir, store) = try SQLiteStoreNoticeInputStreamTests.examples()
        defer { store.close(); dir.remove() }
        let other = try SQLiteStore(path: dir.path())
        defer { other.close() }
        let target = try #require(try store.occurrences(OccurrenceQuery(planID: 3, state: .open, asOf: date("2023-01-02"))).first)
        var streamed: [NoticeInput] = []
        try store.forEachNoticeInput { (input: NoticeInput) throws(KeHoachError) in
            if streamed.isEmpty {
                try other.complete(occurrenceID: target.occurrence.id, on: date("2023-06-01"), evidence: nil, by: "test", note: nil)
                _ = try other.importPlan(smallPlan("99/KH-UBND"), actor: "test")
            }
            streamed.append(input)
        }
        #expect(streamed.map(\.planID) == [1, 2, 3], "the plan imported meanwhile is not in this pass")
        #expect(!streamed[2].closed.contains(target.occurrence.id), "nor the completion committed meanwhile")
        let next = try store.noticeInputs()
        #expect(next.count == 4)
        #expect(next[2].closed.contains(target.occurrence.id), "the next pass sees both")
    }

    @Test("an error thrown by the body ends the pass, is rethrown, and leaves the store usable")
    func bodyErrorEndsThePass() throws {
        let (dir, store) = try SQLiteStoreNoticeInputStreamTests.examples()
        defer { store.close(); dir.remove() }
        var calls = 0
        #expect(throws: KeHoachError.misuse(detail: "stop")) {
            try store.forEachNoticeInput { (_: NoticeInput) throws(KeHoachError) in
                calls += 1
                throw .misuse(detail: "stop")
            }
        }
        #expect(calls == 1)
        #expect(try store.noticeInputs().count == 3, "no read transaction left open")
        _ = try store.recordNotices([])
        try store.setNoticeSettings(.standard, planID: 2, by: "test")
    }
}
