import KeHoach

/// The journal's MESSAGE_ID of each kind of entry kehoachd writes.
///
/// Generated once with `systemd-id128 new` and fixed forever: admins filter on them
/// (`journalctl MESSAGE_ID=...`) and `systemd/kehoachd.catalog` explains each one for
/// `journalctl -x`. Never change one; add a new id for a new kind of entry.
enum MessageID {
    /// A reminder before a due date.
    static let reminder = "7a96b4c5410743e4a42c9b8ecd34a19b"
    /// The due day.
    static let due = "08d4440d8b944b6cab260e06987ccb9c"
    /// An overdue notice (repeated).
    static let overdue = "fc2010c337134cd1a843ad7c06244fd3"
    /// An escalation to the plan's focal unit.
    static let escalation = "a4400c9556754c8b8f7f4fcdc65f4f82"
    /// The daily digest of one unit.
    static let digest = "139f28bb2ff241cb92c2e194a0ab7808"
    /// A configuration file that was refused (at start or on reload).
    static let configRefused = "13284852b8644dbfb17f60b76c35712c"
    /// The daemon started and is ready.
    static let started = "46ded1a152ff41e792a8f0442e167fb5"
    /// An alert (e-mail or webhook) that was given up: its receiver refused it for good, the
    /// unit has no address, or it kept failing for `delivery_give_up`.
    static let deliveryFailed = "2869f924cacf497fb7cd5e8fbe0d025e"

    /// The id of a notice kind.
    static func of(_ kind: NoticeKind) -> String {
        switch kind {
        case .reminder: reminder
        case .due: due
        case .overdue: overdue
        case .escalation: escalation
        }
    }

    /// Every id, for the catalog test.
    static let all = [reminder, due, overdue, escalation, digest, configRefused, started, deliveryFailed]
}
