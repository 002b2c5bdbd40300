/// One lead unit's state on a day, in one organisation: what falls due this week, what is
/// overdue, and which of its tasks still need a date. The one definition behind kehoachd's daily
/// digest and the C API's `kehoach_summary_json`.
///
/// "This week" is from the day to Sunday of its week (``UnitSummary/weekEnd(of:)``). Only lead
/// units are counted ("chủ trì"): coordinating units are told by the notices. Đa Lộc's "Văn
/// phòng - Thống kê" and Tân An's are two summaries, never one sum.
public struct UnitSummary: Hashable, Sendable, Codable {
    /// The unit's name.
    public var unit: String
    /// The unit's id in its plans ("" for tasks with no lead unit).
    public var unitID: String
    /// The code of the organisation the unit belongs to.
    public var organisation: String
    /// That organisation's name.
    public var organisationName: String
    /// Open occurrences due from the day to Sunday of its week.
    public var dueThisWeek: Int
    /// Open occurrences whose effective due date has passed.
    public var overdue: Int
    /// Tasks with no occurrence and no triggering event: their deadline text gave no date.
    public var needsDate: Int

    /// A summary from its parts.
    public init(unit: String, unitID: String = "", organisation: String = "", organisationName: String = "",
                dueThisWeek: Int = 0, overdue: Int = 0, needsDate: Int = 0) {
        self.unit = unit
        self.unitID = unitID
        self.organisation = organisation
        self.organisationName = organisationName
        self.dueThisWeek = dueThisWeek
        self.overdue = overdue
        self.needsDate = needsDate
    }

    /// Sunday of `day`'s week: the last day counted as "this week".
    public static func weekEnd(of day: CivilDate) -> CivilDate { day.adding(days: 7 - day.weekday) }

    /// The summaries built plan by plan, so that a caller streaming the store's plans holds one
    /// plan at a time: the counts by unit are all it keeps. Fed every plan, in any order, it
    /// gives the summaries of all of them at once.
    public struct Accumulator: Sendable {
        /// The day summarised.
        public let day: CivilDate
        /// ``UnitSummary/weekEnd(of:)`` of ``day``.
        public let weekEnd: CivilDate
        private var byUnit: [Key: UnitSummary] = [:]

        private struct Key: Hashable, Sendable {
            var organisation: String
            var unit: String
        }

        /// No plan counted yet, on `day`.
        public init(day: CivilDate) {
            self.day = day
            weekEnd = UnitSummary.weekEnd(of: day)
        }

        /// Counts one plan's open occurrences (overdue, due this week) and its tasks that need
        /// a date, under each of their lead units ("(chưa giao)" when a task names none).
        /// `closed` holds the ids of its done or waived occurrences.
        public mutating func add(_ context: NoticeContext, closed: Set<String>) {
            let organisation = context.organisation
            func leads(_ ref: String) -> [UnitSummary] {
                let lead = context.tasks[ref]?.lead ?? []
                let units = lead.map { UnitSummary(unit: context.unitName($0), unitID: $0) }
                return (units.isEmpty ? [UnitSummary(unit: "(chưa giao)")] : units).map {
                    var unit = $0
                    unit.organisation = organisation.code
                    unit.organisationName = organisation.name
                    return unit
                }
            }
            var refsWithOccurrences: Set<String> = []
            for occurrence in context.occurrences {
                refsWithOccurrences.insert(occurrence.taskRef)
                guard !closed.contains(occurrence.id) else { continue }
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

        /// Applies `change` once to the summary of each distinct unit.
        private mutating func bump(_ units: [UnitSummary], _ change: (inout UnitSummary) -> Void) {
            var seen = Set<Key>()
            for unit in units {
                let key = Key(organisation: unit.organisation, unit: unit.unitID.isEmpty ? unit.unit : unit.unitID)
                guard seen.insert(key).inserted else { continue }
                var summary = byUnit[key] ?? unit
                change(&summary)
                byUnit[key] = summary
            }
        }

        /// The summaries of the plans added so far, by organisation code then unit name.
        public var summaries: [UnitSummary] {
            byUnit.values.sorted { ($0.organisation, $0.unit, $0.unitID) < ($1.organisation, $1.unit, $1.unitID) }
        }
    }
}
