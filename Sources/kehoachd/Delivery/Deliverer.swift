import KeHoach
import KeHoachConfig
import KeHoachStore

/// Sends the store's pending deliveries after a cycle's commit: one e-mail per unit and day
/// (an escalation at once), one webhook request per notice and recipient; retries what failed
/// for a reason that may pass (``RetryPolicy``), gives up and reports the rest.
///
/// Exactly once as far as a receiver can tell: an e-mail batch is frozen before its first
/// attempt (``DeliveryStore/freezeBatch(_:key:)``), so every attempt carries the same items
/// under the same Message-ID, and a webhook's Idempotency-Key is derived from the notice and
/// recipient; a crash between a server's acceptance and the store's record sends the same
/// message again, which the receiver recognises.
final class Deliverer {
    /// The store.
    let store: any ScheduleStore
    /// The delivery keys of kehoachd.conf.
    var config: DeliveryConfig
    /// A number in [0, 1) for the retries' jitter.
    var jitter: () -> Double = { Double.random(in: 0..<1) }
    /// Where a given-up delivery is reported (the journal, at warning).
    var report: (JournalEntry) -> Void
    /// Sends per channel in the current minute, for the rate limits.
    private var window: [Delivery.Channel: (minute: Int64, count: Int)] = [:]

    /// A deliverer for `store` under `config`.
    init(store: any ScheduleStore, config: DeliveryConfig, report: @escaping (JournalEntry) -> Void) {
        self.store = store
        self.config = config
        self.report = report
    }

    /// The channels configured, in the order deliveries are recorded.
    var channels: [Delivery.Channel] {
        (config.smtpURL != nil ? [.email] : []) + (config.webhookURL != nil ? [.webhook] : [])
    }

    /// What one run did.
    struct Report: Hashable {
        var sent = 0
        var retried = 0
        var failed = 0
        /// True when a rate limit held some back (try again next minute).
        var limited = false
    }

    /// Sends what is due at `now`; stops early when `stop` says so.
    func run(at now: Instant, stop: () -> Bool = { false }) throws(KeHoachError) -> Report {
        var result = Report()
        guard !channels.isEmpty else { return result }
        let due = try store.pendingDeliveries(dueBy: now, limit: 2000)
        guard !due.isEmpty else { return result }
        let send = AlertChannels(config: config)
        let policy = RetryPolicy(giveUpAfter: config.giveUpAfter)
        var contacts: [String: UnitContact] = [:]
        for c in try store.contacts(organisation: nil) { contacts[c.organisationCode + "|" + c.unitID] = c }

        for delivery in due where delivery.channel == .webhook {
            if stop() { return result }
            guard allow(.webhook, now: now, rate: config.webhookRate) else { result.limited = true; break }
            guard let item = try store.deliveryItems(noticeIDs: [delivery.noticeID])[delivery.noticeID] else {
                try settle(.permanent("thông báo không còn trong hộp thư đi"), [delivery], now: now, policy: policy, into: &result)
                continue
            }
            let name = try store.unitName(organisation: delivery.organisationCode, unit: delivery.unitID) ?? delivery.unitID
            let body = WebhookBody(item: item, recipientID: delivery.unitID, recipientName: name,
                                   contact: contacts[delivery.organisationCode + "|" + delivery.unitID])
            try settle(send.post(body), [delivery], now: now, policy: policy, into: &result)
        }

        var batches: [String: [Delivery]] = [:], order: [String] = []
        for delivery in due where delivery.channel == .email {
            var key = delivery.batchKey ?? "notice|\(delivery.noticeID)|\(delivery.organisationCode)|\(delivery.unitID)"
            // A day's batch never tried (kehoachd was down) joins today's: one message a day.
            if key.hasPrefix("day|"), !key.contains("#") {
                key = "day|\(delivery.organisationCode)|\(delivery.unitID)|\(now.date.iso)"
            }
            if batches[key] == nil { order.append(key) }
            batches[key, default: []].append(delivery)
        }
        for key in order {
            if stop() { return result }
            guard var members = batches[key], let first = members.first else { continue }
            guard allow(.email, now: now, rate: config.smtpRate) else { result.limited = true; break }
            var frozen = key
            if !key.contains("#") {
                frozen = key + "#" + String(members.map(\.id).min() ?? 0)
                try store.freezeBatch(members.map(\.id), key: frozen)
                members = members.map { var m = $0; m.batchKey = frozen; return m }
            }
            guard let contact = contacts[first.organisationCode + "|" + first.unitID], !contact.emails.isEmpty else {
                try settle(.permanent("đơn vị chưa có địa chỉ thư (kehoach units contact \(first.organisationCode) \(first.unitID) --email …)"),
                           members, now: now, policy: policy, into: &result)
                continue
            }
            let items = try store.deliveryItems(noticeIDs: members.map(\.noticeID))
            let present = members.compactMap { items[$0.noticeID] }
            guard !present.isEmpty else {
                try settle(.permanent("thông báo không còn trong hộp thư đi"), members, now: now, policy: policy, into: &result)
                continue
            }
            let name = try store.unitName(organisation: first.organisationCode, unit: first.unitID) ?? first.unitID
            let mail = DailyMail(from: config.smtpFrom, replyTo: config.smtpReplyTo, to: contact.emails, unitName: name,
                                 organisationName: present[0].notice.organisationName,
                                 day: members.map(\.recordedAt).max()?.date ?? now.date,
                                 items: present, batchKey: frozen)
            try settle(send.send(mail, at: now), members, now: now, policy: policy, into: &result)
        }
        return result
    }

