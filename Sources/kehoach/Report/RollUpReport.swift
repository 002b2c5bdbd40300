import Foundation
import KeHoach
import KeHoachStore

/// The province's roll-up (``ProvinceRollUp``) as the report its office signs: the same frame
/// of Nghị định 30 as a commune's report, issued by the province, with the communes ranked, the
/// four cells of the national task reports per commune and per dimension, how long overdue
/// items have waited, and a chart; HTML, .docx and Markdown draw it, CSV and JSON carry the
/// figures.
enum RollUpReport {
    /// The four cells' headings, as national task reports print them.
    static let cellHeaders = ["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành, còn hạn", "Chưa hoàn thành, quá hạn"]

    /// The document of `r` for the period named `periodLabel` ("6 tháng đầu năm 2025").
    static func document(_ r: ProvinceRollUp, periodLabel: String, options: ReportFrame.Options) -> ReportDocument {
        let issuer = "UBND " + r.organisationName.lowercasedFirst
        let frame = ReportFrame(issuer: issuer, place: nil, date: r.asOf,
                                subject: ["Tổng hợp kết quả thực hiện kế hoạch nâng cao các chỉ số của các xã, phường",
                                          periodLabel.capitalisedFirst],
                                defaultRecipients: [], signer: nil, options: options)
        let window = "các nhiệm vụ có hạn từ ngày \(r.from.vietnamese) đến ngày \(r.to.vietnamese), tính đến ngày \(r.asOf.vietnamese)"
        let opening = "\(issuer) tổng hợp kết quả thực hiện kế hoạch của \(r.rows.count) đơn vị trực thuộc \(periodLabel) (\(window)) như sau:"
        var body: [ReportDocument.Block] = [.heading("I. KẾT QUẢ CHUNG", level: 1), .paragraph(summary(r.total, communes: r.rows.count))]
        body += [.heading("II. KẾT QUẢ THEO ĐƠN VỊ", level: 1), .table(communeTable(r)), .note(method), .chart(groups(r))]
        body += [.heading("III. KẾT QUẢ THEO NỘI DUNG", level: 1), .table(dimensionTable(r))]
        let late = r.rows.filter { $0.cells.overdueOver90 > 0 }
        body += [.heading("IV. KIẾN NGHỊ, ĐỀ XUẤT", level: 1)]
        if !late.isEmpty {
            body += [.paragraph("Đề nghị " + late.map { "\($0.name) (\($0.cells.overdueOver90) việc quá hạn trên 90 ngày)" }
                .joined(separator: ", ") + " khẩn trương hoàn thành các nhiệm vụ quá hạn.")]
        }
        body += [.placeholder("Nêu kiến nghị, đề xuất của tỉnh (đôn đốc, hướng dẫn, kiểm tra).")]
        var appendix: [ReportDocument.Block] = []
        for column in r.dimensions {
            appendix += [.heading(column.title, level: 2), .table(perDimensionTable(r, column.key))]
        }
        return ReportDocument(frame: frame, title: "Tổng hợp \(periodLabel) — \(r.organisationName)", opening: opening, body: body,
                              closing: "Trên đây là báo cáo tổng hợp \(periodLabel) của \(issuer)./.",
                              appendixTitle: ["PHỤ LỤC", "Kết quả của từng đơn vị theo nội dung",
                                              "(Kèm theo báo cáo tổng hợp \(periodLabel) của \(issuer))"],
                              appendix: appendix)
    }

    /// The totals in one sentence.
    static func summary(_ c: ProvinceRollUp.Cells, communes: Int) -> String {
        "Trong kỳ, \(communes) đơn vị có \(c.total) lần thực hiện nhiệm vụ đến hạn: \(c.doneOnTime) hoàn thành đúng hạn, "
            + "\(c.doneLate) hoàn thành quá hạn, \(c.openInTime) chưa hoàn thành nhưng còn hạn, \(c.openOverdue) chưa hoàn thành "
            + "và quá hạn (trong đó \(c.overdueOver30) quá hạn trên 30 ngày, \(c.overdueOver90) trên 90 ngày, \(c.overdueOver120) "
            + "trên 120 ngày), \(c.waived) được miễn; tỷ lệ hoàn thành đúng hạn \(ReportText.percent(c.onTimeRate))."
    }

