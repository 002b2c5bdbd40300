import KeHoach
@testable import KeHoachStore
import Testing
@testable import kehoachd

/// The late-import rule of docs/engine.md ("Plans imported late") as the daemon applies it:
/// thresholds that passed before a plan's import (or an event's recording) are sent once, at
/// the import, in the first cycle whose window holds it.
@Suite("Plans imported and events recorded while the daemon runs get their catch-up once")
struct DaemonCatchUpTests {
    /// Đa Lộc 2025 (01/KH-UBND), imported into the fixture's store at `importedAt` (the store
    /// stamps the wall clock; the test moves it to a fixed instant). Returns the plan's id.
    static func importDaLoc(into fixture: DaemonFixture, at importedAt: String) throws -> Int64 {
        let planID = try fixture.store.importPlan(try examplePlan("da-loc-2025"), actor: "test")
        try fixture.store.database.run("UPDATE plans SET imported_at = ? WHERE id = ?", [at(importedAt).iso, planID])
        return planID
    }

    /// The notice entries about one occurrence, in the order they were written.
    static func entries(_ fixture: DaemonFixture, occurrence: String) -> [JournalEntry] {
        fixture.sink.notices.filter { $0.value(of: "KEHOACH_OCCURRENCE") == occurrence }
    }

    @Test("a plan imported between two cycles with an occurrence already overdue gets its overdue catch-up in the next cycle, once")
    func importedBetweenCycles() throws {
        // Task 1.4 "Quý II/2025" is due Monday 30/06/2025: overdue step 0 on Tuesday 01/07 07:30,
        // step 1 five working days later, Tuesday 08/07 07:30.
        let fixture = try DaemonFixture(plans: [])
        try fixture.cycle(at: "2025-07-03T07:30")                 // Thursday; the store is empty
        let planID = try DaemonCatchUpTests.importDaLoc(into: fixture, at: "2025-07-03T10:00")
        let occurrence = "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"

        try fixture.cycle(at: "2025-07-03T10:05")                 // the next cycle (woken by the import)
        let catchUp = DaemonCatchUpTests.entries(fixture, occurrence: occurrence)
        #expect(catchUp.count == 1, "one catch-up for 1.4, not nothing until 08/07 and not its whole ladder")
        #expect(catchUp.first?.value(of: "KEHOACH_NOTICE_ID") == "\(occurrence)/overdue/0")
        #expect(catchUp.first?.value(of: "KEHOACH_DUE_AT") == at("2025-07-03T10:00").iso, "dated at the import")
        #expect(catchUp.first?.value(of: "KEHOACH_LATE") == "1")
        #expect(catchUp.first?.value(of: "KEHOACH_DAYS") == "-3", "three working days overdue on 03/07")

        // Later cycles, and a restart (a new daemon over the same store and state file), add
        // nothing for 1.4 until its next overdue step, which comes once, on its own day.
        try fixture.cycle(at: "2025-07-03T16:00")
        try fixture.cycle(at: "2025-07-07T07:30")
        let restarted = Daemon(config: fixture.daemon.config, configPath: nil, store: fixture.store,
                               changeToken: { [store = fixture.store] in try store.dataVersion }, sink: fixture.sink,
                               notifier: Notifier(), clock: DaemonClock(frozenAt: at("2025-07-07T12:00")))
        _ = try restarted.cycle()
        #expect(DaemonCatchUpTests.entries(fixture, occurrence: occurrence).count == 1, "nothing again before 08/07")
        restarted.clock = DaemonClock(frozenAt: at("2025-07-08T07:30"))
        _ = try restarted.cycle()
        let ids = DaemonCatchUpTests.entries(fixture, occurrence: occurrence).compactMap { $0.value(of: "KEHOACH_NOTICE_ID") }
        #expect(ids == ["\(occurrence)/overdue/0", "\(occurrence)/overdue/1"])
        #expect(DaemonCatchUpTests.entries(fixture, occurrence: occurrence).last?.value(of: "KEHOACH_LATE") == "0")
        #expect(Set(fixture.sink.noticeIDs).count == fixture.sink.noticeIDs.count, "no notice of the plan twice")
    }

    @Test("an import dated just before a cycle but committed after it read the store is caught up by the next cycle")
    func importCommittedDuringCycle() throws {
        // The import's transaction stamped 09:59:59 and committed after the 10:00:00 cycle had
        // read the store: that cycle did not see the plan, and the catch-up lies before the
        // next window (10:00:00, 10:00:05].
        let fixture = try DaemonFixture(plans: [])
        try fixture.cycle(at: "2025-07-03T10:00")
        let planID = try DaemonCatchUpTests.importDaLoc(into: fixture, at: "2025-07-03T09:59:59")
        let occurrence = "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"
        try fixture.cycle(at: "2025-07-03T10:00:05")
        try fixture.cycle(at: "2025-07-03T10:00:10")
        let ids = DaemonCatchUpTests.entries(fixture, occurrence: occurrence).compactMap { $0.value(of: "KEHOACH_NOTICE_ID") }
        #expect(ids == ["\(occurrence)/overdue/0"])
    }

    @Test("an event recorded between two cycles, after its occurrence's due date, gets its catch-up in the next cycle, once")
    func eventRecordedBetweenCycles() throws {
        // Task 3.9: "sau khi QHKHSDĐ được phê duyệt ... chậm nhất là 15 ngày": approved 20/06/2025,
        // due 05/07/2025 (Saturday), effective Monday 07/07/2025; overdue step 0 on 08/07 07:30.
        let fixture = try DaemonFixture(plans: [])
        let planID = try DaemonCatchUpTests.importDaLoc(into: fixture, at: "2025-07-01T09:00")
        try fixture.cycle(at: "2025-07-10T07:30", since: "2025-07-01T09:00")
        _ = try fixture.store.recordEvent(planID: planID, key: "phe-duyet-qhkhsdd", label: nil, on: CivilDate(iso: "2025-06-20")!,
                                          by: "test")
        try fixture.store.database.run("UPDATE occurrences SET not_before = ? WHERE plan_id = ? AND task_ref = '3.9'",
                                       [at("2025-07-10T09:00").seconds, planID])
        let occurrence = try #require(try fixture.store.noticeInputs().first?.context.occurrences.first { $0.taskRef == "3.9" })

        try fixture.cycle(at: "2025-07-10T09:05")
        try fixture.cycle(at: "2025-07-10T16:00")
        try fixture.cycle(at: "2025-07-11T08:00")
        let entries = DaemonCatchUpTests.entries(fixture, occurrence: occurrence.id)
        #expect(entries.compactMap { $0.value(of: "KEHOACH_NOTICE_ID") } == ["\(occurrence.id)/overdue/0"])
        #expect(entries.first?.value(of: "KEHOACH_DUE_AT") == at("2025-07-10T09:00").iso)
        #expect(entries.first?.value(of: "KEHOACH_LATE") == "1")
    }
}
