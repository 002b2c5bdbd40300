import Testing
@testable import KeHoach

/// A small plan in the words of Đa Lộc's 01/KH-UBND, for the validation rules.
private func json(tasks: String, units: String? = nil, extra: String = "") -> String {
    """
    {"number": "01/KH-UBND", "issuer": "UBND xã Đa Lộc", "year": 2025,
     "title": "Nâng cao hiệu quả quản trị và hành chính công xã Đa Lộc năm 2025", \(extra)
     "dimensions": [{"key": "1", "title": "Tham gia của người dân ở cấp cơ sở", "catalog": "PAPI.1"}],
     "units": \(units ?? """
        [{"id": "van-phong", "name": "Văn phòng - Thống kê", "aliases": ["VP UBND xã", "Văn phòng UBND xã"]},
         {"id": "mttq", "name": "Ủy ban MTTQ Việt Nam xã", "kind": "body"}]
        """),
     "tasks": \(tasks)}
    """
}

private let goodTask = """
    {"ref": "1", "dimension": "1", "description": "Tham mưu UBND xã ban hành quy chế tổ chức và hoạt động của thôn",
     "lead": ["van-phong"], "coordinating": ["mttq"], "deadline": "Quý II/2025"}
    """

private func refusal(_ text: String) -> KeHoachError? {
    do {
        _ = try PlanDocument.decode(text)
        return nil
    } catch {
        return error
    }
}

@Suite("Plan JSON: what is refused, and how the official is told")
struct PlanDocumentTests {
    @Test("a valid plan decodes with its defaults filled: empty lists, kind department")
    func decodesValidPlan() throws {
        let plan = try PlanDocument.decode(json(tasks: "[\(goodTask)]"))
        #expect(plan.tasks.first?.deadline == "Quý II/2025")
        #expect(plan.tasks.first?.outputs == [])
        #expect(plan.units.first?.kind == .department)
        #expect(plan.units[1].kind == .body)
        #expect(plan.reporting.isEmpty && plan.notes.isEmpty)
    }

    @Test("text that is not JSON is refused as invalid JSON")
    func notJSON() {
        let error = refusal("{\"number\": \"01/KH-UBND\", ")
        #expect(error?.code == .invalid)
        #expect(error?.message.hasPrefix("JSON không hợp lệ") == true)
    }

    @Test("a missing required field is named, with the task row when it is in a task")
    func missingFields() {
        #expect(refusal(#"{"issuer": "UBND xã Đa Lộc", "year": 2025, "title": "T", "tasks": []}"#)
                == .missingField(field: "number", row: nil))
        let noDeadline = json(tasks: "[\(goodTask), {\"ref\": \"2\", \"description\": \"Công khai Đề án\"}]")
        #expect(refusal(noDeadline) == .missingField(field: "tasks.deadline", row: 2))
        #expect(refusal(noDeadline)?.message == "Thiếu trường bắt buộc 'tasks.deadline' ở dòng nhiệm vụ 2")
    }

    @Test("blank required text counts as missing")
    func blankText() {
        let blank = json(tasks: "[{\"ref\": \"1\", \"description\": \"  \", \"deadline\": \"Năm 2025\"}]")
        #expect(refusal(blank) == .missingField(field: "tasks.description", row: 1))
    }

    @Test("an unknown unit reference names the unit, the field, the row and the closest unit")
    func unknownUnit() {
        let task = goodTask.replacingOccurrences(of: "\"mttq\"]", with: "\"van-phongg\"]")
        let error = refusal(json(tasks: "[\(task)]"))
        guard case let .unknownUnit(reference, field, row, suggestion)? = error else {
            Issue.record("expected unknownUnit, got \(String(describing: error))"); return
        }
        #expect(reference == "van-phongg" && field == "tasks.coordinating" && row == 1)
        #expect(suggestion == "Văn phòng - Thống kê")
    }

    @Test("a date that does not exist is refused with the expected form")
    func impossibleDate() {
        let error = refusal(json(tasks: "[\(goodTask)]", extra: "\"issued_on\": \"2025-02-30\","))
        #expect(error?.code == .invalid)
        #expect(error?.message.contains("issued_on") == true)
        #expect(error?.message.contains("YYYY-MM-DD") == true)
    }

    @Test("duplicate task refs, duplicate unit ids and unknown dimensions are refused")
    func duplicates() {
        #expect(refusal(json(tasks: "[\(goodTask), \(goodTask)]")) ==
                .invalidValue(field: "tasks.ref", value: "1", expected: "số thứ tự không trùng", row: 2))
        let units = #"[{"id": "van-phong", "name": "Văn phòng"}, {"id": "van-phong", "name": "VP"}, {"id": "mttq", "name": "MTTQ"}]"#
        #expect(refusal(json(tasks: "[\(goodTask)]", units: units))?.code == .invalid)
        let otherDimension = goodTask.replacingOccurrences(of: "\"dimension\": \"1\"", with: "\"dimension\": \"9\"")
        #expect(refusal(json(tasks: "[\(otherDimension)]")) ==
                .invalidValue(field: "tasks.dimension", value: "9", expected: "một khóa trong 'dimensions'", row: 1))
    }

    @Test("a document of another format is refused; export writes the format tag")
    func formatTag() throws {
        #expect(refusal(json(tasks: "[\(goodTask)]", extra: "\"format\": \"kehoach.plan/2\","))?.code == .invalid)
        let plan = try PlanDocument.decode(json(tasks: "[\(goodTask)]", extra: "\"format\": \"kehoach.plan/1\","))
        #expect(PlanDocument.encode(plan).contains("\"format\" : \"kehoach.plan/1\""))
    }

    @Test("a plan year outside 1900-2100 is refused")
    func yearRange() {
        let text = json(tasks: "[\(goodTask)]").replacingOccurrences(of: "\"year\": 2025", with: "\"year\": 25")
        #expect(refusal(text)?.code == .invalid)
    }
}

@Suite("UnitDirectory: the many names of one unit")
struct UnitDirectoryTests {
    let directory = UnitDirectory([
        Unit(id: "van-phong", name: "Văn phòng - Thống kê", aliases: ["VP UBND xã", "Văn phòng UBND xã"]),
        Unit(id: "tu-phap", name: "Tư pháp - Hộ tịch", aliases: ["Tư pháp - HT", "Công chức Tư pháp Hộ tịch xã"]),
    ])

    @Test("every spelling a plan uses resolves to its unit", arguments: [
        ("VP UBND xã", "van-phong"), ("vp ubnd xa", "van-phong"), ("Văn phòng UBND xã", "van-phong"),
        ("VĂN PHÒNG – THỐNG KÊ", "van-phong"), ("van-phong", "van-phong"),
        ("Tư pháp - HT", "tu-phap"), ("tu phap ho tich", "tu-phap"), ("Công chức Tư pháp Hộ tịch xã", "tu-phap"),
    ])
    func resolves(spelling: String, id: String) {
        #expect(directory.resolve(spelling)?.id == id)
    }

    @Test("a name that matches nothing is not guessed, but the closest is suggested")
    func suggestsWithoutGuessing() {
        #expect(directory.resolve("tư pháp xã") == nil)
        #expect(directory.suggestion(for: "tư pháp xã") == "Tư pháp - Hộ tịch")
        #expect(directory.suggestion(for: "Trạm y tế xã") == nil)
    }
}
