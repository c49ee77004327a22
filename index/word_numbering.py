"""The numbers Word shows before its numbered paragraphs (`一、` `（一）` `1.`), which live in `numbering.xml`, not in
the text: a paragraph (or its style) names a list (`w:numId`) and a level (`w:ilvl`); the list's level gives the
number format (`w:numFmt`) and the label around it (`w:lvlText`, `%1、`, `（%2）`, `%1.%2`). Counting is per list,
a level restarting after any shallower one; lists sharing one definition continue each other unless a list sets
its own start (`w:startOverride`), as Word does."""
from __future__ import annotations

import re

from docx.oxml.ns import qn
from lxml import etree

_DIGITS = "零一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_PLACEHOLDER = re.compile(r"%([1-9])")


def chinese_number(n: int) -> str:
    """一, 十, 十一, 二十, 一百零五 as Word writes chineseCounting (below ten thousand)."""
    if n <= 0 or n >= 10000:
        return str(n)
    units = ["千", "百", "十", ""]
    out, zero = "", False
    for k, d in enumerate(f"{n:04d}"):
        if d == "0":
            zero = bool(out)
            continue
        if zero:
            out += _DIGITS[0]
            zero = False
        out += ("" if (d == "1" and units[k] == "十" and not out) else _DIGITS[int(d)]) + units[k]
    return out


def _letters(n: int) -> str:
    """a … z, aa … zz: Word repeats the letter."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _enclosed(n: int, first: int) -> str:
    return chr(first + n - 1) if 1 <= n <= 20 else str(n)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "chineseCounting": chinese_number,
    "chineseCountingThousand": chinese_number,
    "japaneseCounting": chinese_number,
    "taiwaneseCounting": chinese_number,
    "ideographDigital": lambda n: "".join(_DIGITS[int(c)].replace("零", "〇") for c in str(n)),
    "ideographTraditional": lambda n: _STEMS[(n - 1) % 10],
    "ideographZodiac": lambda n: _BRANCHES[(n - 1) % 12],
    "decimalEnclosedCircle": lambda n: _enclosed(n, 0x2460),
    "decimalEnclosedCircleChinese": lambda n: _enclosed(n, 0x2460),
    "decimalEnclosedParen": lambda n: _enclosed(n, 0x2474),
    "decimalEnclosedFullstop": lambda n: _enclosed(n, 0x2488),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


def _val(element, path: str, default: str | None = None) -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(qn("w:val"), default) if found is not None else default


class WordNumbering:
    """Reads numbering.xml and styles.xml once; `label(p)` gives the number a paragraph shows, in document order."""

    def __init__(self, numbering_xml: bytes | None, styles_xml: bytes | None) -> None:
        numbering = etree.fromstring(numbering_xml) if numbering_xml else None
        styles = etree.fromstring(styles_xml) if styles_xml else None
        self._abstract = {a.get(qn("w:abstractNumId")): a
                          for a in (numbering.iterfind(qn("w:abstractNum")) if numbering is not None else [])}
        self._nums = {n.get(qn("w:numId")): n
                      for n in (numbering.iterfind(qn("w:num")) if numbering is not None else [])}
        self._styles = {s.get(qn("w:styleId")): s
                        for s in (styles.iterfind(qn("w:style")) if styles is not None else [])}
        self._counts: dict[str, dict[int, int]] = {}

    def label(self, p) -> str:
        """`一、`, `（二）`, `3.`, or "" for a paragraph Word does not number (bullets show no number either)."""
        num_id, ilvl = self._num_pr(p)
        num = self._nums.get(num_id) if num_id not in (None, "0") else None
        if num is None:
            return ""
        levels = {k: self._level(num, k) for k in range(ilvl + 1)}
        if levels[ilvl] is None:
            return ""
        key = num_id if num.find(qn("w:lvlOverride")) is not None else "a" + (_val(num, qn("w:abstractNumId")) or "")
        counts = self._counts.setdefault(key, {})
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else self._start(num, levels[ilvl], ilvl)
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a level restarts after a shallower one
        fmt = _val(levels[ilvl], qn("w:numFmt"), "decimal")
        if fmt in ("bullet", "none"):
            return ""
        legal = levels[ilvl].find(qn("w:isLgl")) is not None

        def shown(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            level = levels.get(k)
            if level is None:
                return ""
            count = counts.get(k, self._start(num, level, k))
            kind = "decimal" if legal else _val(level, qn("w:numFmt"), "decimal")
            return _FORMATS.get(kind, str)(count)

        return _PLACEHOLDER.sub(shown, _val(levels[ilvl], qn("w:lvlText"), "") or "")

    def _num_pr(self, p) -> tuple[str | None, int]:
        """The paragraph's list and level, from its own `w:numPr` or its style's (through `w:basedOn`)."""
        ppr = p.find(qn("w:pPr"))
        num_id, ilvl = _val(ppr, f"{qn('w:numPr')}/{qn('w:numId')}"), _val(ppr, f"{qn('w:numPr')}/{qn('w:ilvl')}")
        style_id, seen = _val(ppr, qn("w:pStyle")), set()
        while num_id is None and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            spr = style.find(qn("w:pPr"))
            num_id = _val(spr, f"{qn('w:numPr')}/{qn('w:numId')}")
            ilvl = ilvl or _val(spr, f"{qn('w:numPr')}/{qn('w:ilvl')}") or (
                self._style_level(num_id, style_id) if num_id else None)
            style_id = _val(style, qn("w:basedOn"))
        return num_id, int(ilvl or 0)

    def _style_level(self, num_id: str, style_id: str) -> str | None:
        """The level a list ties to a style (`w:lvl/w:pStyle`), for a style that names only the list."""
        abstract = self._abstract.get(_val(self._nums.get(num_id), qn("w:abstractNumId")))
        for lvl in (abstract.iterfind(qn("w:lvl")) if abstract is not None else []):
            if _val(lvl, qn("w:pStyle")) == style_id:
                return lvl.get(qn("w:ilvl"))
        return None

    def _level(self, num, ilvl: int):
        """The level's definition: the list's own override, else its abstract definition's."""
        for override in num.iterfind(qn("w:lvlOverride")):
            lvl = override.find(qn("w:lvl"))
            if override.get(qn("w:ilvl")) == str(ilvl) and lvl is not None:
                return lvl
        abstract = self._abstract.get(_val(num, qn("w:abstractNumId")))
        for lvl in (abstract.iterfind(qn("w:lvl")) if abstract is not None else []):
            if lvl.get(qn("w:ilvl")) == str(ilvl):
                return lvl
        return None

    @staticmethod
    def _start(num, level, ilvl: int) -> int:
        for override in num.iterfind(qn("w:lvlOverride")):
            start = _val(override, qn("w:startOverride"))
            if override.get(qn("w:ilvl")) == str(ilvl) and start is not None:
                return int(start)
        return int(_val(level, qn("w:start"), "1") or 1)
