#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CKeHoachHeader
import KeHoach
import KeHoachStore

/// `kehoach_unit_contact_set`: one unit's e-mail addresses and phone for kehoachd's alerts.
@c @implementation
public func kehoach_unit_contact_set(_ db: OpaquePointer?, _ org: UnsafePointer<CChar>?, _ unit: UnsafePointer<CChar>?,
                                     _ emails_json: UnsafePointer<CChar>?, _ phone: UnsafePointer<CChar>?) -> Int32 {
    withConnection(db) { connection, store throws(KeHoachError) in
        let code = try CArgument.string(org, "org")
        let name = try CArgument.string(unit, "unit")
        var emails: [String] = []
        if let text = try CArgument.optionalString(emails_json, "emails_json") {
            emails = try CArgument.stringArray(text, "emails_json")
        }
        let number = try CArgument.optionalString(phone, "phone")
        let organisation = try store.organisation(code: code).code
        try store.setContact(UnitContact(organisationCode: organisation, unitID: name, emails: emails, phone: number),
                             by: connection.actor)
    }
}

extension CArgument {
    /// A JSON array of strings (`["a@x.vn", "b@x.vn"]`), or ``KeHoachError/invalidJSON(detail:)`` naming the argument.
    static func stringArray(_ text: String, _ name: String) throws(KeHoachError) -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw .invalidJSON(detail: "\(name) phải là một mảng JSON các chuỗi, vd. [\"vp@xa.gov.vn\"]")
        }
    }
}
