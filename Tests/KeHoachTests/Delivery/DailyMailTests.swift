import KeHoach
import Testing

@Suite("The daily e-mail of one unit: Vietnamese, text and HTML, one Message-ID per batch and unit")
struct DailyMailTests {
    static func notice(_ kind: NoticeKind, ref: String, days: Int) -> Notice {
        Notice(id: "xa-da-loc:01/KH-UBND:2025:\(ref):2025-06-30/\(kind.rawValue)/0", kind: kind, step: 0,
               occurrenceID: "xa-da-loc:01/KH-UBND:2025:\(ref):2025-06-30", planNumber: "01/KH-UBND",
               planKey: "xa-da-loc:01/KH-UBND:2025", organisationCode: "xa-da-loc", organisationName: "Xã Đa Lộc",
               taskRef: ref, recipients: ["vp"], recipientNames: ["Văn phòng - Thống kê"], leadUnits: ["vp"],
               leadUnitNames: ["Văn phòng - Thống kê"], due: CivilDate(iso: "2025-06-30")!, days: days,
               dueAt: Instant(local: "2025-07-07T07:30")!, late: false, message: "Quá hạn \(days) ngày làm việc")
    }

    static let mail = DailyMail(
        from: "kehoach@tinh.test", replyTo: "vanphong@tinh.test", to: ["vp@xa-da-loc.test"], unitName: "Văn phòng - Thống kê",
        organisationName: "Xã Đa Lộc", day: CivilDate(iso: "2025-07-07")!,
        items: [DeliveryItem(notice: notice(.reminder, ref: "1.2", days: 3), task: "Niêm yết công khai thủ tục hành chính", deadline: "Trước ngày 10/7/2025"),
                DeliveryItem(notice: notice(.overdue, ref: "3.8", days: 5), task: "Báo cáo kết quả thực hiện 6 tháng", deadline: "Báo cáo 6 tháng, năm")],
        batchKey: "day|xa-da-loc|vp|2025-07-07#12")

    @Test("overdue items come first; each names the task as written, the deadline cell verbatim, the due date and the id to record it by")
    func text() {
        let text = DailyMailTests.mail.text
        let overdue = text.range(of: "Báo cáo kết quả thực hiện 6 tháng")!, reminder = text.range(of: "Niêm yết công khai")!
        #expect(overdue.lowerBound < reminder.lowerBound)
        #expect(text.contains("Thời hạn ghi trong kế hoạch: Báo cáo 6 tháng, năm"))
        #expect(text.contains("Hạn: 30/06/2025"))
        #expect(text.contains("Mã để ghi nhận: xa-da-loc:01/KH-UBND:2025:3.8:2025-06-30"))
        #expect(DailyMailTests.mail.subject == "[KeHoach] Văn phòng - Thống kê (Xã Đa Lộc) ngày 07/07/2025: 2 việc, 1 quá hạn")
    }

    @Test("the message is MIME: an encoded subject, a text and an HTML part in base64 that decode to the Vietnamese text")
    func mime() {
        let message = DailyMailTests.mail.rendered(date: Instant(local: "2025-07-07T07:30")!)
        #expect(message.contains("Subject: =?UTF-8?B?"))
        #expect(message.contains("Date: Mon, 07 Jul 2025 07:30:00 +0700"))
        #expect(message.contains("Content-Type: multipart/alternative"))
        #expect(message.contains("Content-Type: text/html; charset=utf-8"))
        #expect(message.contains(Base64.lines(Array(DailyMailTests.mail.text.utf8))))
        #expect(message.contains("Reply-To: vanphong@tinh.test"))
        #expect(!message.split(separator: "\r\n").contains { $0.utf8.count > 998 }, "no line longer than RFC 5322 allows")
    }

    @Test("the Message-ID is the same for every attempt of a batch to a unit, and differs for another batch or unit")
    func messageID() {
        var other = DailyMailTests.mail
        #expect(other.messageID == DailyMailTests.mail.messageID)
        #expect(other.messageID.hasSuffix("@tinh.test>"))
        other.batchKey = "day|xa-da-loc|vp|2025-07-08#40"
        #expect(other.messageID != DailyMailTests.mail.messageID)
        other = DailyMailTests.mail
        other.to = ["tp@xa-da-loc.test"]
        #expect(other.messageID != DailyMailTests.mail.messageID)
    }

    @Test("base64 follows RFC 4648's test vectors")
    func base64() {
        for (plain, encoded) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")] {
            #expect(Base64.encode(Array(plain.utf8)) == encoded)
        }
        #expect(Base64.lines([UInt8](repeating: 0, count: 120)).split(separator: "\r\n").map(\.count) == [76, 76, 8])
    }
}
