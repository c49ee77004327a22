"""Undo what PDF and Word text extraction does to Chinese text, for every format.

- Kangxi radicals (U+2F00–U+2FDF), CJK Radicals Supplement (U+2E80–U+2EFF) and CJK compatibility
  ideographs (U+F900–U+FAFF) become the unified ideographs NFKC maps them to (`⼤同` -> `大同`). Nothing
  else is NFKC-normalised: full-width punctuation and figures stay verbatim.
- Spaces that extraction inserted inside Chinese text go: letter-spaced runs from justified lines
  (`总 投 资 35 亿 元` -> `总投资35亿元`) and spaces beside CJK punctuation (`“ 项目 ”`). A space between two
  words of several characters each (`祁县经开区 规模以上工业增加值`, a table row) is kept.
"""
from __future__ import annotations

import re
import unicodedata

_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF))


def _radical_table() -> dict[int, str]:
    table = {}
    for low, high in _RANGES:
        for code in range(low, high + 1):
            mapped = unicodedata.normalize("NFKC", chr(code))
            if mapped != chr(code) and unicodedata.name(mapped, "").startswith("CJK UNIFIED IDEOGRAPH"):
                table[code] = mapped
    return table


_RADICALS = _radical_table()
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff"
# CJK punctuation and full-width forms; the ASCII marks Chinese text often uses count when a CJK character precedes them
_FW_PUNCT = "\u3000-\u303f\u2018\u2019\u201c\u201d\u2026\u2014\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_CJK = f"{_IDEOGRAPH}{_FW_PUNCT},;:"
_SPACES = "[ \t\u00a0]+"
# a space beside CJK punctuation, between CJK/figure characters
_BY_PUNCT = re.compile(rf"(?:(?<=[{_FW_PUNCT}])|(?<=[{_IDEOGRAPH}0-9%][,;:])){_SPACES}(?=[{_CJK}0-9])"
                       rf"|(?<=[{_CJK}0-9%]){_SPACES}(?=[{_FW_PUNCT},;:])")
# a space next to a lone ideograph: `总 投 资`, `35 亿 元`, `项 目 3 个`
_LONE = re.compile(rf"(?:(?<=^)|(?<=[ \t\u00a0]))[{_IDEOGRAPH}](?=[ \t\u00a0]|$)", re.M)
_GAP = re.compile(rf"(?<=[{_CJK}0-9%]){_SPACES}(?=[{_CJK}0-9])")


def unify_radicals(text: str) -> str:
    """Radical and compatibility code points to their unified ideographs; nothing else changes."""
    return text.translate(_RADICALS)


def drop_inserted_spaces(text: str) -> str:
    """Remove the spaces extraction put between Chinese characters (see the module docstring)."""
    lone = {m.start() for m in _LONE.finditer(text)}
    out, last = [], 0
    for gap in _GAP.finditer(text) if lone else ():
        if gap.start() - 1 in lone or gap.end() in lone:
            out.append(text[last:gap.start()])
            last = gap.end()
    out.append(text[last:])
    return _BY_PUNCT.sub("", "".join(out))


def normalize_text(text: str) -> str:
    return drop_inserted_spaces(unify_radicals(text))
