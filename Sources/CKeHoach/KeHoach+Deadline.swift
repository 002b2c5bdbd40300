import CKeHoachHeader
import KeHoach

// The calendar and deadline-language functions: pure, no handle, safe from any thread.

/// The plan years the deadline parser accepts, as plan JSON does.
private let planYears = 1900...2100

/// The longest working-day offset `kehoach_workdays_add` accepts (about 140 years).
private let maxWorkingDays = 36_500

/// `kehoach_deadline_parse`: the CLI's `deadline --json` object for one cell.
@c @implementation
public func kehoach_deadline_parse(_ text: UnsafePointer<CChar>?, _ plan_year: Int32, _ issued_on: UnsafePointer<CChar>?,
                                   _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    withoutConnection { () throws(KeHoachError) in
        let out = try CArgument.out(out_json, "out_json")
        let cell = try CArgument.string(text, "text")
        try DeadlineParser.checkLength(cell, field: "text")
        let issuedOn = try CArgument.optionalDate(issued_on, "issued_on")
        guard planYears.contains(Int(plan_year)) else {
            throw .invalidValue(field: "plan_year", value: String(plan_year), expected: "năm từ 1900 đến 2100", row: nil)
        }
        let spec = DeadlineParser.parse(cell, planYear: Int(plan_year), issuedOn: issuedOn)
        out.pointee = try CArgument.copy(spec.json)
    }
}

/// `kehoach_workdays_add`: `n` working days after (or before) a date on the built-in calendar.
@c @implementation
public func kehoach_workdays_add(_ date: UnsafePointer<CChar>?, _ n: Int32, _ out_date: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let out_date else { return LastError.record(.misuse(detail: "tham số ra 'out_date' là NULL")) }
    out_date.pointee = 0
    return withoutConnection { () throws(KeHoachError) in
        try addWorkingDays(date, n, on: .standard, into: out_date)
    }
}

/// `kehoach_db_workdays_add`: the same on the store's calendar (its stored admin overrides).
@c @implementation
public func kehoach_db_workdays_add(_ db: OpaquePointer?, _ date: UnsafePointer<CChar>?, _ n: Int32,
                                    _ out_date: UnsafeMutablePointer<CChar>?) -> Int32 {
    out_date?.pointee = 0
    return withConnection(db) { _, store throws(KeHoachError) in
        guard let out_date else { throw .misuse(detail: "tham số ra 'out_date' là NULL") }
        try addWorkingDays(date, n, on: try store.calendar, into: out_date)
    }
}

/// Writes `n` working days after `date` on `calendar` into `out` as "YYYY-MM-DD" and a NUL.
private func addWorkingDays(_ date: UnsafePointer<CChar>?, _ n: Int32, on calendar: WorkingCalendar,
                            into out: UnsafeMutablePointer<CChar>) throws(KeHoachError) {
    let start = try CArgument.date(date, "date")   // 1900-2100, the calendar's table
    guard (-maxWorkingDays...maxWorkingDays).contains(Int(n)) else {
        throw .invalidValue(field: "n", value: String(n), expected: "số ngày làm việc từ -36500 đến 36500", row: nil)
    }
    let result = calendar.adding(workingDays: Int(n), to: start).iso
    // "YYYY-MM-DD" is 10 ASCII bytes for every year the bounds above allow.
    var index = 0
    for byte in result.utf8.prefix(10) {
        out[index] = CChar(bitPattern: byte)
        index += 1
    }
    out[index] = 0
}
