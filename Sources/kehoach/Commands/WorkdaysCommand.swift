import ArgumentParser
import KeHoach

/// `kehoach workdays add|count|next`: working-day arithmetic on the civil servants' calendar.
struct WorkdaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workdays",
        abstract: Language.text("Tính ngày làm việc (thứ Hai đến thứ Sáu, ngày nghỉ lễ, ngày hoán đổi).",
                                en: "Working-day arithmetic (Monday-Friday, holidays, swapped days)."),
        subcommands: [Add.self, Count.self, Next.self])

    @OptionGroup var language: LanguageOption

    /// `kehoach workdays add DATE N`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Language.text("Ngày làm việc thứ N sau (hoặc trước, N âm) một ngày.",
                                    en: "The Nth working day after DATE (before it when N is negative)."))

        @OptionGroup var language: LanguageOption

        @Option(name: .long, help: .vi("Tệp điều chỉnh lịch.", en: "Admin calendar override file."))
        var calendar: String?
        @Argument(help: .vi("Ngày (YYYY-MM-DD hoặc dd/MM/yyyy).", en: "The date, YYYY-MM-DD or dd/MM/yyyy.")) var date: String
        @Argument(help: .vi("Số ngày làm việc; số âm lùi lại, viết sau -- (vd. workdays add -- 2025-02-03 -1).",
                                en: "Working days; a negative number goes back and is written after -- (e.g. workdays add -- 2025-02-03 -1).")) var days: Int

        func validate() throws { _ = try DateArgument.parse(date) }

        func run() throws {
            try reporting {
                let working = try CalendarLoader.load(path: calendar)
                let result = working.adding(workingDays: days, to: try DateArgument.parse(date))
                Terminal.standardOutput.write("\(result.iso)\t\(result.weekdayName) \(result.vietnamese)\n")
            }
        }
    }

    /// `kehoach workdays count FROM TO`.
    struct Count: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Language.text("Số ngày làm việc từ sau FROM đến hết TO.", en: "Working days in (FROM, TO]: after FROM, up to and including TO."))

        @OptionGroup var language: LanguageOption

        @Option(name: .long, help: .vi("Tệp điều chỉnh lịch.", en: "Admin calendar override file."))
        var calendar: String?
        @Argument(help: .vi("Từ ngày (không tính).", en: "From this day (excluded).")) var from: String
        @Argument(help: .vi("Đến ngày (có tính).", en: "To this day (included).")) var to: String

        func validate() throws {
            _ = try DateArgument.parse(from)
            _ = try DateArgument.parse(to)
        }

        func run() throws {
            try reporting {
                let working = try CalendarLoader.load(path: calendar)
                let n = working.workingDays(from: try DateArgument.parse(from), to: try DateArgument.parse(to))
                Terminal.standardOutput.write("\(n)\n")
            }
        }
    }

    /// `kehoach workdays next DATE`: the day-off rule of the Civil Code.
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Language.text("Hạn thực tế khi hạn rơi vào ngày nghỉ (BLDS 2015 Đ.148 k.5).",
                                    en: "The effective due date when a due date falls on a day off (Civil Code 2015, Art. 148(5))."))

        @OptionGroup var language: LanguageOption

        @Option(name: .long, help: .vi("Tệp điều chỉnh lịch.", en: "Admin calendar override file."))
        var calendar: String?
        @Argument(help: .vi("Ngày (YYYY-MM-DD hoặc dd/MM/yyyy).", en: "The date, YYYY-MM-DD or dd/MM/yyyy.")) var date: String

        func validate() throws { _ = try DateArgument.parse(date) }

        func run() throws {
            try reporting {
                let working = try CalendarLoader.load(path: calendar)
                let written = try DateArgument.parse(date)
                let effective = working.effectiveDue(written)
                let why = working.dayOffName(written)
                Terminal.standardOutput.write(effective == written
                    ? "\(effective.iso)\tlà ngày làm việc\n"
                    : "\(effective.iso)\t(\(written.vietnamese) là ngày nghỉ: \(why ?? "nghỉ"))\n")
            }
        }
    }
}
