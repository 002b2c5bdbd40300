import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach settings PLAN [--reminders 7,3,1] [--overdue-every 5] [--escalate-after 10 |
/// --no-escalation] [--time 07:30] [--event-offset 30]`: when a plan's notices fall due.
/// Without a change it shows them; with one it stores them (the plan is expanded again: the
/// event offset moves the due dates of event-triggered tasks) with an audit entry.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: Language.text("Xem hoặc đặt lịch thông báo của một kế hoạch (nhắc trước hạn, quá hạn, báo đầu mối).",
                                en: "Show or set when a plan's notices fall due (reminders, overdue, escalation)."),
        discussion: Language.text("""
            Số ngày là ngày làm việc. Mặc định: nhắc trước 7, 3, 1 ngày; quá hạn từ ngày làm việc sau hạn rồi \
            cứ 5 ngày; báo đơn vị đầu mối sau 10 ngày; gửi lúc 07:30; nhiệm vụ theo sự kiện không ghi hạn thì \
            hạn là 30 ngày sau sự kiện.
            """, en: """
            Days are working days. Defaults: reminders 7, 3 and 1 days before; overdue from the working day \
            after, then every 5 days; the focal unit told after 10 days; sent at 07:30; an event-triggered task \
            whose cell names no offset is due 30 days after its event.
            """))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Số kế hoạch hoặc mã.", en: "Plan number or id.")) var plan: String
    @Option(name: .long, help: .vi("Nhắc trước hạn bao nhiêu ngày làm việc, vd. 7,3,1 (none: không nhắc).",
                                   en: "Reminders, working days before the due date, e.g. 7,3,1 (none: no reminders)."))
    var reminders: String?
    @Option(name: .long, help: .vi("Nhắc lại việc quá hạn sau mỗi bao nhiêu ngày làm việc.", en: "Repeat overdue notices every N working days."))
    var overdueEvery: Int?
    @Option(name: .long, help: .vi("Báo đơn vị đầu mối sau bao nhiêu ngày làm việc quá hạn.", en: "Tell the focal unit after N working days overdue."))
    var escalateAfter: Int?
    @Flag(name: .long, help: .vi("Không báo đơn vị đầu mối.", en: "Never tell the focal unit."))
    var noEscalation = false
    @Option(name: .long, help: .vi("Giờ gửi, HH:MM giờ Việt Nam.", en: "Time of day, HH:MM Vietnam time."))
    var time: String?
    @Option(name: .long, help: .vi("Hạn của nhiệm vụ theo sự kiện khi ô thời hạn không ghi: số ngày sau sự kiện.",
                                   en: "Due date of an event-triggered task whose cell names none: days after the event."))
    var eventOffset: Int?
    @Option(name: .long, help: .vi("Sau khi kế hoạch hết hạn: auto (ngừng nhắc việc quá hạn sau hạn cuối cùng cộng thời gian chờ, quiet_after của kehoachd), keep-active (vẫn nhắc), silenced (ngừng nhắc ngay).",
                                   en: "After the plan ends: auto (overdue notices stop after its last due date plus kehoachd's quiet_after), keep-active (keep sending), silenced (stop now)."))
    var activity: ActivityArgument?
    @OptionGroup var actor: ActorOption
    @Flag(name: .long, help: .vi("In JSON.", en: "Print JSON.")) var json = false

    func validate() throws {
        if let reminders { _ = try SettingsCommand.days(reminders) }
        if let time { _ = try SettingsCommand.minuteOfDay(time) }
        for (name, value) in [("--overdue-every", overdueEvery), ("--escalate-after", escalateAfter)] {
            if let value, value < 1 { throw ValidationError("\(name) phải từ 1 ngày làm việc trở lên (nhận '\(value)')") }
        }
        if let eventOffset, eventOffset < 0 { throw ValidationError("--event-offset không được âm (nhận '\(eventOffset)')") }
        if noEscalation, escalateAfter != nil { throw ValidationError("--no-escalation và --escalate-after không đi cùng nhau") }
    }

    /// True when the command changes something.
    private var changes: Bool {
        reminders != nil || overdueEvery != nil || escalateAfter != nil || noEscalation || time != nil || eventOffset != nil
            || activity != nil
    }

    /// `--activity auto|keep-active|silenced`.
    enum ActivityArgument: String, ExpressibleByArgument, CaseIterable {
        case auto
        case keepActive = "keep-active"
        case silenced

        var activity: QuietPlan.Activity {
            switch self {
            case .auto: .auto
            case .keepActive: .keepActive
            case .silenced: .silenced
            }
        }
    }

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: !changes)
            let id = try database.planID(reference: plan, organisation: store.org)
            var settings = try database.noticeSettings(planID: id)
            if changes {
                if let reminders { settings.reminders = try SettingsCommand.days(reminders) }
                if let overdueEvery { settings.overdueEvery = overdueEvery }
                if let escalateAfter { settings.escalateAfter = escalateAfter }
                if noEscalation { settings.escalateAfter = nil }
                if let time { settings.minuteOfDay = try SettingsCommand.minuteOfDay(time) }
                if let eventOffset { settings.defaultEventOffsetDays = eventOffset }
                if let activity { settings.activity = activity.activity }
                try database.setNoticeSettings(settings.normalized, planID: id, by: actor.by)
                settings = try database.noticeSettings(planID: id)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.keyEncodingStrategy = .convertToSnakeCase
                encoder.outputFormatting = [.sortedKeys]
                Terminal.standardOutput.write(String(decoding: try encoder.encode(settings), as: UTF8.self) + "\n")
                return
            }
            let value = try database.plan(id: id)
            Terminal.standardOutput.write(SettingsCommand.describe(settings, plan: value, saved: changes))
        }
    }

    /// The settings as an official reads them.
    static func describe(_ s: NoticeSettings, plan: Plan, saved: Bool) -> String {
        let focal = plan.focalUnit.map { " (\(plan.directory.name(of: $0)))" } ?? " (kế hoạch chưa có đơn vị đầu mối)"
        let hour = s.minuteOfDay / 60, minute = s.minuteOfDay % 60
        return (saved ? "Đã lưu. " : "") + "Lịch thông báo của kế hoạch \(plan.number):\n" + [
            "  Nhắc trước hạn:       " + (s.reminders.isEmpty ? "không nhắc" : s.reminders.map(String.init).joined(separator: ", ") + " ngày làm việc"),
            "  Quá hạn:              ngày làm việc sau hạn, rồi cứ \(s.overdueEvery) ngày làm việc",
            "  Báo đơn vị đầu mối:   " + (s.escalateAfter.map { "sau \($0) ngày làm việc quá hạn" + focal } ?? "không"),
            "  Giờ gửi:              \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)",
            "  Hạn sau sự kiện:      \(s.defaultEventOffsetDays) ngày (khi ô thời hạn không ghi)",
            "  Khi hết hạn:          " + (s.activity == .auto ? "ngừng nhắc việc quá hạn sau hạn cuối cùng và thời gian chờ"
                : s.activity == .keepActive ? "vẫn nhắc việc quá hạn" : "đã ngừng nhắc việc quá hạn"),
        ].joined(separator: "\n") + "\n"
    }

    /// "7,3,1" as [7, 3, 1]; "none" as [].
    static func days(_ text: String) throws -> [Int] {
        if VietnameseText.fold(text) == "none" || VietnameseText.fold(text) == "khong" { return [] }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let days = parts.compactMap { Int($0) }
        guard !parts.isEmpty, days.count == parts.count, days.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--reminders '\(text)' không hợp lệ: cần các số ngày làm việc dương cách nhau bởi dấu phẩy, vd. 7,3,1, hoặc none")
        }
        return days
    }

    /// "07:30" as 450.
    static func minuteOfDay(_ text: String) throws -> Int {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let h = Int(parts[0]), let m = Int(parts[1]),
              (0...23).contains(h), (0...59).contains(m) else {
            throw ValidationError("--time '\(text)' không hợp lệ: cần dạng HH:MM, vd. 07:30")
        }
        return h * 60 + m
    }
}
