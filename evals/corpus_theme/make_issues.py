"""Write the three synthetic issues of 桐渚省商务厅《开发区专题通报》 from issues.py (commit the outputs too).

    python evals/corpus_theme/make_issues.py

第1期 a PDF that LibreOffice prints from a .docx (running header, `— N —` page footers, a real footnote);
第2期 a `.htm` saved from a portal, encoded GBK; 第3期 a Word 97 `.doc` (LibreOffice from a .docx) whose table
header spans two rows.
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from issues import ISSUE_1, ISSUE_1_FOOTNOTE, ISSUE_2, ISSUE_3  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "kaifaqu-zhuanti-tongbao"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _footnotes_part(doc, text: str) -> None:
    """Word's footnotes part with one note (id 1) whose mark is written `①` by the text itself."""
    xml = (f'<w:footnotes xmlns:w="{W}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
           f'<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _para_with_footnote(doc, text: str) -> None:
    before, after = text.split("①", 1)
    para = doc.add_paragraph(before)
    para.paragraph_format.first_line_indent = Pt(24)
    para._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                             '<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>①</w:t></w:r>'))
    para.add_run(after)


def _header_footer(doc, header: str) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    footer.add_run("— ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" —")


def _table(doc, header_rows: list[list[str]], rows: list[list[str]]) -> None:
    """A ruled table; its header rows repeat on each page; a header cell left blank merges into its neighbour
    (left: a group over two columns) or the cell above it (a label spanning both header rows)."""
    table = doc.add_table(rows=len(header_rows) + len(rows), cols=len(header_rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(header_rows):
        table.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for r, row in enumerate(header_rows):
        for c, text in enumerate(row):
            if not text and r == 0:
                table.cell(0, c - 1).merge(table.cell(0, c))
            elif not text and r > 0 and header_rows[0][c]:
                table.cell(r - 1, c).merge(table.cell(r, c))
    for r, row in enumerate(rows, start=len(header_rows)):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def write_docx(blocks: list[tuple], path: Path, header: str | None = None, footnote: str | None = None) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(14)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.5
    doc.core_properties.title = blocks[0][1]
    if header:
        _header_footer(doc, header)
    if footnote:
        _footnotes_part(doc, footnote)
    for kind, *rest in blocks:
        if kind == "title":
            doc.add_paragraph(rest[0], style="Title")
        elif kind == "meta":
            doc.add_paragraph(rest[0]).alignment = 1
        elif kind == "part":
            doc.add_paragraph().add_run(rest[0]).bold = True
        elif kind == "city":
            para = doc.add_paragraph()
            para.paragraph_format.first_line_indent = Pt(28)
            para.add_run(rest[0]).bold = True
            para.add_run(rest[1])
        elif kind == "table":
            doc.add_paragraph(rest[0]).alignment = 1
            _table(doc, rest[1], rest[2])
        elif footnote and "①" in rest[0]:
            _para_with_footnote(doc, rest[0])
        else:
            doc.add_paragraph(rest[0]).paragraph_format.first_line_indent = Pt(28)
    doc.save(path)


def soffice_convert(source: Path, target: Path, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
                        "--convert-to", fmt, "--outdir", tmp, str(source)], check=True, capture_output=True,
                       timeout=180)
        shutil.copyfile(Path(tmp) / f"{source.stem}.{fmt}", target)


def write_htm(blocks: list[tuple], path: Path) -> None:
    """The article as a portal page saves it: layout tables, TRS_Editor, &nbsp; indents, GBK bytes."""
    body = []
    for kind, *rest in blocks[2:]:
        if kind == "part":
            body.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{html.escape(rest[0])}</strong></p>")
        elif kind == "city":
            body.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{html.escape(rest[0])}</strong>{html.escape(rest[1])}</p>")
        elif kind == "table":
            cells = "".join(f"<td>{html.escape(h)}</td>" for h in rest[1][0])
            trs = [f"<tr>{cells}</tr>"] + ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                                           for row in rest[2]]
            body.append(f"<p align=\"center\">{html.escape(rest[0])}</p>"
                        f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"90%\">{''.join(trs)}</table>")
        else:
            body.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(rest[0])}</p>")
    title, issue, date = blocks[0][1], blocks[1][1].split()[0], blocks[1][1].split()[-1]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta charset="gb2312">
<title>{html.escape(blocks[2][1])}_桐渚省商务厅</title></head>
<body><table width="1000" align="center"><tr><td><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
<a href="/zwgk/tzgg/">通知公告</a></td></tr></table>
<table width="1000" align="center" class="article"><tr><td align="center"><h2>{html.escape(blocks[2][1])}</h2></td></tr>
<tr><td align="center">发布时间：{date.replace('年', '-').replace('月', '-').rstrip('日')}&nbsp;&nbsp;来源：桐渚省商务厅开发区处&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td><div class="TRS_Editor"><p align="center">{html.escape(title)}（{html.escape(issue)}）</p>
{chr(10).join(body)}
</div></td></tr><tr><td align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr></table>
<table width="1000" align="center"><tr><td align="center">主办：桐渚省商务厅&nbsp;&nbsp;网站标识码：2900000012</td></tr></table>
</body></html>
"""
    path.write_bytes(page.encode("gbk"))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / f"2026-04-{STEM}-di1qi.docx"
        write_docx(ISSUE_1, first, header="桐渚省商务厅 专题通报", footnote=ISSUE_1_FOOTNOTE)
        soffice_convert(first, HERE / f"{first.stem}.pdf", "pdf")
        write_htm(ISSUE_2, HERE / f"2026-07-{STEM}-di2qi.htm")
        third = Path(tmp) / f"2026-10-{STEM}-di3qi.docx"
        write_docx(ISSUE_3, third)
        soffice_convert(third, HERE / f"{third.stem}.doc", "doc")


if __name__ == "__main__":
    main()
