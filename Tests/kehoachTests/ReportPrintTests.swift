import Foundation
import Testing

/// The official report as it prints and as Word opens it, on Đa Lộc's 01/KH-UBND (seed 001),
/// 6-month report as of 05/07/2025 with 1.4 done on 25/06 and nothing else recorded.
///
/// HTML: headless Chromium (Debian's `chromium`) prints it to PDF; poppler-utils' `pdftotext`,
/// `pdffonts` and `pdfinfo` read the PDF back; fontconfig's `fc-list :lang=vi` says which
/// installed faces have every Vietnamese letter. .docx: `python3`'s zipfile and XML parser read
/// every part. All are required test dependencies (scripts/deps.sh test): a missing one fails.
@Suite("kehoach report prints as a Nghị định 30 document: HTML on A4 and .docx")
struct ReportPrintTests {
    let directory: URL
    let db: String

    init() throws {
        let fixture = try ReportFixture([["done", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "--on", "2025-06-25", "--evidence", "Thông báo số 45/TB-UBND"]])
        directory = fixture.directory
        db = fixture.db
    }

    /// Writes the report to `name` in the test's directory (format from the extension).
    func write(_ name: String, _ extra: [String] = []) throws -> URL {
        let file = directory.appendingPathComponent(name)
        let result = try CLIRunner.run(["report", "01/KH-UBND", "--period", "6-thang", "--as-of", "2025-07-05",
                                        "--number", "45/BC-UBND", "-o", file.path, "--db", db] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return file
    }

    @Test("the page is self-contained, A4 with NĐ30 margins (20/15/20/30 mm), Vietnamese-covering fonts named first")
    func selfContained() throws {
        let html = try String(contentsOf: try write("bao-cao.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for banned in ["<script", "<link", "src=", "href=", "@import", "url("] {
            #expect(!html.contains(banned), "\(banned)")
        }
        #expect(html.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm;"))
        #expect(html.contains("font-family: \"Noto Serif\", \"DejaVu Serif\", \"Times New Roman\", serif;"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("contenteditable=\"true\""))
    }

    @Test("Chromium prints the frame, the figures and page numbers from page 2, in fonts that have every Vietnamese letter")
    func printsWithChromium() throws {
        let page = try write("bao-cao.html"), pdf = directory.appendingPathComponent("bao-cao.pdf")
        let chromium = try Self.tool(["chromium", "chromium-browser"])
        let printed = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                              "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
                                              "--print-to-pdf=\(pdf.path)", page.path])
        #expect(printed.status == 0)

        // Every embedded face is one fontconfig lists as covering Vietnamese: nothing was substituted.
        let covering = Set(try Self.run(try Self.tool(["fc-list"]), [":lang=vi", "family"]).output
            .split(whereSeparator: { $0 == "\n" || $0 == "," }).map { $0.replacingOccurrences(of: " ", with: "") })
        let fonts = try Self.run(try Self.tool(["pdffonts"]), [pdf.path]).output.split(separator: "\n").dropFirst(2)
            .compactMap { $0.split(separator: " ").first.map { String($0.split(separator: "+").last ?? $0) } }
        #expect(!fonts.isEmpty)
        for font in fonts {
            let family = String(font.split(separator: "-").first ?? Substring(font))
            #expect(covering.contains(family), "\(font) is not a face with Vietnamese letters: \(covering.sorted())")
        }
        #expect(fonts.contains { $0.hasPrefix("NotoSerif") })

        let text = try Self.text(pdf, pages: nil)
        let lines = text.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let words = lines.joined(separator: " ")
        for frame in ["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ ĐA LỘC Độc lập - Tự do - Hạnh phúc",
                      "Số: 45/BC-UBND Đa Lộc, ngày 05 tháng 7 năm 2025", "BÁO CÁO", "6 tháng đầu năm 2025",
                      "Kính gửi: UBND huyện Ân Thi.", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
                      "III. KIẾN NGHỊ, ĐỀ XUẤT", "- Như trên;", "- Lưu: VT.", "Nguyễn Văn Giản", "PHỤ LỤC"] {
            #expect(lines.contains { $0.contains(frame) }, "\(frame)")
        }
        #expect(words.contains("Kết quả thực hiện Kế hoạch số 01/KH-UBND"))
        #expect(words.contains("Nơi nhận: TM. ỦY BAN NHÂN DÂN XÃ"))
        // Hand count (ReportCommandTests): 45 occurrences, 1.4 on time, the other 44 overdue on 05/07.
        #expect(lines.contains("Toàn kế hoạch 1 0 44 0 0 5 1 2,2% 2,2%"), "\(lines.prefix(40))")
        #expect(lines.contains { $0.hasPrefix("7. Cung ứng dịch vụ") && $0.hasSuffix("0 0 14 0 0 0 0 0,0% 0,0%") })
        #expect(words.contains("1.4") && words.contains("45/TB-UBND"), "the evidence of 1.4")

        // Page numbers: none on page 1, "2" alone at the top of page 2.
        let first = try Self.text(pdf, pages: 1...1).split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }
        #expect(first.map { !$0.trimmingCharacters(in: .whitespaces).allSatisfy(\.isNumber) } == true)
        let second = try Self.text(pdf, pages: 2...2).split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }
        #expect(second?.trimmingCharacters(in: .whitespaces) == "2")

