/// One row of a plan's task table: what is to be done, by whom, with what output, by when.
///
/// Named `PlanTask` so that it never shadows Swift concurrency's `Task`.
public struct PlanTask: Codable, Hashable, Sendable {
    /// The row's number as printed ("1", "I.2", "3.a"); unique within the plan.
    public var ref: String
    /// The key of the ``Dimension`` the row sits under.
    public var dimension: String?
    /// The component ("nội dung thành phần", "tiêu chí thành phần"), verbatim.
    public var component: String?
    /// The task itself ("Nhiệm vụ"), verbatim.
    public var description: String
    /// The target ("Chỉ tiêu"), verbatim.
    public var target: String?
    /// Expected outputs ("Sản phẩm đầu ra", "Kết quả"), one per listed item.
    public var outputs: [String]
    /// Unit ids that lead ("chủ trì", "bộ phận tham mưu").
    public var lead: [String]
    /// Unit ids that coordinate ("phối hợp").
    public var coordinating: [String]
    /// Unit ids that implement ("thực hiện"), where the plan separates them from the lead.
    public var implementing: [String]
    /// The deadline cell verbatim ("Quý I, II/2022", "Thường xuyên"). Never rewritten.
    public var deadline: String
    /// The event key that triggers this task's occurrences, for event-triggered deadlines.
    public var eventKey: String?
    /// Remarks on the row (where the source was ambiguous, what was assumed).
    public var note: String?

    public init(ref: String, dimension: String? = nil, component: String? = nil, description: String,
                target: String? = nil, outputs: [String] = [], lead: [String] = [],
                coordinating: [String] = [], implementing: [String] = [], deadline: String,
                eventKey: String? = nil, note: String? = nil) {
        self.ref = ref
        self.dimension = dimension
        self.component = component
        self.description = description
        self.target = target
        self.outputs = outputs
        self.lead = lead
        self.coordinating = coordinating
        self.implementing = implementing
        self.deadline = deadline
        self.eventKey = eventKey
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ref = try c.decode(String.self, forKey: .ref)
        dimension = try c.decodeIfPresent(String.self, forKey: .dimension)
        component = try c.decodeIfPresent(String.self, forKey: .component)
        description = try c.decode(String.self, forKey: .description)
        target = try c.decodeIfPresent(String.self, forKey: .target)
        outputs = try c.decodeIfPresent([String].self, forKey: .outputs) ?? []
        lead = try c.decodeIfPresent([String].self, forKey: .lead) ?? []
        coordinating = try c.decodeIfPresent([String].self, forKey: .coordinating) ?? []
        implementing = try c.decodeIfPresent([String].self, forKey: .implementing) ?? []
        deadline = try c.decode(String.self, forKey: .deadline)
        eventKey = try c.decodeIfPresent(String.self, forKey: .eventKey)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
