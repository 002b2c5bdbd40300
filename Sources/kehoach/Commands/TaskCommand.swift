import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach task set REF --plan P (--date D | --deadline TEXT) [--event-key KEY]`: edits one
/// task's schedule by hand.
struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: Language.text("Sửa một nhiệm vụ.", en: "Edit one task."),
        subcommands: [TaskSetCommand.self])

    @OptionGroup var language: LanguageOption
}

/// `kehoach task set`: gives a task a date, a deadline text or an event key, audited, and
/// lays out the plan's schedule again.
struct TaskSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: Language.text("Đặt thời hạn, ngày hoặc mã sự kiện cho một nhiệm vụ (ghi nhật ký, lập lại lịch).",
                                en: "Give a task a deadline, a date or an event key (audited; the schedule is laid out again)."),
        discussion: Language.text("""
            Thời hạn cũ được giữ trong ghi chú của nhiệm vụ và trong nhật ký (kehoach history).
            Vd.: kehoach task set 2.4 --plan 01/KH-UBND --date 30/09/2025
                 kehoach task set 3.1 --plan 01/KH-UBND --deadline "Trước ngày 05 hàng tháng"
                 kehoach task set 2.7 --plan 01/KH-UBND --event-key phe-duyet-qhkhsdd
            """, en: """
            The old deadline is kept in the task's note and in the audit trail (kehoach history).
            E.g.: kehoach task set 2.4 --plan 01/KH-UBND --date 30/09/2025
            """))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Số hiệu nhiệm vụ (vd. 2.4; xem kehoach tasks).", en: "The task's ref (e.g. 2.4; see kehoach tasks).")) var ref: String
    @Option(name: .long, help: .vi("Kế hoạch (số hoặc mã).", en: "The plan (number or id).")) var plan: String
    @Option(name: .long, help: .vi("Hạn là ngày này (YYYY-MM-DD hoặc dd/MM/yyyy).", en: "Due on this day, YYYY-MM-DD or dd/MM/yyyy.")) var date: String?
    @Option(name: .long, help: .vi("Thời hạn viết như trong kế hoạch.", en: "A deadline as a plan writes it.")) var deadline: String?
    @Option(name: .customLong("event-key"), help: .vi("Mã sự kiện nhiệm vụ chờ ('' để bỏ).", en: "The event key the task waits for ('' clears it).")) var eventKey: String?
    @OptionGroup var actor: ActorOption

    func validate() throws {
        if date != nil, deadline != nil { throw ValidationError("Chỉ dùng một trong --date và --deadline") }
        if date == nil, deadline == nil, eventKey == nil { throw ValidationError("Cần --date, --deadline hoặc --event-key") }
        if let date { _ = try DateArgument.parse(date, option: "--date") }
    }

    func run() throws {
        try reporting {
            let database = try store.open()
            let id = try database.planID(reference: plan, organisation: store.org)
            // A date is written as a plan writes one ("30/09/2025"), so the task reads as any other.
            let text = try date.map { try DateArgument.parse($0).vietnamese } ?? deadline
            let change = try database.editTask(planID: id, ref: ref, TaskEdit(deadline: text, eventKey: eventKey), by: actor.by)
            let stored = try database.plan(id: id)
            let out = Terminal.standardOutput
            out.write("Đã sửa nhiệm vụ \(out.bold(ref)) của kế hoạch \(stored.number); lập lại lịch: "
                + "thêm \(change.added.count), bỏ \(change.removed.count) lần thực hiện (còn \(change.total))\n")
            if let task = stored.tasks.first(where: { $0.ref == ref }) {
                let spec = DeadlineParser.parse(task.deadline, planYear: stored.year, issuedOn: stored.issuedOn)
                out.write("Thời hạn: \(task.deadline) — \(spec.canonical())\n")
                for diagnostic in spec.diagnostics { out.write("  ! \(diagnostic)\n") }
            }
        }
    }
}