        // Page 1 is A4 portrait and its text keeps the margins: 30 mm left (85 pt), 15 mm right.
        let info = try Self.run(try Self.tool(["pdfinfo"]), ["-f", "1", "-l", "40", pdf.path]).output
        #expect(info.contains("Page    1 size:  594.96 x 841.92 pts (A4)"))
        #expect(info.contains("size:  841.92 x 594.96 pts (A4)"), "the appendix is on A4 landscape pages")
        let boxes = try Self.run(try Self.tool(["pdftotext"]), ["-bbox", "-f", "1", "-l", "1", pdf.path, "-"]).output
        let xs = boxes.split(separator: "\n").filter { $0.contains("<word") }.compactMap { line -> (Double, Double)? in
            func value(_ key: String) -> Double? {
                guard let r = line.range(of: "\(key)=\"") else { return nil }
                return Double(line[r.upperBound...].prefix { $0 != "\"" })
            }
            return value("xMin").flatMap { a in value("xMax").map { (a, $0) } }
        }
        #expect(xs.count > 100)
        #expect(xs.allSatisfy { $0.0 >= 85.0 - 1 && $0.1 <= 594.96 - 42.5 + 1 }, "\(xs.map(\.0).min() ?? 0) … \(xs.map(\.1).max() ?? 0)")
    }

    @Test(".docx: every part is well-formed XML; the frame, styles, A4 sections with NĐ30 margins and page numbers are there")
    func docx() throws {
        let file = try write("bao-cao.docx", ["--to", "UBND huyện Ân Thi", "--to", "Phòng Nội vụ huyện"])
        let bytes = try Data(contentsOf: file)
        #expect(Array(bytes.prefix(2)) == [0x50, 0x4B], "a ZIP file")
        let script = """
            import sys, zipfile, xml.dom.minidom
            z = zipfile.ZipFile(sys.argv[1])
            for name in z.namelist():
                xml.dom.minidom.parseString(z.read(name))
                print("PART " + name)
            for name in ["word/document.xml", "word/styles.xml", "word/header1.xml"]:
                print(z.read(name).decode("utf-8"))
            """
        let result = try Self.run(try Self.tool(["python3"]), ["-c", script, file.path])
        #expect(result.status == 0, "\(result.output)")
        let out = result.output
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/header1.xml", "docProps/core.xml"] {
            #expect(out.contains("PART \(part)\n"), "\(part)")
        }
        for frame in ["ỦY BAN NHÂN DÂN", "XÃ ĐA LỘC", "Số: 45/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "Đa Lộc, ngày 05 tháng 7 năm 2025", "BÁO CÁO", "Kính gửi:", "- UBND huyện Ân Thi;", "- Phòng Nội vụ huyện.",
                      "I. KẾT QUẢ ĐẠT ĐƯỢC", "Nơi nhận:", "- Như trên;", "CHỦ TỊCH", "Nguyễn Văn Giản"] {
            #expect(out.contains(">\(frame)<"), "\(frame)")
        }
        #expect(out.contains(">Thông báo số 45/TB-UBND<"), "the evidence, in the table of what was done")
        #expect(out.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(out.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(out.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
        #expect(out.contains("<w:titlePg/>") && out.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        #expect(out.contains("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Heading1\">"))
        #expect(out.contains("<w:tblHeader/>"))
    }

    // MARK: - Tools

    static func tool(_ names: [String]) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") {
                let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        Issue.record("\(names[0]) is required: scripts/deps.sh test (chromium poppler-utils fontconfig python3 fonts-noto-core)")
        throw CocoaError(.fileNoSuchFile)
    }

    static func run(_ tool: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `pdftotext -layout` of `pages` (all when nil).
    static func text(_ pdf: URL, pages: ClosedRange<Int>?) throws -> String {
        let range = pages.map { ["-f", "\($0.lowerBound)", "-l", "\($0.upperBound)"] } ?? []
        return try run(try tool(["pdftotext"]), ["-layout"] + range + [pdf.path, "-"]).output
    }
}
