"""One loaded document to its chunks and its own metadata: cleaned, cut into sections and items with their place,
each chunk dated by its bulletin's period (or its heading's), placed on its pages, its table rows' captions and the
heading line naming its place attached."""
from __future__ import annotations

import hashlib
from pathlib import Path

from index.listed_places import captions_of_listed
from index.loaders import LoadedFile
from index.own_report import mark_own_zone
from index.pages import PageMark, page_at, page_marks
from index.period_columns import captions_of_rows
from index.periods import (Period, before_issue, document_period, document_year, find_issue, find_periods, issued_in,
                           reported_year)
from index.place_lines import place_lines
from index.structure import clean_text, parse_sections

_MASTHEAD_CHARS = 200  # a bulletin's masthead (title, 期号, issuer, date) stands in its first lines


def chunk_document(loaded: LoadedFile, name: str) -> tuple[list[dict], dict]:
    """Chunks (dicts with text, offsets and metadata) and the document's own metadata."""
    cleaned = clean_text(loaded.text, loaded.title)
    title = cleaned.title or loaded.title or Path(name).stem
    year = reported_year(cleaned.text, document_year(name, title) or document_year(cleaned.text))
    year, period = before_issue(year, document_period(cleaned.text, year, " ".join([title, *cleaned.masthead])),
                                issued_in(cleaned.masthead))
    # the metadata title may name the issue alone, or only the masthead (2026年第1期（总第37期）) does
    doc = {"title": title, "issue": find_issue(title, loaded.title, name, loaded.text[:_MASTHEAD_CHARS]),
           "period": period.label if period else None,
           "as_of": (year or 0) * 100 + (period.end if period else 0)}
    chunks = []
    marks = page_marks(loaded.text, loaded.pages, cleaned.text)
    for c in parse_sections(cleaned):
        # a heading such as 【2024年一季度工作成绩】, or the sentence a piece was cut from (4月当月，A…，B…)
        own = find_periods(c.section or "", year) or find_periods(c.period or "", year)
        own = [] if own and period and _later(own[0], period) else own  # 下半年工作安排 in a 上半年 issue: its plans
        chunks.append({
            "id": hashlib.sha1(f"{name}\x00{c.start}\x00{c.text}".encode()).hexdigest()[:20],
            "text": c.text, "doc": name, "title": title, "issue": doc["issue"],
            "period": own[0].label if own else doc["period"], "doc_period": doc["period"],
            "as_of": doc["as_of"], "region": c.region, "section": c.section, "item": c.item, "zone": c.zone,
            "county": c.county, "start": c.start, "end": c.end, **_page_fields(marks, c.start, c.end),
        })
    mark_own_zone(chunks, [title, *cleaned.masthead])  # a zone's own report: its passages are the zone's
    captions_of_rows(chunks, cleaned.text)
    captions_of_listed(chunks)
    by_id = {c["id"]: c for c in chunks}
    for chunk_id, (at, line) in place_lines(chunks, cleaned.text).items():  # 【榉口区】 before its part's chunks
        inside = next((c["id"] for c in chunks if c["start"] <= at < c["end"]), None)  # a lead its chunk holds
        by_id[chunk_id]["place_line"] = {"start": at, "text": line, **_page_fields(marks, at, at + len(line)),
                                         **({"chunk": inside} if inside else {})}
    doc["regions"] = sorted({c["region"] for c in chunks if c["region"]})
    return chunks, doc


def _later(heading: Period, issue: Period) -> bool:
    """Whether a heading's period begins after the issue's ends (四、下半年工作安排 in a 上半年 issue, 2026年重点工作 in
    a 2025 one): what it holds are plans, quoted with the issue they were made in, not a report of that period."""
    return bool(issue.year) and ((heading.year or issue.year) > issue.year
                                 or (heading.year or issue.year) == issue.year and heading.start > issue.end)


def _page_fields(marks: list[PageMark], start: int, end: int) -> dict:
    """`page` (where the chunk starts), `ocr` (text recognised from an image), and `page_starts` (offsets in
    the chunk where a later page begins) for a chunk that runs over a page break."""
    first = page_at(marks, start)
    if first is None:
        return {}
    inside = [m for m in marks if start < m.offset < end]
    fields = {"page": first.number, "ocr": first.ocr or any(m.ocr for m in inside)}
    if inside:
        fields["page_starts"] = [[m.offset - start, m.number] for m in inside]
    return fields
