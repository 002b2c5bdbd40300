/// One notice as a delivery presents it: the notice with the task as written and its deadline
/// cell verbatim, which the outbox does not keep.
public struct DeliveryItem: Hashable, Sendable {
    /// The notice.
    public var notice: Notice
    /// The task as the plan writes it.
    public var task: String
    /// The deadline cell as the plan writes it.
    public var deadline: String

    /// An item from its parts.
    public init(notice: Notice, task: String, deadline: String) {
        self.notice = notice
        self.task = task
        self.deadline = deadline
    }
}
