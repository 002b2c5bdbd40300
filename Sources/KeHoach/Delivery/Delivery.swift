/// One notice's delivery to one recipient unit over one channel, as the store keeps it: the
/// outbox's notice reaches the officer through it (issue 16).
///
/// kehoachd records one per notice, channel and recipient when it writes the notice to the
/// journal, and sends it after that commit; a failure to send is retried
/// (``RetryPolicy``) until it succeeds or is given up and reported. Nothing is deleted: a failed
/// delivery stays for `kehoach deliveries --failed`.
public struct Delivery: Hashable, Sendable {
    /// How a delivery travels.
    public enum Channel: String, Hashable, Sendable, CaseIterable {
        /// E-mail through the province's mail server (SMTP): one message per unit and day.
        case email
        /// An HTTP POST of the notice as JSON (an SMS gateway, the province's portal).
        case webhook
    }

    /// Where a delivery stands.
    public enum State: String, Hashable, Sendable, CaseIterable {
        /// Not sent yet; tried again at ``Delivery/nextAttemptAt``.
        case pending
        /// Accepted by the receiving server.
        case sent
        /// Given up: a permanent refusal, no address, or temporary failures for too long.
        case failed
    }

    /// The store's id.
    public var id: Int64
    /// The notice (``Notice/id``).
    public var noticeID: String
    /// The channel.
    public var channel: Channel
    /// The recipient unit's organisation.
    public var organisationCode: String
    /// The recipient unit's id.
    public var unitID: String
    /// Where it stands.
    public var state: State
    /// How many sending attempts were made.
    public var attempts: Int
    /// When it is next tried (pending only).
    public var nextAttemptAt: Instant
    /// The e-mail batch it belongs to (one message per unit and day); nil for webhooks.
    public var batchKey: String?
    /// The last error, in the words of the server or of kehoachd.
    public var lastError: String?
    /// When it was recorded.
    public var recordedAt: Instant
    /// When it was sent or given up.
    public var doneAt: Instant?

    /// A delivery from its parts.
    public init(id: Int64, noticeID: String, channel: Channel, organisationCode: String, unitID: String, state: State,
                attempts: Int, nextAttemptAt: Instant, batchKey: String?, lastError: String?, recordedAt: Instant,
                doneAt: Instant?) {
        self.id = id
        self.noticeID = noticeID
        self.channel = channel
        self.organisationCode = organisationCode
        self.unitID = unitID
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.batchKey = batchKey
        self.lastError = lastError
        self.recordedAt = recordedAt
        self.doneAt = doneAt
    }

    /// The e-mail batch of a notice for a unit on `day`: one message per (organisation, unit,
    /// day); an escalation is its own batch, sent at once to the focal unit.
    public static func batchKey(for notice: Notice, organisation: String, unit: String, day: CivilDate) -> String {
        notice.kind == .escalation ? "esc|\(notice.id)|\(organisation)|\(unit)" : "day|\(organisation)|\(unit)|\(day.iso)"
    }

    /// A key that is the same for every attempt to deliver `subject` to `recipient`, and only
    /// for them: the e-mail's Message-ID and the webhook's Idempotency-Key, so that a message
    /// sent again after a crash is recognised by its receiver as the one it already has.
    public static func idempotencyKey(_ subject: String, recipient: String) -> String {
        var hash = StableHash()
        hash.combine("kehoach-delivery")
        hash.combine(subject)
        hash.combine(recipient)
        var second = StableHash()
        second.combine(recipient)
        second.combine(subject)
        return hash.hex + second.hex
    }
}
