import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach tasks [--plan P] [--unit ANY-ALIAS] [--dimension KEY|CODE] [--status S] [--from D --to D] [--as-of D] [--json]`:
/// tasks with their derived status on a day (``TaskStatus``), lead unit and deadline verbatim.
struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: Language.text("Danh sách nhiệm vụ và tình trạng.", en: "Tasks with their derived status."),
        discussion: Language.text("""
            --unit khớp đơn vị chủ trì hoặc phối hợp, theo tên, tên gọi khác hoặc mã, không phân biệt dấu.
            --from/--to: nhiệm vụ có ít nhất một lần thực hiện có hạn (thực tế) trong khoảng này.
            Mã thoát 3 khi không có nhiệm vụ nào phù hợp.
            """, en: """
            --unit matches lead or coordinating units by name, alias or code, ignoring diacritics.
            --from/--to keep tasks with an occurrence whose effective due date falls in the window.
            Exit 3 when nothing matches.
            """))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Option(name: .long, help: .vi("Chỉ kế hoạch này (số hoặc mã).", en: "Only this plan (number or id).")) var plan: String?
    @Option(name: .long, help: .vi("Chỉ đơn vị này, tên bất kỳ (vd. \"tu phap\").", en: "Only this unit, by any alias (e.g. \"tu phap\").")) var unit: String?
    @Option(name: .long, help: .vi("Chỉ nội dung này (khóa hoặc mã, vd. PAPI.5).", en: "Only this dimension (key or code, e.g. PAPI.5).")) var dimension: String?
    @Option(name: .long, help: .vi("Chỉ tình trạng này: \(Self.statuses).", en: "Only this status: \(Self.statuses).")) var status: String?
    @Option(name: .long, help: .vi("Có hạn từ ngày.", en: "With an occurrence due from this day.")) var from: String?
    @Option(name: .long, help: .vi("Có hạn đến ngày.", en: "With an occurrence due up to this day.")) var to: String?
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .long, help: .vi("In JSON, mỗi dòng một nhiệm vụ.", en: "Print JSON, one task per line.")) var json = false

    /// The `--status` values, for its help.
    private static let statuses = TaskStatus.allCases.map(\.rawValue).joined(separator: " | ")

    /// One task as `--json` prints it.
    struct Line: Codable {
        var planID: Int64
        var plan: String
        var taskRef: String
        var description: String
        var dimension: String?
        var leadUnits: [String]
        var deadline: String
        var status: String
        var occurrences: Int
        var closed: Int
        /// The plan's stable id and organisation, so that two communes' "01/KH-UBND" differ.
        var planKey: String
        var org: String
        var orgName: String
    }

    func validate() throws {
        if let status, TaskStatus(rawValue: status) == nil {
            throw ValidationError("--status '\(status)' không hợp lệ: cần một trong \(TaskStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let from { _ = try DateArgument.parse(from, option: "--from") }
        if let to { _ = try DateArgument.parse(to, option: "--to") }
    }

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let day = asOf.date
            let scope = try OrganisationScope(store.org, in: database)
            let summaries = try database.plans().filter { scope.contains($0.organisationCode) }
            let planIDs = try plan.map { [try database.planID(reference: $0, organisation: store.org)] } ?? summaries.map(\.id)
            if let unit { _ = try database.unit(named: unit, planID: plan == nil ? nil : planIDs.first) }
            var dueInWindow: Set<String>?
            if from != nil || to != nil {
                let records = try database.occurrences(OccurrenceQuery(
                    planID: plan == nil ? nil : planIDs.first, dueFrom: from.flatMap(DateArgument.date),
                    dueTo: to.flatMap(DateArgument.date), asOf: day))
                dueInWindow = Set(records.map { "\($0.planID)|\($0.occurrence.taskRef)" })
            }
            var lines: [Line] = []
            for id in planIDs {
                let value = try database.plan(id: id)
                let directory = value.directory
                let organisation = value.issuingOrganisation
                let unitID = unit.flatMap { directory.resolve($0)?.id }
                if unit != nil && unitID == nil { continue }
                let dimensionKeys = dimension.map { d in
                    Set(value.dimensions.filter { $0.key == d || $0.catalog?.caseInsensitiveCompare(d) == .orderedSame }.map(\.key))
                }
                let tasks = Dictionary(value.tasks.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
                for s in try database.taskStatuses(planID: id, asOf: day) {
                    guard let task = tasks[s.taskRef] else { continue }
                    if let unitID, !(task.lead.contains(unitID) || task.coordinating.contains(unitID)) { continue }
                    if let dimensionKeys, !dimensionKeys.contains(task.dimension ?? "") { continue }
                    if let status, s.status.rawValue != status { continue }
                    if let dueInWindow, !dueInWindow.contains("\(id)|\(task.ref)") { continue }
                    lines.append(Line(planID: id, plan: value.number, taskRef: task.ref, description: task.description,
                                      dimension: task.dimension, leadUnits: task.lead.map { directory.name(of: $0) },
                                      deadline: task.deadline, status: s.status.rawValue,
                                      occurrences: s.occurrenceCount, closed: s.closedCount, planKey: value.key,
                                      org: organisation.code, orgName: organisation.name))
                }
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                encoder.keyEncodingStrategy = .convertToSnakeCase
                for line in lines { Terminal.standardOutput.write(String(decoding: try encoder.encode(line), as: UTF8.self) + "\n") }
                return
            }
            guard !lines.isEmpty else { throw CLIError.nothingFound("Không có nhiệm vụ nào phù hợp tại ngày \(day.vietnamese).") }
            let out = Terminal.standardOutput
            var table = TextTable(headers: ["Kế hoạch", "TT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Đã xong"],
                                  maxWidth: [nil, nil, 44, 24, 24, nil, nil])
            let severalCommunes = Set(lines.map(\.org)).count > 1
            for l in lines {
                table.append([severalCommunes ? "\(l.plan) (\(l.orgName))" : l.plan, l.taskRef, l.description, l.leadUnits.joined(separator: "; "), l.deadline,
                              colour(TaskStatus(rawValue: l.status)!, out), "\(l.closed)/\(l.occurrences)"])
            }
            out.write(table.render())
        }
    }

    private func colour(_ status: TaskStatus, _ out: Terminal) -> String {
        switch status {
        case .overdue: out.red(status.vietnamese)
        case .done: out.green(status.vietnamese)
        case .doneLate: out.yellow(status.vietnamese)
        case .waitingForEvent, .needsDate: out.dim(status.vietnamese)
        default: status.vietnamese
        }
    }
}
