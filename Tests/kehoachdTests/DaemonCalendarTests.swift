import Foundation
import KeHoach
import KeHoachStore
import Testing
@testable import kehoachd

/// An override file (docs/calendar.md) making Monday 30/06/2025 a holiday.
private let holiday30June = """
    # Nghỉ lễ theo thông báo mới (ví dụ)
    2025-06-30  holiday  Ngày nghỉ lễ theo thông báo

    """

/// Đa Lộc's task 1.4 "Quý II/2025", written due Monday 30/06/2025.
private let quarterTwo = "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"

@Suite("kehoachd's calendar: calendar_overrides is stored in the store, thresholds follow the stored dates")
struct DaemonCalendarTests {
    /// The notice entry with this id, if it was written.
    func notice(_ fixture: DaemonFixture, _ id: String) -> JournalEntry? {
        fixture.sink.notices.first { $0.value(of: "KEHOACH_NOTICE_ID") == id }
    }

    @Test("a configured calendar_overrides is stored at start, and 1.4 gets its due notice on the new effective date 01/07/2025, not on 30/06")
    func overridesStoredAtStartMoveNotices() throws {
        let fixture = try DaemonFixture(calendarOverrides: holiday30June)
        let change = try #require(try fixture.adoptConfiguredCalendar())
        #expect(change.moved.contains { $0.occurrenceID == quarterTwo && $0.effectiveDue == CivilDate(iso: "2025-07-01") })
        #expect(try fixture.store.calendarOverrides == holiday30June)
        let audit = try #require(try fixture.store.auditTrail(planID: nil).last)
        #expect(audit.action == "calendar.overrides" && audit.actor == "kehoachd")
        #expect(fixture.sink.entries.contains {
            $0.message.hasPrefix("Đã lưu lịch điều chỉnh \(fixture.calendarPath)")
                && $0.message.contains("\(change.moved.count) lần thực hiện đổi hạn hiệu lực")
        })

        try fixture.cycle(at: "2025-06-30T16:00", since: "2025-06-27T00:00")
        #expect(notice(fixture, "\(quarterTwo)/due/0") == nil, "30/06 is a holiday now: nothing falls due")
        #expect(notice(fixture, "\(quarterTwo)/reminder/1")?.value(of: "KEHOACH_DUE_AT") == at("2025-06-27T07:30").iso)
        try fixture.cycle(at: "2025-07-01T16:00")
        let due = try #require(notice(fixture, "\(quarterTwo)/due/0"))
        #expect(due.value(of: "KEHOACH_DUE") == "2025-07-01")
        #expect(due.value(of: "KEHOACH_DUE_AT") == at("2025-07-01T07:30").iso)
        #expect(due.value(of: "KEHOACH_DAYS") == "0" && due.value(of: "KEHOACH_LATE") == "0")
        try fixture.cycle(at: "2025-07-02T08:00")
        #expect(notice(fixture, "\(quarterTwo)/overdue/0")?.value(of: "KEHOACH_DUE_AT") == at("2025-07-02T07:30").iso)
        #expect(Set(fixture.sink.noticeIDs).count == fixture.sink.noticeIDs.count, "no notice twice")

        // Without the overrides the same notice falls on Monday 30/06.
        let plain = try DaemonFixture()
        try plain.cycle(at: "2025-06-30T16:00", since: "2025-06-27T00:00")
        #expect(notice(plain, "\(quarterTwo)/due/0")?.value(of: "KEHOACH_DUE") == "2025-06-30")
    }

    @Test("notice ids stay with the occurrence: a reminder sent before the move is not sent again at its new threshold")
    func sentNoticeNotRepeatedAfterMove() throws {
        let fixture = try DaemonFixture(config: .replaying, calendarOverrides: holiday30June)
        // 3 working days before Monday 30/06 is Wednesday 25/06; before Tuesday 01/07, Thursday 26/06.
        try fixture.cycle(at: "2025-06-25T08:00", since: "2025-06-20T00:00")
        #expect(notice(fixture, "\(quarterTwo)/reminder/3")?.value(of: "KEHOACH_DUE_AT") == at("2025-06-25T07:30").iso)
        try fixture.adoptConfiguredCalendar()
        try fixture.cycle(at: "2025-06-26T08:00")
        try fixture.cycle(at: "2025-07-01T08:00")
        let ids = fixture.sink.noticeIDs.filter { $0.hasPrefix(quarterTwo + "/") }
        #expect(ids == ["\(quarterTwo)/reminder/3", "\(quarterTwo)/reminder/1", "\(quarterTwo)/due/0"])
        #expect(notice(fixture, "\(quarterTwo)/due/0")?.value(of: "KEHOACH_DUE") == "2025-07-01")
        #expect(try fixture.unsent() == 0)
    }

    @Test("the same overrides at the next start change nothing and write no audit entry")
    func sameOverridesAgainAreNoChange() throws {
        let fixture = try DaemonFixture(calendarOverrides: holiday30June)
        try fixture.adoptConfiguredCalendar()
        let entries = try fixture.store.auditTrail(planID: nil).count
        #expect(try fixture.adoptConfiguredCalendar() == nil)
        #expect(try fixture.store.auditTrail(planID: nil).count == entries)
    }

    @Test("a bad calendar_overrides file is refused naming the file and its line; the store's calendar is untouched")
    func badFileRefused() throws {
        let fixture = try DaemonFixture(calendarOverrides: "2025-06-30  holiday\n2025-07-01  nghi\n")
        #expect(throws: KeHoachError.invalidLine(
            file: fixture.calendarPath, line: 2, value: "nghi",
            expected: "một loại: holiday, compensatory, swapped_day_off, swapped_workday, hoặc '-' để xóa")) {
            try fixture.adoptConfiguredCalendar()
        }
        #expect(try fixture.store.calendarOverrides == "")
        #expect(try fixture.store.auditTrail(planID: nil).map(\.action) == ["plan.import"])
    }

    @Test("without calendar_overrides the daemon leaves the stored overrides alone and counts on the store's calendar")
    func noConfiguredFileKeepsStoredOverrides() throws {
        let fixture = try DaemonFixture()
        try fixture.store.setCalendarOverrides(holiday30June, by: "quantri.huyen")  // as `kehoach` would
        #expect(try fixture.adoptConfiguredCalendar() == nil)
        #expect(try fixture.store.calendarOverrides == holiday30June)
        try fixture.cycle(at: "2025-07-01T16:00", since: "2025-06-27T00:00")
        #expect(!fixture.daemon.calendar.isWorkingDay(CivilDate(iso: "2025-06-30")!))
        #expect(notice(fixture, "\(quarterTwo)/due/0")?.value(of: "KEHOACH_DUE_AT") == at("2025-07-01T07:30").iso)
    }

    @Test("reload stores a changed calendar file; a bad one is refused, and the old configuration and the store's calendar stay")
    func reloadAdoptsOrRefuses() throws {
        let fixture = try DaemonFixture()
        let configPath = fixture.directory.appendingPathComponent("kehoachd.conf").path
        try "database = \(fixture.store.path)\ncalendar_overrides = \(fixture.calendarPath)\n"
            .write(toFile: configPath, atomically: true, encoding: .utf8)
        try holiday30June.write(toFile: fixture.calendarPath, atomically: true, encoding: .utf8)
        let daemon = Daemon(config: fixture.daemon.config, configPath: configPath, store: fixture.store,
                            changeToken: { [store = fixture.store] in try store.dataVersion }, sink: fixture.sink,
                            notifier: Notifier(), clock: DaemonClock(frozenAt: at("2025-06-01T08:00")))
        #expect(daemon.reload())
        #expect(daemon.config.calendarOverrides == fixture.calendarPath)
        #expect(try fixture.store.calendarOverrides == holiday30June)
        #expect(!daemon.calendar.isWorkingDay(CivilDate(iso: "2025-06-30")!))

        try "2025-06-30  holiday\n2025-07-01  nghi\n".write(toFile: fixture.calendarPath, atomically: true, encoding: .utf8)
        #expect(!daemon.reload())
        #expect(try fixture.store.calendarOverrides == holiday30June)
        let refused = try #require(fixture.sink.entries.last)
        #expect(refused.value(of: "MESSAGE_ID") == MessageID.configRefused)
        #expect(refused.message.contains("\(fixture.calendarPath), dòng 2"))
    }
}
