#!/usr/bin/env python3
"""Writes the table fixtures of issue 15 ("Real tables and honest deadlines").

Run from this directory: python3 make_issue15_tables.py

The tasks are seed 001's (examples/da-loc-2025.json, first words of each); the unit names and
deadline cells are those issue 15 met in real tables (short forms, the 2025 commune bodies,
"Trước ngày 05 hàng tháng", ...). Each file is a form a commune really sends:

- bang-20-dong.tsv: a 20-row table under "PHỤ LỤC" and "(Kèm theo Kế hoạch số ...)" lines,
  header "TT | Nhiệm vụ | Cơ quan chủ trì | Đơn vị phối hợp | Thời hạn", a totals row and the
  signature block after it.
- khong-cot-chu-tri.csv: "STT, Nội dung công việc, Ngày chậm nhất phải hoàn thành, Ghi chú":
  no lead column.
- tieu-de-hai-dong.csv: a two-row header ("Đơn vị thực hiện" over "Chủ trì | Phối hợp").
- unicode-text.txt: Excel's "Unicode Text": UTF-16 little-endian with BOM, tab-separated, CRLF.
- bang.xlsx: an Excel workbook (shared strings, an inline string, a vertically merged deadline
  cell, a cell with a line break), written as Excel lays out its parts.
- word-cu.doc, van-ban.pdf, van-ban.odt: files refused with the save-as steps (an OLE header,
  a PDF header, an OpenDocument zip).
"""
import csv
import io
import json
import zipfile
from xml.sax.saxutils import escape

tasks = [t["description"].split(";")[0].lstrip("- ").strip()[:80]
         for t in json.load(open("../../../examples/da-loc-2025.json"))["tasks"]]

preamble = [
    ["PHỤ LỤC"],
    ["NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2025"],
    ["(Kèm theo Kế hoạch số 15/KH-UBND ngày 18/08/2025 của UBND xã Đa Lộc về việc nâng cao Chỉ số hiệu quả quản trị và hành chính công năm 2025)"],
]
header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối hợp", "Thời hạn"]
leads = [
    "VP-TK", "Công chức Tài chính KT", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã",
    "Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế", "Công chức Văn hóa - Xã hội (theo dõi Lao động, Thương binh và Xã hội)",
    "Công an xã", "TP-HT", "ĐC-XD",
]
partners = ["Các ban, ngành xã", "Các thôn", "", "Ủy ban MTTQ Việt Nam xã", "Các ban, ngành xã; Các thôn"]
deadlines = [
    "Trước ngày 05 hàng tháng", "chậm nhất ngày 15 hằng tháng", "ngày 25 tháng cuối quý", "Tuần đầu tháng 11/2025",
    "Giữa tháng 9", "Học kỳ I năm học 2025-2026", "Năm 2025 và các năm tiếp theo", "4 tháng đầu năm",
    "Quý III và tháng 12/2025", "Thường xuyên", "Quý IV/2025", "Hàng quý, 06 tháng, năm",
    "Đầu tháng 10", "Theo kế hoạch", "Tháng 12/2025", "Trước ngày 15/12/2025",
    "giai đoạn 2025-2030", "Thường xuyên và báo cáo 6 tháng, năm", "Khi có văn bản chỉ đạo của cấp trên", "Tháng 10/2025",
]
rows = [[str(i + 1), tasks[i], leads[i % len(leads)], partners[i % len(partners)], deadlines[i]] for i in range(20)]
closing = [["Tổng cộng: 20 nhiệm vụ"], ["", "", "", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"], ["", "", "", "Nguyễn Văn An"]]

with open("bang-20-dong.tsv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    for r in preamble + [header] + rows + closing:
        w.writerow(r)

with open("khong-cot-chu-tri.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["STT", "Nội dung công việc", "Ngày chậm nhất phải hoàn thành", "Ghi chú"])
    for i in range(4):
        w.writerow([str(i + 1), tasks[i], ["30/9/2025", "Trước ngày 05 hàng tháng", "Quý IV/2025", "15/11/2025"][i], ""])
    w.writerow(["Tổng cộng: 04 nhiệm vụ", "", "", ""])

with open("tieu-de-hai-dong.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["TT", "Nội dung", "Đơn vị thực hiện", "", "Tiến độ"])
    w.writerow(["", "", "Chủ trì", "Phối hợp", ""])
    w.writerow(["1", tasks[0], "Văn phòng HĐND và UBND xã", "Các ban, ngành xã", "Quý III/2025"])
    w.writerow(["2", tasks[1], "Phòng Văn hóa - Xã hội", "Các thôn", "Tháng 12/2025"])

unicode_rows = [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
                ["1", tasks[0], "Văn phòng - Thống kê", "Quý IV/2025"],
                ["2", tasks[1], "Công an xã", "Trước ngày 05 hàng tháng"]]
buffer = io.StringIO()
csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(unicode_rows)
with open("unicode-text.txt", "wb") as f:
    f.write(b"\xff\xfe" + buffer.getvalue().encode("utf-16-le"))

# .xlsx: shared strings for most cells, an inline string, a merged deadline cell (rows 3-4).
sheet_rows = [
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", tasks[0], "Văn phòng HĐND và UBND xã", "Các ban, ngành xã", "Quý III/2025"],
    ["2", tasks[1], "Phòng Văn hóa - Xã hội", "Các thôn", "Trước ngày 05 hàng tháng"],
    ["3", tasks[2], "Công an xã", "Các thôn", None],
    ["4", tasks[3] + "\n(theo kế hoạch của huyện)", "Trung tâm Phục vụ hành chính công xã", "", "Tháng 12/2025"],
]
strings = []
def sst(text):
    if text not in strings:
        strings.append(text)
    return strings.index(text)
cols = "ABCDE"
xml_rows = []
for r, row in enumerate(sheet_rows, start=1):
    cells = []
    for c, value in enumerate(row):
        ref = f"{cols[c]}{r}"
        if value is None or value == "":
            continue
        if c == 0 and r > 1:
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        elif r == 5 and c == 2:
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        else:
            cells.append(f'<c r="{ref}" t="s"><v>{sst(value)}</v></c>')
    xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns} {rel}><sheetData>'
         + "".join(xml_rows) + '</sheetData><mergeCells count="1"><mergeCell ref="E3:E4"/></mergeCells></worksheet>')
shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">'
          + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} {rel}><sheets>'
            '<sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                 '</Types>')
root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
with zipfile.ZipFile("bang.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", rels), ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared)]:
        info = zipfile.ZipInfo(name, date_time=(2025, 8, 18, 0, 0, 0))
        z.writestr(info, data.encode("utf-8"), zipfile.ZIP_DEFLATED)

with open("word-cu.doc", "wb") as f:
    f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504))
with open("van-ban.pdf", "wb") as f:
    f.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
with zipfile.ZipFile("van-ban.odt", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype", date_time=(2025, 8, 18, 0, 0, 0)), "application/vnd.oasis.opendocument.text")
