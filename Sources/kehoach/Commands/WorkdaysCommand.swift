import ArgumentParser
import KeHoach

/// `kehoach workdays add|count|next`: working-day arithmetic on the civil servants' calendar.
struct WorkdaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workdays",
        abstract: "Tính ngày làm việc / Working-day arithmetic (Monday-Friday, holidays, swapped days).",
        subcommands: [Add.self, Count.self, Next.self])

    /// `kehoach workdays add DATE N`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ngày làm việc thứ N sau (hoặc trước, N âm) một ngày / the Nth working day after DATE.")

        @Option(name: .long, help: "Tệp điều chỉnh lịch / admin calendar override file.")
        var calendar: String?
        @Argument(help: "Ngày YYYY-MM-DD / the date.") var date: String
        @Argument(help: "Số ngày làm việc; số âm lùi lại, viết sau -- (vd. workdays add -- 2025-02-03 -1) / working days; negative goes back, after --.") var days: Int

        func validate() throws { _ = try WorkdaysCommand.parse(date) }

        func run() throws {
            try reporting {
                let working = try CalendarLoader.load(path: calendar)
                let result = working.adding(workingDays: days, to: try WorkdaysCommand.parse(date))
                Terminal.standardOutput.write("\(result.iso)\t\(Weekday.vietnamese(result.weekday)) \(result.vietnamese)\n")
            }
        }
    }

    /// `kehoach workdays count FROM TO`.
    struct Count: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Số ngày làm việc từ sau FROM đến hết TO / working days in (FROM, TO].")

        @Option(name: .long, help: "Tệp điều chỉnh lịch / admin calendar override file.")
        var calendar: String?
        @Argument(help: "Từ ngày (không tính) / from (excluded).") var from: String
        @Argument(help: "Đến ngày (có tính) / to (included).") var to: String

        func validate() throws {
            _ = try WorkdaysCommand.parse(from)
            _ = try WorkdaysCommand.parse(to)
        }

        func run() throws {
            try reporting {
                let working = try CalendarLoader.load(path: calendar)
                let n = working.workingDays(from: try WorkdaysCommand.parse(from), to: try WorkdaysCommand.parse(to))
                Terminal.standardOutput.write("\(n)\n")
            }
        }
    }

    /// `kehoach workdays next DATE`: the day-off rule of the Civil Code.
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hạn thực tế khi hạn rơi vào ngày nghỉ (BLDS 2015 Đ.148 k.5) / effective due date.")

        @Option(name: .long, help: "Tệp điều chỉnh lịch / admin calendar override file.")
        var calendar: String?
        @Argument(help: "Ngày YYYY-MM-DD / the date.") var date: String

        func validate() throws { _ = try WorkdaysCommand.parse(date) }

        func run() throws {
            try reporting {
                let working = try CalendarLoader.load(path: calendar)
                let written = try WorkdaysCommand.parse(date)
                let effective = working.effectiveDue(written)
                let why = working.exceptions(on: written).map(\.name).first
                    ?? (written.isWeekend ? Weekday.vietnamese(written.weekday) : nil)
                Terminal.standardOutput.write(effective == written
                    ? "\(effective.iso)\tlà ngày làm việc\n"
                    : "\(effective.iso)\t(\(written.vietnamese) là ngày nghỉ: \(why ?? "nghỉ"))\n")
            }
        }
    }

    /// A date argument, or a usage error that shows the expected form.
    static func parse(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("Ngày '\(text)' không hợp lệ: cần dạng YYYY-MM-DD, vd. 2025-07-05")
        }
        return date
    }
}
