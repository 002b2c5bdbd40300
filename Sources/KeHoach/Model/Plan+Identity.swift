/// Who issued a plan and the id it keeps wherever it goes.
extension Plan {
    /// The organisation in force: the one the plan names, else the one its issuer names
    /// (``Organisation/derived(issuer:province:)``).
    public var issuingOrganisation: Organisation {
        organisation ?? Organisation.derived(issuer: issuer, province: province)
    }

    /// The organisation above the issuing one, as far as the plan tells: the province it names
    /// when that is the parent's code, else an organisation known only by the parent's code.
    public var parentOrganisation: Organisation? {
        guard let code = issuingOrganisation.parent else { return nil }
        if let province, Organisation.provinceOf(province).code == code { return Organisation.provinceOf(province) }
        return Organisation(code: code, name: code, kind: .province)
    }

    /// The plan's stable id, "<organisation code>:<number>:<year>" ("xa-da-loc:01/KH-UBND:2025"):
    /// the same in every store the plan is imported into, so that the occurrence and notice ids
    /// built on it (``OccurrenceExpander``) travel with an exported plan. Spaces in the number
    /// are dropped ("01 /KH-UBND" is "01/KH-UBND").
    public var key: String { Plan.key(organisation: issuingOrganisation.code, number: number, year: year) }

    /// The stable id of the plan numbered `number` of `year` issued by the organisation `code`.
    public static func key(organisation code: String, number: String, year: Int) -> String {
        let compact = String(number.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        return "\(code):\(compact):\(year)"
    }
}
