extension DocxReport {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// `[Content_Types].xml`: the type of every part.
    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """

    /// `_rels/.rels`: where the document and its properties are.
    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    /// `word/_rels/document.xml.rels`: styles, settings and the two headers (rId3 numbered, rId4 empty).
    static let documentRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipNamespace)/settings" Target="settings.xml"/>\
        <Relationship Id="rId3" Type="\(relationshipNamespace)/header" Target="header1.xml"/>\
        <Relationship Id="rId4" Type="\(relationshipNamespace)/header" Target="header2.xml"/>\
        </Relationships>
        """

    /// `docProps/core.xml`: title and language; no dates, so the same report gives the same file.
    static func coreProperties(title: String) -> String {
        header + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(escape(title))</dc:title>\
            <dc:language>vi-VN</dc:language><dc:creator>kehoach</dc:creator></cp:coreProperties>
            """
    }

    /// `docProps/app.xml`.
    static let appProperties = header + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kehoach</Application></Properties>
        """

    /// `word/settings.xml`: Word 2013+ layout, Vietnamese proofing.
    static let settings = header + """
        <w:settings xmlns:w="\(wordNamespace)"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
        <w:themeFontLang w:val="vi-VN"/></w:settings>
        """

    /// `word/header1.xml`: the page number, centred, 13 pt (NĐ30: in the top margin, not on page 1).
    static let pageNumberHeader = header + """
        <w:hdr xmlns:w="\(wordNamespace)"><w:p><w:pPr><w:pStyle w:val="Frame"/></w:pPr>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
        """

    /// `word/header2.xml`: the first page's header, empty.
    static let emptyHeader = header + "<w:hdr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Frame\"/></w:pPr></w:p></w:hdr>"

    /// `word/styles.xml`: Times New Roman 13 pt (the font NĐ30 names, which Word has with every
    /// Vietnamese letter), justified body text with a 1.27 cm first-line indent, and one style per
    /// part of the frame so that an official restyles the whole report at once.
    static let styles: String = {
        func style(_ id: String, _ name: String, pPr: String = "", rPr: String = "", next: String? = nil) -> String {
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
                + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "") + "<w:qFormat/>"
                + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + "</w:style>"
        }
        let flat = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/>"
        let border = "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        return header + "<w:styles xmlns:w=\"\(wordNamespace)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
            + "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:widowControl/><w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/></w:pPr></w:style>"
            + style("Frame", "Khung văn bản", pPr: flat + "<w:jc w:val=\"center\"/>")
            + style("Rule", "Đường kẻ", pPr: flat, rPr: "<w:sz w:val=\"8\"/>")
            + style("Kind", "Tên loại văn bản", pPr: "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                    rPr: "<w:b/><w:sz w:val=\"28\"/>")
            + style("Subject", "Trích yếu", pPr: "<w:keepNext/><w:spacing w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>", rPr: "<w:b/>")
            + style("Recipient", "Kính gửi", pPr: "<w:spacing w:before=\"240\" w:after=\"240\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>")
            + style("RecipientLabel", "Kính gửi (nhãn)", pPr: "<w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:right=\"113\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>")
            + style("RecipientItem", "Kính gửi (dòng)", pPr: flat + "<w:jc w:val=\"left\"/>")
            + style("Heading1", "heading 1", pPr: "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/>", rPr: "<w:b/>", next: "Normal")
            + style("Heading2", "heading 2", pPr: "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>", rPr: "<w:b/>", next: "Normal")
            + style("Placeholder", "Nội dung cần bổ sung", rPr: "<w:i/>")
            + style("Note", "Ghi chú", pPr: "<w:ind w:firstLine=\"0\"/>", rPr: "<w:i/><w:sz w:val=\"21\"/>")
            + style("ListLine", "Dòng liệt kê", pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:firstLine=\"0\"/>")
            + style("CopiesLabel", "Nơi nhận", pPr: flat + "<w:jc w:val=\"left\"/>", rPr: "<w:b/><w:i/><w:sz w:val=\"24\"/>")
            + style("Copies", "Nơi nhận (dòng)", pPr: flat + "<w:jc w:val=\"left\"/>", rPr: "<w:sz w:val=\"22\"/>")
            + style("TableText", "Chữ trong bảng", pPr: flat + "<w:jc w:val=\"left\"/>", rPr: "<w:sz w:val=\"21\"/>")
            + style("TableNumber", "Số trong bảng", pPr: flat + "<w:jc w:val=\"right\"/>", rPr: "<w:sz w:val=\"21\"/>")
            + style("TableHeading", "Tiêu đề bảng", pPr: "<w:keepNext/>" + flat + "<w:jc w:val=\"center\"/>", rPr: "<w:b/><w:sz w:val=\"21\"/>")
            + "<w:style w:type=\"table\" w:styleId=\"Grid\"><w:name w:val=\"Bảng kẻ ô\"/><w:tblPr><w:tblBorders>\(border)</w:tblBorders>"
            + "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }()
}
