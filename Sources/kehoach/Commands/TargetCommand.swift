import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach target set OCCURRENCE VALUE [--measure N]`: the value achieved against a task's target
/// ("chỉ tiêu"), which `kehoach report` judges met or not met.
struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: Language.text("Ghi nhận kết quả đạt được của chỉ tiêu.", en: "Record what a task's target achieved."),
        subcommands: [TargetSetCommand.self])

    @OptionGroup var language: LanguageOption
}

/// `kehoach target set 1:3.5:tien-do-6-thang 75% --on 2025-06-30`.
struct TargetSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: Language.text("Ghi giá trị đạt được của một chỉ tiêu cho một lần thực hiện.",
                                en: "Record the value achieved against a target for one occurrence."),
        discussion: Language.text("""
            Chỉ tiêu định lượng được đọc từ cột chỉ tiêu của kế hoạch ("từ 70% trở lên" là ≥ 70 %). \
            Ô có nhiều chỉ tiêu: chọn bằng --measure (1 là chỉ tiêu đầu tiên).
            """, en: """
            The measures are read from the plan's target cell: "từ 70% trở lên" means at least 70 percent. \
            A cell with several: choose with --measure (1 is the first).
            """))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Mã lần thực hiện (xem `kehoach occurrences`).", en: "Occurrence id (see `kehoach occurrences`).")) var occurrence: String
    @Argument(help: .vi("Giá trị đạt được: 75, 75% hoặc 92,5.", en: "The value achieved: 75, 75% or 92,5.")) var value: String
    @Option(name: .long, help: .vi("Chỉ tiêu thứ mấy trong ô (mặc định 1).", en: "Which measure of the cell (default 1).")) var measure: Int = 1
    @Option(name: .long, help: .vi("Ngày đo (mặc định hôm nay).", en: "The day it was measured (default today).")) var on: String?
    @OptionGroup var actor: ActorOption
    @Option(name: .long, help: .vi("Ghi chú: nguồn số liệu.", en: "A note: where the figure comes from.")) var note: String?

    /// "75", "75%", "75 %", "92,5" (decimal comma) or "92.5": the number, or nil.
    static func number(_ text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") { t = String(t.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }),
              t.filter({ $0 == "," || $0 == "." }).count <= 1 else { return nil }
        return Double(t.replacingOccurrences(of: ",", with: "."))
    }

    func validate() throws {
        guard Self.number(value) != nil else {
            throw ValidationError("Giá trị '\(value)' không hợp lệ: cần một số, vd. 75, 75% hoặc 92,5")
        }
        guard measure >= 1 else { throw ValidationError("--measure \(measure) không hợp lệ: cần từ 1 trở lên") }
        if let on { _ = try DateArgument.parse(on, option: "--on") }
    }

    func run() throws {
        try reporting {
            let database = try store.open()
            let day = try on.map { try DateArgument.parse($0) } ?? DateArgument.today
            let achieved = Self.number(value) ?? 0
            try database.recordTargetValue(occurrenceID: occurrence, measure: measure - 1, value: achieved, on: day,
                                           by: actor.by, note: note)
            let record = try database.occurrence(id: occurrence, asOf: day)
            Terminal.standardOutput.write("Đã ghi nhận chỉ tiêu \(measure) của \(record.spoken): đạt \(TargetMeasure.vietnamese(achieved)) ngày \(day.vietnamese)\n")
        }
    }
}
