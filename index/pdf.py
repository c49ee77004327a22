"""PDF bulletins through pypdfium2 (Apache-2.0/BSD): the text layer from character positions, OCR for
pages without one.

Characters are chained into lines by baseline and distance (a gap wider than a character starts a new
piece, so columns never merge); `index.layout` orders columns, drops furniture and joins paragraphs. A
page with no text layer (a scan, or a scanned page inside a text PDF) is rendered and read by OCR.
"""
from __future__ import annotations

import ctypes
import logging
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from index.footnotes import MARK, place_notes, split_footnotes
from index.layout import Line, page_texts
from index.ocr import OcrReader, ocr_texts
from index.pages import PageText
from index.pdf_rules import Rule, blocked, page_rules, ruled_tables

log = logging.getLogger(__name__)
MIN_TEXT_CHARS = 5  # fewer characters than this on a page with content: treated as a scan
SPACE_GAP = 0.2     # a gap wider than this share of the font size is a space
_IDEOGRAPH = re.compile("[\u3400-\u9fff]")
PIECE_GAP = 1.2     # a gap wider than this many font sizes splits the line (a column gutter)
CELL_GAP = 0.5      # a gap standing out by this many font sizes may part two table cells (a word space does not)
_DIGIT = re.compile("[0-9]")
AUTOSPACE = (0.1, CELL_GAP)  # the excess gap (font sizes) of autospacing between a figure and an ideograph
MIN_AUTOSPACED = 5  # figures beside ideographs needed to tell a document autospaced


class PdfError(Exception):
    """A PDF that cannot be read; the message is for staff."""


@dataclass
class _Glyph:
    char: str
    x0: float
    x1: float
    baseline: float  # distance from the page top
    size: float


def _glyphs(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[_Glyph]:
    height = page.get_height()
    raw = textpage.raw
    out = []
    box = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if pdfium_c.FPDFText_IsGenerated(raw, i) == 1 or code < 32:
            continue  # pdfium's own guesses at spaces and line breaks: the positions say better
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, box)  # the advance, not the ink: marks keep their width
        # the box's height is the size as drawn (the font size attribute ignores the text matrix)
        size = (box.top - box.bottom) or pdfium_c.FPDFText_GetFontSize(raw, i) or 10.0
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ox, oy)
        # some glyphs report only their ink (their size too): `_lines` lets an ideograph advance one em
        out.append(_Glyph(chr(code), min(box.left, ox.value), max(box.right, box.left + size * 0.2),
                          height - oy.value, size))
    return out


def _gap(last: _Glyph, g: _Glyph, em: float = 0.0) -> float:
    """Space between two glyphs; an ideograph advances one em (its box may hold only its ink, as `一`'s does)."""
    size = max(last.size, g.size, em)
    return g.x0 - max(last.x1, last.x0 + size if _IDEOGRAPH.match(last.char) else 0.0)


def _chains(glyphs: list[_Glyph], walls: list[Rule] = ()) -> list[list[_Glyph]]:
    """Chain glyphs (left to right) onto the open line with their baseline whose end is nearest, never
    across a table's vertical border; a footnote mark printed raised (`项目①168个`) onto the line it marks."""
    chains: list[list[_Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.x0, g.baseline)):
        best, best_gap = None, None
        for chain in chains:
            size = max(chain[-1].size, g.size)
            gap = _gap(chain[-1], g)
            raised = MARK.match(g.char) or MARK.match(chain[-1].char)
            if abs(g.baseline - chain[-1].baseline) < (1.0 if raised else 0.4) * size and -0.5 * size <= gap <= PIECE_GAP * size \
                    and (best_gap is None or gap < best_gap) \
                    and not blocked((chain[-1].x0 + chain[-1].x1) / 2, (g.x0 + g.x1) / 2, g.baseline, walls):
                best, best_gap = chain, gap
        if best is None:
            chains.append([g])
        else:
            best.append(g)
    return chains


