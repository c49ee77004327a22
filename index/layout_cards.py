"""Key-figure cards on a slide: boxes side by side, each an indicator over its figure over its change, every line
centred in its box (`营业收入` / `412.6亿元` / `同比+8.2%`). Read by rows, as a table, they run together (the first
card's indicator heads no column, each next card's indicator reads as the previous card's figure's label); read by
cards, each is one sentence of its own, as a bulletin writes it: `营业收入412.6亿元，同比+8.2%。`.

A card row is a row of two or more labels without a figure, and under it, closer than a blank line, rows of short
figures only (a figure, a change with its sign, `同比+5个`, `较上年末+128家`), each piece centred under one label and
the first of those rows giving every label its figure. A table's rows start with a row header, a name rather than
a figure, so none reads as cards.
"""
from __future__ import annotations

import re
from dataclasses import replace

from index.figures import BARE_NUMBER, FIGURE

MAX_VALUE_ROWS = 3   # a card's figure, its change, a further note
CENTRED = 1.0        # a piece's centre within this many character sizes of its label's
VALUE_GAP = 2.0      # the rows of one card row stand at most this many character sizes apart (top to top, below its line)
# a card's value: a figure after a short lead (同比, 较上年末) and a sign of change (+ - ↑ ↓), or a number alone (a name
# with a digit, 名1, is none)
_VALUE = re.compile(rf"^(?:[\u4e00-\u9fff]{{0,5}}[+＋\-－−↑↓]?\s*(?:{FIGURE.pattern})|[↑↓]?{BARE_NUMBER.pattern})$")


def _centre(ln) -> float:
    return (ln.x0 + ln.x1) / 2


def _label_of(ln, labels: list, size: float) -> int | None:
    """The label a piece is centred under, if any."""
    best = min(range(len(labels)), key=lambda k: abs(_centre(labels[k]) - _centre(ln)))
    return best if abs(_centre(labels[best]) - _centre(ln)) <= CENTRED * size else None


def _is_value(text: str) -> bool:
    return bool(_VALUE.match(text.strip()))


def _sentence(parts: list[str]) -> str:
    """A card as the clause a bulletin would write: `营业收入412.6亿元，同比+8.2%。` (its figures verbatim)."""
    return parts[0] + "，".join(parts[1:]) + "。"


def card_row(rows: list[list], start: int, size: float) -> tuple[int, list] | None:
    """(the end of the card row starting at rows[start], one line per card), or None when rows[start] heads none."""
    labels = rows[start]
    if len(labels) < 2 or any(FIGURE.search(ln.text) or BARE_NUMBER.fullmatch(ln.text.strip()) for ln in labels):
        return None
    cards: list[list] = [[ln] for ln in labels]
    end = start + 1
    while end < len(rows) and end - start <= MAX_VALUE_ROWS \
            and rows[end][0].y0 - rows[end - 1][0].y1 <= VALUE_GAP * size:
        under = [_label_of(ln, labels, size) for ln in rows[end]]
        if None in under or len(set(under)) < len(under) or not all(_is_value(ln.text) for ln in rows[end]):
            break
        if end == start + 1 and len(set(under)) < len(labels):
            return None  # every card shows its figure on the first row under the labels
        for k, ln in zip(under, rows[end]):
            cards[k].append(ln)
        end += 1
    if end == start + 1:
        return None
    return end, [replace(card[0], x1=max(ln.x1 for ln in card), y1=max(ln.y1 for ln in card),
                         text=_sentence([ln.text.strip() for ln in card]), whole=True, cuts=())
                 for card in cards]
