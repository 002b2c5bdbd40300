import KeHoach
import KeHoachStore

/// Occurrences as an official reads them: due date (with the day-off move shown), plan, task,
/// what the occurrence is, lead unit, state, and the occurrence id to type in `kehoach done`.
enum OccurrenceTable {
    /// The aligned table of `records`.
    static func render(_ records: [OccurrenceRecord], terminal: Terminal) -> String {
        var table = TextTable(headers: ["Hạn", "Kế hoạch", "TT", "Nhiệm vụ", "Lần", "Chủ trì", "Trạng thái", "Mã lần thực hiện"],
                              maxWidth: [nil, nil, nil, 40, 28, 22, nil, nil])
        for r in records {
            table.append([due(r.occurrence), r.planNumber, r.occurrence.taskRef, r.taskDescription, r.occurrence.label,
                          r.leadUnits.joined(separator: "; "), state(r, terminal: terminal), r.occurrence.id])
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
