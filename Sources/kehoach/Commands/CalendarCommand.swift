import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach calendar show|set FILE|clear`: the working calendar kept in the store, which every
/// stored due date, report and notice is computed with (docs/calendar.md).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: Language.text("Lịch làm việc lưu trong cơ sở dữ liệu: xem, lưu hoặc bỏ tệp điều chỉnh lịch.",
                                en: "The working calendar kept in the store: show, set or clear the admin's overrides."),
        discussion: Language.text("""
            Mọi hạn đã lưu, báo cáo và thông báo đều tính theo lịch này. Lưu tệp điều chỉnh (định dạng \
            docs/calendar.md) sẽ tính lại hạn của mọi kế hoạch trong một lần ghi và in các lần thực hiện đổi hạn. \
            kehoachd có khóa calendar_overrides sẽ tự lưu tệp của nó khi khởi động hoặc nạp lại.
            """, en: """
            Every stored due date, report and notice is computed with this calendar. Setting an override \
            file (the format of docs/calendar.md) re-dates every plan in one write and prints the occurrences \
            whose due dates moved. kehoachd with a calendar_overrides key stores its own file at start and on reload.
            """),
        subcommands: [Show.self, Set.self, Clear.self])

    @OptionGroup var language: LanguageOption

    /// `kehoach calendar show`: the stored overrides, verbatim.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Language.text("In tệp điều chỉnh lịch đã lưu, nguyên văn.", en: "Print the stored overrides, verbatim."))

        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            try reporting {
                let database = try store.open(readOnly: true)
                let text = try database.calendarOverrides
                Terminal.standardOutput.write(text.isEmpty
                    ? "Chưa lưu điều chỉnh nào: dùng lịch làm việc có sẵn (mã lịch \(try database.calendar.fingerprint)).\n"
                    : text + (text.hasSuffix("\n") ? "" : "\n"))
            }
        }
    }

    /// `kehoach calendar set FILE`: stores an override file and re-dates every plan.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Language.text("Lưu tệp điều chỉnh lịch và tính lại hạn của mọi kế hoạch.",
                                    en: "Store an override file and re-date every plan."))

        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var actor: ActorOption
        @Argument(help: .vi("Tệp điều chỉnh lịch (docs/calendar.md).", en: "The override file (docs/calendar.md)."))
        var file: String

        func run() throws {
            try reporting {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CLIError.kehoach(.notFound(what: "tệp lịch", key: file, suggestion: nil))
                }
                let change = try store.open().setCalendarOverrides(String(decoding: data, as: UTF8.self), by: actor.by)
                CalendarCommand.print(change, saved: "Đã lưu lịch điều chỉnh từ \(file)")
            }
        }
    }

    /// `kehoach calendar clear`: back to the built-in calendar.
    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Language.text("Bỏ điều chỉnh, dùng lịch làm việc có sẵn và tính lại hạn.",
                                    en: "Clear the overrides: back to the built-in calendar, re-dating every plan."))

        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var actor: ActorOption

        func run() throws {
            try reporting {
                CalendarCommand.print(try store.open().setCalendarOverrides("", by: actor.by), saved: "Đã bỏ lịch điều chỉnh")
            }
        }
    }

    /// "Đã lưu …: 1 lần thực hiện đổi hạn" and the table of moves.
    static func print(_ change: CalendarChange, saved: String) {
        let out = Terminal.standardOutput
        guard !change.isEmpty else {
            out.write("Lịch đã lưu giống hệt; không có gì thay đổi.\n")
            return
        }
        out.write("\(saved): \(change.moved.count) lần thực hiện đổi hạn (mã lịch \(change.fingerprint)).\n")
        guard !change.moved.isEmpty else { return }
        var table = TextTable(headers: ["Mã lần thực hiện", "TT", "Lần", "Hạn cũ", "Hạn mới"], maxWidth: [nil, nil, 32, nil, nil])
        for m in change.moved {
            table.append([m.occurrenceID, m.taskRef, m.label, m.previousEffectiveDue.vietnamese, m.effectiveDue.vietnamese])
        }
        out.write(table.render())
    }
}
