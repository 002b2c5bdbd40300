import ArgumentParser
import KeHoach

/// `kehoach lunar YYYY-MM-DD [--json]`: the Vietnamese lunar date of a solar date.
struct LunarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lunar",
        abstract: Language.text("Đổi ngày dương lịch sang âm lịch (UTC+7).",
                                en: "Vietnamese lunar date of a solar date (UTC+7)."))

    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: .vi("In JSON.", en: "Print JSON."))
    var json = false

    @Argument(help: .vi("Ngày dương lịch (YYYY-MM-DD hoặc dd/MM/yyyy).", en: "Solar dates, YYYY-MM-DD or dd/MM/yyyy."))
    var dates: [String]

    func validate() throws {
        for text in dates { _ = try DateArgument.parse(text) }
    }

    func run() throws {
        for date in dates.compactMap(DateArgument.date) {
            let lunar = LunarCalendar.lunarDate(of: date)
            if json {
                Terminal.standardOutput.write("{\"day\":\(lunar.day),\"month\":\(lunar.month),\"year\":\(lunar.year),\"leap\":\(lunar.isLeapMonth)}\n")
            } else {
                let leap = lunar.isLeapMonth ? " nhuận" : ""
                Terminal.standardOutput.write("\(date.vietnamese): ngày \(lunar.day) tháng \(lunar.month)\(leap) năm \(lunar.year) âm lịch\n")
            }
        }
    }
}
