"""Word .docx bulletins through python-docx (MIT): paragraphs and table rows in document order."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from index.figures import BARE_NUMBER, FIGURE
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
            trs = list(child.iterchildren(qn("w:tr")))
            header_rows = _header_rows(trs)
            # a header cell spanning columns heads each of them when a header row below names them apart
            blocks += table_lines([_docx_row(tr, parent, k < header_rows - 1) for k, tr in enumerate(trs)],
                                  header_rows=header_rows, note=note if UNIT_NOTE.match(note) else "")
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs/tables
            for content in child.iterchildren(qn("w:sdtContent")):
                blocks += _docx_blocks(content, parent)
    return blocks


def _header_rows(trs: list) -> int:
    """How many leading rows head the table: those marked to repeat on every page (`w:tblHeader`), else the
    first row and each row under it that continues a cell merged down from it and holds no figure (市 and
    开发区 merged down beside 营业收入 over 绝对值(亿元) / 增速(%))."""
    marked = 0
    while marked < len(trs) - 1 and _flag(trs[marked].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}")):
        marked += 1
    if marked:
        return marked
    count = 1
    while count < len(trs) - 1 and _continues_merge(trs[count]) \
            and not any(BARE_NUMBER.fullmatch(t.strip()) or FIGURE.search(t) for t in _texts(trs[count])):
        count += 1
    return count


def _flag(element) -> bool:
    """Whether an on/off property is on (present, and not w:val="false"/"0")."""
    return element is not None and element.get(qn("w:val"), "true") not in ("false", "0", "off")


def _continues_merge(tr) -> bool:
    return any(vm is not None and vm.get(qn("w:val"), "continue") == "continue"
               for vm in (tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}") for tc in tr.iterchildren(qn("w:tc"))))


def _texts(tr) -> list[str]:
    return ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.iterchildren(qn("w:tc"))]


def _docx_row(tr, parent, over_header: bool = False) -> list[str]:
    """The row's cell texts by grid column; a cell spanning columns fills them all in a header row over another
    (营业收入 over its 绝对值 and 增速 columns), else only its first."""
    cells: list[str] = []
    for tc in tr.iterchildren(qn("w:tc")):
        text = " ".join(Paragraph(p, parent).text for p in tc.iter(qn("w:p")))
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        wide = int(span.get(qn("w:val"), "1")) if span is not None else 1
        cells += [text] + [text if over_header else ""] * (wide - 1)
    return cells
