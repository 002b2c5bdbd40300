import ArgumentParser
import KeHoach
import KeHoachStore

/// Filters shared by the commands that list occurrences.
struct OccurrenceFilter: ParsableArguments {
    @Option(name: .long, help: "Chỉ kế hoạch này (số hoặc mã) / only this plan.")
    var plan: String?

    @Option(name: .long, help: "Chỉ đơn vị này, tên bất kỳ (vd. \"vp ubnd xa\") / only this unit, any alias.")
    var unit: String?

    @Option(name: .long, help: "Chỉ nội dung này (khóa hoặc mã, vd. PAPI.5) / only this dimension.")
    var dimension: String?

    @OptionGroup var asOf: AsOfOption

    @Flag(name: .long, help: "In JSON, mỗi dòng một lần thực hiện / print JSON lines.")
    var json = false

    /// The query for `state` and the due window.
    func query(_ store: SQLiteStore, state: OccurrenceState?, from: CivilDate? = nil, to: CivilDate? = nil) throws -> OccurrenceQuery {
        let planID = try plan.map { try store.planID(reference: $0) }
        return OccurrenceQuery(planID: planID, unit: unit, dimension: dimension, state: state,
                               dueFrom: from, dueTo: to, asOf: asOf.date)
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
        abstract: "Việc sắp đến hạn / Occurrences falling due soon.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: OccurrenceFilter

    @Option(name: .long, help: "Số ngày tới (mặc định 7) / days ahead (default 7).")
    var days = 7

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let from = filter.asOf.date
            let records = try database.occurrences(filter.query(database, state: .open, from: from, to: from.adding(days: days)))
            try filter.print(records, empty: "Không có việc đến hạn từ \(from.vietnamese) đến \(from.adding(days: days).vietnamese)")
        }
    }
}

/// `kehoach overdue`: open occurrences past their effective due date.
struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "Việc quá hạn / Overdue occurrences.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: OccurrenceFilter

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let records = try database.occurrences(filter.query(database, state: .overdue))
            try filter.print(records, empty: "Không có việc quá hạn tại ngày \(filter.asOf.date.vietnamese)")
        }
    }
}

/// `kehoach occurrences`: every occurrence, with any state filter.
struct OccurrencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "occurrences",
        abstract: "Các lần thực hiện / Occurrences with their state.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: OccurrenceFilter

    @Option(name: .long, help: "open | overdue | done | done_late | waived")
    var state: OccurrenceState?

    @Option(name: .long, help: "Hạn từ ngày / due from.") var from: String?
    @Option(name: .long, help: "Hạn đến ngày / due to.") var to: String?

    func validate() throws {
        if let from { _ = try DateArgument.parse(from, option: "--from") }
        if let to { _ = try DateArgument.parse(to, option: "--to") }
    }

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let records = try database.occurrences(filter.query(
                database, state: state, from: from.flatMap { CivilDate(iso: $0) }, to: to.flatMap { CivilDate(iso: $0) }))
            try filter.print(records, empty: "Không có lần thực hiện nào khớp")
        }
    }
}

extension OccurrenceState: ExpressibleByArgument {}
