import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach situation [--as-of DATE]`: the deadline situation of every plan on a day, per lead
/// unit, with what is overdue, what falls due this week, and the notices a daemon cycle would send.
struct SituationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "situation",
        abstract: Language.text("Tình hình thực hiện theo đơn vị chủ trì.", en: "The deadline situation per lead unit."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var daemonConfig: DaemonConfigOption

    @Option(name: .long, help: .vi("Chỉ kế hoạch này.", en: "Only this plan."))
    var plan: String?

    @Flag(name: .long, help: .vi("Cả các kế hoạch đã kết thúc (hạn cuối đã qua hơn quiet_after ngày, mặc định 30).",
                             en: "Include plans whose last deadline is more than quiet_after days (30) past."))
    var all = false

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let day = asOf.date
            let planID = try plan.map { try database.planID(reference: $0, organisation: store.org) }
            let organisation = try store.org.map { try database.organisation(code: $0).code }
            var records = try database.occurrences(OccurrenceQuery(planID: planID, asOf: day, organisation: organisation))
            // A plan is current until it would go quiet (``QuietPlan``: `quiet_after` days, 30 by
            // default, after its last effective due date); older plans (last year's, already
            // reported on) are left out unless --all or --plan asks.
            let config = try daemonConfig.load()
            let quiet = config.engine.quiet
            var lastDue: [Int64: CivilDate] = [:]
            for r in records { lastDue[r.planID] = max(lastDue[r.planID] ?? r.occurrence.effectiveDue, r.occurrence.effectiveDue) }
            let current = Set(lastDue.filter { all || planID != nil || quiet.isCurrent(lastDue: $0.value, on: day) }.keys)
            records = records.filter { current.contains($0.planID) }
            let out = Terminal.standardOutput
            out.write(out.bold("TÌNH HÌNH THỰC HIỆN TẠI NGÀY \(day.vietnamese)") + "\n")
            let scope = try OrganisationScope(store.org, in: database)
            let plans = try database.plans().filter { scope.contains($0.organisationCode) }
            let shown = plans.filter { current.contains($0.id) || (planID == $0.id) }
            out.write("Kế hoạch: " + (shown.isEmpty ? "không có kế hoạch nào còn hiệu lực" : shown.map { "\($0.number) (\($0.issuer), năm \($0.year))" }.joined(separator: "; ")))
            let hidden = plans.count - shown.count
            out.write(hidden > 0 && planID == nil ? "; \(hidden) kế hoạch đã kết thúc không hiển thị (dùng --all)\n\n" : "\n\n")

            // Per lead unit of each commune (every lead unit of a task; two communes' "Văn phòng -
            // Thống kê" are two rows, named with their commune): counts of what matters on `day`.
            // The totals count each occurrence or task once, whatever its number of lead units.
            var rows: [String: [Int]] = [:]   // due this week, overdue, done, waiting, needs a date
            var totals = [0, 0, 0, 0, 0]
            let severalCommunes = Set(shown.map(\.organisationCode)).count > 1
            func label(_ unit: String, _ organisationName: String) -> String {
                severalCommunes ? "\(unit) (\(organisationName))" : unit
            }
            func bump(_ units: [String], _ organisationName: String, _ column: Int) {
                for unit in Set(units.isEmpty ? ["(chưa giao)"] : units) {
                    rows[label(unit, organisationName), default: [0, 0, 0, 0, 0]][column] += 1
                }
                totals[column] += 1
            }
            let weekEnd = UnitSummary.weekEnd(of: day)  // "this week", as the digest counts it
            var overdue: [OccurrenceRecord] = [], dueSoon: [OccurrenceRecord] = []
            for r in records {
                let closedBy = r.completion.map { $0.on <= day } ?? false
                if closedBy {
                    if r.state != .waived { bump(r.leadUnits, r.organisationName, 2) }
                } else if r.occurrence.effectiveDue < day {
                    bump(r.leadUnits, r.organisationName, 1); overdue.append(r)
                } else if r.occurrence.effectiveDue <= weekEnd {
                    bump(r.leadUnits, r.organisationName, 0); dueSoon.append(r)
                }
            }
            for summary in shown {
                let value = try database.plan(id: summary.id)
                let directory = value.directory
                let leads = Dictionary(uniqueKeysWithValues: value.tasks.map { ($0.ref, $0.lead.map { directory.name(of: $0) }) })
                for s in try database.taskStatuses(planID: summary.id, asOf: day) {
                    if s.status == .waitingForEvent { bump(leads[s.taskRef] ?? [], summary.organisationName, 3) }
                    if s.status == .needsDate { bump(leads[s.taskRef] ?? [], summary.organisationName, 4) }
                }
            }
            var table = TextTable(headers: ["Đơn vị chủ trì", "Đến hạn trong tuần", "Quá hạn", "Đã xong", "Chờ sự kiện", "Cần thời hạn"],
                                  maxWidth: [36, nil, nil, nil, nil, nil])
            for (unit, counts) in rows.sorted(by: { ($1.value[1], $1.value[0], $0.key) < ($0.value[1], $0.value[0], $1.key) }) {
                table.append([unit] + counts.map { $0 == 0 ? "·" : String($0) })
            }
            table.append(["Tổng cộng"] + totals.map(String.init))
            out.write(table.render())

            out.write("\n" + out.bold("Quá hạn (\(overdue.count))") + "\n")
            out.write(overdue.isEmpty ? "Không có.\n" : OccurrenceTable.render(overdue, terminal: out))
            out.write("\n" + out.bold("Đến hạn từ \(day.vietnamese) đến \(weekEnd.vietnamese) (\(dueSoon.count))") + "\n")
            out.write(dueSoon.isEmpty ? "Không có.\n" : OccurrenceTable.render(dueSoon, terminal: out))

            let at = Instant(date: day, hour: 7, minute: 30)
            let notices = try FreshNotices.fresh(in: database, now: at, config: config)
                .filter { n in shown.contains { n.planKey == $0.key } }
            out.write("\n" + out.bold("Thông báo một lượt kiểm tra lúc 07:30 ngày \(day.vietnamese) sẽ gửi (\(notices.count))") + "\n")
            out.write(notices.isEmpty ? "Không có.\n" : NoticeTable.render(notices, terminal: out))
        }
    }
}
