"""Listing facts for people and spreadsheets: filter them, write them as CSV, JSON lines or a plain table."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

from index.facts import FIELDS

_TEXT_COLUMNS = (("region", "地区"), ("entity", "主体"), ("indicator", "指标"), ("figure", "数值"),
                 ("period", "时期"), ("issue", "期号"), ("quote", "原文"))
_MAX_CELL = {"indicator": 24, "entity": 14, "quote": 40}
_SEARCHED = ("region", "entity", "indicator", "figure", "period", "issue", "quote", "section", "item")


def filter_facts(facts: list[dict], region: str | None = None, query: str | None = None) -> list[dict]:
    """Facts of `region` (as written, 晋中 or 晋中市) whose text holds every word of `query`."""
    wanted = region.strip().removesuffix("市") if region and region.strip() else None
    words = (query or "").split()
    kept = []
    for fact in facts:
        if wanted and (fact.get("region") or "") != wanted:
            continue
        text = " ".join(str(fact.get(k) or "") for k in _SEARCHED)
        if all(w in text for w in words):
            kept.append(fact)
    return kept


def facts_csv(facts: list[dict]) -> str:
    """CSV with a UTF-8 byte-order mark (so Excel and WPS read the Chinese), one row per fact."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(facts)
    return "\ufeff" + out.getvalue()


def facts_json_lines(facts: list[dict]) -> str:
    return "".join(json.dumps(fact, ensure_ascii=False) + "\n" for fact in facts)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(fact: dict, key: str) -> str:
    text = " ".join(str(fact.get(key) or "").split())
    limit = _MAX_CELL.get(key)
    return text[:limit - 1] + "…" if limit and len(text) > limit else text


def facts_text_table(facts: list[dict]) -> str:
    """A plain table aligned for Chinese text (wide characters count double), with a count line."""
    rows = [[label for _, label in _TEXT_COLUMNS]] + [[_cell(f, k) for k, _ in _TEXT_COLUMNS] for f in facts]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(_TEXT_COLUMNS))]
    lines = ["  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines + [f"共 {len(facts)} 条"]) + "\n"
