extension NoticeContext {
    /// The Vietnamese text of a notice: what kind, how many working days are left or overdue,
    /// the due date (dd/MM/yyyy, with the written date when the day-off rule moved it), the plan
    /// number, the task's ref, a short description and label, and the units responsible.
    ///
    /// "Nhắc việc: còn 3 ngày làm việc đến hạn 04/07/2025. Kế hoạch 01/KH-UBND, nhiệm vụ 3.8
    /// «…» (Báo cáo 6 tháng đầu năm 2025). Chủ trì: Tài chính - Kế toán."
    func message(kind: NoticeKind, occurrence: Occurrence, task: PlanTask?, due: CivilDate, days: Int,
                 late: Bool) -> String {
        let dueText = due == occurrence.writtenDue
            ? due.vietnamese
            : "\(due.vietnamese) (kế hoạch ghi \(occurrence.writtenDue.vietnamese), ngày nghỉ chuyển sang ngày làm việc kế tiếp)"
        let when: String
        if days > 0 {
            when = "còn \(days) ngày làm việc đến hạn \(dueText)"
        } else if days == 0 {
            when = "đến hạn hôm nay, \(dueText)"
        } else {
            when = "đã quá hạn \(-days) ngày làm việc (hạn \(dueText))"
        }
        let description = NoticeContext.shorten(task?.description ?? "")
        var text = "\(kind.vietnamese): \(when). Kế hoạch \(planNumber), nhiệm vụ \(occurrence.taskRef)"
        if !description.isEmpty { text += " «\(description)»" }
        text += " (\(occurrence.label))."
        let lead = (task?.lead ?? []).map(unitName).joined(separator: "; ")
        text += lead.isEmpty ? " Chưa giao đơn vị chủ trì." : " Chủ trì: \(lead)."
        if kind == .escalation {
            text += " Đề nghị đơn vị đầu mối đôn đốc."
        } else if let coordinating = task?.coordinating, !coordinating.isEmpty {
            text += " Phối hợp: \(coordinating.map(unitName).joined(separator: "; "))."
        }
        if late { text += " (Gửi muộn.)" }
        return text
    }

    /// The first words of a long task description, for one-line messages.
    static func shorten(_ text: String, limit: Int = 80) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)).split(separator: " ").dropLast().joined(separator: " ") + "…"
    }
}
