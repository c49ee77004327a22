"""Which bulletin an issue number names (第2期, 2024年第三期): the period that issue reports, which is how
the rest of answering reads it.

Bulletins write their number in the title (特刊（2024年第2期）); an issue that writes none is numbered by its
place in its series when every numbered issue of that series and year stands at its own number (the first
issue of a year before 第2期 and 第3期 is 第1期). Pure functions over the snapshot's manifest.
"""
from __future__ import annotations

import re
from index.periods import parse_period

_CN_NUMBER = {c: n for n, c in enumerate("一二三四五六七八九十", 1)}
# 第2期, 2024年第三期, and the name of the bulletin said with it (第3期特刊里): which bulletin, not what is asked
_ASKED = re.compile(r"(?:(20\d\d)年)?第\s*(\d{1,2}|[一二三四五六七八九十])\s*期(?!工程|项目)"
                    r"(?:的)?(?:特刊|公报|简报|通报|期刊|专刊)?(?:里面|里|中|上)?")
_NUMBER = re.compile(r"第\s*(\d{1,3})\s*期")
_SERIES = re.compile(r"[（(][^）)]*第\s*\d{1,3}\s*期[^）)]*[）)]")


def _number(issue: str | None) -> int | None:
    m = _NUMBER.search(issue or "")
    return int(m.group(1)) if m else None


_CACHE: dict[int, tuple[dict, dict]] = {}  # id of the manifest asked -> (that manifest, its issues)


def numbered(manifest: dict[str, dict]) -> dict[tuple[int | None, int], dict]:
    """(year, number) -> the manifest entry of that issue, stated or inferred from its series; worked out once
    per manifest (one index state asks the same one)."""
    cached = _CACHE.get(id(manifest))
    if cached is None or cached[0] is not manifest:
        _CACHE.clear()
        _CACHE[id(manifest)] = cached = (manifest, _numbered(manifest))
    return cached[1]


def _numbered(manifest: dict[str, dict]) -> dict[tuple[int | None, int], dict]:
    series: dict[tuple[str, int | None], list[dict]] = {}
    for doc, entry in manifest.items():
        entry = {**entry, "doc": doc}
        period = parse_period(entry.get("period"))
        key = (_SERIES.sub("", entry.get("title") or ""), period.year if period else None)
        series.setdefault(key, []).append(entry)
    found = {}
    for (_, year), entries in series.items():
        entries.sort(key=lambda e: e.get("as_of") or 0)
        stated = [(k, _number(e.get("issue"))) for k, e in enumerate(entries, 1)]
        in_order = all(n is None or n == k for k, n in stated) and any(n for _, n in stated)
        for (k, n), entry in zip(stated, entries):
            if n or in_order:
                found[(year, n or k)] = entry
    return found


def with_periods(text: str, manifest: dict[str, dict]) -> tuple[str, list[str]]:
    """(`text` with each issue it names written as the period that issue reports — 第2期晋中… → 2024年上半年晋中…,
    the issues it names that no indexed bulletin is)."""
    issues, missing = numbered(manifest), []

    def period_of(m: re.Match) -> str:
        year, number = (int(m.group(1)) if m.group(1) else None), _CN_NUMBER.get(m.group(2)) or int(m.group(2))
        entry = next((e for (y, n), e in issues.items() if n == number and (year is None or y in (year, None))), None)
        if entry is None or not entry.get("period"):
            missing.append(m.group().rstrip("的里面中上"))
            return m.group()
        return entry["period"]

    return _ASKED.sub(period_of, text), missing


def issue_labels(manifest: dict[str, dict]) -> list[str]:
    """The issues indexed, oldest first, as 2024年第1期 (for a message naming what there is)."""
    return [f"{y}年第{n}期" if y else f"第{n}期" for (y, n), _ in
            sorted(numbered(manifest).items(), key=lambda kv: kv[1].get("as_of") or 0)]


# a table named (表1所列, 表中, 附表里; not 代表, 发表): its rows are what is asked, its words no term
TABLE_NAMED = re.compile(r"(?<![代发图外报仪])(?:[附上下本该此]表|表)\s*\d*(?:中|里面|里|内|所列|上)|表\s*\d+")
# a table named by its number (表1中, 附表2里): the bulletin that prints it
_TABLE_ASKED = re.compile(r"附?表\s*(\d{1,2})((?:中|里面|里|上)?)(?!\d)")


def with_table_periods(text: str, chunks: list[dict], manifest: dict[str, dict]) -> str:
    """`text` with a table it names by number written as the period of the one bulletin printing a table of that
    number, the table still named (表1中哪个开发区… → 2025年前三季度表中哪个开发区…: its rows are what is asked);
    unchanged where several bulletins or none print one."""
    def period_of(m: re.Match) -> str:
        caption = re.compile(rf"表\s*{m.group(1)}(?!\d)")
        docs = {c["doc"] for c in chunks if caption.search(c["text"])}
        period = manifest.get(docs.pop(), {}).get("period") if len(docs) == 1 else None
        return f"{period}表{m.group(2)}" if period else m.group()
    return _TABLE_ASKED.sub(period_of, text)
