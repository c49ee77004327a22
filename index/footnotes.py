"""Footnotes at a PDF page's foot (`①亿元以上项目指…`, set smaller than the body): not body text where they
stand, under whatever paragraph ends the page, but a note read right after the paragraph holding their mark
(`其中亿元以上项目①168个。…`), so they sit in that paragraph's part and region."""
from __future__ import annotations

import re
import statistics

from index.layout_line import Line

MARK = re.compile("[\u2460-\u2473\u2474-\u2487]")  # ① … ⑳, ⑴ … ⒇
SMALLER = 0.85  # a footnote's lines are at most this share of the body's line height
_PARAGRAPH_END = re.compile(r"[。！？；]$")


def split_footnotes(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """(the page's lines without its footnotes, the footnotes' texts). A footnote opens with a mark that also
    stands inside a body line of the page, in a smaller size than the body's; its smaller lines below go with it."""
    if len(lines) < 3:
        return lines, []
    body = statistics.median(ln.height for ln in lines)
    marked = {m.group() for ln in lines for m in MARK.finditer(ln.text[1:])}
    notes: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: (ln.y0, ln.x0)):
        small = not ln.whole and ln.height < SMALLER * body
        if small and ln.text[:1] in marked:
            notes.append([ln])
        elif small and notes and ln.y0 - notes[-1][-1].y1 < ln.height and not MARK.match(ln.text):
            notes[-1].append(ln)
    noted = {id(ln) for note in notes for ln in note}
    return [ln for ln in lines if id(ln) not in noted], ["".join(ln.text for ln in note) for note in notes]


def place_notes(text: str, notes: list[str]) -> str:
    """The page's text with each note on a line of its own after the paragraph holding its mark: the first line
    from the mark's on that ends a sentence (the page's end when none does)."""
    rows = text.split("\n")
    for note in notes:
        at = next((i for i, row in enumerate(rows) if note[0] in row[1:]), None)
        if at is None:
            rows.append(note)
            continue
        end = next((i for i in range(at, len(rows)) if _PARAGRAPH_END.search(rows[i])), len(rows) - 1)
        rows.insert(end + 1, note)
    return "\n".join(rows)
