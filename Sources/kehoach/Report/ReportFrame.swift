import Foundation
import KeHoach

/// The frame of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): what stands
/// around a report's text so that it can be signed and sent. The issuing body and number at the
/// top left, the national name and motto at the top right over the place and date, the kind and
/// subject in the middle, "Kính gửi", and after the text "Nơi nhận" at the left and the
/// signature block at the right.
///
/// Built from whoever issues the report (a commune's plan today, a province for a roll-up) and
/// the command's options; every renderer (HTML, .docx, Markdown) draws the same frame.
struct ReportFrame: Codable, Sendable {
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (quốc hiệu).
    static let nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// "Độc lập - Tự do - Hạnh phúc" (tiêu ngữ).
    static let motto = "Độc lập - Tự do - Hạnh phúc"

    /// The issuing body's name in capitals, as printed on its lines: ["ỦY BAN NHÂN DÂN", "XÃ ĐA LỘC"].
    var body: [String]
    /// "Số: 45/BC-UBND", or "Số:      /BC-UBND" left for the clerk to number.
    var number: String
    /// "Đa Lộc, ngày 05 tháng 7 năm 2025".
    var placeAndDate: String
    /// "BÁO CÁO".
    var kind: String
    /// The subject (trích yếu) lines under the kind.
    var subject: [String]
    /// "Kính gửi": who the report is addressed to.
    var recipients: [String]
    /// "Nơi nhận" lines: "- Như trên;", copies, "- Lưu: VT.".
    var copies: [String]
    /// The signer's capacity, one line each: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"].
    var signerCapacity: [String]
    /// The signer's name, or "" when left for the signer to write.
    var signerName: String

    /// What the command line sets; nil and empty mean "from the plan".
    struct Options: Sendable {
        /// The document number ("45/BC-UBND"); nil leaves the number blank.
        var number: String?
        /// "Kính gửi"; empty means the issuer of the plan implemented.
        var recipients: [String] = []
        /// Further "Nơi nhận" lines.
        var copies: [String] = []
        var signer: String?
        /// "KT. CHỦ TỊCH/PHÓ CHỦ TỊCH": lines split at each "/".
        var signerTitle: String?
        /// The date of the report (default: the day judged on).
        var date: CivilDate?
    }

    /// The frame of a report issued by `issuer` ("UBND xã Đa Lộc") on `date`.
    init(issuer: String, place: String?, date: CivilDate, subject: [String], defaultRecipients: [String],
         signer: Signer?, options: Options) {
        body = ReportFrame.bodyLines(issuer)
        let symbol = ReportFrame.isPeoplesCommittee(issuer) ? "BC-UBND" : "BC"
        number = "Số: " + (options.number ?? "      /\(symbol)")
        placeAndDate = "\(place ?? ReportFrame.placeName(issuer)), \(ReportFrame.longDate(options.date ?? date))"
        kind = "BÁO CÁO"
        self.subject = subject
        recipients = options.recipients.isEmpty ? defaultRecipients : options.recipients
        var copies = recipients.isEmpty ? [] : ["Như trên"]
        copies += options.copies
        if !copies.contains(where: { VietnameseText.fold($0).hasPrefix("luu") }) { copies.append("Lưu: VT") }
        self.copies = copies.enumerated().map { "- \($0.element)\($0.offset == copies.count - 1 ? "." : ";")" }
        let title = options.signerTitle ?? signer?.title ?? (ReportFrame.isPeoplesCommittee(issuer) ? "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" : "THỦ TRƯỞNG CƠ QUAN")
        signerCapacity = title.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
        signerName = options.signer ?? signer?.name ?? ""
    }

    /// "UBND xã Đa Lộc" → ["ỦY BAN NHÂN DÂN", "XÃ ĐA LỘC"]; another body in capitals on one line.
    static func bodyLines(_ issuer: String) -> [String] {
        guard let rest = committeeArea(issuer) else { return [issuer.uppercased()] }
        return ["ỦY BAN NHÂN DÂN", rest.joined(separator: " ").uppercased()]
    }

    /// Whether the issuer is a People's Committee (its reports are numbered …/BC-UBND).
    static func isPeoplesCommittee(_ issuer: String) -> Bool { committeeArea(issuer) != nil }

    /// The place named by the issuer: "UBND xã Chiềng Đông" → "Chiềng Đông", "Ủy ban nhân dân
    /// thị trấn Văn Lãng" → "Văn Lãng"; another body's name as it is.
    static func placeName(_ issuer: String) -> String {
        guard var words = committeeArea(issuer) else { return issuer }
        if let level = levels.first(where: { words.count > $0.count && VietnameseText.fold(words.prefix($0.count).joined(separator: " ")) == $0.joined(separator: " ") }) {
            words.removeFirst(level.count)
        }
        return words.joined(separator: " ")
    }

    /// The words after "UBND" or "Ủy ban nhân dân" ("xã Đa Lộc"), nil for another body.
    private static func committeeArea(_ issuer: String) -> [String]? {
        let words = issuer.split(separator: " ").map(String.init)
        let folded = words.map { VietnameseText.fold($0) }
        if folded.count > 1, folded[0] == "ubnd" { return Array(words.dropFirst()) }
        if folded.count > 4, folded.prefix(4) == ["uy", "ban", "nhan", "dan"] { return Array(words.dropFirst(4)) }
        return nil
    }

    /// Administrative levels before a place name, folded, longest first.
    private static let levels = [["thi", "tran"], ["thi", "xa"], ["thanh", "pho"], ["dac", "khu"],
                                 ["xa"], ["phuong"], ["huyen"], ["quan"], ["tinh"]]

    /// "ngày 05 tháng 7 năm 2025": days below 10 and months below 3 with a leading zero (NĐ30).
    static func longDate(_ d: CivilDate) -> String {
        let day = d.day < 10 ? "0\(d.day)" : "\(d.day)", month = d.month < 3 ? "0\(d.month)" : "\(d.month)"
        return "ngày \(day) tháng \(month) năm \(d.year)"
    }
}
