/// One change recorded in the audit trail: who did what to which thing, when.
///
/// Every write through the store leaves one; the trail is append-only.
public struct AuditEntry: Codable, Hashable, Sendable {
    /// Monotonic id in the store.
    public var id: Int64
    /// When it happened, as an ISO 8601 instant in UTC+7 ("2025-07-05T08:30:00+07:00").
    public var at: String
    /// Who did it: a user name, "kehoachd", or the program that linked the library.
    public var actor: String
    /// What was done: "plan.import", "plan.delete", "occurrence.complete", "event.record", ...
    public var action: String
    /// The plan concerned, when there is one.
    public var planID: Int64?
    /// The thing changed: a plan number, task ref or occurrence id.
    public var subject: String
    /// A short human-readable detail, in Vietnamese.
    public var detail: String

    public init(id: Int64, at: String, actor: String, action: String, planID: Int64?,
                subject: String, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.planID = planID
        self.subject = subject
        self.detail = detail
    }
}
