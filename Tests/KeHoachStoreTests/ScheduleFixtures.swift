import Foundation
import KeHoach
@testable import KeHoachStore

/// The plan of `examples/<name>.json`, found by walking up from this file to the package root.
func examplePlan(_ name: String, file: String = #filePath) throws -> Plan {
    var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
        let parent = directory.deletingLastPathComponent()
        guard parent.path != directory.path else { throw KeHoachError.misuse(detail: "no Package.swift above \(file)") }
        directory = parent
    }
    let text = try String(contentsOf: directory.appendingPathComponent("examples/\(name).json"), encoding: .utf8)
    return try PlanDocument.decode(text)
}

/// A fresh store file holding Đa Lộc's plan (seed 001); the plan's id is 1.
struct DaLocStore {
    let dir: TemporaryDirectory
    let store: SQLiteStore
    let planID: Int64

    init() throws {
        dir = try TemporaryDirectory()
        store = try SQLiteStore(path: dir.path())
        planID = try store.importPlan(try examplePlan("da-loc-2025"), actor: "vp.daloc")
    }

    /// The occurrences of one task, in due order, judged on `asOf`.
    func occurrences(of ref: String, asOf: CivilDate = date("2025-01-02")) throws -> [OccurrenceRecord] {
        try store.occurrences(OccurrenceQuery(planID: planID, asOf: asOf)).filter { $0.occurrence.taskRef == ref }
    }

    /// The only occurrence of one task.
    func only(_ ref: String, asOf: CivilDate = date("2025-01-02")) throws -> OccurrenceRecord {
        let all = try occurrences(of: ref, asOf: asOf)
        guard all.count == 1 else { throw KeHoachError.misuse(detail: "\(ref) has \(all.count) occurrences") }
        return all[0]
    }

    func remove() {
        store.close()
        dir.remove()
    }
}
