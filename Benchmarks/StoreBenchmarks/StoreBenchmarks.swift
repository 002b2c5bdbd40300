import Benchmark
import Foundation
import KeHoach
import KeHoachStore

/// A province-sized SQLite store: 200 communes, each a copy of Đa Lộc 2025 (seed 001) under its
/// own issuer and number, 98 occurrences each (about 20,000 occurrences, 12,000 task units).
/// Built once in a temporary file, then queried as the C API and the CLI query it (one
/// benchmark thread at a time, hence `nonisolated(unsafe)`).
nonisolated(unsafe) let provinceStore: (store: SQLiteStore, planID: Int64) = {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("examples").path) {
        url.deleteLastPathComponent()
    }
    let template = try! PlanDocument.decode(FileManager.default.contents(atPath: url.appendingPathComponent("examples/da-loc-2025.json").path)!)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-bench-\(getpid()).db").path
    let store = try! SQLiteStore(path: path)
    var last: Int64 = 0
    for n in 1...200 {
        var plan = template
        plan.issuer = "UBND xã Mẫu \(n)"
        plan.number = "\(n)/KH-UBND"
        last = try! store.importPlan(plan, actor: "bench")
    }
    return (store, last)
}()

let asOf = CivilDate(year: 2025, month: 7, day: 7)!

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5))

    Benchmark("overdue for unit 'vp ubnd xa' in one commune's plan (province store)") { benchmark in
        let (store, planID) = provinceStore
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try! store.occurrences(OccurrenceQuery(planID: planID, unit: "vp ubnd xa", state: .overdue, asOf: asOf)))
        }
    }

    Benchmark("overdue for unit 'vp ubnd xa' across the province (200 plans)") { benchmark in
        let (store, _) = provinceStore
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try! store.occurrences(OccurrenceQuery(unit: "vp ubnd xa", state: .overdue, asOf: asOf)))
        }
    }

    Benchmark("due in the next 7 days, whole province") { benchmark in
        let (store, _) = provinceStore
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try! store.occurrences(OccurrenceQuery(state: .open, dueFrom: asOf, dueTo: asOf.adding(days: 7), asOf: asOf)))
        }
    }

    Benchmark("notice inputs of the whole province (one daemon cycle's read)") { benchmark in
        let (store, _) = provinceStore
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try! store.noticeInputs().count) }
    }
}
