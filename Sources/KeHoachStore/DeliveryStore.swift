import KeHoach

/// The store's part in alerts that reach people (issue 16): each unit's contact, and each
/// notice's deliveries to its recipient units over the configured channels, recorded with the
/// notice's journal write and sent by kehoachd after that commit.
public protocol DeliveryStore: AnyObject {
    /// Stores (replaces) one unit's e-mail addresses and phone, validated; the unit must be one
    /// of the organisation's. An empty contact removes it.
    func setContact(_ contact: UnitContact, by actor: String) throws(KeHoachError)

    /// The contacts of an organisation (and those under it), or of all, by organisation then unit.
    func contacts(organisation code: String?) throws(KeHoachError) -> [UnitContact]

    /// Marks `notice` written to the journal at `at` and, in the same transaction, records one
    /// delivery per channel and recipient unit (each once: a second call adds nothing).
    func markSent(notice: Notice, at: Instant, channels: [Delivery.Channel]) throws(KeHoachError)

    /// Pending deliveries due by `now`, oldest first, at most `limit`.
    func pendingDeliveries(dueBy now: Instant, limit: Int) throws(KeHoachError) -> [Delivery]

    /// Puts the pending e-mail deliveries `ids` into the batch `key`, so that every attempt of
    /// that message carries exactly them (a notice recorded later goes into a new message).
    func freezeBatch(_ ids: [Int64], key: String) throws(KeHoachError)

    /// The notices `noticeIDs` with their tasks as written and deadline cells, by notice id.
    func deliveryItems(noticeIDs: [String]) throws(KeHoachError) -> [String: DeliveryItem]

    /// Records an attempt on `ids`: sent, failed for good, or to be tried again at `next`.
    func recordAttempt(_ ids: [Int64], state: Delivery.State, next: Instant?, error: String?, at: Instant) throws(KeHoachError)

    /// Deliveries in `state` (all when nil), newest first, at most `limit`.
    func deliveries(state: Delivery.State?, limit: Int) throws(KeHoachError) -> [Delivery]

    /// The earliest next attempt of a pending delivery, nil when none is pending.
    func earliestDelivery() throws(KeHoachError) -> Instant?

    /// The name of unit `unit` of organisation `organisation` in its latest plan, nil when unknown.
    func unitName(organisation: String, unit: String) throws(KeHoachError) -> String?
}
