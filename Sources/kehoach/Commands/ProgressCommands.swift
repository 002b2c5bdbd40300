import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach done OCCURRENCE --on DATE --evidence "Báo cáo số 12/BC-UBND"`.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Ghi nhận hoàn thành / Record that an occurrence was done.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Mã lần thực hiện (xem `kehoach overdue`) / occurrence id.") var occurrence: String
    @Option(name: .long, help: "Ngày hoàn thành YYYY-MM-DD / the day it was done.") var on: String
    @Option(name: .long, help: "Minh chứng: số văn bản hoặc đường dẫn / evidence.") var evidence: String?
    @Option(name: .long, help: "Người ghi nhận / who records it.") var by: String = DateArgument.actor
    @Option(name: .long, help: "Ghi chú / note.") var note: String?

    func validate() throws { _ = try DateArgument.parse(on, option: "--on") }

    func run() throws {
        try reporting {
            let database = try store.open()
            let day = try DateArgument.parse(on)
            try database.complete(occurrenceID: occurrence, on: day, evidence: evidence, by: by, note: note)
            let record = try database.occurrence(id: occurrence, asOf: day)
            Terminal.standardOutput.write("Đã ghi nhận hoàn thành \(record.occurrence.label) (nhiệm vụ \(record.occurrence.taskRef), \(record.planNumber)) ngày \(day.vietnamese)"
                + (record.state == .doneLate ? " — muộn so với hạn \(record.occurrence.effectiveDue.vietnamese)" : "") + "\n")
        }
    }
}

/// `kehoach waive OCCURRENCE --on DATE`.
struct WaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "Miễn thực hiện / Record that an occurrence is no longer required.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Mã lần thực hiện / occurrence id.") var occurrence: String
    @Option(name: .long, help: "Ngày quyết định YYYY-MM-DD / the day of the decision.") var on: String
    @Option(name: .long, help: "Người ghi nhận / who records it.") var by: String = DateArgument.actor
    @Option(name: .long, help: "Lý do / reason.") var note: String?

    func validate() throws { _ = try DateArgument.parse(on, option: "--on") }

    func run() throws {
        try reporting {
            try store.open().waive(occurrenceID: occurrence, on: try DateArgument.parse(on), by: by, note: note)
            Terminal.standardOutput.write("Đã ghi nhận miễn thực hiện \(occurrence)\n")
        }
    }
}

/// `kehoach reopen OCCURRENCE`.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Mở lại một lần thực hiện / Reopen an occurrence.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Mã lần thực hiện / occurrence id.") var occurrence: String
    @Option(name: .long, help: "Người ghi nhận / who records it.") var by: String = DateArgument.actor

    func run() throws {
        try reporting {
            try store.open().reopen(occurrenceID: occurrence, by: by)
            Terminal.standardOutput.write("Đã mở lại \(occurrence)\n")
        }
    }
}

/// `kehoach event PLAN KEY --on DATE`: a trigger happened; tasks that name its key get dates.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Ghi nhận sự kiện (vd. UBND tỉnh phê duyệt) / Record that an event happened.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Số kế hoạch hoặc mã / plan number or id.") var plan: String
    @Argument(help: "Khóa sự kiện (event_key của nhiệm vụ) / the event key.") var key: String
    @Option(name: .long, help: "Ngày xảy ra YYYY-MM-DD / the day it happened.") var on: String
    @Option(name: .long, help: "Mô tả / what happened.") var label: String?
    @Option(name: .long, help: "Người ghi nhận / who records it.") var by: String = DateArgument.actor

    func validate() throws { _ = try DateArgument.parse(on, option: "--on") }

    func run() throws {
        try reporting {
            let database = try store.open()
            let id = try database.planID(reference: plan)
            let added = try database.recordEvent(planID: id, key: key, label: label, on: try DateArgument.parse(on), by: by)
            if added.isEmpty {
                Terminal.standardOutput.write("Đã ghi nhận sự kiện '\(key)'; không có nhiệm vụ mới nào được xác định hạn (không nhiệm vụ nào mang khóa này, hoặc đã ghi nhận trước đó)\n")
            }
            for o in added {
                Terminal.standardOutput.write("Nhiệm vụ \(o.taskRef): \(o.label), hạn \(OccurrenceTable.due(o)) — mã \(o.id)\n")
            }
        }
    }
}
