import CKeHoachHeader
import KeHoach
import KeHoachStore

// The life of plans and occurrences after import: the list of plans, a revised plan replacing
// the stored one, deleting a plan, and closing or reopening an occurrence (waive, reopen,
// complete with a note). Each is the store's call of the same name; the C layer only converts
// arguments and errors.

/// One element of `kehoach_plans_json`: a stored plan's id and header.
struct PlanSummaryJSON: Encodable {
    let id: Int64
    let number: String
    let issuer: String
    let year: Int
    let title: String
    let taskCount: Int
    let planKey: String
    let org: String
    let orgName: String

    enum CodingKeys: String, CodingKey {
        case id, number, issuer, year, title, org
        case taskCount = "task_count", planKey = "plan_key", orgName = "org_name"
    }

    init(_ summary: PlanSummary) {
        (id, number, issuer, year, title, taskCount) =
            (summary.id, summary.number, summary.issuer, summary.year, summary.title, summary.taskCount)
        (planKey, org, orgName) = (summary.key, summary.organisationCode, summary.organisationName)
    }
}

/// `kehoach_plans_json`: every stored plan's header, as a JSON array ordered by year then number.
@c @implementation
public func kehoach_plans_json(_ db: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        out.pointee = try CArgument.copy(try RecordJSON.encode(try store.plans().map(PlanSummaryJSON.init)))
    }
}

/// `kehoach_plan_replace_json`: a revised plan (same number and issuer) replaces the stored one,
/// keeping its id, events, settings and every completion whose occurrence it still has.
@c @implementation
public func kehoach_plan_replace_json(_ db: OpaquePointer?, _ plan_id: Int64, _ json: UnsafePointer<CChar>?) -> Int32 {
    withConnection(db) { connection, store throws(KeHoachError) in
        let plan = try PlanDocument.decode(try CArgument.string(json, "json"))
        _ = try store.replacePlan(id: plan_id, with: plan, actor: connection.actor)
    }
}

/// `kehoach_plan_delete`: deletes a plan and everything recorded under it, audited.
@c @implementation
public func kehoach_plan_delete(_ db: OpaquePointer?, _ plan_id: Int64) -> Int32 {
    withConnection(db) { connection, store throws(KeHoachError) in
        try store.deletePlan(id: plan_id, actor: connection.actor)
    }
}

/// `kehoach_occurrence_complete_note`: `kehoach_occurrence_complete` with a note.
@c @implementation
public func kehoach_occurrence_complete_note(_ db: OpaquePointer?, _ occurrence_id: UnsafePointer<CChar>?,
                                             _ done_on: UnsafePointer<CChar>?, _ evidence: UnsafePointer<CChar>?,
                                             _ note: UnsafePointer<CChar>?, _ by: UnsafePointer<CChar>?) -> Int32 {
    completeOccurrence(db, occurrence_id, done_on, evidence, note, by)
}

/// `kehoach_occurrence_waive`: records that an occurrence is no longer required.
@c @implementation
public func kehoach_occurrence_waive(_ db: OpaquePointer?, _ occurrence_id: UnsafePointer<CChar>?,
                                     _ waived_on: UnsafePointer<CChar>?, _ note: UnsafePointer<CChar>?,
                                     _ by: UnsafePointer<CChar>?) -> Int32 {
    withConnection(db) { _, store throws(KeHoachError) in
        let id = try CArgument.text(occurrence_id, "occurrence_id")
        let on = try CArgument.date(waived_on, "waived_on")
        let reason = try CArgument.optionalString(note, "note")
        try store.waive(occurrenceID: id, on: on, by: try CArgument.text(by, "by"), note: reason)
    }
}

/// `kehoach_occurrence_reopen`: removes the completion or waiver of an occurrence.
@c @implementation
public func kehoach_occurrence_reopen(_ db: OpaquePointer?, _ occurrence_id: UnsafePointer<CChar>?,
                                      _ by: UnsafePointer<CChar>?) -> Int32 {
    withConnection(db) { _, store throws(KeHoachError) in
        let id = try CArgument.text(occurrence_id, "occurrence_id")
        try store.reopen(occurrenceID: id, by: try CArgument.text(by, "by"))
    }
}

/// Records a completion with its evidence and note: the body of both completion functions.
func completeOccurrence(_ db: OpaquePointer?, _ occurrence_id: UnsafePointer<CChar>?, _ done_on: UnsafePointer<CChar>?,
                        _ evidence: UnsafePointer<CChar>?, _ note: UnsafePointer<CChar>?,
                        _ by: UnsafePointer<CChar>?) -> Int32 {
    withConnection(db) { _, store throws(KeHoachError) in
        let id = try CArgument.text(occurrence_id, "occurrence_id")
        let on = try CArgument.date(done_on, "done_on")
        let proof = try CArgument.optionalString(evidence, "evidence")
        let remark = try CArgument.optionalString(note, "note")
        let actor = try CArgument.text(by, "by")
        try store.complete(occurrenceID: id, on: on, evidence: proof, by: actor, note: remark)
    }
}
