// kehoach-store-writer PATH PREFIX COUNT [--hold]
//
// Test support for the two-process and shared-store tests: opens the store at PATH (creating
// it) and imports COUNT small plans numbered "PREFIX-i/KH-UBND", one transaction each. With
// --hold it then keeps the store open: it prints "ready" on stdout and waits for a line on
// stdin (while another process writes), then imports "PREFIX-sau/KH-UBND" through the same
// handle, so it writes after the other did. Exits 0 when all were stored, 1 with the error's
// message on stderr otherwise.
import Foundation
import KeHoach
import KeHoachStore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kehoach-store-writer: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
let hold = arguments.count == 5 && arguments[4] == "--hold"
guard arguments.count == 4 || hold, let count = Int(arguments[3]), count >= 0 else {
    fail("cách dùng: kehoach-store-writer PATH PREFIX COUNT [--hold]")
}
let (path, prefix) = (arguments[1], arguments[2])

/// A small plan of Đa Lộc's numbered `number`.
func plan(_ number: String) -> Plan {
    Plan(
        number: number, issuer: "UBND xã Đa Lộc", year: 2025,
        title: "Nâng cao hiệu quả quản trị và hành chính công xã Đa Lộc năm 2025",
        units: [Unit(id: "van-phong", name: "Văn phòng - Thống kê", aliases: ["VP UBND xã"]),
                Unit(id: "mttq", name: "Ủy ban MTTQ Việt Nam xã", kind: .body)],
        tasks: [PlanTask(ref: "1", description: "Ban hành hướng dẫn về bầu cử Trưởng thôn",
                         outputs: ["Quyết định", "Hướng dẫn"], lead: ["van-phong"],
                         coordinating: ["mttq"], deadline: "Quý II/2025")])
}

do {
    let store = try SQLiteStore(path: path)
    for i in 0..<count {
        _ = try store.importPlan(plan("\(prefix)-\(i)/KH-UBND"), actor: "writer-\(prefix)")
    }
    if hold {
        FileHandle.standardOutput.write(Data("ready\n".utf8))
        _ = readLine()
        _ = try store.importPlan(plan("\(prefix)-sau/KH-UBND"), actor: "writer-\(prefix)")
        FileHandle.standardOutput.write(Data("done\n".utf8))
    }
    store.close()
} catch {
    fail(error.message)
}
