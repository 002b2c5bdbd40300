import ArgumentParser
import Foundation
import KeHoach

/// `kehoach`: the admins' command-line tool beside `journalctl`.
///
/// Exit codes: 0 success, 1 error, 2 wrong usage, 3 nothing found.
@main
struct KeHoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kehoach",
        abstract: Language.text("Quản lý kế hoạch nâng cao Chỉ số PAPI, SIPAS, PAR INDEX và thời hạn nhiệm vụ.",
                                en: "Manage governance-improvement plans (PAPI, SIPAS, PAR INDEX), their tasks and deadlines."),
        discussion: Language.text("Mã thoát: 0 thành công, 1 lỗi, 2 sai cú pháp, 3 không tìm thấy.",
                                  en: "Exit codes: 0 success, 1 error, 2 wrong usage, 3 nothing found."),
        version: KeHoachVersion.string,
        subcommands: [
            ImportCommand.self, PlansCommand.self, OrgsCommand.self, UnitsCommand.self, DeliveriesCommand.self, ShowCommand.self,
            SituationCommand.self, DueCommand.self, OverdueCommand.self, OccurrencesCommand.self, NeedsDateCommand.self,
            CheckCommand.self,
            DoneCommand.self, WaiveCommand.self, ReopenCommand.self, EventCommand.self, TargetCommand.self,
            SettingsCommand.self, DeleteCommand.self,
            ExportCommand.self, HistoryCommand.self, ReportCommand.self, TasksCommand.self, TaskCommand.self,
            DeadlineCommand.self, LunarCommand.self, HolidaysCommand.self, WorkdaysCommand.self, CalendarCommand.self,
        ])

    @OptionGroup var language: LanguageOption

    /// Runs the command line, mapping argument-parser's usage failures (64, EX_USAGE) to the
    /// documented exit code 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
