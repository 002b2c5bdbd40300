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
        guard let number = pick(overrides.number, header.number), !number.isEmpty else {
            throw .missingField(field: "number (số kế hoạch: dùng --number)", row: nil)
        }
        guard let issuer = pick(overrides.issuer, header.issuer), !issuer.isEmpty else {
            throw .missingField(field: "issuer (cơ quan ban hành: dùng --issuer)", row: nil)
        }
        guard let title = pick(overrides.title, header.title), !title.isEmpty else {
            throw .missingField(field: "title (tên kế hoạch: dùng --title)", row: nil)
        }
        let issuedOn = pick(overrides.issuedOn, header.issuedOn)
        guard let year = year ?? issuedOn?.year else {
            throw .missingField(field: "year (năm kế hoạch: dùng --year)", row: nil)
        }
        let named = IndexCatalog.indices(namedIn: title)
        let regime = overrides.regime ?? header.regime
        let plan = Plan(number: number, issuer: issuer, year: year, title: title,
                        place: pick(overrides.place, header.place), issuedOn: issuedOn,
                        indices: indices ?? (named.isEmpty ? ["PAPI"] : named),
                        implements: pick(overrides.implements, header.implements),
                        signer: pick(overrides.signer, header.signer), focalUnit: regime?.focalUnit,
                        dimensions: table.dimensions, units: table.units, reporting: regime?.rules ?? [],
                        tasks: table.tasks)
        try PlanDocument.validate(plan)
        return plan
    }
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
