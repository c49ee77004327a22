"""The facts of an index as a sheet staff filter and take to Excel or WPS (`app.py facts` lists them: index/facts_table.py).

A fact is one figure extracted at index time (index/facts.py): doc, issue, region, entity, indicator,
figure (verbatim), number, unit, period, as_of, chunk, start, end, quote. Here: the filter the 数据 tab
applies, the values each filter offers, and the export of a selection to CSV (UTF-8 with BOM, so Excel
and WPS read the Chinese) and to .xlsx, every row with its quote and bulletin file for tracing it back.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, fields
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

# (key, header) of the exported columns, in order; the figure stays verbatim beside its parsed number
COLUMNS = (("region", "地区"), ("entity", "主体"), ("indicator", "指标"), ("figure", "数值"), ("number", "数字"),
           ("unit", "单位"), ("period", "时期"), ("issue", "期次"), ("doc", "公报文件"), ("section", "栏目"),
           ("item", "条目"), ("quote", "原文"), ("start", "数值起点"), ("end", "数值终点"))
_XLSX_WIDTHS = {"quote": 80, "doc": 36, "indicator": 24, "entity": 18, "period": 14, "issue": 14}


@dataclass(frozen=True)
class FactFilter:
    """What the 数据 tab asks for; None (or '') for a key means any value."""
    region: str | None = None
    entity: str | None = None
    indicator: str | None = None
    period: str | None = None

    def wanted(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


class FactIndex:
    """The facts in table order (indicator, entity, period oldest first), with the positions of each filter
    value, so a filter reads only the rows of its rarest value instead of every fact."""

    def __init__(self, facts: list[dict]):
        self.facts = sorted(facts, key=sort_key)
        self._where: dict[str, dict[str, list[int]]] = {f.name: {} for f in fields(FactFilter)}
        for i, fact in enumerate(self.facts):
            for key, where in self._where.items():
                where.setdefault(fact.get(key), []).append(i)

    def select(self, wanted: FactFilter) -> list[dict]:
        """The matching facts, in table order."""
        lists = [self._where[key].get(value, []) for key, value in wanted.wanted().items()]
        if not lists:
            return self.facts
        rarest = min(lists, key=len)
        others = [set(positions) for positions in lists if positions is not rarest]
        return [self.facts[i] for i in rarest if all(i in other for other in others)]


def sort_key(fact: dict) -> tuple:
    return (fact.get("indicator") or "", entity_of(fact), fact.get("as_of") or 0, fact.get("doc") or "",
            fact.get("start") or 0)


def entity_of(fact: dict) -> str:
    """Who the figure is about: its zone or city, else its region."""
    return fact.get("entity") or fact.get("region") or ""


def choices(facts: list[dict]) -> dict[str, list[str]]:
    """The values each filter offers: regions, entities and indicators by name, periods oldest first."""
    out: dict[str, list[str]] = {}
    for key in ("region", "entity", "indicator"):
        out[key] = sorted({f[key] for f in facts if f.get(key)})
    as_of: dict[str, int] = {}
    for f in facts:
        if f.get("period"):
            as_of[f["period"]] = max(as_of.get(f["period"], 0), f.get("as_of") or 0)
    out["period"] = sorted(as_of, key=lambda p: (as_of[p], p))
    return out


def _cells(fact: dict) -> list:
    return [fact.get(key) for key, _ in COLUMNS]


def write_csv(facts: list[dict], path: Path) -> Path:
    """One row per fact under Chinese headers, UTF-8 with a BOM."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([header for _, header in COLUMNS])
        writer.writerows(_cells(f) for f in facts)
    return Path(path)


def write_xlsx(facts: list[dict], path: Path) -> Path:
    """One row per fact in a sheet 数据 (streamed: openpyxl's write-only mode); text is stored as text, so a
    quote starting with '=' is no formula."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("数据")
    for i, (key, _) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = _XLSX_WIDTHS.get(key, 10)
    sheet.freeze_panes = "A2"
    header = []
    for _, label in COLUMNS:
        cell = WriteOnlyCell(sheet, label)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for fact in facts:
        sheet.append([_text_cell(sheet, v) if isinstance(v, str) and v.startswith("=") else v for v in _cells(fact)])
    book.save(path)
    return Path(path)


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s"
    return cell
