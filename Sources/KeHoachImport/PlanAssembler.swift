import Foundation
import KeHoach

/// Builds a whole plan from what an import read: the header (from a .docx or from options),
/// the table's tasks, dimensions and units. The plan passes ``PlanDocument/validate(_:)`` or
/// the import is refused.
public enum PlanAssembler {
    /// The plan of `header` (fields of `overrides` win) and `table`. `focalUnit` must be one of
    /// the table's units or nil. `indices` nil: those the title names
    /// (``IndexCatalog/indices(namedIn:)``), else PAPI, which every seed plan serves.
    public static func plan(header: PlanHeader, overrides: PlanHeader = PlanHeader(), year: Int? = nil,
                            table: TableImporter.Result, indices: [String]? = nil) throws(KeHoachError) -> Plan {
        func pick<T>(_ a: T?, _ b: T?) -> T? { a ?? b }
        let number = pick(overrides.number, header.number).flatMap { $0.isEmpty ? nil : $0 }
        let issuer = pick(overrides.issuer, header.issuer).flatMap { $0.isEmpty ? nil : $0 }
        let title = pick(overrides.title, header.title).flatMap { $0.isEmpty ? nil : $0 }
        let issuedOn = pick(overrides.issuedOn, header.issuedOn)
        let planYear = year ?? issuedOn?.year
        // Every missing field at once, so one run tells the official all that the file lacks.
        var missing: [String] = []
        if number == nil { missing.append("số kế hoạch (--number)") }
        if issuer == nil { missing.append("cơ quan ban hành (--issuer)") }
        if title == nil { missing.append("tên kế hoạch (--title)") }
        if planYear == nil { missing.append("năm kế hoạch (--year hoặc --date)") }
        guard let number, let issuer, let title, let planYear else {
            throw .missingField(field: missing.joined(separator: "; ")
                + " — tệp không ghi, kể cả ở dòng \"(Kèm theo Kế hoạch số ... ngày ... của ...)\"", row: nil)
        }
        let named = IndexCatalog.indices(namedIn: title)
        let regime = overrides.regime ?? header.regime
        var tasks = table.tasks
        if table.leadColumnMissing, let focal = regime?.focalUnit {
            // A table without a lead column: the plan's focal unit leads, and says so.
            for i in tasks.indices where tasks[i].lead.isEmpty {
                tasks[i].lead = [focal]
                tasks[i].note = [tasks[i].note, PlanAssembler.focalLeadNote].compactMap { $0 }.joined(separator: " ")
            }
        }
        let plan = Plan(number: number, issuer: issuer, year: planYear, title: title,
                        place: pick(overrides.place, header.place), issuedOn: issuedOn,
                        indices: indices ?? (named.isEmpty ? ["PAPI"] : named),
                        implements: pick(overrides.implements, header.implements),
                        signer: pick(overrides.signer, header.signer), focalUnit: regime?.focalUnit,
                        dimensions: table.dimensions, units: table.units, reporting: regime?.rules ?? [],
                        tasks: tasks)
        try PlanDocument.validate(plan)
        return plan
    }

    /// The note of a task whose lead is the plan's focal unit (its table has no lead column).
    static let focalLeadNote = "Bảng không có cột chủ trì: đơn vị chủ trì là đầu mối của kế hoạch."
}

/// A .docx plan document: header and task table read, fed to the table importer.
public enum DocxFile {
    /// The header and the task table of the .docx bytes `data`.
    public static func read(_ data: Data, name: String, options: TableImporter.Options,
                            progress: ((Int, Int) -> Void)? = nil) throws(KeHoachError) -> (header: PlanHeader, table: TableImporter.Result) {
        let document = try DocxDocument(data: data, file: name)
        var header = PlanHeader(paragraphs: document.paragraphs)
        var options = options
        if let date = header.issuedOn, options.issuedOn == nil {
            options.issuedOn = date
            options.planYear = date.year
        }
        let rows = document.taskTableRows
        guard !rows.isEmpty else {
            throw .invalidValue(field: "docx", value: name, expected: "văn bản có bảng nhiệm vụ (cột 'Nhiệm vụ', 'Thời gian hoàn thành')", row: nil)
        }
        var table = try TableImporter(options: options).read(rows, encoding: "docx", progress: progress)
        table.report.source = name
        header.regime = ReportingRegime(paragraphs: document.paragraphs, units: table.units)
        return (header, table)
    }
}
