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
    }

    /// The name and every alias.
    public var allNames: [String] { [name] + aliases }
}
