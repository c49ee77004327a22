"""Page numbers through cleaning: which page (and whether OCR read it) each offset of the cleaned text is on.

Paged loaders (PDF, images) return one `PageText` per page. `join_pages` makes the document text and
remembers each page's span in it. Cleaning drops lines and joins lines but never rewrites one, so
`page_marks` aligns the raw lines with the cleaned text to carry the page spans over to it.
"""
from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)
PAGE_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class PageText:
    number: int | None  # 1-based; None for formats without pages
    text: str
    ocr: bool = False


@dataclass(frozen=True)
class PageSpan:
    start: int
    end: int
    number: int | None
    ocr: bool


@dataclass(frozen=True)
class PageMark:
    offset: int  # where the page starts in the cleaned text
    number: int | None
    ocr: bool


def join_pages(pages: list[PageText]) -> tuple[str, tuple[PageSpan, ...]]:
    parts, spans, offset = [], [], 0
    for page in pages:
        if not page.text.strip():
            continue
        if parts:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        parts.append(page.text)
        spans.append(PageSpan(offset, offset + len(page.text), page.number, page.ocr))
        offset += len(page.text)
    return "".join(parts), tuple(spans)


def _raw_lines(raw: str, spans: tuple[PageSpan, ...]) -> list[tuple[str, int]]:
    """(stripped non-empty line, index of its page span), as cleaning sees the lines."""
    out, offset = [], 0
    starts = [s.start for s in spans]
    for line in raw.split("\n"):
        text = line.replace("\u3000", " ").strip()
        if text:
            out.append((text, max(0, bisect.bisect_right(starts, offset) - 1)))
        offset += len(line) + 1
    return out


def page_marks(raw: str, spans: tuple[PageSpan, ...], cleaned: str) -> list[PageMark]:
    """Where each page starts in `cleaned`; lines cleaning dropped are skipped (searching back when a
    dropped line happened to match, e.g. a header repeated as the start of a paragraph)."""
    if not spans:
        return []
    lines = _raw_lines(raw, spans)
    found: list[tuple[int, int]] = []  # (cleaned offset, span index) per matched line
    stack = [(0, 0, 0)]  # (line index, cleaned position, matches kept)
    seen = set()
    while stack:
        i, pos, kept = stack.pop()
        del found[kept:]
        while pos < len(cleaned) and cleaned[pos] == "\n":
            pos += 1
        if pos >= len(cleaned):
            break
        if i >= len(lines) or (i, pos) in seen:
            continue
        seen.add((i, pos))
        text, span = lines[i]
        stack.append((i + 1, pos, kept))  # the alternative: this line was dropped
        if cleaned.startswith(text, pos):
            found.append((pos, span))
            stack.append((i + 1, pos + len(text), kept + 1))
    else:
        log.warning("page numbers lost: the cleaned text does not follow the pages")
        return [PageMark(0, None, any(s.ocr for s in spans))]
    marks: list[PageMark] = []
    for pos, span in found:
        if not marks or marks[-1].number != spans[span].number:
            marks.append(PageMark(pos, spans[span].number, spans[span].ocr))
    return marks


def page_at(marks: list[PageMark], offset: int) -> PageMark | None:
    i = bisect.bisect_right([m.offset for m in marks], offset) - 1
    return marks[max(i, 0)] if marks else None
