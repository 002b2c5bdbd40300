/// The e-mail one unit of one commune receives: the day's reminders, due and overdue items (or
/// one escalation), in Vietnamese, as plain text and HTML, one message however many notices.
///
/// Each item names the plan, the task as written, the deadline cell verbatim, the due date
/// (dd/MM/yyyy) and the occurrence id an official records it by (`kehoach done ID`). The
/// message is RFC 5322 with a MIME multipart/alternative body, UTF-8 in base64, the subject in
/// RFC 2047; its Message-ID is derived from the batch and the unit (``Delivery/idempotencyKey(_:recipient:)``),
/// so a message sent again after a crash is the same message to the receiving server.
public struct DailyMail: Hashable, Sendable {
    /// The sender (`smtp_from`).
    public var from: String
    /// Where replies go (`smtp_reply_to`), if set.
    public var replyTo: String?
    /// The unit's addresses.
    public var to: [String]
    /// The unit's name.
    public var unitName: String
    /// The commune's name.
    public var organisationName: String
    /// The day of the message.
    public var day: CivilDate
    /// The items, in the order shown (overdue first, then due, then reminders).
    public var items: [DeliveryItem]
    /// The batch the message carries (``Delivery/batchKey``).
    public var batchKey: String

    /// A message from its parts; `items` are put in reading order.
    public init(from: String, replyTo: String?, to: [String], unitName: String, organisationName: String, day: CivilDate,
                items: [DeliveryItem], batchKey: String) {
        self.from = from
        self.replyTo = replyTo
        self.to = to
        self.unitName = unitName
        self.organisationName = organisationName
        self.day = day
        self.batchKey = batchKey
        func rank(_ kind: NoticeKind) -> Int {
            switch kind { case .escalation: 0; case .overdue: 1; case .due: 2; case .reminder: 3 }
        }
        self.items = items.sorted { (rank($0.notice.kind), $0.notice.due, $0.notice.id) < (rank($1.notice.kind), $1.notice.due, $1.notice.id) }
    }

    /// `<key@kehoach>`: the same for every attempt of this batch to this unit.
    public var messageID: String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "kehoach"
        return "<\(Delivery.idempotencyKey(batchKey, recipient: to.joined(separator: ",")))@\(domain)>"
    }

    /// The subject line, in Vietnamese.
    public var subject: String {
        if items.count == 1, items[0].notice.kind == .escalation {
            return "[KeHoach] Báo cáo chậm trễ: \(items[0].notice.planNumber) mục \(items[0].notice.taskRef) — \(organisationName)"
        }
        let overdue = items.filter { $0.notice.kind == .overdue || $0.notice.kind == .escalation }.count
        return "[KeHoach] \(unitName) (\(organisationName)) ngày \(day.vietnamese): \(items.count) việc"
            + (overdue > 0 ? ", \(overdue) quá hạn" : "")
    }

    /// The plain-text body.
    public var text: String {
        var lines = ["Kính gửi: \(unitName) — \(organisationName)", "",
                     "Ngày \(day.vietnamese), hệ thống theo dõi kế hoạch (kehoach) xin báo các việc sau:", ""]
        for (n, item) in items.enumerated() {
            let notice = item.notice
            lines.append("\(n + 1). [\(DailyMail.label(notice))] Kế hoạch \(notice.planNumber), mục \(notice.taskRef): \(item.task)")
            lines.append("   Thời hạn ghi trong kế hoạch: \(item.deadline)")
            lines.append("   Hạn: \(notice.due.vietnamese) — \(notice.message)")
            lines.append("   Mã để ghi nhận: \(notice.occurrenceID)")
            lines.append("")
        }
        lines.append("Khi hoàn thành, đề nghị ghi nhận bằng mã trên (kehoach done MÃ --on NGÀY --evidence SỐ-VĂN-BẢN)")
        lines.append("hoặc báo cho bộ phận quản lý kế hoạch của \(organisationName).")
        lines.append("")
        lines.append("Thư gửi tự động, mỗi đơn vị một thư mỗi ngày; không có việc thì không gửi.")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The HTML body: the same content as a table.
    public var html: String {
        var rows = ""
        for item in items {
            let notice = item.notice
            rows += "<tr><td>\(DailyMail.escape(DailyMail.label(notice)))</td><td>\(DailyMail.escape(notice.planNumber)) mục \(DailyMail.escape(notice.taskRef))</td>"
                + "<td>\(DailyMail.escape(item.task))</td><td>\(DailyMail.escape(item.deadline))</td><td>\(notice.due.vietnamese)</td>"
                + "<td>\(DailyMail.escape(notice.message))</td><td><code>\(DailyMail.escape(notice.occurrenceID))</code></td></tr>\r\n"
        }
        return "<!DOCTYPE html>\r\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>\(DailyMail.escape(subject))</title></head><body>\r\n"
            + "<p>Kính gửi: <strong>\(DailyMail.escape(unitName))</strong> — \(DailyMail.escape(organisationName))</p>\r\n"
            + "<p>Ngày \(day.vietnamese), các việc cần theo dõi:</p>\r\n"
            + "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Loại</th><th>Kế hoạch</th><th>Nhiệm vụ</th>"
            + "<th>Thời hạn trong kế hoạch</th><th>Hạn</th><th>Tình trạng</th><th>Mã ghi nhận</th></tr>\r\n\(rows)</table>\r\n"
            + "<p>Thư gửi tự động, mỗi đơn vị một thư mỗi ngày.</p></body></html>\r\n"
    }

    /// The whole message, headers and MIME body, with CRLF line ends, dated `date` (RFC 5322).
    public func rendered(date: Instant) -> String {
        let boundary = "kehoach-" + Delivery.idempotencyKey(batchKey, recipient: "boundary").prefix(16)
        var headers = ["From: \(from)", "To: \(to.joined(separator: ", "))"]
        if let replyTo { headers.append("Reply-To: \(replyTo)") }
        headers += ["Subject: \(DailyMail.encodedWord(subject))", "Date: \(DailyMail.rfc5322(date))",
                    "Message-ID: \(messageID)", "MIME-Version: 1.0", "Auto-Submitted: auto-generated",
                    "Content-Type: multipart/alternative; boundary=\"\(boundary)\""]
        func part(_ type: String, _ body: String) -> String {
            "--\(boundary)\r\nContent-Type: \(type); charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.lines(Array(body.utf8)) + "\r\n"
        }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + part("text/plain", text) + part("text/html", html)
            + "--\(boundary)--\r\n"
    }

    /// The Vietnamese label of a notice's kind, with "gửi bù" for a late one.
    static func label(_ notice: Notice) -> String {
        notice.kind.vietnamese + (notice.late ? " (gửi bù)" : "")
    }

    /// `text` with HTML's special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// An RFC 2047 encoded word (UTF-8, base64) for a header holding non-ASCII text.
    static func encodedWord(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : "=?UTF-8?B?" + Base64.encode(Array(text.utf8)) + "?="
    }

    /// `date` as RFC 5322 wants it, in Vietnam's time zone.
    static func rfc5322(_ date: Instant) -> String {
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = date.date
        let minutes = date.minuteOfDay
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let seconds = Int(((date.seconds % 60) + 60) % 60)
        return "\(names[day.weekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) "
            + "\(two(minutes / 60)):\(two(minutes % 60)):\(two(seconds)) +0700"
    }
}
