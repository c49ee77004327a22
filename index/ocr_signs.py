"""Minus signs the OCR detector leaves out. A table cell `-8.6` is often boxed as `8.6`: the thin stroke of
the minus falls outside the detected box, and the figure is read as a rise. A line that starts with a digit
is looked at in the page image: a short flat stroke just left of it, at the digits' mid-height and with
nothing else beside it, is a minus, and the line is read with it.

Sizes are measured against the first digit's height in pixels, not the box: detector boxes are padded.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from index.layout import Line

INK = 140              # darker than this (0-255 grey) is ink; a scan's paper is ~240, its print ~10-60
MAX_THICKNESS = 0.3    # a minus is at most this part of the digit height thick ...
WIDTH = (0.2, 0.9)     # ... and this wide
MIDDLE = (0.3, 0.75)   # its centre between these parts of the digit height, from the top
MAX_GAP = 0.5          # its right end at most this far left of the digit's ink


def _run(flags: np.ndarray) -> tuple[int, int] | None:
    """The longest run of True in a 1-d array, as [start, end)."""
    best, start = None, None
    for i, flag in enumerate(list(flags) + [False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return best


def _glyph_rows(ink: np.ndarray, width: int) -> tuple[int, int] | None:
    """The rows [top, bottom) of the first `width` columns' ink: the first character's height."""
    return _run(ink[:, :max(1, width)].any(axis=1))


def has_minus_before(gray: np.ndarray, line: Line) -> int | None:
    """The x where a minus sign left of `line` starts, or None (no digit first, or no minus)."""
    if not line.text[:1].isdigit():
        return None
    x0, y0, x1, y1 = (int(round(v)) for v in (line.x0, line.y0, line.x1, line.y1))
    y0, x0 = max(0, y0), max(0, x0)
    ink = gray[y0:y1, x0:x1] < INK
    rows = _glyph_rows(ink, (x1 - x0) // max(1, len(line.text)))
    if rows is None or rows[1] - rows[0] < 6:
        return None
    top, bottom = y0 + rows[0], y0 + rows[1]
    height = bottom - top
    digit = x0 + int(np.flatnonzero(ink[rows[0]:rows[1]].any(axis=0))[0])  # where the digit's ink starts
    left = max(0, digit - int(height * (MAX_GAP + WIDTH[1])))
    window = gray[top:bottom, left:digit] < INK
    stroke_rows = _run(window.any(axis=1))
    if stroke_rows is None or window.sum() < 3:
        return None
    r0, r1 = stroke_rows
    columns = _run(window[r0:r1].any(axis=0))
    if columns is None:
        return None
    c0, c1 = columns
    thick, wide, centre = r1 - r0, c1 - c0, (r0 + r1) / 2
    stray = window.sum() - window[r0:r1, c0:c1].sum()  # ink outside the stroke: a speck or two at most
    if (thick <= max(2, MAX_THICKNESS * height) and WIDTH[0] * height <= wide <= WIDTH[1] * height
            and MIDDLE[0] * height <= centre <= MIDDLE[1] * height
            and digit - (left + c1) <= MAX_GAP * height and stray <= 2
            and window[r0:r1, c0:c1].mean() >= 0.6):
        return left + c0
    return None


def with_minus_signs(gray: np.ndarray, lines: list[Line]) -> list[Line]:
    """The lines, each that a minus stands before read with it (`-8.6`)."""
    out = []
    for line in lines:
        start = has_minus_before(gray, line)
        out.append(replace(line, x0=float(start), text="-" + line.text) if start is not None else line)
    return out