    /// How the rate and the ranking are computed, printed under the table.
    static let method = """
        Tỷ lệ đúng hạn = hoàn thành đúng hạn / (hoàn thành đúng hạn + hoàn thành quá hạn + chưa hoàn thành quá hạn); \
        xếp hạng theo tỷ lệ này (bằng nhau thì cùng hạng). Số ngày quá hạn tính theo ngày lịch đến ngày xét. \
        Lần thực hiện được miễn không tính vào tỷ lệ.
        """

    /// One row per commune, ranked.
    static func communeTable(_ r: ProvinceRollUp) -> ReportDocument.Table {
        let headers = ["Hạng", "Đơn vị"] + cellHeaders + ["Quá hạn > 30 ngày", "> 90 ngày", "> 120 ngày", "Được miễn", "Tỷ lệ đúng hạn"]
        let rows = r.rows.map { row in [row.rank.map(String.init) ?? "—", row.name] + cells(row.cells) }
            + [["", "Toàn tỉnh"] + cells(r.total)]
        return .init(headers: headers, rows: rows, widths: [0.07, 0.17] + Array(repeating: 0.085, count: 8) + [0.08],
                     numeric: Set([0] + Array(2..<11)), compact: true)
    }

    /// One row per dimension, the communes added up.
    static func dimensionTable(_ r: ProvinceRollUp) -> ReportDocument.Table {
        let rows = r.dimensions.map { column -> [String] in
            var sum = ProvinceRollUp.Cells()
            for row in r.rows { if let c = row.byDimension[column.key] { sum = sum + c } }
            return [column.title] + Array(cells(sum).prefix(4)) + [ReportText.percent(sum.onTimeRate)]
        }
        return .init(headers: ["Nội dung"] + cellHeaders + ["Tỷ lệ đúng hạn"], rows: rows,
                     widths: [0.4, 0.12, 0.12, 0.12, 0.12, 0.12], numeric: Set(1..<6), compact: true)
    }

    /// One dimension's four cells per commune.
    static func perDimensionTable(_ r: ProvinceRollUp, _ key: String) -> ReportDocument.Table {
        let rows = r.rows.compactMap { row -> [String]? in
            guard let c = row.byDimension[key] else { return nil }
            return [row.name] + Array(cells(c).prefix(4)) + [ReportText.percent(c.onTimeRate)]
        }
        return .init(headers: ["Đơn vị"] + cellHeaders + ["Tỷ lệ đúng hạn"], rows: rows,
                     widths: [0.3, 0.14, 0.14, 0.14, 0.14, 0.14], numeric: Set(1..<6), compact: true)
    }

    /// The four cells, the overdue ages, the waived and the rate, as text.
    static func cells(_ c: ProvinceRollUp.Cells) -> [String] {
        [c.doneOnTime, c.doneLate, c.openInTime, c.openOverdue, c.overdueOver30, c.overdueOver90, c.overdueOver120, c.waived]
            .map(String.init) + [ReportText.percent(c.onTimeRate)]
    }

    /// The chart's bars: one per commune, in rank order.
    static func groups(_ r: ProvinceRollUp) -> [ProgressReport.Group] {
        r.rows.map { row in
            var counts = ProgressReport.Counts()
            counts.doneOnTime = row.cells.doneOnTime
            counts.doneLate = row.cells.doneLate
            counts.overdue = row.cells.openOverdue
            counts.notYetDue = row.cells.openInTime
            counts.waived = row.cells.waived
            let done = row.cells.doneOnTime + row.cells.doneLate, judged = done + row.cells.openOverdue
            counts.completionRate = judged == 0 ? nil : Double(done) / Double(judged)
            counts.onTimeRate = row.cells.onTimeRate
            return ProgressReport.Group(key: row.code, title: row.name, counts: counts)
        }
    }

    /// One CSV row per commune and dimension (and one per commune for all dimensions), UTF-8
    /// with a BOM so that Excel reads Vietnamese.
    static func csv(_ r: ProvinceRollUp) -> String {
        var lines = [(["Mã đơn vị", "Đơn vị", "Hạng", "Nội dung"] + cellHeaders
            + ["Quá hạn > 30 ngày", "> 90 ngày", "> 120 ngày", "Được miễn", "Tỷ lệ đúng hạn"]).map(field).joined(separator: ",")]
        for row in r.rows {
            lines.append(([row.code, row.name, row.rank.map(String.init) ?? "", "(tất cả)"] + cells(row.cells)).map(field).joined(separator: ","))
            for column in r.dimensions {
                guard let c = row.byDimension[column.key] else { continue }
                lines.append(([row.code, row.name, "", column.title] + cells(c)).map(field).joined(separator: ","))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func field(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
