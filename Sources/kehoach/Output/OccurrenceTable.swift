import KeHoach
import KeHoachStore

/// Occurrences as an official reads them: due date (with the day-off move shown), plan, task,
/// what the occurrence is, lead unit, state, and the occurrence id to type in `kehoach done`.
enum OccurrenceTable {
    /// The aligned table of `records`.
    ///
    /// When the records come from more than one organisation a "Tổ chức" column names each
    /// one's commune (two communes' "01/KH-UBND" look alike); for a query by unit a "Vai trò"
    /// column says whether the unit leads ("chủ trì") or coordinates ("phối hợp") the task.
    static func render(_ records: [OccurrenceRecord], terminal: Terminal) -> String {
        let byOrganisation = Set(records.map(\.organisationCode)).count > 1
        let byRole = records.contains { $0.matchedRole != nil }
        var headers = ["Hạn", "Kế hoạch"], widths: [Int?] = [nil, nil]
        if byOrganisation { headers.append("Tổ chức"); widths.append(24) }
        headers += ["TT", "Nhiệm vụ", "Lần", "Chủ trì", "Trạng thái"]; widths += [nil, 40, 28, 22, nil]
        if byRole { headers.append("Vai trò"); widths.append(nil) }
        headers.append("Mã lần thực hiện"); widths.append(nil)
        var table = TextTable(headers: headers, maxWidth: widths)
        for r in records {
            var row = [due(r.occurrence), r.planNumber]
            if byOrganisation { row.append(r.organisationName) }
            row += [r.occurrence.taskRef, r.taskDescription, r.occurrence.label,
                    r.leadUnits.joined(separator: "; "), state(r, terminal: terminal)]
            if byRole { row.append(r.matchedRole?.vietnamese ?? "") }
            row.append(r.occurrence.id)
            table.append(row)
        }
        return table.render()
    }

    /// "30/06/2025", or "04/01/2026 → 05/01/2026" when the day-off rule moved it.
    static func due(_ occurrence: Occurrence) -> String {
        occurrence.writtenDue == occurrence.effectiveDue
            ? occurrence.effectiveDue.vietnamese
            : "\(occurrence.writtenDue.vietnamese) → \(occurrence.effectiveDue.vietnamese)"
    }

    /// The state in Vietnamese, coloured on a terminal, with the completion date when closed.
    static func state(_ r: OccurrenceRecord, terminal: Terminal) -> String {
        switch r.state {
        case .open: "Chưa đến hạn"
        case .overdue: terminal.red("Quá hạn")
        case .done: terminal.green("Xong \(r.completion?.on.vietnamese ?? "")")
        case .doneLate: terminal.yellow("Xong muộn \(r.completion?.on.vietnamese ?? "")")
        case .waived: terminal.dim("Miễn")
        }
    }

    /// One JSON object per record, for programs: the C API's form (``RecordJSON``).
    static func json(_ r: OccurrenceRecord) -> String { RecordJSON.line(r) }
}
