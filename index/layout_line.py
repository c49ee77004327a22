"""A text line of a page with its box: what the PDF text layer and OCR give `index.layout`."""
from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    whole: bool = False  # a paragraph of its own (a table's row), joined to no other line
    # gaps as wide as between two table cells: (index of the space in text, x where the text before it ends,
    # x where the text after it starts); `index.layout_tables` reads cells closer than a column gutter by them
    cuts: tuple[tuple[int, float, float], ...] = ()

    @property
    def height(self) -> float:
        return self.y1 - self.y0



def char_size(lines: list[Line]) -> float:
    return statistics.median(ln.height for ln in lines) if lines else 1.0

