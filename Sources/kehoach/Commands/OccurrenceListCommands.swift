import ArgumentParser
import KeHoach
import KeHoachStore

/// Filters shared by the commands that list occurrences.
struct OccurrenceFilter: ParsableArguments {
    @Option(name: .long, help: .vi("Chỉ kế hoạch này (số hoặc mã).", en: "Only this plan (number or id)."))
    var plan: String?

    @Option(name: .long, help: .vi("Chỉ đơn vị này, tên bất kỳ (vd. \"vp ubnd xa\").", en: "Only this unit, by any alias (e.g. \"vp ubnd xa\")."))
    var unit: String?

    @Option(name: .long, help: .vi("Vai trò của đơn vị: lead (chủ trì), coordinating (phối hợp) hoặc any (cả hai, mặc định).",
                                   en: "The unit's role: lead, coordinating or any (default)."))
    var role: UnitRoleFilter = .any

    @Option(name: .long, help: .vi("Chỉ nội dung này (khóa hoặc mã, vd. PAPI.5).", en: "Only this dimension (key or code, e.g. PAPI.5)."))
    var dimension: String?

    @OptionGroup var asOf: AsOfOption

    @Flag(name: .long, help: .vi("In JSON, mỗi dòng một lần thực hiện.", en: "Print JSON, one occurrence per line."))
    var json = false

    /// The query for `state` and the due window.
    func query(_ store: any ScheduleStore, organisation: String?, state: OccurrenceState?, from: CivilDate? = nil,
               to: CivilDate? = nil) throws -> OccurrenceQuery {
        let planID = try plan.map { try store.planID(reference: $0, organisation: organisation) }
        let code = try organisation.map { try store.organisation(code: $0).code }
        return OccurrenceQuery(planID: planID, unit: unit, dimension: dimension, state: state,
                               dueFrom: from, dueTo: to, asOf: asOf.date, organisation: code, role: role)
    }

    /// Prints the records, or exits 3 with `empty` when there are none.
    func print(_ records: [OccurrenceRecord], empty: String) throws {
        if json {
            for r in records { Terminal.standardOutput.write(OccurrenceTable.json(r) + "\n") }
            return
        }
        guard !records.isEmpty else { throw CLIError.nothingFound(empty) }
        Terminal.standardOutput.write(OccurrenceTable.render(records, terminal: .standardOutput))
    }
}

/// `kehoach due`: what falls due soon (default: the 7 days from the as-of date).
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: Language.text("Việc sắp đến hạn.", en: "Occurrences falling due soon."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: OccurrenceFilter
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: .vi("Số ngày tới.", en: "Days ahead."))
    var days = 7

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let from = filter.asOf.date
            let records = try database.occurrences(filter.query(database, organisation: store.org, state: .open, from: from, to: from.adding(days: days)))
            try filter.print(records, empty: "Không có việc đến hạn từ \(from.vietnamese) đến \(from.adding(days: days).vietnamese)")
        }
    }
}

/// `kehoach overdue`: open occurrences past their effective due date.
struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: Language.text("Việc quá hạn.", en: "Overdue occurrences."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: OccurrenceFilter
    @OptionGroup var language: LanguageOption

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let records = try database.occurrences(filter.query(database, organisation: store.org, state: .overdue))
            try filter.print(records, empty: "Không có việc quá hạn tại ngày \(filter.asOf.date.vietnamese)")
        }
    }
}

/// `kehoach occurrences`: every occurrence, with any state filter.
struct OccurrencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "occurrences",
        abstract: Language.text("Các lần thực hiện và trạng thái.", en: "Occurrences with their state."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: OccurrenceFilter
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: .vi("Chỉ trạng thái này: open | overdue | done | done_late | waived.",
                               en: "Only this state: open | overdue | done | done_late | waived."))
    var state: OccurrenceState?

    @Option(name: .long, help: .vi("Hạn từ ngày.", en: "Due from this day.")) var from: String?
    @Option(name: .long, help: .vi("Hạn đến ngày.", en: "Due up to this day.")) var to: String?

    func validate() throws {
        if let from { _ = try DateArgument.parse(from, option: "--from") }
        if let to { _ = try DateArgument.parse(to, option: "--to") }
    }

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let records = try database.occurrences(filter.query(
                database, organisation: store.org, state: state, from: from.flatMap(DateArgument.date), to: to.flatMap(DateArgument.date)))
            try filter.print(records, empty: "Không có lần thực hiện nào khớp")
        }
    }
}

extension OccurrenceState: ExpressibleByArgument {}
