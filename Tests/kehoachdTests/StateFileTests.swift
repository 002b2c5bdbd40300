import Foundation
import KeHoach
import Testing
@testable import kehoachd

@Suite("The state file: last cycle and last digest, kept atomically beside the database")
struct StateFileTests {
    @Test("a missing file is a first start; what is saved is read back; no temporary file is left")
    func roundTrip() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kehoachd-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = StateFile(databasePath: directory.appendingPathComponent("kehoach.db").path)
        #expect(file.path == directory.appendingPathComponent("kehoachd.state").path)
        #expect(file.load() == StateFile.State())
        let state = StateFile.State(lastCycle: Instant(local: "2025-04-03T07:30:12")!, lastDigest: CivilDate(iso: "2025-04-03"))
        try file.save(state)
        #expect(file.load() == state)
        try file.save(StateFile.State(lastCycle: Instant(local: "2025-04-04T07:30")!))
        #expect(file.load().lastDigest == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["kehoachd.state"])
    }
}
