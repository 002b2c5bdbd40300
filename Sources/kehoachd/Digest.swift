import KeHoach
import KeHoachStore

/// The daily digest: for each lead unit of each organisation, how many of its open occurrences
/// fall due this week, how many are overdue, and how many of its tasks still need a date.
///
/// Written once a working day at the check time, one journal entry per (organisation, lead
/// unit) with its own MESSAGE_ID: Đa Lộc's "Văn phòng - Thống kê" and Tân An's are two lines,
/// never one sum. A unit's officer reads the day's state with
/// `journalctl MESSAGE_ID=139f28bb2ff241cb92c2e194a0ab7808 KEHOACH_ORG=... KEHOACH_UNIT=...`.
/// Only lead units are counted ("chủ trì"); coordinating units are told by the notices.
struct Digest: Hashable, Sendable {
    /// One unit's counts: the core's ``UnitSummary``, the one definition of "due this week".
    typealias Line = UnitSummary

    /// The day of the digest.
    var day: CivilDate
    /// One line per (organisation, unit) with something to say, by organisation code then unit name.
    var lines: [Line]

    /// A digest from its parts.
    init(day: CivilDate, lines: [Line]) {
        self.day = day
        self.lines = lines
    }

    /// The digest of `inputs` on `day`: an ``Accumulator`` fed every input.
    init(inputs: [NoticeInput], day: CivilDate) {
        var accumulator = Accumulator(day: day)
        for input in inputs { accumulator.add(input) }
        self = accumulator.digest
    }

    /// The digest built plan by plan (``UnitSummary/Accumulator``), so that the daemon, which
    /// streams the store's plans (``ScheduleStore/forEachNoticeInput(_:)``), holds each plan's
    /// inputs only while it counts them.
    struct Accumulator: Sendable {
        private var summaries: UnitSummary.Accumulator

        /// An empty digest of `day`.
        init(day: CivilDate) { summaries = UnitSummary.Accumulator(day: day) }

        /// Counts one plan.
        mutating func add(_ input: NoticeInput) { summaries.add(input.context, closed: input.closed) }

        /// The digest of the plans added so far, by organisation code then unit name.
        var digest: Digest { Digest(day: summaries.day, lines: summaries.summaries) }
    }

    /// The journal entry of one line: PRIORITY 5 (notice) when something is overdue, else 6.
    func entry(_ line: Line) -> JournalEntry {
        let of = line.organisationName.isEmpty ? "" : " (\(line.organisationName))"
        let message = "Tổng hợp ngày \(day.vietnamese) — \(line.unit)\(of): \(line.dueThisWeek) việc đến hạn trong tuần, "
            + "\(line.overdue) việc quá hạn, \(line.needsDate) nhiệm vụ cần xác định thời hạn"
        return JournalEntry(message: message, priority: line.overdue > 0 ? 5 : 6, fields: [
            ("MESSAGE_ID", MessageID.digest),
            ("KEHOACH_KIND", "digest"),
            ("KEHOACH_ORG", line.organisation),
            ("KEHOACH_ORG_NAME", line.organisationName),
            ("KEHOACH_UNIT", line.unit),
            ("KEHOACH_UNIT_ID", line.unitID),
            ("KEHOACH_DATE", day.iso),
            ("KEHOACH_DUE_WEEK", String(line.dueThisWeek)),
            ("KEHOACH_OVERDUE", String(line.overdue)),
            ("KEHOACH_NEEDS_DATE", String(line.needsDate)),
        ])
    }

    /// Every line's entry.
    var entries: [JournalEntry] { lines.map(entry) }
}
