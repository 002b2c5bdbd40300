import KeHoach

/// The first thing an official wants to see of a plan: its header, its tasks under each
/// dimension with the lead unit and the deadline cell verbatim, and the workload per lead unit.
enum PlanReport {
    /// "Chỉ số: PAPI", "Đầu mối: Văn phòng - Thống kê" and one "Báo cáo: …" line per reporting
    /// rule, with its data window: what `show` prints under the title and `import` after reading
    /// a document, so the official sees what was understood.
    static func regime(_ plan: Plan) -> String {
        var out = ""
        if !plan.indices.isEmpty { out += "Chỉ số: \(plan.indices.joined(separator: ", "))\n" }
        if let focal = plan.focalUnit { out += "Đầu mối: \(plan.directory.name(of: focal))\n" }
        for rule in plan.reporting {
            out += "Báo cáo: \(rule.label) — \(rule.deadline)"
            if let window = rule.window { out += " (số liệu từ \(window.from.vietnamese) đến \(window.to.vietnamese))" }
            out += "\n"
        }
        return out
    }

    /// The plan rendered as text for `kehoach show` and the demo.
    static func render(_ plan: Plan, terminal: Terminal) -> String {
        let directory = plan.directory
        func names(_ ids: [String]) -> String {
            ids.map { directory.name(of: $0) }.joined(separator: "; ")
        }
        var out = terminal.bold("KẾ HOẠCH \(plan.number)") + " — \(plan.issuer)"
        if let date = plan.issuedOn { out += ", ngày \(date.vietnamese)" }
        out += "\n\(plan.title)\n"
        if let parent = plan.implements {
            out += "Thực hiện Kế hoạch số \(parent.number)"
            if let date = parent.issuedOn { out += " ngày \(date.vietnamese)" }
            if let issuer = parent.issuer { out += " của \(issuer)" }
            out += "\n"
        }
        out += regime(plan)
        out += "\(plan.tasks.count) nhiệm vụ, \(plan.units.count) đơn vị.\n"

        let groups: [(title: String, tasks: [PlanTask])] = {
            var result = plan.dimensions.map { d in
                (title: d.title, tasks: plan.tasks.filter { $0.dimension == d.key })
            }
            let loose = plan.tasks.filter { $0.dimension == nil }
            if !loose.isEmpty { result.append((title: "Nhiệm vụ khác", tasks: loose)) }
            return result.filter { !$0.tasks.isEmpty }
        }()
        for group in groups {
            out += "\n" + terminal.bold(group.title) + " (\(group.tasks.count) nhiệm vụ)\n"
            var table = TextTable(headers: ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn (nguyên văn)"],
                                  maxWidth: [nil, 56, 22, 34])
            for task in group.tasks {
                table.append([task.ref, task.description, names(task.lead), task.deadline])
            }
            out += table.render()
        }

        out += "\n" + terminal.bold("Theo đơn vị chủ trì") + "\n"
        var counts: [(unit: String, count: Int)] = []
        for task in plan.tasks {
            let lead = task.lead.isEmpty ? "(chưa giao)" : names(task.lead)
            if let i = counts.firstIndex(where: { $0.unit == lead }) {
                counts[i].count += 1
            } else {
                counts.append((lead, 1))
            }
        }
        var table = TextTable(headers: ["Đơn vị chủ trì", "Số nhiệm vụ"], maxWidth: [50, nil])
        for entry in counts.sorted(by: { $0.count > $1.count }) {
            table.append([entry.unit, String(entry.count)])
        }
        return out + table.render()
    }
}
