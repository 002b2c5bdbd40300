import ArgumentParser
import Foundation
import KeHoach

/// `kehoach holidays YEAR [--json]`: the days off and swapped days of a year for civil servants.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: Language.text("Ngày nghỉ lễ, nghỉ bù, hoán đổi trong năm.",
                                en: "Public holidays, compensatory days off and swapped days of a year."))

    @OptionGroup var language: LanguageOption

    @Argument(help: .vi("Năm.", en: "The year."))
    var year: Int

    @Option(name: .long, help: .vi("Tệp điều chỉnh lịch của quản trị.", en: "Admin calendar override file."))
    var calendar: String?

    @Flag(name: .long, help: .vi("In JSON.", en: "Print JSON."))
    var json = false

    func run() throws {
        try reporting {
            let working = try CalendarLoader.load(path: calendar)
            let days = working.daysOff(in: year)
            if json {
                let items = days.map {
                    "{\"date\":\"\($0.date.iso)\",\"name\":\(JSONString.quote($0.name)),\"kind\":\"\($0.kind.rawValue)\"}"
                }
                Terminal.standardOutput.write("[" + items.joined(separator: ",") + "]\n")
                return
            }
            guard !days.isEmpty else { throw CLIError.nothingFound("Không có dữ liệu ngày nghỉ cho năm \(year)") }
            var table = TextTable(headers: ["Ngày", "Thứ", "Loại", "Tên"])
            for day in days {
                table.append([day.date.vietnamese, day.date.weekdayName, day.kind.vietnamese, day.name])
            }
            Terminal.standardOutput.write(table.render())
        }
    }
}

/// Loads the working calendar: the standard one, plus an admin override file when given.
enum CalendarLoader {
    /// The override file named by `path`, else `$KEHOACH_CALENDAR`, else `/etc/kehoach/calendar.conf` if present.
    static func load(path: String?) throws -> WorkingCalendar {
        let candidate = path ?? ProcessInfo.processInfo.environment["KEHOACH_CALENDAR"]
            ?? (FileManager.default.fileExists(atPath: "/etc/kehoach/calendar.conf") ? "/etc/kehoach/calendar.conf" : nil)
        guard let candidate else { return .standard }
        guard let data = FileManager.default.contents(atPath: candidate) else {
            throw CLIError.kehoach(.notFound(what: "tệp lịch", key: candidate, suggestion: nil))
        }
        do {
            return WorkingCalendar(overrides: try CalendarOverrides.parse(String(decoding: data, as: UTF8.self)))
        } catch {
            throw CLIError.kehoach(error)
        }
    }
}

extension DayOff.Kind {
    /// The Vietnamese word for the kind, in the holidays table.
    var vietnamese: String {
        switch self {
        case .holiday: "Nghỉ lễ, Tết"
        case .compensatory: "Nghỉ bù"
        case .swappedDayOff: "Nghỉ hoán đổi"
        case .swappedWorkday: "Làm bù"
        }
    }
}
