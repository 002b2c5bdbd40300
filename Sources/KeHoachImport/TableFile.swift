import Foundation
import KeHoach

/// A TSV, CSV or .xlsx file of a plan's task table: bytes in, tasks and a report out.
public enum TableFile {
    /// Reads the first sheet of an Excel workbook (.xlsx) named `name`.
    public static func readWorkbook(_ data: Data, name: String, options: TableImporter.Options,
                                    progress: ((Int, Int) -> Void)? = nil) throws(KeHoachError) -> TableImporter.Result {
        let workbook = try XlsxDocument(data: data, file: name)
        return try TableImporter(options: options).read(workbook.rows, encoding: "xlsx", progress: progress)
    }

    /// Reads the bytes of a table file named `name` (its extension picks the separator: ".tsv"
    /// tab, ".csv" comma or semicolon, anything else sniffed from the header line).
    public static func read(_ data: Data, name: String, options: TableImporter.Options,
                            progress: ((Int, Int) -> Void)? = nil) throws(KeHoachError) -> TableImporter.Result {
        let (text, encoding) = try TextDecoding.decode(data, file: name)
        let lower = name.lowercased()
        let delimiter: DelimitedText.Delimiter
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") {
            delimiter = .tab
        } else if lower.hasSuffix(".csv") {
            let sniffed = DelimitedText.sniff(text)
            delimiter = sniffed == .tab ? .comma : sniffed
        } else {
            delimiter = DelimitedText.sniff(text)
        }
        let rows = DelimitedText.rows(text, delimiter: delimiter)
        return try TableImporter(options: options).read(rows, encoding: encoding, progress: progress)
    }
}
