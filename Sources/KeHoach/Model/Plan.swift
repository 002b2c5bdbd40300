/// A governance-improvement plan ("Kế hoạch"): its header, units, dimensions, reporting regime
/// and tasks, as one value.
///
/// This is the shape of the plan JSON format (`docs/plan-format.md`): the interchange document
/// that imports and exports a whole plan without loss. Deadline cells stay verbatim in
/// ``PlanTask/deadline``; their meaning is derived by the deadline parser, never stored instead.
public struct Plan: Codable, Hashable, Sendable {
    /// The plan's number and symbol as printed, e.g. "01/KH-UBND".
    public var number: String
    /// The issuing body, e.g. "UBND xã Đa Lộc".
    public var issuer: String
    /// The organisation that issued it (a commune, ward, province or department) and owns its
    /// units. Nil in a document that does not say: the store then derives it from ``issuer``
    /// (``Organisation/derived(issuer:province:)``) or takes the one the administrator names.
    public var organisation: Organisation?
    /// The place written before the date ("Đa Lộc, ngày 02 tháng 01 năm 2025").
    public var place: String?
    /// The province the issuer belongs to, e.g. "Hưng Yên".
    public var province: String?
    /// The date of issue, when the document states one.
    public var issuedOn: CivilDate?
    /// The plan year: the year deadline phrases default to.
    public var year: Int
    /// The title line after "KẾ HOẠCH".
    public var title: String
    /// Indices the plan covers: "PAPI", "SIPAS", "PAR INDEX".
    public var indices: [String]
    /// The higher-level plan this one implements ("Thực hiện Kế hoạch số 183/KH-UBND ...").
    public var implements: ParentPlan?
    /// Who signed the plan.
    public var signer: Signer?
    /// "Nơi nhận": who receives the plan.
    public var recipients: [String]
    /// The unit id of the focal unit that compiles reports and receives escalations.
    public var focalUnit: String?
    /// The dimensions (index contents) the tasks are grouped under, in document order.
    public var dimensions: [Dimension]
    /// The units named anywhere in the plan, with their aliases.
    public var units: [Unit]
    /// The periodic reports the plan requires and their data cut-off windows.
    public var reporting: [ReportingRule]
    /// The tasks of the appendix table (or the prose), in document order.
    public var tasks: [PlanTask]
    /// Free remarks kept with the plan (e.g. where the source text was ambiguous).
    public var notes: [String]

