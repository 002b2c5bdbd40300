import ArgumentParser
import KeHoach

/// `kehoach lunar YYYY-MM-DD [--json]`: the Vietnamese lunar date of a solar date.
struct LunarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lunar",
        abstract: "Đổi ngày dương lịch sang âm lịch (UTC+7) / Vietnamese lunar date of a solar date.")

    @Flag(name: .long, help: "In JSON / print JSON.")
    var json = false

    @Argument(help: "Ngày dương lịch YYYY-MM-DD / solar dates.")
    var dates: [String]

    func validate() throws {
        for text in dates where CivilDate(iso: text) == nil {
            throw ValidationError("Ngày '\(text)' không hợp lệ: cần dạng YYYY-MM-DD")
        }
    }

    func run() throws {
        for text in dates {
            let lunar = LunarCalendar.lunarDate(of: CivilDate(iso: text)!)
            if json {
                Terminal.standardOutput.write("{\"day\":\(lunar.day),\"month\":\(lunar.month),\"year\":\(lunar.year),\"leap\":\(lunar.isLeapMonth)}\n")
            } else {
                let leap = lunar.isLeapMonth ? " nhuận" : ""
                Terminal.standardOutput.write("\(text): ngày \(lunar.day) tháng \(lunar.month)\(leap) năm \(lunar.year) âm lịch\n")
            }
        }
    }
}
