import CKeHoachHeader
import KeHoach
import KeHoachStore

// Recording progress and events, and reading the notices the daemon raised.

/// The largest page `kehoach_notices_json` returns.
private let maxNoticePage = 10_000

/// `kehoach_occurrence_complete`: records that an occurrence was done, with evidence.
@c @implementation
public func kehoach_occurrence_complete(_ db: OpaquePointer?, _ occurrence_id: UnsafePointer<CChar>?,
                                        _ done_on: UnsafePointer<CChar>?, _ evidence: UnsafePointer<CChar>?,
                                        _ by: UnsafePointer<CChar>?) -> Int32 {
    completeOccurrence(db, occurrence_id, done_on, evidence, nil, by)
}

/// `kehoach_event_record`: records that a plan's event happened, creating its occurrences.
@c @implementation
public func kehoach_event_record(_ db: OpaquePointer?, _ plan_id: Int64, _ event_key: UnsafePointer<CChar>?,
                                 _ happened_on: UnsafePointer<CChar>?) -> Int32 {
    withConnection(db) { connection, store throws(KeHoachError) in
        let key = try CArgument.text(event_key, "event_key")
        let on = try CArgument.date(happened_on, "happened_on")
        _ = try store.recordEvent(planID: plan_id, key: key, label: nil, on: on, by: connection.actor)
    }
}

/// `kehoach_notices_json`: the outbox after a sequence number, as a JSON array.
@c @implementation
public func kehoach_notices_json(_ db: OpaquePointer?, _ after_id: Int64, _ limit: Int32,
                                 _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    out_json?.pointee = nil
    return withConnection(db) { _, store throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        guard (1...maxNoticePage).contains(Int(limit)) else {
            throw .misuse(detail: "limit \(limit) phải từ 1 đến \(maxNoticePage)")
        }
        guard after_id >= 0 else { throw .misuse(detail: "after_id \(after_id) không được âm") }
        let entries = try store.notices(afterSequence: after_id, limit: Int(limit))
        out.pointee = try CArgument.copy(try RecordJSON.encode(entries.map(RecordJSON.NoticeJSON.init)))
    }
}
