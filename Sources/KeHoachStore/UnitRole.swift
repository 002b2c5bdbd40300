import KeHoach

/// The role a task gives a unit: it leads the task ("chủ trì") or coordinates ("phối hợp").
public enum UnitRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Chủ trì.
    case lead
    /// Phối hợp.
    case coordinating

    /// The Vietnamese word, as plans print it.
    public var vietnamese: String { self == .lead ? "chủ trì" : "phối hợp" }
}

/// Which roles a query by unit accepts (`--role lead|coordinating|any`).
public enum UnitRoleFilter: String, Hashable, Sendable, CaseIterable {
    /// Only tasks the unit leads.
    case lead
    /// Only tasks the unit coordinates.
    case coordinating
    /// Either (the default, as before the filter existed).
    case any

    /// The `task_units.role` values it accepts, as an SQL list.
    var sqlRoles: String {
        switch self {
        case .lead: "'lead'"
        case .coordinating: "'coordinating'"
        case .any: "'lead', 'coordinating'"
        }
    }
}
