// kehoach-store-writer PATH PREFIX COUNT
//
// Test support for the two-process test: opens the store at PATH (creating it) and imports
// COUNT small plans numbered "PREFIX-i/KH-UBND", one transaction each. Exits 0 when all were
// stored, 1 with the error's message on stderr otherwise.
import Foundation
import KeHoach
import KeHoachStore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kehoach-store-writer: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]), count >= 0 else {
    fail("cách dùng: kehoach-store-writer PATH PREFIX COUNT")
}
let (path, prefix) = (arguments[1], arguments[2])

do {
    let store = try SQLiteStore(path: path)
    for i in 0..<count {
        let plan = Plan(
            number: "\(prefix)-\(i)/KH-UBND", issuer: "UBND xã Đa Lộc", year: 2025,
            title: "Nâng cao hiệu quả quản trị và hành chính công xã Đa Lộc năm 2025",
            units: [Unit(id: "van-phong", name: "Văn phòng - Thống kê", aliases: ["VP UBND xã"]),
                    Unit(id: "mttq", name: "Ủy ban MTTQ Việt Nam xã", kind: .body)],
            tasks: [PlanTask(ref: "1", description: "Ban hành hướng dẫn về bầu cử Trưởng thôn",
                             outputs: ["Quyết định", "Hướng dẫn"], lead: ["van-phong"],
                             coordinating: ["mttq"], deadline: "Quý II/2025")])
        _ = try store.importPlan(plan, actor: "writer-\(prefix)")
    }
    store.close()
} catch {
    fail(error.message)
}
