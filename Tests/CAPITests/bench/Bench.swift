#if canImport(Glibc)
import Glibc
#endif
import CKeHoachHeader
import KeHoach

// The cost of the C boundary: kehoach_deadline_parse (C string in, UTF-8 check, parse, JSON,
// strdup, kehoach_free) against the same work called in Swift (parse + JSON), in one process,
// both optimised. Run by Tests/CAPITests/bench/run.sh; prints nanoseconds per call.

@main
struct Bench {
    static let cells = [
        "Quý I, II/2022", "Trước ngày 15/11/2022", "Hàng quý, 06 tháng, năm", "Thường xuyên",
        "Sau khi được UBND tỉnh phê duyệt", "Trong năm học", "Chậm nhất ngày 30/11/2023",
        "Kế hoạch tháng 01/2022; Báo cáo quý IV/2022",
    ]

    static func main() {
        let rounds = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 3_000
        let issued = CivilDate(iso: "2022-02-22")
        let cStrings = cells.map { strdup($0)! }
        var sink = 0
        let clock = ContinuousClock()
        // Alternate the two sides and keep each one's best of 7 batches, so that noise from other
        // processes (which only ever adds time) falls out of the comparison.
        var best = (swift: Double.infinity, c: Double.infinity)
        for _ in 0..<7 {
            let swift = clock.measure {
                for _ in 0..<rounds {
                    for cell in cells { sink &+= DeadlineParser.parse(cell, planYear: 2022, issuedOn: issued).json.utf8.count }
                }
            }
            let c = clock.measure {
                for _ in 0..<rounds {
                    for cell in cStrings {
                        var out: UnsafeMutablePointer<CChar>?
                        _ = kehoach_deadline_parse(cell, 2022, "2022-02-22", &out)
                        sink &+= strlen(out!)
                        kehoach_free(out)
                    }
                }
            }
            let calls = Double(rounds * cells.count)
            best = (min(best.swift, nanoseconds(swift) / calls), min(best.c, nanoseconds(c) / calls))
        }
        print("swift_ns_per_call=\(Int(best.swift)) c_ns_per_call=\(Int(best.c)) boundary_ns=\(Int(best.c - best.swift)) (sink \(sink % 10))")
    }

    static func nanoseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9
    }
}
