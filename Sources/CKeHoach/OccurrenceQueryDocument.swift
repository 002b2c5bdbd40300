#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import KeHoach
import KeHoachStore

/// The `query_json` of `kehoach_occurrences_json` and `kehoach_occurrences_open`, read into an
/// ``OccurrenceQuery``. Every field is optional; an unknown field is refused, so that a typo
/// ("unit_name") does not silently list everything.
struct OccurrenceQueryDocument: Decodable {
    var planID: Int64?
    var unit: String?
    var dimension: String?
    var status: String?
    var dueFrom: String?
    var dueTo: String?
    var asOf: String?
    var limit: Int?
    var org: String?
    var role: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case planID = "plan_id", unit, dimension, status, dueFrom = "due_from", dueTo = "due_to", asOf = "as_of", limit
        case org, role
    }

    /// Any key, to list the keys an object has.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        for key in try decoder.container(keyedBy: AnyKey.self).allKeys where !known.contains(key.stringValue) {
            throw KeHoachError.invalidValue(field: key.stringValue, value: "?",
                                            expected: "một trong " + CodingKeys.allCases.map(\.rawValue).joined(separator: ", "),
                                            row: nil)
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        planID = try container.decodeIfPresent(Int64.self, forKey: .planID)
        unit = try container.decodeIfPresent(String.self, forKey: .unit)
        dimension = try container.decodeIfPresent(String.self, forKey: .dimension)
        status = try container.decodeIfPresent(String.self, forKey: .status)
        dueFrom = try container.decodeIfPresent(String.self, forKey: .dueFrom)
        dueTo = try container.decodeIfPresent(String.self, forKey: .dueTo)
        asOf = try container.decodeIfPresent(String.self, forKey: .asOf)
        limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        org = try container.decodeIfPresent(String.self, forKey: .org)
        role = try container.decodeIfPresent(String.self, forKey: .role)
    }

    /// Reads `json` (NULL, "" or "{}" for no filter) into a query judged on `asOf` by default.
    static func query(_ json: String?) throws(KeHoachError) -> OccurrenceQuery {
        let text = json ?? ""
        guard !text.allSatisfy(\.isWhitespace) else { return OccurrenceQuery(asOf: today()) }
        let document: OccurrenceQueryDocument
        do {
            document = try JSONDecoder().decode(OccurrenceQueryDocument.self, from: Data(text.utf8))
        } catch let error as KeHoachError {
            throw error
        } catch let DecodingError.typeMismatch(type, context) {
            throw .invalidValue(field: context.codingPath.map(\.stringValue).joined(separator: "."), value: "?",
                                expected: "kiểu \(type)", row: nil)
        } catch {
            throw .invalidJSON(detail: "truy vấn phải là một đối tượng JSON như {\"unit\": \"...\", \"status\": \"overdue\"}")
        }
        return try document.query()
    }

    /// The store query this document asks for.
    func query() throws(KeHoachError) -> OccurrenceQuery {
        var state: OccurrenceState?
        if let status {
            guard let parsed = OccurrenceState(rawValue: status) else {
                throw .invalidValue(field: "status", value: status,
                                    expected: OccurrenceState.allCases.map(\.rawValue).joined(separator: ", "), row: nil)
            }
            state = parsed
        }
        var roleFilter = UnitRoleFilter.any
        if let role {
            guard let parsed = UnitRoleFilter(rawValue: role) else {
                throw .invalidValue(field: "role", value: role,
                                    expected: UnitRoleFilter.allCases.map(\.rawValue).joined(separator: ", "), row: nil)
            }
            roleFilter = parsed
        }
        if let limit, limit < 0 {
            throw .invalidValue(field: "limit", value: String(limit), expected: "một số không âm", row: nil)
        }
        return OccurrenceQuery(planID: planID, unit: unit, dimension: dimension, state: state,
                               dueFrom: try dueFrom.map { text throws(KeHoachError) in try CArgument.date(text, "due_from") },
                               dueTo: try dueTo.map { text throws(KeHoachError) in try CArgument.date(text, "due_to") },
                               asOf: try asOf.map { text throws(KeHoachError) in try CArgument.date(text, "as_of") } ?? OccurrenceQueryDocument.today(),
                               limit: limit, organisation: org, role: roleFilter)
    }

    /// Today in Vietnam (UTC+7): the default "as of" day of the C API, which reads the clock
    /// the pure core never reads.
    static func today() -> CivilDate {
        Instant(seconds: Int64(time(nil))).date
    }
}
