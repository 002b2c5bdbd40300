import KeHoach
import KeHoachStore

/// The periodic report as the document an official signs and sends (Nghị định 30/2020/NĐ-CP):
/// the frame, the opening, the three narrative sections filled with the figures and lists
/// (I. kết quả đạt được, II. tồn tại, hạn chế, III. kiến nghị, đề xuất) with room left for what
/// only the official can write, and the occurrences with their evidence as an appendix.
enum OfficialReport {
    /// The document of `r` in the frame the options give.
    static func document(_ r: ProgressReport, options: ReportFrame.Options) -> ReportDocument {
        let plan = r.plan
        let asOf = CivilDate(iso: r.asOf) ?? CivilDate(year: 2000, month: 1, day: 1)!
        let planRef = "Kế hoạch số \(plan.number)" + (plan.issuedOn.map { " ngày \(CivilDate.vietnamese(iso: $0))" } ?? "")
        let about = plan.title.lowercasedFirst
        let recipient = plan.implements?.issuer ?? plan.province.map { "UBND tỉnh \($0)" }
        let frame = ReportFrame(issuer: plan.issuer, place: plan.place, date: asOf,
                                subject: ["Kết quả thực hiện \(planRef) về \(about)", r.periodLabel.capitalisedFirst],
                                defaultRecipients: recipient.map { [$0] } ?? [], signer: plan.signer, options: options)
        let window = "từ ngày \(CivilDate.vietnamese(iso: r.windowFrom)) đến ngày \(CivilDate.vietnamese(iso: r.windowTo))"
        let opening = "Thực hiện \(planRef) của \(plan.issuer) về \(about); \(plan.issuer) báo cáo kết quả thực hiện "
            + "\(r.periodLabel) (số liệu \(window), tính đến ngày \(CivilDate.vietnamese(iso: r.asOf))) như sau:"

        var body: [ReportDocument.Block] = [.heading("I. KẾT QUẢ ĐẠT ĐƯỢC", level: 1),
                                            .heading("1. Công tác chỉ đạo, triển khai", level: 2),
                                            .placeholder("Nêu các văn bản chỉ đạo, hội nghị, hình thức tuyên truyền đã thực hiện trong kỳ.")]
        body += [.heading("2. Kết quả thực hiện các nhiệm vụ", level: 2), .paragraph(summary(r))]
        body += [.table(countsTable("Nội dung", [("Toàn kế hoạch", r.totals)] + r.byDimension.map { ($0.title, $0.counts) })),
                 .note(ReportText.method), .chart(r.byDimension)]
        body += [.paragraph("Theo đơn vị chủ trì:"), .table(countsTable("Đơn vị chủ trì", r.byUnit.map { ($0.title, $0.counts) }))]
        let closed = r.items.filter { ["done_on_time", "done_late", "waived"].contains($0.outcome) }
        body += [.heading("3. Nhiệm vụ đã hoàn thành, được miễn và minh chứng", level: 2)]
        body += closed.isEmpty ? [.paragraph("Chưa có lần thực hiện nào được ghi nhận hoàn thành trong kỳ.")] : [.table(closedTable(closed))]
        let measured = r.targets.filter { $0.reading != Target.Reading.qualitative.rawValue }
        if !measured.isEmpty {
            let qualitative = r.targets.count - measured.count
            body += [.heading("4. Kết quả thực hiện chỉ tiêu", level: 2), .table(targetsTable(measured)),
                     .note("Chỉ tiêu định lượng đọc từ cột chỉ tiêu của kế hoạch; \"Chưa đo\": chưa ghi nhận giá trị đạt được."
                           + (qualitative > 0 ? " \(qualitative) chỉ tiêu khác không định lượng, đánh giá theo nội dung nhiệm vụ." : ""))]
        }

        let overdue = r.items.filter { $0.outcome == "overdue" }
        body += [.heading("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", level: 1), .heading("1. Tồn tại, hạn chế", level: 2)]
        body += overdue.isEmpty ? [.paragraph("Không có nhiệm vụ quá hạn chưa hoàn thành.")]
            : [.paragraph("Còn \(overdue.count) lần thực hiện nhiệm vụ quá hạn chưa hoàn thành:"), .table(openTable(overdue))]
        if !r.tasksWithoutDates.isEmpty {
            body += [.paragraph("Nhiệm vụ chưa có thời hạn cụ thể hoặc đang chờ sự kiện:"),
                     .bullets(r.tasksWithoutDates.map { "\($0.taskRef). \($0.task.trimmingBullet) (\(ReportText.status($0.status)); thời gian ghi trong kế hoạch: \"\($0.deadline)\")" })]
        }
        body += [.heading("2. Nguyên nhân", level: 2), .placeholder("Nêu nguyên nhân khách quan, chủ quan của các tồn tại, hạn chế.")]
        body += [.heading("III. KIẾN NGHỊ, ĐỀ XUẤT", level: 1)]
        var proposals: [String] = []
        if !overdue.isEmpty {
            let units = Set(overdue.flatMap(\.leadUnits)).count
            proposals.append("Đề nghị \(units) đơn vị chủ trì khẩn trương hoàn thành \(overdue.count) lần thực hiện nhiệm vụ quá hạn nêu tại mục II.")
        }
        let undated = r.tasksWithoutDates.filter { $0.status == "needs_date" }
        if !undated.isEmpty {
            proposals.append("Xác định thời hạn cụ thể cho nhiệm vụ \(undated.map(\.taskRef).joined(separator: ", ")).")
        }
        body += proposals.map { .paragraph($0) }
        body += [.placeholder("Nêu kiến nghị, đề xuất với cấp trên (kinh phí, hướng dẫn, phối hợp).")]

        let closing = "Trên đây là báo cáo kết quả thực hiện \(planRef) \(r.periodLabel) của \(plan.issuer)./."
        return ReportDocument(frame: frame, title: "Báo cáo \(r.periodLabel) — \(plan.number)", opening: opening, body: body,
                              closing: closing, appendixTitle: ["PHỤ LỤC", "Chi tiết các lần thực hiện nhiệm vụ và minh chứng",
                                                                "(Kèm theo báo cáo \(r.periodLabel) của \(plan.issuer))"],
                              appendix: [.bullets(Array(ReportText.subtitle(r).dropFirst())), .table(itemsTable(r.items))])
    }