def _spacing(chain: list[_Glyph]) -> tuple[float, list[float], float]:
    """(the chain's em, its gaps, the line's usual (justified) gap)."""
    em = sorted(g.size for g in chain)[len(chain) // 2]
    gaps = [_gap(a, b, em) for a, b in zip(chain, chain[1:])]
    return em, gaps, max(sorted(gaps)[len(gaps) // 2], 0.0) if gaps else 0.0


def _line(chain: list[_Glyph], autospaced: bool = False) -> Line:
    """A chain as a line; a space where a gap stands out from the line's usual (justified) spacing (in an
    autospaced document, between a figure and an ideograph only a gap as wide as a table cell's)."""
    em, gaps, usual = _spacing(chain)
    parts, cuts = [chain[0].char], []
    for g, gap in zip(chain[1:], gaps):
        extra = gap - usual
        if extra > CELL_GAP * em:
            cuts.append((len(parts), g.x0 - gap, g.x0))
        if extra > (CELL_GAP if autospaced and _figure_by_ideograph(parts[-1], g.char) else SPACE_GAP) * em:
            parts.append(" ")
        parts.append(g.char)
    base = sum(g.baseline for g in chain) / len(chain)
    return Line(chain[0].x0, base - 0.88 * em, chain[-1].x1, base + 0.12 * em, "".join(parts), cuts=tuple(cuts))


def _figure_by_ideograph(before: str, after: str) -> bool:
    def asian(c: str) -> bool:
        return bool(_IDEOGRAPH.match(c) or MARK.match(c))
    return bool((_DIGIT.match(before) and asian(after)) or (asian(before) and _DIGIT.match(after)))


def _autospaced(chains: list[list[_Glyph]]) -> bool:
    """Whether the document's word processor widened every gap between a figure and an ideograph by about a
    quarter em (LibreOffice's and Word's Asian/Latin autospacing: `新签约项目 412 个`, `98.3 亿元`) where the text
    has no space: most such gaps of the document stand out by a little, where a typed space is one among
    many gaps of none (a Chromium page's `表1 重点…`)."""
    widened = []
    for chain in chains:
        em, gaps, usual = _spacing(chain)
        widened += [AUTOSPACE[0] * em < gap - usual <= AUTOSPACE[1] * em
                    for a, b, gap in zip(chain, chain[1:], gaps) if _figure_by_ideograph(a.char, b.char)]
    return len(widened) >= MIN_AUTOSPACED and sum(widened) >= 0.6 * len(widened)


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfError("PDF 已加密（需要密码），无法读取") from exc
        raise PdfError("PDF 文件已损坏，无法解析") from exc


def _title(pdf: pdfium.PdfDocument) -> str | None:
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    except pdfium.PdfiumError:
        return None
    # producers often put a file name or a placeholder there; only a Chinese title is worth keeping
    chinese = any("\u4e00" <= c <= "\u9fff" for c in title)
    return title if chinese and not title.lower().endswith((".html", ".htm", ".doc", ".docx")) else None


def load_pdf(data: bytes, reader: OcrReader, label: str = "") -> tuple[list[PageText], str | None]:
    """Pages of text (from the text layer, or OCR where a page has none) and the PDF's title."""
    if b"%PDF-" not in data[:1024]:
        raise PdfError("不是有效的 PDF 文件（内容不是 PDF 格式）")
    pdf = _open(data)
    try:
        if len(pdf) == 0:
            raise PdfError("PDF 文件已损坏（没有页面）")
        layer: dict[int, list[Line]] = {}
        heights: dict[int, float] = {}
        scans = []
        carry = None  # the table the page before ended with
        notes: dict[int, list[str]] = {}
        layered = {}  # page number -> (its chained glyphs, its rules)
        for number in range(1, len(pdf) + 1):
            page = pdf[number - 1]
            heights[number] = page.get_height()
            rules = page_rules(page)
            chains = _chains(_glyphs(page, page.get_textpage()), rules)
            if sum(len(chain) for chain in chains) >= MIN_TEXT_CHARS:
                layered[number] = chains, rules
            else:
                scans.append((number, lambda page=page: page.render(scale=reader.options.dpi / 72).to_pil()))
        autospaced = _autospaced([chain for chains, _ in layered.values() for chain in chains])
        for number, (chains, rules) in layered.items():
            lines, carry = ruled_tables([_line(chain, autospaced) for chain in chains], rules, carry)
            layer[number], notes[number] = split_footnotes(lines)
        title = _title(pdf)
        scanned = ocr_texts(reader.read_pages(scans, label)) if scans else {}
    finally:
        pdf.close()
    texts = {n: place_notes(text, notes[n])
             for n, text in zip(layer, page_texts(list(layer.values()), [heights[n] for n in layer]))}
    pages = [PageText(n, texts[n]) if n in texts else PageText(n, scanned[n], ocr=True)
             for n in sorted({*texts, *scanned})]
    if not any(p.text.strip() for p in pages):
        raise PdfError("PDF 没有文字层，OCR 也没有识别出文字（扫描件模糊或是空白页）" if scans else "PDF 中没有可提取的文字")
    return pages, title
