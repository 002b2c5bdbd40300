import Testing
@testable import KeHoach
@testable import KeHoachStore

@Suite("An event recorded after it happened")
struct SQLiteStoreLateEventTests {
    @Test("its occurrence starts at the recording: a check after it sends one catch-up, not the whole ladder and not nothing")
    func lateEventCatchUp() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        // Task 3.9: "Thực hiện sau khi QHKHSDĐ được phê duyệt" with 15 days: approved 20/06/2025,
        // due 05/07/2025 (Saturday), effective Monday 07/07/2025; recorded only now (wall clock).
        _ = try s.store.recordEvent(planID: s.planID, key: "phe-duyet-qhkhsdd", label: nil, on: date("2025-06-20"), by: "test")
        let occurrence = try s.only("3.9").occurrence
        let recordedAt = try #require(occurrence.notBefore)
        #expect(recordedAt.date > date("2025-07-07"))

        let input = try #require(try s.store.noticeInputs().first { $0.planID == s.planID })
        #expect(input.context.occurrences.first { $0.id == occurrence.id }?.notBefore == recordedAt)
        let after = Instant(seconds: recordedAt.seconds + 3600)
        let notices = NoticeRules(settings: input.settings).notices(for: input.context(at: after), closed: input.closed,
                                                                    after: nil, through: after)
            .filter { $0.occurrenceID == occurrence.id }
        #expect(notices.count == 1)
        #expect(notices.first?.late == true)
        #expect(notices.first?.dueAt == recordedAt)

        // Simulated time before the recording (a demo's --now): the start is clamped to now.
        let simulated = Instant(local: "2025-07-10T07:30")!
        let replay = NoticeRules(settings: input.settings).notices(for: input.context(at: simulated), closed: input.closed,
                                                                   after: nil, through: simulated)
            .filter { $0.occurrenceID == occurrence.id }
        #expect(replay.count == 1)
        #expect(replay.first?.kind == .overdue)
    }
}
