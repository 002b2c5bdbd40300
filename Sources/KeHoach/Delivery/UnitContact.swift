/// How to reach one unit of one organisation: its e-mail addresses and a phone number (for an
/// SMS gateway, which kehoachd reaches as a webhook).
///
/// A unit is known by (organisation code, unit id): every commune has its own "Văn phòng -
/// Thống kê", so the unit id alone names many units. The focal unit's contact is where
/// escalations go.
public struct UnitContact: Hashable, Sendable, Codable {
    /// The organisation's code (``Organisation/code``).
    public var organisationCode: String
    /// The unit's id in that organisation's plans (``Unit/id``).
    public var unitID: String
    /// E-mail addresses, in the order given; empty when the unit has none.
    public var emails: [String]
    /// A phone number ("+84912345678" or "0912345678"), if any.
    public var phone: String?

    /// A contact from its parts (not checked: see ``validated()``).
    public init(organisationCode: String, unitID: String, emails: [String] = [], phone: String? = nil) {
        self.organisationCode = organisationCode
        self.unitID = unitID
        self.emails = emails
        self.phone = phone
    }

    /// The contact with its addresses and phone trimmed, or the first thing wrong with it:
    /// an organisation code that cannot stand in ids, an empty unit id, an address without one
    /// '@' and a dotted domain, a phone that is not 8 to 15 digits (an optional leading '+',
    /// spaces, '.' and '-' allowed between digits). Nothing is stored from a bad contact.
    public func validated() throws(KeHoachError) -> UnitContact {
        guard Organisation.isValidCode(organisationCode) else {
            throw .invalidValue(field: "contact.organisation", value: organisationCode,
                                expected: "mã tổ chức (chữ cái không dấu, chữ số, '-', '.', '_')", row: nil)
        }
        let unit = unitID.trimmingSpaces
        guard !unit.isEmpty else { throw .missingField(field: "contact.unit", row: nil) }
        var clean = UnitContact(organisationCode: organisationCode, unitID: unit)
        for raw in emails {
            let email = raw.trimmingSpaces
            if email.isEmpty { continue }
            guard UnitContact.isEmail(email) else {
                throw .invalidValue(field: "contact.email", value: email, expected: "một địa chỉ thư dạng ten@mien.vn", row: nil)
            }
            if !clean.emails.contains(email) { clean.emails.append(email) }
        }
        if let raw = phone?.trimmingSpaces, !raw.isEmpty {
            guard UnitContact.isPhone(raw) else {
                throw .invalidValue(field: "contact.phone", value: raw, expected: "số điện thoại 8 đến 15 chữ số, vd. 0912345678", row: nil)
            }
            clean.phone = raw
        }
        return clean
    }

    /// One '@', a non-empty local part, a domain with a dot, no spaces or angle brackets
    /// (which would break an SMTP envelope).
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix(".") else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" })
    }

    /// 8 to 15 digits, an optional leading '+', and spaces, '.' or '-' between them.
    public static func isPhone(_ text: String) -> Bool {
        var digits = 0
        for (i, c) in text.enumerated() {
            if c.isASCII, c.isNumber { digits += 1 } else if c == "+" && i == 0 { continue }
            else if c == " " || c == "." || c == "-" { continue } else { return false }
        }
        return (8...15).contains(digits)
    }
}
