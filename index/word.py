"""Word .docx bulletins through python-docx (MIT): paragraphs and table rows in document order."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from index.tables import UNIT_NOTE, table_lines


class WordError(Exception):
    """A .docx that cannot be read; the message is for staff."""


def load_docx(data: bytes) -> tuple[str, str | None]:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        hint = "（旧版 .doc 请另存为 .docx）" if data.startswith(b"\xd0\xcf\x11\xe0") else ""
        raise WordError(f"不是有效的 Word (.docx) 文件{hint}")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if "word/document.xml" not in zf.namelist():
            raise WordError("不是有效的 Word (.docx) 文件")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise WordError("Word (.docx) 文件已损坏，无法解析") from exc
    paragraphs = _docx_blocks(document.element.body, document)
    title = (document.core_properties.title or "").strip() or None
    return "\n\n".join(p for p in paragraphs if p), title


def _docx_blocks(container, parent) -> list[str]:
    """Paragraph texts and table-row sentences in document order."""
    blocks: list[str] = []
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            blocks.append(Paragraph(child, parent).text.strip())
        elif child.tag == qn("w:tbl"):
            note = next((b for b in reversed(blocks) if b), "")  # 单位：亿元 between the caption and the table
            blocks += table_lines([_docx_row(tr, parent) for tr in child.iterchildren(qn("w:tr"))],
                                  note=note if UNIT_NOTE.match(note) else "")
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs/tables
            for content in child.iterchildren(qn("w:sdtContent")):
                blocks += _docx_blocks(content, parent)
    return blocks


def _docx_row(tr, parent) -> list[str]:
    cells: list[str] = []
    for tc in tr.iterchildren(qn("w:tc")):
        cells.append(" ".join(Paragraph(p, parent).text for p in tc.iter(qn("w:p"))))
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        cells += [""] * (int(span.get(qn("w:val"), "1")) - 1 if span is not None else 0)
    return cells
