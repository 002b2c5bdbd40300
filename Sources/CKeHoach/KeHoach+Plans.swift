import CKeHoachHeader
import KeHoach
import KeHoachStore

// Whole plans in and out, as plan JSON.

/// `kehoach_plan_import_json`: validates and stores a plan, returning its id.
@c @implementation
public func kehoach_plan_import_json(_ db: OpaquePointer?, _ json: UnsafePointer<CChar>?,
                                     _ out_plan_id: UnsafeMutablePointer<Int64>?) -> Int32 {
    out_plan_id?.pointee = 0
    return withConnection(db) { connection, store throws(KeHoachError) in
        guard let out_plan_id else { throw .misuse(detail: "tham số ra 'out_plan_id' là NULL") }
        let plan = try PlanDocument.decode(try CArgument.string(json, "json"))
        out_plan_id.pointee = try store.importPlan(plan, actor: connection.actor)
    }
}

/// `kehoach_plan_export_json`: a stored plan as plan JSON.
@c @implementation
public func kehoach_plan_export_json(_ db: OpaquePointer?, _ plan_id: Int64,
                                     _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        out.pointee = try CArgument.copy(PlanDocument.encode(try store.plan(id: plan_id)))
    }
}
