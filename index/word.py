"""Word .docx bulletins through python-docx (MIT): paragraphs and table rows in document order, each paragraph as it
reads with its tracked changes accepted and under the number Word shows before it (`index.word_numbering`), a
footnote's text after the paragraph that cites it (`注：…`), a one-cell layout table's paragraphs as paragraphs, a
text box's paragraphs after the paragraph it is anchored in. Comments, headers and footers are not read."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn
from lxml import etree

from index.figures import BARE_NUMBER, FIGURE
from index.tables import PROSE_CELL, UNIT_NOTE, table_lines
from index.word_numbering import WordNumbering

_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# runs that are not in the paragraph's accepted text: deleted or moved away, or in a text box (read apart) / an
# alternate rendering
_NOT_READ = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), _FALLBACK}


class WordError(Exception):
    """A .docx that cannot be read; the message is for staff."""


def load_docx(data: bytes) -> tuple[str, str | None]:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        hint = "（旧版 .doc 请另存为 .docx）" if data.startswith(b"\xd0\xcf\x11\xe0") else ""
        raise WordError(f"不是有效的 Word (.docx) 文件{hint}")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            raise WordError("不是有效的 Word (.docx) 文件")
        parts = {name: zf.read(f"word/{name}.xml") if f"word/{name}.xml" in names else None
                 for name in ("numbering", "styles", "footnotes")}
    try:
        document = docx.Document(io.BytesIO(data))
        reader = _Reader(WordNumbering(parts["numbering"], parts["styles"]), _footnotes(parts["footnotes"]))
    except Exception as exc:
        raise WordError("Word (.docx) 文件已损坏，无法解析") from exc
    paragraphs = reader.blocks(document.element.body)
    title = (document.core_properties.title or "").strip() or None
    return "\n\n".join(p for p in paragraphs if p), title


class _Reader:
    """Blocks of one document, numbering its paragraphs in document order."""

    def __init__(self, numbering: WordNumbering, footnotes: dict[str, str]) -> None:
        self.numbering, self.footnotes = numbering, footnotes

    def blocks(self, container) -> list[str]:
        """Paragraph texts and table-row sentences in document order."""
        blocks: list[str] = []
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                blocks.append(self.paragraph(child))
                blocks += [f"注：{self.footnotes[ref]}" for ref in _footnote_refs(child) if self.footnotes.get(ref)]
                for box in _text_boxes(child):  # a 专栏 callout: part of the bulletin, where it is anchored
                    blocks += self.blocks(box)
            elif child.tag == qn("w:tbl"):
                trs = list(child.iterchildren(qn("w:tr")))
                if len(trs) == 1 and len(trs[0].findall(qn("w:tc"))) == 1:  # one cell: a frame around a part
                    blocks += self.blocks(trs[0].find(qn("w:tc")))
                    continue
                note = next((b for b in reversed(blocks) if b), "")  # 单位：亿元 between the caption and the table
                header_rows = _header_rows(trs)
                # a header cell spanning columns heads each of them when a header row below names them apart
                rows: list[list[str]] = []
                for k, tr in enumerate(trs):
                    rows.append(self.row(tr, k < header_rows - 1, rows[-1] if rows else []))
                blocks += table_lines(rows, header_rows=header_rows, note=note if UNIT_NOTE.match(note) else "")
            elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs/tables
                for content in child.iterchildren(qn("w:sdtContent")):
                    blocks += self.blocks(content)
        return blocks

    def paragraph(self, p) -> str:
        text = _accepted_text(p).strip()
        label = self.numbering.label(p)  # counted even when the paragraph is empty, as Word counts it
        return label + text if text else ""

    def row(self, tr, over_header: bool = False, above: list[str] = ()) -> list[str]:
        """The row's cell texts by grid column; a cell spanning columns fills them all in a header row over another
        (营业收入 over its 绝对值 and 增速 columns), else only its first. A cell continuing a name merged down from the
        row `above` (a city's cell over its zones' or projects' rows) names this row too; a figure or a sentence
        merged down is the rows' together, written once."""
        cells: list[str] = []
        for tc in tr.iterchildren(qn("w:tc")):
            text = " ".join(self.paragraph(p) for p in tc.iter(qn("w:p")))
            merged = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            upper = above[len(cells)] if len(cells) < len(above) else ""
            if not text and merged is not None and merged.get(qn("w:val"), "continue") == "continue" \
                    and not (BARE_NUMBER.search(upper) or FIGURE.search(upper) or PROSE_CELL.search(upper)):
                text = upper
            span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            wide = int(span.get(qn("w:val"), "1")) if span is not None else 1
            cells += [text] + [text if over_header else ""] * (wide - 1)
        return cells


def _accepted_text(p) -> str:
    """The paragraph's text once its tracked changes are accepted: inserted runs (`w:ins`) in, deleted ones
    (`w:del`, whose text is `w:delText`) out."""
    parts: list[str] = []
    for run in p.iter(qn("w:r")):
        parent = run.getparent()
        while parent is not None and parent is not p and parent.tag not in _NOT_READ:
            parent = parent.getparent()
        if parent is not p:
            continue
        for child in run:
            if child.tag == qn("w:t"):
                parts.append(child.text or "")
            elif child.tag in (qn("w:tab"), qn("w:ptab")):
                parts.append("\t")
            elif child.tag in (qn("w:br"), qn("w:cr")):
                parts.append("\n")
    return "".join(parts)


def _text_boxes(p) -> list:
    """The text boxes anchored in the paragraph, each once: Word writes a box as a DrawingML shape (`wps:txbx`) and
    again as its VML fallback (`mc:Fallback`/`v:textbox`) for older readers; a box inside a box is read with it."""
    boxes = []
    for box in p.iter(qn("w:txbxContent")):
        parent = box.getparent()
        while parent is not None and parent is not p and parent.tag not in _NOT_READ:
            parent = parent.getparent()
        if parent is p:
            boxes.append(box)
    return boxes


def _footnote_refs(p) -> list[str]:
    return [ref.get(qn("w:id")) for ref in p.iter(qn("w:footnoteReference"))]


def _footnotes(xml: bytes | None) -> dict[str, str]:
    """Each footnote's text by id (the separators Word keeps there have none)."""
    if not xml:
        return {}
    return {note.get(qn("w:id")): "".join(_accepted_text(p) for p in note.iter(qn("w:p"))).strip()
            for note in etree.fromstring(xml).iterfind(qn("w:footnote"))}


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