    /// "Trong kỳ có 45 lần thực hiện …": the totals in one sentence.
    static func summary(_ r: ProgressReport) -> String {
        let t = r.totals
        var text = "Trong kỳ có \(t.occurrences) lần thực hiện nhiệm vụ đến hạn hoặc thuộc kỳ báo cáo: hoàn thành đúng hạn \(t.doneOnTime), "
            + "hoàn thành muộn \(t.doneLate), quá hạn \(t.overdue), chưa đến hạn \(t.notYetDue), được miễn \(t.waived)"
        text += "; \(t.waitingForEvent) nhiệm vụ đang chờ sự kiện, \(t.needsDate) nhiệm vụ chưa có thời hạn cụ thể. "
        text += "Tỷ lệ hoàn thành \(ReportText.percent(t.completionRate)), tỷ lệ đúng hạn \(ReportText.percent(t.onTimeRate))."
        return text
    }

    private static func countsTable(_ first: String, _ rows: [(String, ProgressReport.Counts)]) -> ReportDocument.Table {
        let headers = [first] + ReportText.countHeaders
        return .init(headers: headers, rows: rows.map { [$0.0] + ReportText.cells($0.1) },
                     widths: [0.22] + Array(repeating: 0.08, count: ReportText.countHeaders.count - 2) + [0.11, 0.11],
                     numeric: Set(1..<headers.count), compact: true)
    }

    private static func closedTable(_ items: [ProgressReport.Item]) -> ReportDocument.Table {
        .init(headers: ["TT", "Nhiệm vụ", "Lần", "Kết quả", "Minh chứng", "Ghi chú"],
              rows: items.map { i in
                  [i.taskRef, i.task, i.label, "\(ReportText.outcome(i.outcome)) ngày \(CivilDate.vietnamese(iso: i.completedOn))",
                   i.evidence ?? "", i.note ?? ""]
              }, widths: [0.06, 0.36, 0.14, 0.16, 0.16, 0.12])
    }

    private static func openTable(_ items: [ProgressReport.Item]) -> ReportDocument.Table {
        .init(headers: ["TT", "Nhiệm vụ", "Lần", "Chủ trì", "Hạn"],
              rows: items.map { [$0.taskRef, $0.task, $0.label, $0.leadUnits.joined(separator: "; "), MarkdownReport.due($0)] },
              widths: [0.06, 0.46, 0.16, 0.18, 0.14])
    }

    private static func targetsTable(_ rows: [ProgressReport.TargetRow]) -> ReportDocument.Table {
        .init(headers: ["TT", "Chỉ tiêu (nguyên văn)", "Định lượng và kết quả"],
              rows: rows.map { [$0.taskRef, $0.text, $0.reportCell] }, widths: [0.06, 0.56, 0.38])
    }

    /// Every occurrence of the report with its state, evidence and note: the appendix.
    static func itemsTable(_ items: [ProgressReport.Item]) -> ReportDocument.Table {
        .init(headers: ["TT", "Nhiệm vụ", "Lần", "Chủ trì", "Hạn", "Tình trạng", "Ngày hoàn thành", "Minh chứng, ghi chú"],
              rows: items.map { i in
                  [i.taskRef, i.task, i.label, i.leadUnits.joined(separator: "; "), MarkdownReport.due(i), ReportText.outcome(i.outcome),
                   CivilDate.vietnamese(iso: i.completedOn),
                   [i.evidence, i.recordedBy.map { "(\($0))" }, i.note.map { "Ghi chú: \($0)" }].compactMap { $0 }.joined(separator: " ")]
              }, widths: [0.05, 0.3, 0.1, 0.13, 0.1, 0.1, 0.09, 0.13])
    }
}

extension String {
    /// The text without the list dash a cell starts with ("- Phối hợp …" → "Phối hợp …").
    var trimmingBullet: String {
        hasPrefix("- ") || hasPrefix("– ") ? String(dropFirst(2)) : self
    }

    /// The string with its first letter in capitals ("6 tháng đầu năm" stays, "quý II/2025" → "Quý II/2025").
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
