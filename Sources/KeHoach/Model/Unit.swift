/// A body or post of a commune (or a unit outside it) that a plan assigns work to.
///
/// Plans name the same unit many ways: "VP UBND xã", "Văn phòng UBND xã" and
/// "Văn phòng - Thống kê" are one unit; ``aliases`` hold every spelling seen.
public struct Unit: Codable, Hashable, Sendable {
    /// A short stable id used by tasks ("van-phong", "tu-phap").
    public var id: String
    /// The name shown to people, with diacritics: "Văn phòng - Thống kê".
    public var name: String
    /// Other spellings that name this unit.
    public var aliases: [String]
    /// What sort of unit it is.
    public var kind: Kind
    /// E-mail addresses kehoachd's alerts reach the unit at, when the plan JSON gives them
    /// (`"emails": [...]`); stored as the unit's contact on import (``UnitContact``), not
    /// with the plan.
    public var emails: [String] = []
    /// A phone number for an SMS gateway, when the plan JSON gives one (`"phone"`).
    public var phone: String?

    /// The sorts of unit plans name.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// A department or post of the commune People's Committee (Văn phòng, Tư pháp - Hộ tịch).
        case department
        /// A body of the commune's political system (Đảng ủy, MTTQ, Công an xã, Trạm y tế).
        case body
        /// A collective phrase ("Các ban, ngành xã", "các thôn") rather than one unit.
        case group
        /// A unit above or outside the commune (UBND huyện, BHXH huyện, Bệnh viện tuyến trên).
        case external
    }

    public init(id: String, name: String, aliases: [String] = [], kind: Kind = .department) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .department
        emails = try c.decodeIfPresent([String].self, forKey: .emails) ?? []
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, aliases, kind, emails, phone
    }

    /// The unit as plan JSON writes it; `emails` and `phone` only when set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(kind, forKey: .kind)
        if !emails.isEmpty { try c.encode(emails, forKey: .emails) }
        try c.encodeIfPresent(phone, forKey: .phone)
    }

    /// The name and every alias.
    public var allNames: [String] { [name] + aliases }
}
