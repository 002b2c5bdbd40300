import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach done OCCURRENCE --on DATE --evidence "Báo cáo số 12/BC-UBND"`.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: Language.text("Ghi nhận một lần thực hiện đã hoàn thành.", en: "Record that an occurrence was done."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Mã lần thực hiện (xem `kehoach overdue`).", en: "Occurrence id (see `kehoach overdue`).")) var occurrence: String
    @Option(name: .long, help: .vi("Ngày hoàn thành (YYYY-MM-DD hoặc dd/MM/yyyy).", en: "The day it was done, YYYY-MM-DD or dd/MM/yyyy.")) var on: String
    @Option(name: .long, help: .vi("Minh chứng: số văn bản hoặc đường dẫn.", en: "Evidence: a document number or a link.")) var evidence: String?
    @OptionGroup var actor: ActorOption
    @Option(name: .long, help: .vi("Ghi chú.", en: "A note.")) var note: String?

    func validate() throws { _ = try DateArgument.parse(on, option: "--on") }

    func run() throws {
        try reporting {
            let database = try store.open()
            let day = try DateArgument.parse(on)
            try database.complete(occurrenceID: occurrence, on: day, evidence: evidence, by: actor.by, note: note)
            let record = try database.occurrence(id: occurrence, asOf: day)
            Terminal.standardOutput.write("Đã ghi nhận hoàn thành \(record.spoken) ngày \(day.vietnamese)"
                + (record.state == .doneLate ? " — muộn so với hạn \(record.occurrence.effectiveDue.vietnamese)" : "") + "\n")
        }
    }
}

/// `kehoach waive OCCURRENCE --on DATE`.
struct WaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: Language.text("Ghi nhận một lần thực hiện được miễn, không còn phải thực hiện.",
                                en: "Record that an occurrence is no longer required."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Mã lần thực hiện.", en: "Occurrence id.")) var occurrence: String
    @Option(name: .long, help: .vi("Ngày quyết định (YYYY-MM-DD hoặc dd/MM/yyyy).", en: "The day of the decision, YYYY-MM-DD or dd/MM/yyyy.")) var on: String
    @OptionGroup var actor: ActorOption
    @Option(name: .long, help: .vi("Lý do.", en: "The reason.")) var note: String?

    func validate() throws { _ = try DateArgument.parse(on, option: "--on") }

    func run() throws {
        try reporting {
            let database = try store.open()
            let day = try DateArgument.parse(on)
            try database.waive(occurrenceID: occurrence, on: day, by: actor.by, note: note)
            let record = try database.occurrence(id: occurrence, asOf: day)
            Terminal.standardOutput.write("Đã ghi nhận miễn thực hiện \(record.spoken) từ ngày \(day.vietnamese)\n")
        }
    }
}

/// `kehoach reopen OCCURRENCE`.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: Language.text("Mở lại một lần thực hiện.", en: "Reopen an occurrence."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Mã lần thực hiện.", en: "Occurrence id.")) var occurrence: String
    @OptionGroup var actor: ActorOption

    func run() throws {
        try reporting {
            let database = try store.open()
            try database.reopen(occurrenceID: occurrence, by: actor.by)
            let record = try database.occurrence(id: occurrence, asOf: DateArgument.today)
            Terminal.standardOutput.write("Đã mở lại \(record.spoken), hạn \(OccurrenceTable.due(record.occurrence))\n")
        }
    }
}

/// `kehoach event PLAN KEY --on DATE`: a trigger happened; tasks that name its key get dates.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: Language.text("Ghi nhận sự kiện (vd. UBND tỉnh phê duyệt).",
                                en: "Record that an event happened (e.g. approval by the provincial People's Committee)."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Số kế hoạch hoặc mã.", en: "Plan number or id.")) var plan: String
    @Argument(help: .vi("Khóa sự kiện (event_key của nhiệm vụ).", en: "The event key (the tasks' event_key).")) var key: String
    @Option(name: .long, help: .vi("Ngày xảy ra (YYYY-MM-DD hoặc dd/MM/yyyy).", en: "The day it happened, YYYY-MM-DD or dd/MM/yyyy.")) var on: String
    @Option(name: .long, help: .vi("Mô tả sự kiện.", en: "What happened.")) var label: String?
    @OptionGroup var actor: ActorOption

    func validate() throws { _ = try DateArgument.parse(on, option: "--on") }

    func run() throws {
        try reporting {
            let database = try store.open()
            let id = try database.planID(reference: plan, organisation: store.org)
            let added = try database.recordEvent(planID: id, key: key, label: label, on: try DateArgument.parse(on), by: actor.by)
            if added.isEmpty {
                Terminal.standardOutput.write("Đã ghi nhận sự kiện '\(key)'; sự kiện này đã được ghi nhận trước đó với cùng ngày, không có gì thay đổi\n")
            }
            for o in added {
                Terminal.standardOutput.write("Nhiệm vụ \(o.taskRef): \(o.label), hạn \(OccurrenceTable.due(o)) — mã \(o.id)\n")
            }
        }
    }
}

extension OccurrenceRecord {
    /// "Quý II/2025 (nhiệm vụ 1.4, 01/KH-UBND)": an occurrence as a confirmation names it.
    var spoken: String { "\(occurrence.label) (nhiệm vụ \(occurrence.taskRef), \(planNumber))" }
}
