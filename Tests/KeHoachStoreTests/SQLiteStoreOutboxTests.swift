import KeHoach
@testable import KeHoachStore
import Testing

@Suite("The notice outbox and the daemon's inputs")
struct SQLiteStoreOutboxTests {
    /// The notices the rules give for every stored plan up to `through`.
    func notices(_ store: SQLiteStore, through: Instant) throws -> [Notice] {
        try store.noticeInputs().flatMap { input in
            NoticeRules(settings: input.settings).notices(for: input.context, closed: input.closed, after: nil, through: through)
        }
    }

    @Test("notice inputs carry each plan's occurrences, closed ids, settings, units and focal unit")
    func inputs() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let second = try s.store.importPlan(try examplePlan("chieng-dong-2022"), actor: "test")
        let id = try s.only("1.4").occurrence.id
        try s.store.complete(occurrenceID: id, on: date("2025-06-30"), evidence: nil, by: "vp", note: nil)
        try s.store.setNoticeSettings(NoticeSettings(reminders: [5, 2], escalateAfter: nil), planID: second, by: "vp")
        let inputs = try s.store.noticeInputs()
        #expect(inputs.map(\.planID) == [s.planID, second])
        let daLoc = inputs[0]
        #expect(daLoc.closed == [id] && daLoc.settings == .standard)
        #expect(daLoc.context.focalUnit == "van-phong" && daLoc.context.unitName("van-phong") == "Văn phòng - Thống kê")
        #expect(daLoc.context.tasks["7.12"]?.coordinating == ["van-phong"])
        let all = try s.store.occurrences(OccurrenceQuery(planID: s.planID, asOf: date("2025-01-01"))).map(\.occurrence)
        #expect(Set(daLoc.context.occurrences) == Set(all))
        #expect(inputs[1].settings == NoticeSettings(reminders: [5, 2], escalateAfter: nil))
        #expect(inputs[1].closed.isEmpty && inputs[1].context.planNumber == "/KH-UBND")
    }

    @Test("recording the same notices twice inserts them once; they come back exactly as recorded")
    func uniqueness() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let batch = try notices(s.store, through: Instant(date: date("2025-07-05"), hour: 12))
        #expect(!batch.isEmpty)
        #expect(try s.store.recordNotices(batch) == batch.count)
        #expect(try s.store.recordNotices(batch) == 0)
        let later = try notices(s.store, through: Instant(date: date("2025-07-10"), hour: 12))
        #expect(try s.store.recordNotices(later) == later.count - batch.count)
        let unsent = try s.store.unsentNotices(limit: 10_000)
        #expect(unsent.count == later.count)
        #expect(Set(unsent.map(\.notice)) == Set(later))
        #expect(unsent.map(\.sequence) == unsent.map(\.sequence).sorted())
        #expect(unsent.allSatisfy { $0.sentAt == nil })
    }

    @Test("unrecorded keeps, in order, exactly the notices the outbox does not hold")
    func unrecorded() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let batch = try notices(s.store, through: Instant(date: date("2025-07-05"), hour: 12))
        let later = try notices(s.store, through: Instant(date: date("2025-07-10"), hour: 12))
        #expect(try s.store.unrecorded(later) == later)
        _ = try s.store.recordNotices(batch)
        let recorded = Set(batch.map(\.id))
        #expect(try s.store.unrecorded(later) == later.filter { !recorded.contains($0.id) })
        #expect(try s.store.unrecorded(batch).isEmpty)
    }

    @Test("marked notices leave the unsent list; polling after a sequence number returns the rest in order")
    func sendingAndPolling() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let batch = try notices(s.store, through: Instant(date: date("2025-07-05"), hour: 12))
        _ = try s.store.recordNotices(batch)
        let first = try s.store.unsentNotices(limit: 3)
        #expect(first.count == 3)
        let at = Instant(date: date("2025-07-05"), hour: 7, minute: 31)
        try s.store.markSent(noticeIDs: first.map(\.notice.id) + ["no-such-notice"], at: at)
        let rest = try s.store.unsentNotices(limit: 10_000)
        #expect(rest.count == batch.count - 3 && !rest.contains { first.map(\.notice.id).contains($0.notice.id) })
        let polled = try s.store.notices(afterSequence: first[1].sequence, limit: 2)
        #expect(polled.map(\.sequence) == [first[2].sequence, rest[0].sequence])
        #expect(polled[0].sentAt == at && polled[1].sentAt == nil)
        // Marking again keeps the first sending time.
        try s.store.markSent(noticeIDs: [first[2].notice.id], at: Instant(date: date("2025-07-06")))
        #expect(try s.store.notices(afterSequence: first[1].sequence, limit: 1).first?.sentAt == at)
        #expect(throws: KeHoachError.invalidValue(field: "limit", value: "-1", expected: "một số không âm", row: nil)) {
            try s.store.unsentNotices(limit: -1)
        }
    }

    @Test("deleting a plan drops its unsent notices and keeps those already sent")
    func deleteDropsUnsent() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let batch = try notices(s.store, through: Instant(date: date("2025-07-05"), hour: 12))
        _ = try s.store.recordNotices(batch)
        try s.store.markSent(noticeIDs: [batch[0].id], at: Instant(date: date("2025-07-05")))
        try s.store.deletePlan(id: s.planID, actor: "vp")
        #expect(try s.store.notices(afterSequence: 0, limit: 10_000).map(\.notice.id) == [batch[0].id])
    }
}
