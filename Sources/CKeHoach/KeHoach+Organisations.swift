#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CKeHoachHeader
import KeHoach
import KeHoachStore

/// One element of `kehoach_organisations_json`.
struct OrganisationJSON: Encodable {
    let code: String
    let name: String
    let kind: String
    let parent: String?
    let plans: Int

    init(_ summary: OrganisationSummary) {
        let o = summary.organisation
        (code, name, kind, parent, plans) = (o.code, o.name, o.kind.rawValue, o.parent, summary.planCount)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(parent, forKey: .parent)
        try c.encode(plans, forKey: .plans)
    }

    enum CodingKeys: String, CodingKey { case code, name, kind, parent, plans }
}

/// One element of `kehoach_units_json`.
struct OrganisationUnitJSON: Encodable {
    let org: String
    let id: String
    let name: String
    let kind: String
    let aliases: [String]
    let plans: Int
    let leads: Int
    let coordinates: Int

    init(_ u: OrganisationUnit) {
        (org, id, name, kind, aliases) = (u.organisation, u.unit.id, u.unit.name, u.unit.kind.rawValue, u.unit.aliases)
        (plans, leads, coordinates) = (u.planCount, u.leads, u.coordinates)
    }
}

/// `kehoach_organisations_json`: the store's organisations, by code.
@c @implementation
public func kehoach_organisations_json(_ db: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        out.pointee = try CArgument.copy(try RecordJSON.encode(try store.organisations().map(OrganisationJSON.init)))
    }
}

/// `kehoach_units_json`: one organisation's units over all its plans.
@c @implementation
public func kehoach_units_json(_ db: OpaquePointer?, _ org: UnsafePointer<CChar>?,
                               _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        let code = try CArgument.string(org, "org")
        out.pointee = try CArgument.copy(try RecordJSON.encode(try store.units(organisation: code).map(OrganisationUnitJSON.init)))
    }
}

/// `kehoach_rollup_json`: the roll-up across the organisations under `org` for the occurrences
/// due from `from` to `to`, judged on `as_of` (NULL: today in Vietnam).
@c @implementation
public func kehoach_rollup_json(_ db: OpaquePointer?, _ org: UnsafePointer<CChar>?, _ from: UnsafePointer<CChar>?,
                                _ to: UnsafePointer<CChar>?, _ as_of: UnsafePointer<CChar>?,
                                _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        let code = try CArgument.string(org, "org")
        let start = try CArgument.date(from, "from"), end = try CArgument.date(to, "to")
        guard start <= end else {
            throw .invalidValue(field: "to", value: end.iso, expected: "một ngày không trước 'from' (\(start.iso))", row: nil)
        }
        let day = try as_of == nil ? OccurrenceQueryDocument.today() : CArgument.date(as_of, "as_of")
        let rollUp = try ProvinceRollUp.build(store: store, organisation: code, from: start, to: end, asOf: day)
        out.pointee = try CArgument.copy(try snakeCaseJSON(rollUp))
    }
}

/// `kehoach_report_json`: the periodic progress report of one plan, the CLI's `report --format
/// json` document.
@c @implementation
public func kehoach_report_json(_ db: OpaquePointer?, _ plan_id: Int64, _ period: UnsafePointer<CChar>?,
                                _ as_of: UnsafePointer<CChar>?,
                                _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        let key = try CArgument.string(period, "period")
        let day = try as_of == nil ? OccurrenceQueryDocument.today() : CArgument.date(as_of, "as_of")
        let year = try store.plan(id: plan_id).year
        guard let chosen = Period.report(key, year: year) else {
            throw .invalidValue(field: "period", value: key, expected: "một trong \(Period.reportKeys)", row: nil)
        }
        let report = try ProgressReport.build(store: store, planID: plan_id, period: chosen,
                                              periodKey: VietnameseText.fold(key).lowercased(), asOf: day,
                                              calendar: try store.calendar)
        out.pointee = try CArgument.copy(try snakeCaseJSON(report))
    }
}

/// `value` as one line of JSON with snake_case keys, sorted: the form of the report documents,
/// the same as the CLI's `report --format json` (there pretty-printed).
private func snakeCaseJSON<T: Encodable>(_ value: T) throws(KeHoachError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    do {
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
        throw .invalidJSON(detail: "không ghi được JSON: \(error)")
    }
}

/// `kehoach_summary_json`: per (organisation, lead unit) what is due this week, overdue, or
/// needs a date on `as_of`, the daily digest's figures (``UnitSummary``).
@c @implementation
public func kehoach_summary_json(_ db: OpaquePointer?, _ org: UnsafePointer<CChar>?, _ as_of: UnsafePointer<CChar>?,
                                 _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        let day = try as_of == nil ? OccurrenceQueryDocument.today() : CArgument.date(as_of, "as_of")
        let scope = try CArgument.optionalString(org, "org").map { code throws(KeHoachError) in try store.organisationTree(code) }
        var summaries = UnitSummary.Accumulator(day: day)
        try store.forEachNoticeInput { input in
            if scope.map({ $0.contains(input.context.organisation.code) }) ?? true {
                summaries.add(input.context, closed: input.closed)
            }
        }
        out.pointee = try CArgument.copy(try snakeCaseJSON(summaries.summaries))
    }
}
