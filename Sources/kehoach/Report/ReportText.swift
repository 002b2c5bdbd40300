/// Wording the report renderers share: headings, column titles, rates in Vietnamese form.
enum ReportText {
    /// The lines under the title: issuer, plan title, period, window, the day judged, due date.
    static func subtitle(_ r: ProgressReport) -> [String] {
        var lines = ["\(r.plan.issuer) — \(r.plan.title)",
                     "Kỳ báo cáo: \(r.reportLabel.map { "\($0) (\(r.periodLabel))" } ?? r.periodLabel)",
                     "Thời gian chốt số liệu: từ ngày \(CivilDate.vietnamese(iso: r.windowFrom)) đến ngày \(CivilDate.vietnamese(iso: r.windowTo))",
                     "Số liệu tính đến ngày: \(CivilDate.vietnamese(iso: r.asOf))"]
        if let due = r.reportDue { lines.append(dueLine(written: due, effective: r.reportEffectiveDue ?? due, dayOff: r.reportDueDayOff)) }
        if let focal = r.plan.focalUnit { lines.append("Đơn vị tổng hợp: \(focal)") }
        return lines
    }

    /// "Hạn gửi báo cáo: 05/01/2026 (kế hoạch ghi 04/01/2026, Chủ nhật, lùi sang ngày làm việc kế tiếp)"
    /// when the written date falls on a day off; the written date alone otherwise. Both dates are
    /// shown so the reader can match the plan's text.
    static func dueLine(written: String, effective: String, dayOff: String?) -> String {
        guard effective != written else { return "Hạn gửi báo cáo: \(CivilDate.vietnamese(iso: written))" }
        let reason = dayOff.map { "\($0), " } ?? ""
        return "Hạn gửi báo cáo: \(CivilDate.vietnamese(iso: effective)) (kế hoạch ghi \(CivilDate.vietnamese(iso: written)), "
            + "\(reason)lùi sang ngày làm việc kế tiếp)"
    }

    /// Column titles of a breakdown table (after the group's own column).
    static let countHeaders = ["Đúng hạn", "Muộn", "Quá hạn", "Chưa đến hạn", "Miễn", "Chờ sự kiện",
                               "Cần thời hạn", "Tỷ lệ hoàn thành", "Tỷ lệ đúng hạn"]

    /// The cells under ``countHeaders``.
    static func cells(_ c: ProgressReport.Counts) -> [String] {
        [c.doneOnTime, c.doneLate, c.overdue, c.notYetDue, c.waived, c.waitingForEvent, c.needsDate].map(String.init)
            + [percent(c.completionRate), percent(c.onTimeRate)]
    }

    /// "66,7%" (Vietnamese decimal comma), "—" when nothing is assessed.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10),\(tenths % 10)%"
    }

    /// The explanation printed under the totals.
    static let method = """
        Tỷ lệ hoàn thành = số lần đã hoàn thành / (đã hoàn thành + quá hạn); tỷ lệ đúng hạn = số lần \
        hoàn thành đúng hạn / (đã hoàn thành + quá hạn). Các lần chưa đến hạn, được miễn, nhiệm vụ chờ \
        sự kiện hoặc cần xác định thời hạn không tính vào tỷ lệ. Hạn là hạn thực tế (lùi sang ngày làm \
        việc kế tiếp khi trùng ngày nghỉ).
        """

    /// The Vietnamese label of a ``ProgressReport/Item``'s outcome.
    static func outcome(_ raw: String) -> String {
        OccurrenceOutcome(rawValue: raw)?.reportLabel ?? raw
    }

    /// "Chờ sự kiện" or "Cần xác định thời hạn".
    static func status(_ raw: String) -> String {
        TaskStatus(rawValue: raw)?.vietnamese ?? raw
    }
}

import KeHoach
import KeHoachStore
