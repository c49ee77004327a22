"""The plain text formats, .txt and .md (bytes -> (text, title)): a mail's signature left out, and the tables pasted
in them (Markdown `|---|`, tab- or bar-parted lines) written one sentence per row, as the other formats' tables are
(`index.tables`)."""
from __future__ import annotations

import re
from typing import Callable

from index.tables import table_lines
from index.text_decoding import decode

_SIGNATURE_LINES = 6  # a mail's signature after its `-- ` line: the sender's office, phone, address
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")  # `## 二、存在问题`: a heading, read by its own numbering as a .txt's is


def load_md(data: bytes) -> tuple[str, str | None]:
    lines = _lines(data)
    title = next((ln[2:].strip() for ln in lines if ln.startswith("# ") and ln[2:].strip()), None)
    lines = [_MD_HEADING.sub("", ln) for ln in lines]
    return _with_table_rows(lines, (_md_table_at, _tab_table_at)), title


def load_txt(data: bytes) -> tuple[str, str | None]:
    lines = _lines(data)
    return _with_table_rows(lines[:_signature_at(lines)], (_tab_table_at, _bar_table_at)), None


def _signature_at(lines: list[str]) -> int:
    """Where a mail's signature starts: its `-- ` line, a few short lines (the sender's office, phone) after it
    closing the text; else the end (a `--` line with text going on is a divider)."""
    at = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].rstrip() == "--"), len(lines))
    after = [ln for ln in lines[at + 1:] if ln.strip()]
    return at if len(after) <= _SIGNATURE_LINES and all(len(ln.strip()) <= 40 for ln in after) else len(lines)


def _lines(data: bytes) -> list[str]:
    return decode(data).replace("\r\n", "\n").replace("\r", "\n").split("\n")


TableAt = Callable[[list[str], int], tuple[list[list[str]], int] | None]  # a table found at line i: rows, end


def _with_table_rows(lines: list[str], readers: tuple[TableAt, ...]) -> str:
    """The text with each table a reader finds (its rows and the line after it) written one sentence per row, as
    the other formats' tables are, in a paragraph of its own."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = next((table for read in readers if (table := read(lines, i))), None)
        if found:
            rows, end = found
            out += ([""] if out and out[-1].strip() else []) + ["\n\n".join(table_lines(rows))]
            out += [""] if end < len(lines) and lines[end].strip() else []
            i = end
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _md_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A Markdown table starting at line i (a header, a |---| line, rows): its rows and where it ends."""
    if not ("|" in lines[i] and i + 1 < len(lines) and _MD_SEPARATOR.match(lines[i + 1])):
        return None
    end = i + 2
    while end < len(lines) and "|" in lines[end] and lines[end].strip():
        end += 1
    return [_md_cells(ln) for ln in lines[i:i + 1] + lines[i + 2:end]], end


def _parted_table_at(lines: list[str], i: int, mark: str) -> tuple[list[list[str]], int] | None:
    """A table pasted as text, its cells parted by `mark` (a header and rows of as many cells, two or more): its
    rows and where it ends. A single such line is no table."""
    def cells(line: str) -> list[str]:
        return [c.strip() for c in line.strip().strip(mark).split(mark)] if mark in line.strip() else []
    width = len(cells(lines[i]))
    end = i
    while end < len(lines) and width >= 2 and len(cells(lines[end])) == width:
        end += 1
    return ([cells(ln) for ln in lines[i:end]], end) if end - i >= 2 else None


def _tab_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    return _parted_table_at(lines, i, "\t")


def _bar_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A table a mail or chat pasted as `城市|指标|…` lines, with no Markdown |---| line under its header."""
    return _parted_table_at(lines, i, "|")


def _md_cells(line: str) -> list[str]:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") and not s.endswith("\\|") else s
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", s)]