    /// A plan with the required header fields and everything else empty.
    public init(number: String, issuer: String, year: Int, title: String, place: String? = nil,
                province: String? = nil, issuedOn: CivilDate? = nil, indices: [String] = [],
                implements: ParentPlan? = nil, signer: Signer? = nil, recipients: [String] = [],
                focalUnit: String? = nil, dimensions: [Dimension] = [], units: [Unit] = [],
                reporting: [ReportingRule] = [], tasks: [PlanTask] = [], notes: [String] = [],
                organisation: Organisation? = nil) {
        self.number = number
        self.issuer = issuer
        self.organisation = organisation
        self.place = place
        self.province = province
        self.issuedOn = issuedOn
        self.year = year
        self.title = title
        self.indices = indices
        self.implements = implements
        self.signer = signer
        self.recipients = recipients
        self.focalUnit = focalUnit
        self.dimensions = dimensions
        self.units = units
        self.reporting = reporting
        self.tasks = tasks
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey {
        case format, number, issuer, organisation, place, province, issuedOn, year, title, indices, implements, signer
        case recipients, focalUnit, dimensions, units, reporting, tasks, notes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let format = try c.decodeIfPresent(String.self, forKey: .format), format != PlanDocument.format {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [CodingKeys.format],
                debugDescription: "định dạng '\(PlanDocument.format)' (tệp ghi '\(format)')"))
        }
        number = try c.decode(String.self, forKey: .number)
        issuer = try c.decode(String.self, forKey: .issuer)
        organisation = try c.decodeIfPresent(Organisation.self, forKey: .organisation)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        province = try c.decodeIfPresent(String.self, forKey: .province)
        issuedOn = try c.decodeIfPresent(CivilDate.self, forKey: .issuedOn)
        year = try c.decode(Int.self, forKey: .year)
        title = try c.decode(String.self, forKey: .title)
        indices = try c.decodeIfPresent([String].self, forKey: .indices) ?? []
        implements = try c.decodeIfPresent(ParentPlan.self, forKey: .implements)
        signer = try c.decodeIfPresent(Signer.self, forKey: .signer)
        recipients = try c.decodeIfPresent([String].self, forKey: .recipients) ?? []
        focalUnit = try c.decodeIfPresent(String.self, forKey: .focalUnit)
        dimensions = try c.decodeIfPresent([Dimension].self, forKey: .dimensions) ?? []
        units = try c.decodeIfPresent([Unit].self, forKey: .units) ?? []
        reporting = try c.decodeIfPresent([ReportingRule].self, forKey: .reporting) ?? []
        tasks = try c.decode([PlanTask].self, forKey: .tasks)
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
    }

    /// Writes the plan with the format tag first among its fields, so a reader knows the document.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(PlanDocument.format, forKey: .format)
        try c.encode(number, forKey: .number)
        try c.encode(issuer, forKey: .issuer)
        try c.encodeIfPresent(organisation, forKey: .organisation)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encodeIfPresent(province, forKey: .province)
        try c.encodeIfPresent(issuedOn, forKey: .issuedOn)
        try c.encode(year, forKey: .year)
        try c.encode(title, forKey: .title)
        try c.encode(indices, forKey: .indices)
        try c.encodeIfPresent(implements, forKey: .implements)
        try c.encodeIfPresent(signer, forKey: .signer)
        try c.encode(recipients, forKey: .recipients)
        try c.encodeIfPresent(focalUnit, forKey: .focalUnit)
        try c.encode(dimensions, forKey: .dimensions)
        try c.encode(units, forKey: .units)
        try c.encode(reporting, forKey: .reporting)
        try c.encode(tasks, forKey: .tasks)
        try c.encode(notes, forKey: .notes)
    }

    /// The unit directory of this plan, for resolving names and aliases.
    public var directory: UnitDirectory { UnitDirectory(units) }
}

/// The higher-level plan a plan implements ("Thực hiện Kế hoạch số 72/KH-UBND ngày 22/02/2022
/// của UBND huyện Yên Châu").
public struct ParentPlan: Codable, Hashable, Sendable {
    /// Its number and symbol.
    public var number: String
    /// Its date of issue.
    public var issuedOn: CivilDate?
    /// Its issuing body.
    public var issuer: String?
    /// Its title or subject, when stated.
    public var title: String?

    public init(number: String, issuedOn: CivilDate? = nil, issuer: String? = nil, title: String? = nil) {
        self.number = number
        self.issuedOn = issuedOn
        self.issuer = issuer
        self.title = title
    }
}

/// The person who signed a plan.
public struct Signer: Codable, Hashable, Sendable {
    /// Full name, e.g. "Hoàng Văn Khù".
    public var name: String
    /// Capacity as printed: "CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
    public var title: String?

    public init(name: String, title: String? = nil) {
        self.name = name
        self.title = title
    }
}

/// A heading that groups tasks: a PAPI dimension, a SIPAS content, a PAR INDEX field, or a
/// heading of the plan's own that no catalog lists.
public struct Dimension: Codable, Hashable, Sendable {
    /// The key tasks use to refer to it, unique within the plan ("1", "I", "papi-1").
    public var key: String
    /// The heading verbatim, e.g. "Tham gia của người dân ở cấp cơ sở".
    public var title: String
    /// The catalog entry it corresponds to (``IndexCatalog``), e.g. "PAPI.1"; nil when none does.
    public var catalog: String?

    public init(key: String, title: String, catalog: String? = nil) {
        self.key = key
        self.title = title
        self.catalog = catalog
    }
}
