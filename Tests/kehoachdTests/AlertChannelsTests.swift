import KeHoach
import KeHoachConfig
import Testing
@testable import kehoachd

@Suite("Alert channels: the webhook's signature and the configuration of mail and webhook")
struct AlertChannelsTests {
    @Test("HMAC-SHA256 through libcrypto follows RFC 4231's test cases 1 and 2")
    func hmacVectors() {
        #expect(AlertChannels.hmacSHA256(key: [UInt8](repeating: 0x0b, count: 20), data: Array("Hi There".utf8))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(AlertChannels.hmacSHA256(key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("kehoachd.conf turns channels on by their URL; secrets stay in their own files; a URL with a password is refused")
    func configuration() throws {
        let config = try ConfigParser.parse("""
            smtp_url = smtp://mail.tinh.gov.vn:587
            smtp_user = kehoach
            smtp_password_file = /etc/kehoach/smtp.password
            smtp_from = kehoach@tinh.gov.vn
            webhook_url = https://sms.tinh.gov.vn/kehoach
            webhook_timeout = 15s
            delivery_give_up = 12h
            """, file: "kehoachd.conf")
        #expect(config.delivery.smtpURL == "smtp://mail.tinh.gov.vn:587" && config.delivery.smtpStartTLS)
        #expect(config.delivery.webhookTimeout == 15 && config.delivery.giveUpAfter == 43_200)
        #expect(config.delivery.isEnabled)
        #expect(throws: KeHoachError.self) { try ConfigParser.parse("smtp_url = smtp://kehoach:bi-mat@mail.tinh.gov.vn", file: "k") }
        #expect(throws: KeHoachError.self) { try ConfigParser.parse("smtp_from = khong-phai-dia-chi", file: "k") }
        #expect(!Config().delivery.isEnabled, "no channel unless configured")
    }

    @Test("the webhook body is JSON with the journal's notice fields, the deadline cell and the recipient's phone")
    func webhookBody() throws {
        let notice = DailyMailTestsShim.notice
        let body = WebhookBody(item: DeliveryItem(notice: notice, task: "Báo cáo \"6 tháng\"", deadline: "Báo cáo 6 tháng, năm"),
                               recipientID: "vp", recipientName: "Văn phòng - Thống kê",
                               contact: UnitContact(organisationCode: "xa-da-loc", unitID: "vp", emails: ["vp@x.vn"], phone: "0912345678"))
        let json = body.json
        #expect(json.hasPrefix("{\"schema\":\"kehoach.notice.v1\""))
        #expect(json.contains("\"task\":\"Báo cáo \\\"6 tháng\\\"\""))
        #expect(json.contains("\"phone\":\"0912345678\""))
        #expect(json.contains("\"plan_id\":\"xa-da-loc:01/KH-UBND:2025\""))
        var other = body
        other.recipientID = "tp"
        #expect(other.idempotencyKey != body.idempotencyKey && body.idempotencyKey == body.idempotencyKey)
    }
}

/// A notice for the channel tests.
enum DailyMailTestsShim {
    static let notice = Notice(id: "xa-da-loc:01/KH-UBND:2025:3.8:2025-06-30/overdue/1", kind: .overdue, step: 1,
                               occurrenceID: "xa-da-loc:01/KH-UBND:2025:3.8:2025-06-30", planNumber: "01/KH-UBND",
                               planKey: "xa-da-loc:01/KH-UBND:2025", organisationCode: "xa-da-loc", organisationName: "Xã Đa Lộc",
                               taskRef: "3.8", recipients: ["vp"], recipientNames: ["Văn phòng - Thống kê"], leadUnits: ["vp"],
                               leadUnitNames: ["Văn phòng - Thống kê"], due: CivilDate(iso: "2025-06-30")!, days: 5,
                               dueAt: Instant(local: "2025-07-07T07:30")!, late: false, message: "Quá hạn 5 ngày làm việc")
}
