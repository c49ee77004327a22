"""Key-figure cards on a slide or in a newsletter's box: boxes side by side, each an indicator over its figure over its change, every line
centred in its box (`营业收入` / `412.6亿元` / `同比+8.2%`). Read by rows, as a table, they run together (the first
card's indicator heads no column, each next card's indicator reads as the previous card's figure's label); read by
cards, each is one sentence of its own, as a bulletin writes it: `营业收入412.6亿元，同比+8.2%。`.

A card row is a row of two or more labels without a figure, and under it, closer than a blank line, rows of short
figures only (a figure, a change with its sign, `同比+5个`, `较上年末+128家`), each piece centred under one label and
the first of those rows giving every label its figure. A table's rows start with a row header, a name rather than
a figure, so none reads as cards.

A card may also stand alone in its row, as a newsletter's key-figure box (数读) stacks them: a figure written big and
its label in small type centred under it (or over it), nearer to it than to the next card's figure. Read line by
line, each label would title the next figure; read by cards, `全省开发区营业收入2875.3亿元。`.
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


BIG = 1.5  # a stacked card's figure stands at least this many times its label's height


def _stacked_label(ln, figure, size: float) -> float | None:
    """How far a line stands from the big figure it labels (a small line of words centred over or under it), or None."""
    words = not FIGURE.search(ln.text) and not BARE_NUMBER.search(ln.text) and re.fullmatch(r"[\u4e00-\u9fff]{2,20}",
                                                                                            ln.text.strip())
    gap = max(ln.y0 - figure.y1, figure.y0 - ln.y1)
    fits = words and figure.height >= BIG * ln.height and abs(_centre(ln) - _centre(figure)) <= CENTRED * size
    return gap if fits and gap <= VALUE_GAP * size else None


def stacked_card(rows: list[list], start: int, size: float) -> tuple[int, list] | None:
    """(the end of the card starting at rows[start], its line) when rows[start] and the next row are one stacked card:
    a big figure and its label under it, or a label and its figure under it, each alone in its row; None otherwise."""
    if start + 1 >= len(rows) or len(rows[start]) != 1 or len(rows[start + 1]) != 1:
        return None
    first, second = rows[start][0], rows[start + 1][0]
    figure, label = (first, second) if _is_value(first.text) else (second, first)
    gap = _stacked_label(label, figure, size) if _is_value(figure.text) else None
    if gap is None:
        return None
    beyond = rows[start - 1] if figure is first and start > 0 else rows[start + 2] if start + 2 < len(rows) else []
    rival = _stacked_label(beyond[0], figure, size) if len(beyond) == 1 else None
    if rival is not None and rival < gap:
        return None  # the line on the figure's other side is its label
    return start + 2, [replace(first, x0=min(first.x0, second.x0), x1=max(first.x1, second.x1), y1=second.y1,
                               text=_sentence([label.text.strip(), figure.text.strip()]), whole=True, cuts=())]
