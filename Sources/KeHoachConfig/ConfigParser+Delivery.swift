import KeHoach

extension ConfigParser {
    /// The keys of ``DeliveryConfig``.
    public static let deliveryKeys = ["smtp_url", "smtp_starttls", "smtp_user", "smtp_password_file", "smtp_from",
                                      "smtp_reply_to", "smtp_ca_file", "smtp_timeout", "smtp_rate", "webhook_url",
                                      "webhook_secret_file", "webhook_ca_file", "webhook_timeout", "webhook_rate",
                                      "delivery_give_up", "contacts_file"]

    /// Sets one delivery key.
    static func setDelivery(_ key: String, _ value: String, in delivery: inout DeliveryConfig,
                            fail: (String) throws(KeHoachError) -> Never) throws(KeHoachError) {
        func path() throws(KeHoachError) -> String {
            guard value.hasPrefix("/") else { try fail("một đường dẫn tuyệt đối (bắt đầu bằng /)") }
            return value
        }
        func seconds(_ range: ClosedRange<Int64>) throws(KeHoachError) -> Int64 {
            guard let s = duration(value), range.contains(s) else { try fail("thời lượng từ \(range.lowerBound)s đến \(range.upperBound)s, ví dụ 30s, 2min") }
            return s
        }
        func rate() throws(KeHoachError) -> Int {
            guard let n = Int(value), (1...10_000).contains(n) else { try fail("số thư/yêu cầu mỗi phút, từ 1 đến 10000") }
            return n
        }
        func address() throws(KeHoachError) -> String {
            guard UnitContact.isEmail(value) else { try fail("một địa chỉ thư dạng ten@mien.vn") }
            return value
        }
        switch key {
        case "smtp_url":
            guard value.hasPrefix("smtp://") || value.hasPrefix("smtps://"), !value.contains("@") else {
                try fail("smtp://máy:587 hoặc smtps://máy:465, không kèm tên hay mật khẩu (dùng smtp_user, smtp_password_file)")
            }
            delivery.smtpURL = value
        case "smtp_starttls":
            guard let on = boolean(value) else { try fail("yes hoặc no (có/không)") }
            delivery.smtpStartTLS = on
        case "smtp_user": delivery.smtpUser = value
        case "smtp_password_file": delivery.smtpPasswordFile = try path()
        case "smtp_from": delivery.smtpFrom = try address()
        case "smtp_reply_to": delivery.smtpReplyTo = try address()
        case "smtp_ca_file": delivery.smtpCAFile = try path()
        case "smtp_timeout": delivery.smtpTimeout = try seconds(1...600)
        case "smtp_rate": delivery.smtpRate = try rate()
        case "webhook_url":
            guard value.hasPrefix("https://") || value.hasPrefix("http://") else { try fail("một URL https://… (hoặc http:// trong mạng nội bộ)") }
            delivery.webhookURL = value
        case "webhook_secret_file": delivery.webhookSecretFile = try path()
        case "webhook_ca_file": delivery.webhookCAFile = try path()
        case "webhook_timeout": delivery.webhookTimeout = try seconds(1...600)
        case "webhook_rate": delivery.webhookRate = try rate()
        case "delivery_give_up": delivery.giveUpAfter = try seconds(60...(30 * 86_400))
        case "contacts_file": delivery.contactsFile = try path()
        default: try fail("một khóa đã biết")
        }
    }
}
