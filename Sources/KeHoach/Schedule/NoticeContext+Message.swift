extension NoticeContext {
    /// The Vietnamese text of a notice: what kind, how many working days are left or overdue,
    /// the due date (dd/MM/yyyy, with the written date when the day-off rule moved it), the plan
    /// number, the task's ref, a short description and label, and the units responsible.
    ///
    /// "Nhắc việc: còn 3 ngày làm việc đến hạn 04/07/2025. Kế hoạch 01/KH-UBND, nhiệm vụ 3.8
    /// «…» (Báo cáo 6 tháng đầu năm 2025). Chủ trì: Tài chính - Kế toán."
    func message(kind: NoticeKind, occurrence: Occurrence, task: PlanTask?, due: CivilDate, days: Int,
                 late: Bool) -> String {
        // One buffer, appended to: messages are built for every notice of every plan each cycle.
        var text = ""
        text.reserveCapacity(512)
        text += kind.vietnamese
        text += ": "
        if days > 0 {
            text += "còn "
            text += String(days)
            text += " ngày làm việc đến hạn "
        } else if days == 0 {
            text += "đến hạn hôm nay, "
        } else {
            text += "đã quá hạn "
            text += String(-days)
            text += " ngày làm việc (hạn "
        }
        text += due.vietnamese
        if due != occurrence.writtenDue {
            text += " (kế hoạch ghi "
            text += occurrence.writtenDue.vietnamese
            text += ", ngày nghỉ chuyển sang ngày làm việc kế tiếp)"
        }
        if days < 0 { text += ")" }
        text += ". Kế hoạch "
        text += planNumber
        text += " của "
        text += organisation.name
        text += ", nhiệm vụ "
        text += occurrence.taskRef
        if let description = task?.description, !description.isEmpty {
            text += " «"
            text += NoticeContext.shorten(description)
            text += "»"
        }
        text += " ("
        text += occurrence.label
        text += ")."
        let lead = task?.lead ?? []
        if lead.isEmpty {
            text += " Chưa giao đơn vị chủ trì."
        } else {
            text += " Chủ trì: "
            appendNames(lead, to: &text)
            text += "."
        }
        if kind == .escalation {
            text += " Đề nghị đơn vị đầu mối đôn đốc."
        } else if let coordinating = task?.coordinating, !coordinating.isEmpty {
            text += " Phối hợp: "
            appendNames(coordinating, to: &text)
            text += "."
        }
        if late { text += " (Gửi muộn.)" }
        return text
    }

    /// Appends the names of `units`, separated by "; ".
    private func appendNames(_ units: [String], to text: inout String) {
        for (i, unit) in units.enumerated() {
            if i > 0 { text += "; " }
            text += unitName(unit)
        }
    }

    /// The first words of a long task description, white space collapsed, for one-line
    /// messages: at most `limit` characters (Unicode scalars), cut at a word with "…".
    static func shorten(_ text: String, limit: Int = 80) -> String {
        var out = String.UnicodeScalarView()
        var count = 0, pendingSpace = false, lastSpace: String.UnicodeScalarView.Index?
        for scalar in text.unicodeScalars {
            if NoticeContext.isSpace(scalar.value) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                if count + 1 > limit { out.append("…"); return String(out) }
                lastSpace = out.endIndex
                out.append(" ")
                count += 1
                pendingSpace = false
            }
            if count + 1 > limit {
                if let lastSpace { out.removeSubrange(lastSpace...) }
                out.append("…")
                return String(out)
            }
            out.append(scalar)
            count += 1
        }
        return String(out)
    }

    /// White space as plan text has it: ASCII spaces and line breaks, no-break and typographic spaces.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || (0x09...0x0D).contains(v) || v == 0xA0 || (v >= 0x2000 && (v <= 0x200B || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0xFEFF))
    }
}
