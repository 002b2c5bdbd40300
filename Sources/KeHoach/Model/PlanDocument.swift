#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The plan JSON format: reading, checking and writing whole plans.
///
/// Reading either yields a plan that passes every check of ``validate(_:)`` or throws a
/// ``KeHoachError`` that names the field and the task row; nothing half-read escapes.
public enum PlanDocument {
    /// The format tag written into every exported document.
    public static let format = "kehoach.plan/1"

    /// Decodes and validates a plan from JSON text.
    public static func decode(_ json: String) throws(KeHoachError) -> Plan {
        try decode(Data(json.utf8))
    }

    /// Decodes and validates a plan from UTF-8 JSON bytes.
    public static func decode(_ data: Data) throws(KeHoachError) -> Plan {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let plan: Plan
        do {
            plan = try decoder.decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw .invalidJSON(detail: "\(error)")
        }
        try validate(plan)
        return plan
    }

    /// Encodes a plan as pretty-printed JSON with sorted keys, stable across runs.
    public static func encode(_ plan: Plan) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding value types of plain fields cannot fail.
        let data = (try? encoder.encode(plan)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Checks a plan's invariants: required text present, keys unique, every unit and dimension
    /// reference known, the focal unit known.
    public static func validate(_ plan: Plan) throws(KeHoachError) {
        func required(_ value: String, _ field: String, row: Int? = nil) throws(KeHoachError) {
            if value.allSatisfy(\.isWhitespace) { throw .missingField(field: field, row: row) }
        }
        try required(plan.number, "number")
        try required(plan.issuer, "issuer")
        try required(plan.title, "title")
        if let organisation = plan.organisation {
            try required(organisation.name, "organisation.name")
            guard Organisation.isValidCode(organisation.code) else {
                throw .invalidValue(field: "organisation.code", value: organisation.code,
                                    expected: "mã từ 1 đến 64 chữ cái không dấu, chữ số, '-', '.' hoặc '_'", row: nil)
            }
            if let parent = organisation.parent, !Organisation.isValidCode(parent) {
                throw .invalidValue(field: "organisation.parent", value: parent,
                                    expected: "mã của tổ chức cấp trên, vd. tinh-hung-yen (chữ không dấu, chữ số, '-', '.', '_')", row: nil)
            }
        }
        guard (1900...2100).contains(plan.year) else {
            throw .invalidValue(field: "year", value: String(plan.year), expected: "năm từ 1900 đến 2100", row: nil)
        }
        var unitIDs = Set<String>()
        for unit in plan.units {
            try required(unit.id, "units.id")
            try required(unit.name, "units.name")
            guard unitIDs.insert(unit.id).inserted else {
                throw .invalidValue(field: "units.id", value: unit.id, expected: "mã đơn vị không trùng", row: nil)
            }
        }
        let directory = plan.directory
        func unit(_ reference: String, _ field: String, row: Int?) throws(KeHoachError) {
            guard unitIDs.contains(reference) else {
                throw .unknownUnit(reference: reference, field: field, row: row,
                                   suggestion: directory.suggestion(for: reference))
            }
        }
        if let focal = plan.focalUnit { try unit(focal, "focal_unit", row: nil) }
        var dimensionKeys = Set<String>()
        for dimension in plan.dimensions {
            try required(dimension.key, "dimensions.key")
            guard dimensionKeys.insert(dimension.key).inserted else {
                throw .invalidValue(field: "dimensions.key", value: dimension.key, expected: "khóa không trùng", row: nil)
            }
        }
        for rule in plan.reporting {
            try required(rule.key, "reporting.key")
            try required(rule.deadline, "reporting.deadline")
            try DeadlineParser.checkLength(rule.deadline, field: "reporting.deadline")
            if let recipient = rule.recipient { try unit(recipient, "reporting.recipient", row: nil) }
            if let window = rule.window, window.to < window.from {
                throw .invalidValue(field: "reporting.window", value: "\(window.from.iso)..\(window.to.iso)",
                                    expected: "ngày bắt đầu không sau ngày kết thúc", row: nil)
            }
        }
        var refs = Set<String>()
        for (index, task) in plan.tasks.enumerated() {
            let row = index + 1
            try required(task.ref, "tasks.ref", row: row)
            try required(task.description, "tasks.description", row: row)
            try required(task.deadline, "tasks.deadline", row: row)
            try DeadlineParser.checkLength(task.deadline, field: "tasks.deadline", row: row)
            guard refs.insert(task.ref).inserted else {
                throw .invalidValue(field: "tasks.ref", value: task.ref, expected: "số thứ tự không trùng", row: row)
            }
            if let key = task.dimension, !dimensionKeys.contains(key) {
                throw .invalidValue(field: "tasks.dimension", value: key,
                                    expected: "một khóa trong 'dimensions'", row: row)
            }
            for id in task.lead { try unit(id, "tasks.lead", row: row) }
            for id in task.coordinating { try unit(id, "tasks.coordinating", row: row) }
            for id in task.implementing { try unit(id, "tasks.implementing", row: row) }
        }
    }

    /// Turns a decoding failure into the field-and-row error an official can act on.
    static func describe(_ error: DecodingError) -> KeHoachError {
        func location(_ path: [any CodingKey]) -> (field: String, row: Int?) {
            var names: [String] = []
            var row: Int?
            var inTasks = false
            for key in path {
                if let index = key.intValue {
                    if inTasks, row == nil { row = index + 1 }
                } else {
                    names.append(snake(key.stringValue))
                    inTasks = key.stringValue == "tasks"
                }
            }
            return (names.joined(separator: "."), row)
        }
        switch error {
        case let .keyNotFound(key, context):
            let (field, row) = location(context.codingPath + [key])
            return .missingField(field: field, row: row)
        case let .valueNotFound(_, context):
            let (field, row) = location(context.codingPath)
            return .missingField(field: field, row: row)
        case let .typeMismatch(type, context):
            let (field, row) = location(context.codingPath)
            return .invalidValue(field: field, value: "?", expected: "kiểu \(type)", row: row)
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty {
                return .invalidJSON(detail: "tài liệu không phải JSON hợp lệ")
            }
            let (field, row) = location(context.codingPath)
            return .invalidValue(field: field, value: "?", expected: context.debugDescription, row: row)
        @unknown default:
            return .invalidJSON(detail: "\(error)")
        }
    }

    private static func snake(_ name: String) -> String {
        var out = ""
        for ch in name {
            if ch.isUppercase { out += "_" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }
}
