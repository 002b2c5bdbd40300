import ArgumentParser
import KeHoach

/// `kehoach`: the admins' command-line tool beside `journalctl`.
///
/// Exit codes: 0 success, 1 error, 2 wrong usage, 3 nothing found.
@main
struct KeHoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kehoach",
        abstract: "Quản lý kế hoạch nâng cao Chỉ số PAPI, SIPAS, PAR INDEX và thời hạn nhiệm vụ.",
        discussion: """
            Manage governance-improvement plans (PAPI, SIPAS, PAR INDEX), their tasks and deadlines.
            Mã thoát / exit codes: 0 thành công, 1 lỗi, 2 sai cú pháp, 3 không tìm thấy.
            """,
        version: KeHoachVersion.string,
        subcommands: [
            ImportCommand.self, PlansCommand.self, ShowCommand.self,
            DeadlineCommand.self, LunarCommand.self, HolidaysCommand.self,
        ])
}
