/// The holiday schedules the government announced for civil servants, 2022-2026: where the
/// days of Tết and Quốc khánh were placed, and the days swapped to join holidays to weekends.
///
/// Each announcement replaces, for its year, what ``Holidays`` rules give for the occasions it
/// names; holidays it does not name follow the law (with compensatory days off). Sources are
/// the Government Office's letters ("văn bản ... /VPCP-KGVX") conveying the Prime Minister's
/// decision, which the ministry then announced. Where a document number or a detail could not
/// be checked against the document itself, `note` says so: correct it with an override file
/// (see docs/calendar.md) rather than trusting it silently.
public enum AnnouncedSchedules {
    /// One announced decision for one year.
    public struct Announcement: Hashable, Sendable {
        /// The Gregorian year whose days it places.
        public var year: Int
        /// The occasions whose rule days it replaces.
        public var occasions: Set<Holidays.Occasion>
        /// The document that announced it.
        public var source: String
        /// What is uncertain about it, if anything.
        public var note: String?
        /// Every exception it makes: holidays (weekends included), compensatory, swapped days.
        public var days: [DayOff]

        /// An announcement.
        public init(year: Int, occasions: Set<Holidays.Occasion>, source: String, note: String? = nil, days: [DayOff]) {
            self.year = year
            self.occasions = occasions
            self.source = source
            self.note = note
            self.days = days.sorted()
        }
    }