    /// Records an attempt's outcome on `members` and reports what is given up.
    private func settle(_ outcome: RetryPolicy.Outcome, _ members: [Delivery], now: Instant, policy: RetryPolicy,
                        into result: inout Report) throws(KeHoachError) {
        let ids = members.map(\.id)
        switch outcome {
        case .sent:
            try store.recordAttempt(ids, state: .sent, next: nil, error: nil, at: now)
            result.sent += members.count
        case let .temporary(error):
            let recorded = members.map(\.recordedAt).min() ?? now
            let attempts = (members.map(\.attempts).max() ?? 0) + 1
            if let next = policy.nextAttempt(after: attempts, at: now, recordedAt: recorded, jitter: jitter()) {
                try store.recordAttempt(ids, state: .pending, next: next, error: error, at: now)
                result.retried += members.count
            } else {
                try giveUp(members, error: "\(error) (đã thử \(attempts) lần)", now: now, into: &result)
            }
        case let .permanent(error):
            try giveUp(members, error: error, now: now, into: &result)
        }
    }

    private func giveUp(_ members: [Delivery], error: String, now: Instant, into result: inout Report) throws(KeHoachError) {
        try store.recordAttempt(members.map(\.id), state: .failed, next: nil, error: error, at: now)
        result.failed += members.count
        // One entry per unit and channel (a unit's day of notices is one message), each notice
        // id in its own KEHOACH_NOTICE_ID field.
        var groups: [String: [Delivery]] = [:], order: [String] = []
        for d in members {
            let key = "\(d.channel.rawValue)|\(d.organisationCode)|\(d.unitID)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(d)
        }
        for key in order {
            guard let group = groups[key], let first = group.first else { continue }
            let what = group.count == 1 ? "thông báo \(first.noticeID)" : "\(group.count) thông báo (\(first.noticeID), …)"
            report(JournalEntry(message: "Không gửi được \(what) tới \(first.unitID) (\(first.organisationCode)) qua \(first.channel.rawValue): \(error)",
                                priority: 4, fields: [("MESSAGE_ID", MessageID.deliveryFailed)] + group.map { ("KEHOACH_NOTICE_ID", $0.noticeID) }
                                    + [("KEHOACH_ORG", first.organisationCode), ("KEHOACH_UNIT_ID", first.unitID),
                                       ("KEHOACH_CHANNEL", first.channel.rawValue), ("KEHOACH_ERROR", error)]))
        }
    }

    /// Whether one more send on `channel` fits its rate limit in `now`'s minute.
    private func allow(_ channel: Delivery.Channel, now: Instant, rate: Int) -> Bool {
        let minute = now.seconds / 60
        var slot = window[channel] ?? (minute, 0)
        if slot.minute != minute { slot = (minute, 0) }
        guard slot.count < rate else { return false }
        slot.count += 1
        window[channel] = slot
        return true
    }
}
