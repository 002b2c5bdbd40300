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
    /// One unit's counts.
    struct Line: Hashable, Sendable {
        /// The unit's name.
        var unit: String
        /// The unit's id in its plans ("" for tasks with no lead unit).
        var unitID: String = ""
        /// The code of the organisation the unit belongs to.
        var organisation: String = ""
        /// That organisation's name.
        var organisationName: String = ""
        /// Open occurrences due from today to Sunday of this week.
        var dueThisWeek = 0
        /// Open occurrences whose effective due date has passed.
        var overdue = 0
        /// Tasks with no occurrence and no triggering event: their deadline text gave no date.
        var needsDate = 0
    }

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

    /// The digest built plan by plan, so that the daemon, which streams the store's plans
    /// (``ScheduleStore/forEachNoticeInput(_:)``), holds each plan's inputs only while it counts
    /// them: the counts by unit are all it keeps. Feeding it every plan, in any order, gives
    /// the digest of all of them at once.
    struct Accumulator: Sendable {
        /// The day of the digest.
        let day: CivilDate
        /// Sunday of `day`'s week: the last day counted as "this week".
        let weekEnd: CivilDate
        /// The counts so far, by organisation code and unit id (or name, for a unit no plan lists).
        private var byUnit: [UnitKey: Line] = [:]

        private struct UnitKey: Hashable, Sendable {
            var organisation: String
            var unit: String
        }

        /// An empty digest of `day`.
        init(day: CivilDate) {
            self.day = day
            weekEnd = day.adding(days: 7 - day.weekday)
        }

        /// Counts one plan's open occurrences (overdue, due this week) and its tasks that need
        /// a date, under each of their lead units ("(chưa giao)" when a task names none).
        mutating func add(_ input: NoticeInput) {
            let context = input.context
            let organisation = context.organisation
            func leads(_ ref: String) -> [Line] {
                let lead = context.tasks[ref]?.lead ?? []
                let lines = lead.map { Line(unit: context.unitName($0), unitID: $0) }
                return (lines.isEmpty ? [Line(unit: "(chưa giao)")] : lines).map {
                    var line = $0
                    line.organisation = organisation.code
                    line.organisationName = organisation.name
                    return line
                }
            }
            var refsWithOccurrences: Set<String> = []
            for occurrence in context.occurrences {
                refsWithOccurrences.insert(occurrence.taskRef)
                guard !input.closed.contains(occurrence.id) else { continue }
                let due = occurrence.effectiveDue
                if due < day {
                    bump(leads(occurrence.taskRef)) { $0.overdue += 1 }
                } else if due <= weekEnd {
                    bump(leads(occurrence.taskRef)) { $0.dueThisWeek += 1 }
                }
            }
            for (ref, task) in context.tasks where !refsWithOccurrences.contains(ref) && task.eventKey == nil {
                bump(leads(ref)) { $0.needsDate += 1 }
            }
        }

        /// Applies `change` once to the line of each distinct unit.
        private mutating func bump(_ units: [Line], _ change: (inout Line) -> Void) {
            var seen = Set<UnitKey>()
            for unit in units {
                let key = UnitKey(organisation: unit.organisation, unit: unit.unitID.isEmpty ? unit.unit : unit.unitID)
                guard seen.insert(key).inserted else { continue }
                var line = byUnit[key] ?? unit
                change(&line)
                byUnit[key] = line
            }
        }

        /// The digest of the plans added so far, by organisation code then unit name.
        var digest: Digest {
            Digest(day: day, lines: byUnit.values.sorted {
                ($0.organisation, $0.unit, $0.unitID) < ($1.organisation, $1.unit, $1.unitID)
            })
        }
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
