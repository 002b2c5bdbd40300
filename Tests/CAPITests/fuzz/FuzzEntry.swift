#if canImport(Glibc)
import Glibc
#endif
import CKeHoachHeader

// libFuzzer entry over the C layer: the first byte of an input chooses the function, the rest
// is its argument. Built by Tests/CAPITests/fuzz/run.sh with `swiftc -sanitize=fuzzer,address`.
//
//   'd' deadline text  -> kehoach_deadline_parse (plan year 2022, issued on 2022-02-22)
//   'p' plan JSON      -> kehoach_plan_import_json, then export of what was imported
//   'q' query JSON     -> kehoach_occurrences_json on a store holding one example plan
//   'w' date + offset  -> kehoach_workdays_add ("YYYY-MM-DD" then a signed decimal)
//   'r' plan JSON      -> kehoach_plan_replace_json of the example plan (id 1), then plans list
//   'o' occurrence id  -> complete with a note, waive, reopen (kehoach_occurrence_*)
//   anything else      -> every one of the above on the whole input

/// One store for the whole run, in /dev/shm so that synchronous=FULL costs no disk flush.
nonisolated(unsafe) private var store: OpaquePointer? = {
    let path = "/dev/shm/kehoach-fuzz-\(getpid()).db"
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    var db: OpaquePointer?
    guard kehoach_open(path, Int32(KEHOACH_OPEN_CREATE.rawValue), &db) == 0 else { fatalError("cannot open \(path)") }
    if let seed = getenv("KEHOACH_FUZZ_PLAN"), let file = fopen(seed, "rb") {
        var bytes: [CChar] = []
        var buffer = [CChar](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        fclose(file)
        bytes.append(0)
        var id: Int64 = 0
        _ = kehoach_plan_import_json(db, bytes, &id)
    }
    return db
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    // A C string of the input after the selector (NUL bytes end it early, as they would in C).
    var text = [CChar](repeating: 0, count: size)
    for i in 1..<size { text[i - 1] = CChar(bitPattern: data[i]) }
    switch data[0] {
    case UInt8(ascii: "d"): deadline(text)
    case UInt8(ascii: "p"): plan(text)
    case UInt8(ascii: "q"): query(text)
    case UInt8(ascii: "w"): workdays(text)
    case UInt8(ascii: "r"): replace(text)
    case UInt8(ascii: "o"): lifecycle(text)
    default:
        deadline(text)
        plan(text)
        query(text)
        workdays(text)
        replace(text)
        lifecycle(text)
    }
    return 0
}

private func deadline(_ text: [CChar]) {
    var json: UnsafeMutablePointer<CChar>?
    let rc = kehoach_deadline_parse(text, 2022, "2022-02-22", &json)
    if rc == 0 {
        precondition(json != nil, "deadline_parse succeeded without output")
    } else {
        precondition(json == nil && kehoach_last_errcode() == rc, "a failed parse left output or no last error")
    }
    kehoach_free(json)
}

private func plan(_ text: [CChar]) {
    var id: Int64 = 0
    let rc = kehoach_plan_import_json(store, text, &id)
    precondition(rc == 0 || id == 0, "failed import wrote a plan id")
    precondition(kehoach_errmsg(store) != nil)
    if rc == 0 {
        var json: UnsafeMutablePointer<CChar>?
        precondition(kehoach_plan_export_json(store, id, &json) == 0, "an imported plan does not export")
        kehoach_free(json)
    }
}

private func query(_ text: [CChar]) {
    var json: UnsafeMutablePointer<CChar>?
    _ = kehoach_occurrences_json(store, text, &json)
    kehoach_free(json)
}

private func workdays(_ text: [CChar]) {
    var out = [CChar](repeating: 0x7f, count: 11)
    let date = Array(text.prefix(10)) + [0]
    let digits = text.dropFirst(10).prefix(11).prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    let n = Int32(String(decoding: digits, as: UTF8.self)) ?? 0
    let rc = kehoach_workdays_add(date, n, &out)
    precondition(rc != 0 || strlen(out) == 10, "workdays_add wrote no date")
}

private func replace(_ text: [CChar]) {
    _ = kehoach_plan_replace_json(store, 1, text)
    var json: UnsafeMutablePointer<CChar>?
    precondition(kehoach_plans_json(store, &json) == 0, "plans_json failed after a replace")
    kehoach_free(json)
}

private func lifecycle(_ text: [CChar]) {
    _ = kehoach_occurrence_complete_note(store, text, "2025-03-01", text, text, "fuzz")
    _ = kehoach_occurrence_waive(store, text, "2025-03-02", text, "fuzz")
    _ = kehoach_occurrence_reopen(store, text, "fuzz")
}