    /// All shipped announcements, by year.
    public static let all: [Announcement] = [
        // 2022. Tết Dương lịch (1/1 a Saturday: nghỉ bù 03/01), Giỗ Tổ (10/4, a Sunday: nghỉ bù 11/4)
        // and 30/4-1/5 (a weekend: nghỉ bù 2/5 and 3/5) followed the law.
        Announcement(
            year: 2022, occasions: [.lunarNewYear],
            source: "Văn bản 245/VPCP-KGVX ngày 11/01/2022",
            days: tet("2022-01-31", holidays: 5)),
        Announcement(
            year: 2022, occasions: [.nationalDay],
            source: "Thông báo của Bộ Lao động - Thương binh và Xã hội về nghỉ Quốc khánh 2022",
            note: "Số văn bản chưa đối chiếu; lịch nghỉ 01/9-04/9/2022 theo báo chí (trùng với quy tắc mặc định).",
            days: [day("2022-09-01", nationalDay, .holiday), day("2022-09-02", nationalDay, .holiday)]),

        // 2023. 1/1 a Sunday (nghỉ bù 02/01), Giỗ Tổ 29/4 a Saturday and 30/4 a Sunday
        // (nghỉ bù 02/5 and 03/5) followed the law.
        Announcement(
            year: 2023, occasions: [.lunarNewYear],
            source: "Văn bản 8056/VPCP-KGVX ngày 01/12/2022",
            days: tet("2023-01-20", holidays: 5, compensatory: 2)),
        Announcement(
            year: 2023, occasions: [.nationalDay],
            source: "Văn bản 8056/VPCP-KGVX ngày 01/12/2022",
            days: [day("2023-09-01", nationalDay, .holiday), day("2023-09-02", nationalDay, .holiday),
                   day("2023-09-04", "Nghỉ bù Quốc khánh", .compensatory)]),

        // 2024.
        Announcement(
            year: 2024, occasions: [.lunarNewYear],
            source: "Thông báo của Bộ Lao động - Thương binh và Xã hội (11/2023), theo ý kiến Thủ tướng Chính phủ",
            note: "Số văn bản chưa đối chiếu; lịch nghỉ 08/02-14/02/2024 đã được công bố rộng rãi.",
            days: tet("2024-02-08", holidays: 5, compensatory: 2)),
        Announcement(
            year: 2024, occasions: [.victoryDay, .labourDay],
            source: "Văn bản 2450/VPCP-KGVX ngày 12/4/2024",
            days: [day("2024-04-29", "Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)", .swappedDayOff),
                   day("2024-04-30", victoryDay, .holiday), day("2024-05-01", labourDay, .holiday),
                   day("2024-05-04", "Làm bù cho ngày nghỉ 29/04/2024", .swappedWorkday)]),
        Announcement(
            year: 2024, occasions: [.nationalDay],
            source: "Thông báo của Bộ Lao động - Thương binh và Xã hội (11/2023), theo ý kiến Thủ tướng Chính phủ",
            note: "Số văn bản chưa đối chiếu; lịch nghỉ 31/8-03/9/2024 đã được công bố rộng rãi.",
            days: [day("2024-09-02", nationalDay, .holiday), day("2024-09-03", nationalDay, .holiday)]),

        // 2025. 1/1 (a Wednesday) and Giỗ Tổ (07/4, a Monday) followed the law.
        Announcement(
            year: 2025, occasions: [.lunarNewYear],
            source: "Văn bản 8726/VPCP-KGVX ngày 26/11/2024",
            days: tet("2025-01-27", holidays: 5)),
        Announcement(
            year: 2025, occasions: [.victoryDay, .labourDay],
            source: "Văn bản 8726/VPCP-KGVX ngày 26/11/2024",
            note: "Hoán đổi 02/5 với thứ Bảy 26/4/2025 theo trí nhớ về văn bản, chưa đối chiếu nguyên văn.",
            days: [day("2025-04-26", "Làm bù cho ngày nghỉ 02/05/2025", .swappedWorkday),
                   day("2025-04-30", victoryDay, .holiday), day("2025-05-01", labourDay, .holiday),
                   day("2025-05-02", "Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)", .swappedDayOff)]),
        Announcement(
            year: 2025, occasions: [.nationalDay],
            source: "Văn bản 8726/VPCP-KGVX ngày 26/11/2024",
            days: [day("2025-09-01", nationalDay, .holiday), day("2025-09-02", nationalDay, .holiday)]),

        // 2026. Giỗ Tổ (26/4, a Sunday: nghỉ bù 27/4) and 30/4-1/5 (Thursday, Friday) follow the law.
        Announcement(
            year: 2026, occasions: [.newYear],
            source: "Văn bản 12729/VPCP-KGVX ngày 25/12/2025",
            days: [day("2026-01-01", "Tết Dương lịch", .holiday),
                   day("2026-01-02", "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)", .swappedDayOff),
                   day("2026-01-10", "Làm bù cho ngày nghỉ 02/01/2026", .swappedWorkday)]),
        Announcement(
            year: 2026, occasions: [.lunarNewYear],
            source: "Phương án của Bộ Nội vụ được Thủ tướng Chính phủ đồng ý (nghỉ 14/02-22/02/2026)",
            note: "Số văn bản chấp thuận chưa đối chiếu.",
            days: tet("2026-02-16", holidays: 5)),
        Announcement(
            year: 2026, occasions: [.nationalDay],
            source: "Đề xuất của Bộ Nội vụ trình Thủ tướng Chính phủ (10/2025): nghỉ 29/8-02/9/2026",
            note: "Chưa thấy văn bản chấp thuận: hoán đổi 31/8 với thứ Bảy 22/8/2026 là theo đề xuất.",
            days: [day("2026-08-22", "Làm bù cho ngày nghỉ 31/08/2026", .swappedWorkday),
                   day("2026-08-31", "Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)", .swappedDayOff),
                   day("2026-09-01", nationalDay, .holiday), day("2026-09-02", nationalDay, .holiday)]),
    ]

    /// The announcements for `year`.
    public static func announcements(for year: Int) -> [Announcement] {
        all.filter { $0.year == year }
    }

    private static let nationalDay = "Quốc khánh"
    private static let victoryDay = "Ngày Chiến thắng"
    private static let labourDay = "Ngày Quốc tế Lao động"

    private static func day(_ iso: String, _ name: String, _ kind: DayOff.Kind) -> DayOff {
        DayOff(date: CivilDate(iso: iso)!, name: name, kind: kind)
    }

    /// Tết: `holidays` consecutive days from `first`, then `compensatory` days off right after.
    private static func tet(_ first: String, holidays: Int, compensatory: Int = 0) -> [DayOff] {
        let start = CivilDate(iso: first)!
        return (0..<holidays).map { DayOff(date: start.adding(days: $0), name: "Tết Nguyên Đán", kind: .holiday) }
            + (0..<compensatory).map {
                DayOff(date: start.adding(days: holidays + $0), name: "Nghỉ bù Tết Nguyên Đán", kind: .compensatory)
            }
    }
}
