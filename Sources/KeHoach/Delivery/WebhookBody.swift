/// The JSON a webhook receives for one notice and one recipient unit: the notice's journal
/// fields (organisation, plan, task, units, due date, days, kind), the recipient with its
/// contact (an SMS gateway needs the phone), and the deadline cell verbatim. Its schema is
/// `docs/webhook.schema.json`; `Idempotency-Key` is ``idempotencyKey``.
public struct WebhookBody: Hashable, Sendable {
    /// The notice with its task and deadline cell.
    public var item: DeliveryItem
    /// The recipient unit's id and name.
    public var recipientID: String
    /// The recipient unit's name.
    public var recipientName: String
    /// The recipient's e-mail addresses and phone, when known.
    public var contact: UnitContact?

    /// A body from its parts.
    public init(item: DeliveryItem, recipientID: String, recipientName: String, contact: UnitContact?) {
        self.item = item
        self.recipientID = recipientID
        self.recipientName = recipientName
        self.contact = contact
    }

    /// The receiver's key for this notice and recipient: the same on every attempt.
    public var idempotencyKey: String {
        Delivery.idempotencyKey(item.notice.id, recipient: "\(item.notice.organisationCode)|\(recipientID)")
    }

    /// The body, compact JSON with the keys of the schema in a fixed order.
    public var json: String {
        let n = item.notice
        func list(_ values: [String]) -> String { "[" + values.map(JSONString.quote).joined(separator: ",") + "]" }
        var recipient = "{\"id\":\(JSONString.quote(recipientID)),\"name\":\(JSONString.quote(recipientName))"
        if let contact {
            recipient += ",\"emails\":\(list(contact.emails)),\"phone\":" + (contact.phone.map(JSONString.quote) ?? "null")
        }
        recipient += "}"
        return "{\"schema\":\"kehoach.notice.v1\",\"notice_id\":\(JSONString.quote(n.id)),\"kind\":\"\(n.kind.rawValue)\","
            + "\"step\":\(n.step),\"late\":\(n.late),\"org\":\(JSONString.quote(n.organisationCode)),"
            + "\"org_name\":\(JSONString.quote(n.organisationName)),\"plan_id\":\(JSONString.quote(n.planKey)),"
            + "\"plan_number\":\(JSONString.quote(n.planNumber)),\"task_ref\":\(JSONString.quote(n.taskRef)),"
            + "\"task\":\(JSONString.quote(item.task)),\"deadline\":\(JSONString.quote(item.deadline)),"
            + "\"occurrence_id\":\(JSONString.quote(n.occurrenceID)),\"due\":\"\(n.due.iso)\",\"days\":\(n.days),"
            + "\"due_at\":\"\(n.dueAt.iso)\",\"lead_units\":\(list(n.leadUnits)),\"lead_unit_names\":\(list(n.leadUnitNames)),"
            + "\"recipient\":\(recipient),\"message\":\(JSONString.quote(n.message))}"
    }
}
