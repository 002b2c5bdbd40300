import KeHoach
import KeHoachConfig
import KeHoachStore
import Testing
@testable import kehoachd

@Suite("The window moves forward, never back")
struct DaemonWindowTests {
    @Test("a first cycle with --since T --now T starts the window at T: the next cycle sends everything after T")
    func emptyFirstWindowStartsTheWindow() throws {
        let fixture = try DaemonFixture(config: .replaying)
        try fixture.cycle(at: "2025-03-20T00:00", since: "2025-03-20T00:00")
        #expect(try fixture.store.daemonState.lastCycle == at("2025-03-20T00:00"))
        try fixture.cycle(at: "2025-04-03T08:00")
        let reference = try DaemonFixture(config: .replaying)
        try reference.cycle(at: "2025-04-03T08:00", since: "2025-03-20T00:00")
        #expect(!fixture.sink.noticeIDs.isEmpty)
        #expect(fixture.sink.noticeIDs == reference.sink.noticeIDs, "the reminders of 20-28/03 are not lost")
    }

    @Test("a --since window that ends before the last cycle's end leaves the window where it was")
    func oldWindowByHandKeepsTheWindow() throws {
        let fixture = try DaemonFixture()
        try fixture.cycle(at: "2025-04-03T08:00", since: "2025-04-01T00:00")
        try fixture.cycle(at: "2025-03-28T08:00", since: "2025-03-20T00:00")
        #expect(try fixture.store.daemonState.lastCycle == at("2025-04-03T08:00"))
    }
}
