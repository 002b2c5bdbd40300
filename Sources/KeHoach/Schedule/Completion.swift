/// What was recorded against an occurrence: done (with evidence) or waived.
public struct Completion: Hashable, Sendable, Codable {
    /// The occurrence's id.
    public var occurrenceID: String
    /// Done or waived.
    public var state: State
    /// The day it was done (or waived).
    public var on: CivilDate
    /// The evidence: a document number ("Báo cáo số 12/BC-UBND") or a link.
    public var evidence: String?
    /// Who recorded it.
    public var by: String
    /// A remark.
    public var note: String?

    /// The two ways an occurrence is closed.
    public enum State: String, Hashable, Sendable, Codable {
        /// The work was done.
        case done
        /// The work is no longer required (by decision of the plan's issuer).
        case waived
    }

    /// A completion from its parts.
    public init(occurrenceID: String, state: State, on: CivilDate, evidence: String? = nil,
                by: String, note: String? = nil) {
        self.occurrenceID = occurrenceID
        self.state = state
        self.on = on
        self.evidence = evidence
        self.by = by
        self.note = note
    }
}
