#!/usr/bin/env python3
"""Writes the HTML from which LibreOffice makes the .docx fixtures (see README.md).

da-loc-2025.html: seed 001's text lines 1-199 as paragraphs (the extraction's "**" bold marks
dropped; the lines of one bold block joined by <br>), the appendix title lines, and the appendix
table: every row of da-loc-2025-phu-luc.tsv as a table row, cells kept as they are (their <p>
fragments become real paragraphs; "<ul …>" opens a paragraph as in the extraction).

chieng-dong-2022.html: seed 000's header paragraphs (title, parent plan, signer; the extraction
broke them into lines, rejoined here) and chieng-dong-2022-phu-luc.csv as a table.
"""
import csv, html, re, sys
from pathlib import Path

here = Path(__file__).resolve().parent
seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[2] / ".." / "shared" / "seeds"

def cell_html(raw):
    if "<p>" in raw or "<ul" in raw or "<i>" in raw:
        return re.sub(r'<ul[^>]*>', '<p>', raw)
    return "<br>".join(html.escape(part) for part in raw.split("\n"))

def table(rows):
    out = ['<table border="1">']
    for cells in rows:
        out.append("<tr>" + "".join(f"<td>{cell_html(c)}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def page(body):
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>\n'

# Seed 001
lines = (seeds / "001_9db4eaef75d29c64.txt").read_text(encoding="utf-8").split("\n")
paragraphs, block = [], None
for line in lines[:199]:
    text = line.strip()
    if block is not None:
        block.append(text.replace("**", ""))
        if text.endswith("**"):
            paragraphs.append("<br>".join(html.escape(t) for t in block)); block = None
        continue
    if text.startswith("**") and not (text.endswith("**") and len(text) > 2):
        block = [text.replace("**", "")]; continue
    if text:
        paragraphs.append(html.escape(text.replace("**", "")))
body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
tsv = (here / "da-loc-2025-phu-luc.tsv").read_text(encoding="utf-8").split("\n")
intro = [l for l in tsv[:4] if l.strip()]
rows = [l.split("\t") for l in tsv[4:] if l.strip()]
body += "\n" + "\n".join(f"<p>{html.escape(l)}</p>" for l in intro) + "\n" + table(rows)
(here / "da-loc-2025.html").write_text(page(body), encoding="utf-8")

# Seed 000
header = [
    "KẾ HOẠCH",
    "Nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công năm 2022",
    "Thực hiện Kế hoạch số 72/KH-UBND ngày 22/02/2022 của UBND huyện Yên Châu về nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công năm 2022.",
    "TM. UỶ BAN NHÂN DÂN\nCHỦ TỊCH",
    "Hoàng Văn Khù",
]
body = "\n".join("<p>" + "<br>".join(html.escape(x) for x in p.split("\n")) + "</p>" for p in header)
with open(here / "chieng-dong-2022-phu-luc.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
intro = [r[0] for r in rows if len(r) == 1]
rows = [r for r in rows if len(r) > 1]
body += "\n" + "\n".join(f"<p>{html.escape(l)}</p>" for l in intro) + "\n" + table(rows)
(here / "chieng-dong-2022.html").write_text(page(body), encoding="utf-8")
