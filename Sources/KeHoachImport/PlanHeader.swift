import KeHoach

/// The header of a plan document, found in its paragraphs: number ("Số: 01/KH-UBND"), place
/// and date ("Đa Lộc, ngày 02 tháng 01 năm 2025"), issuer (the letterhead "ỦY BAN NHÂN DÂN /
/// XÃ ĐA LỘC"), title (the paragraph after "KẾ HOẠCH"), parent plan ("Thực hiện Kế hoạch số
/// … ngày … của … về việc …") and signer (the name under "CHỦ TỊCH").
public struct PlanHeader: Hashable, Sendable {
    public var number: String?
    public var issuer: String?
    public var place: String?
    public var issuedOn: CivilDate?
    public var title: String?
    public var implements: ParentPlan?
    public var signer: Signer?
    /// The reporting regime the prose states (deadlines, data windows, recipient, focal unit);
    /// read with the table's units, so set by ``DocxFile/read(_:name:options:progress:)``.
    public var regime: ReportingRegime?

    public init() {}

    /// The header read from `paragraphs` (a paragraph may hold line breaks).
    public init(paragraphs: [String]) {
        let lines = paragraphs.map { $0.trimmingSpaces }
        for (index, text) in lines.enumerated() {
            let folded = VietnameseText.fold(text)
            if number == nil, folded.hasPrefix("so:") || folded.hasPrefix("so :") {
                number = String(text.drop { $0 != ":" }.dropFirst()).trimmingSpaces
            }
            if issuedOn == nil, let range = folded.range(of: ", ngay "), let date = PlanHeader.longDate(String(folded[range.upperBound...])) {
                issuedOn = date
                place = String(text.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound))).trimmingSpaces
            }
            if issuer == nil, folded.hasPrefix("uy ban nhan dan") || folded.hasPrefix("ubnd"), !folded.contains("tm."),
               let second = text.split(separator: "\n").dropFirst().first {
                issuer = "UBND " + PlanHeader.titleCase(String(second))
            }
            if title == nil, folded == "ke hoach", let next = lines[(index + 1)...].first(where: { !$0.isEmpty }) {
                title = next
            }
            if implements == nil, folded.hasPrefix("thuc hien ke hoach so ") {
                implements = PlanHeader.reference(text)
            }
            if signer == nil, folded.contains("chu tich"), folded.hasPrefix("tm.") || folded.hasPrefix("kt.") || folded.hasPrefix("chu tich"),
               let name = lines[(index + 1)...].first(where: { !$0.isEmpty }) {
                let title = text.split(separator: "\n").map { String($0).trimmingSpaces }.joined(separator: " / ")
                signer = Signer(name: name, title: title)
            }
            if folded.contains("kem theo ke hoach so") {
                let reference = PlanHeader.reference(text)
                if number == nil { number = reference?.number }
                if issuedOn == nil { issuedOn = reference?.issuedOn }
                if issuer == nil { issuer = reference?.issuer }
                if title == nil { title = reference?.title }
            }
        }
    }

    /// The header of a table file from the rows above its header row ("PHỤ LỤC", "(Kèm theo
    /// Kế hoạch số 01/KH-UBND ngày 02/01/2025 của UBND xã Đa Lộc)", "KẾ HOẠCH NÂNG CAO CHỈ SỐ
    /// PAPI NĂM 2025"): as ``init(paragraphs:)``, and when no title is found, the first line
    /// that is neither "Phụ lục" nor the "Kèm theo" line, "Kế hoạch" at its start dropped.
    public init(preamble lines: [String]) {
        self.init(paragraphs: lines)
        guard title == nil else { return }
        for line in lines {
            let folded = VietnameseText.fold(line)
            let words = VietnameseText.words(line)
            if words.isEmpty || folded.hasPrefix("phu luc") || folded.contains("kem theo") || folded.hasPrefix("so:")
                || folded.hasPrefix("(") || words.count < 3 || folded.hasPrefix("uy ban nhan dan") || folded.hasPrefix("ubnd")
                || folded.hasPrefix("cong hoa") || folded.hasPrefix("doc lap") { continue }
            var text = line.trimmingSpaces
            if folded.hasPrefix("ke hoach ") { text = String(text.dropFirst("kế hoạch ".count)).trimmingSpaces }
            title = text.isEmpty ? nil : text
            return
        }
    }

    /// "… Kế hoạch số 183/KH-UBND ngày 20/12/2024 của UBND huyện Ân Thi về việc nâng cao …".
    static func reference(_ text: String) -> ParentPlan? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let folded = words.map { VietnameseText.fold($0) }
        guard let so = folded.firstIndex(of: "so"), let ngay = folded.firstIndex(of: "ngay"), ngay > so else { return nil }
        let number = words[(so + 1)..<ngay].joined(separator: " ")
        let cua = folded[ngay...].firstIndex(of: "cua")
        let dateWords = words[(ngay + 1)..<(cua ?? words.count)].joined(separator: " ")
        let date = PlanHeader.shortDate(dateWords) ?? PlanHeader.longDate(VietnameseText.fold(dateWords))
        var issuer: String?, title: String?
        if let cua {
            let rest = Array(words[(cua + 1)...])
            let foldedRest = Array(folded[(cua + 1)...])
            let ve = foldedRest.firstIndex(of: "ve")
            issuer = rest[..<(ve ?? rest.count)].joined(separator: " ")
            if let ve {
                let skip = ve + 1 < foldedRest.count && foldedRest[ve + 1] == "viec" ? ve + 2 : ve + 1
                title = rest[skip...].joined(separator: " ")
            }
        }
        func clean(_ s: String?) -> String? {
            guard var s = s?.trimmingSpaces else { return nil }
            while let last = s.last, ".;,)".contains(last) { s.removeLast() }
            return s.isEmpty ? nil : s
        }
        return ParentPlan(number: number.trimmingSpaces, issuedOn: date, issuer: clean(issuer), title: clean(title))
    }

    /// "20/12/2024" (also with "-" or ".") as a date, or nil.
    public static func shortDate(_ text: String) -> CivilDate? {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CivilDate(year: parts[2], month: parts[1], day: parts[0])
    }

    /// "02 thang 01 nam 2025 ..." (folded) as a date.
    static func longDate(_ folded: String) -> CivilDate? {
        let words = folded.split(separator: " ").map(String.init)
        guard words.count >= 5, words[1] == "thang", words[3] == "nam",
              let day = Int(words[0]), let month = Int(words[2]),
              let year = Int(words[4].prefix { $0.isNumber }) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// "XÃ ĐA LỘC" as "xã Đa Lộc": the level word lowercased, the name's words capitalised.
    static func titleCase(_ text: String) -> String {
        let words = text.trimmingSpaces.split(separator: " ").map { $0.lowercased() }
        return words.enumerated().map { index, word in
            index == 0 && ["xã", "phường", "thị", "huyện", "tỉnh"].contains(word) ? word : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
