"""Facts: every figure of a bulletin, with what it counts, whom it is about and when, extracted at index time.

A fact is a row dict (FIELDS, plus section, item and quote_start/quote_end). Its `figure` stands verbatim at
`start:end` of the cleaned document.

- entity: the zone named last before the figure in its sentence (平定经开区), unless a city-wide subject
  (全市, 各开发区) comes after it or, in a list of zones, a `、` closes its part; else the chunk's region.
  In a table row, the row header (a 合计 row, or one naming the region's city, is the region's).
- indicator: what is written just before the figure in its own clause (index/indicators.py); in a table row,
  the column header.
- period: the last period named before the figure in its sentence, else in the chunk's earlier sentences,
  else the chunk's own; in a table, a header that is a period.
- stance: achieved, aimed at (a target, plan or forecast) or a rank (index/aims.py).
"""
from __future__ import annotations

import hashlib
import re

from index.aims import stance, without_target_years
from index.figures import BARE_NUMBER, COMMA, FIGURE, SIGNS, WRITTEN_FIGURE, signed_start, split_figure
from index.headings import city_of_line
from index.indicators import QUALIFIER_AFTER, completed_column, read_figures
from index.listed_places import place_names
from index.owners import TABLE_ROW, TOTAL_ROWS
from index.period_columns import is_period_column, months_column
from index.periods import (Period, find_periods, later_year, opening_year, parse_period, period_spans, planned_year,
                           year_before)
from index.places import names_part
from index.zones import find_zones, misread_of

FIELDS = ("id", "doc", "issue", "region", "entity", "indicator", "figure", "number", "unit", "period",
          "as_of", "chunk", "start", "end", "quote", "stance")

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_PART = re.compile(r"[^。！？!?；;]+[。！？!?；;]?")  # the quote: a sentence, or its part up to a semicolon
_CLAUSE_MARK = re.compile(rf"[，；;：:、]|{COMMA}")
_YEAR = re.compile(r"20\d\d年")
_SCORE = re.compile(r"(?:得分|分数|评分|分值|指数)$")  # a column of scores: numbers without a unit
_YEAR_CELL = re.compile(r"20\d\d年(?:度)?")
_UNIT_CELL = re.compile(r"(?:计量)?单位")  # 指标 | 计量单位 | …: the row is an indicator's, its unit in that column
_PERIOD_ONLY = re.compile(r"(?:20\d\d年)?[\d\-－—~至到一二三四前上下半全年季度月份]+")
# a city-wide subject; not the whole a rank or a comparison names (列全省综合保税区第2, 高于全市平均水平): the figure
# after it is still the zone's before it
_PARK_AFTER_PLACE = re.compile(r"[^\W\d市县区园][^\W\d市县区]{1,5}?园")
_NOT_PARKS = ("公园", "花园", "校园", "家园", "乐园", "庄园", "果园", "茶园", "菜园", "陵园")
# (占全市进出口总额的47.5%: the whole a share is of)
_CITY_WIDE = re.compile(r"(?<![列居排于占])(?:全市|全省|全县|全区)|我市|本市|各开发区|各园区")
# a zone named as the title a place won (获评省级现代农业产业园, 获批国家级经开区): the honour, not whose figure follows
_HONOUR_BEFORE = re.compile(r"(?:获评|荣获|评为|授予|入选|获批|认定为|列为|晋升为?|创建)(?:国家|省|市|县)?级?$")
# a zone the subject is set beside (与乙并列全省第3位, 和乙持平): the other one, not whose figure it is
_PARTNER_BEFORE = re.compile(r"(?:与|和|同|跟)$")
_PARTNER_AFTER = re.compile(r"(?:并列|持平|相同|相当|一样|相比|齐平)")
JOINED = re.compile(r"[和与及、]|以及")  # zones joined as one subject (甲和乙, 甲、乙)
_JOINED_CHANGE = re.compile(r"(?:同比)?(?:增长|下降|增加|减少|提高|回落)")  # 708.2亿元、增长10.1%: the amount's change
_ENDS_FIGURE = re.compile(r"\d[^\W\d]{0,3}$")  # 708.2亿元 just before


def _prose_spans(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Figures of the sentence text[s:e] (not the months of a period: 前10个月), each with the text before it
    in its clause (after the previous figure of that clause unless that one is a threshold)."""
    spans, clause_start = [], s
    periods = [(s + a, s + b) for a, b in period_spans(text[s:e])]
    for m in WRITTEN_FIGURE.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in periods):
            continue  # 前10个月: a period, no figure
        marks = [s] + [c.end() for c in _CLAUSE_MARK.finditer(text, s, m.start())]
        cut = marks[-1]
        if len(marks) > 1 and text[cut - 1] in "：:" and not text[cut:m.start()].strip():
            cut = marks[-2]  # 规上工业总产值：123亿元 (the label before the colon)
        if cut > clause_start or not spans:
            clause_start = cut
        elif not QUALIFIER_AFTER.match(text, spans[-1][1]):
            clause_start = spans[-1][1]
        start = signed_start(text, m.start())
        spans.append((start, m.end(), text[clause_start:start]))
    return spans


def _table_spans(text: str) -> list[tuple[int, int, str]]:
    """Figures of a table row sentence, each with the column header (the cell before it); a score is a number
    without a unit (综合得分 92.6), a rank or a serial number none."""
    spans, pos, previous = [], 0, ""
    for k, cell in enumerate(text.rstrip("。").split(" ")):
        if k and (WRITTEN_FIGURE.fullmatch(cell.lstrip(SIGNS)) or _SCORE.search(previous) and BARE_NUMBER.fullmatch(cell)):
            spans.append((pos, pos + len(cell), previous))
        previous = cell
        pos += len(cell) + 1
    return spans


def _fact(chunk: dict, span: tuple[int, int], entity: str | None, indicator: str, quote: tuple[int, int],
          period: str | None) -> dict:
    """The fact of the figure at chunk text[span], quoting text[quote]; offsets become the document's."""
    text, offset = chunk["text"], chunk["start"]
    figure = text[span[0]:span[1]]
    number, unit = split_figure(figure)
    own = chunk.get("zone") if chunk.get("zone") == chunk.get("region") else None  # a zone's own part
    entity = own if entity and own and misread_of(entity, own) else entity
    return {
        "id": hashlib.sha1(f"{chunk['doc']}\x00{offset + span[0]}\x00{figure}".encode()).hexdigest()[:16],
        "doc": chunk["doc"], "issue": chunk.get("issue"), "region": chunk.get("region"),
        "entity": entity or chunk.get("zone") or chunk.get("region"), "indicator": indicator, "figure": figure,
        "number": number, "unit": unit, "period": period,
        "as_of": chunk.get("as_of"), "chunk": chunk["id"], "start": offset + span[0], "end": offset + span[1],
        "quote": text[quote[0]:quote[1]], "section": chunk.get("section"), "item": chunk.get("item"),
        "quote_start": offset + quote[0], "quote_end": offset + quote[1],
    }


def _period(chunk: dict, sentence_start: int, offset: int) -> str | None:
    """The last period named before `offset` in its sentence; else the whole year opening the sentence when
    it is not the chunk's (2026年，力争…); else, unless the sentence names a year of its own (2024年第四次…活动),
    the last period of the chunk's earlier sentences (其中…: the sentence before goes on), or the year of the plans
    they or the chunk's heading opened (planned_year, later_year); else the chunk's own. A later year named bare before it is the year a target is set
    for. A figure written as the year before's (由上年的…) has that period
    a year earlier."""
    year = (chunk.get("as_of") or 0) // 100 or None
    text = chunk["text"]
    # under a heading of a later year (二、准确把握2026年工作的目标要求 in a paper on 2025) every sentence is of its plans
    planned = planned_year(text[:sentence_start], year) or later_year(chunk.get("section") or "", year)
    own = without_target_years(text[sentence_start:offset])
    named = find_periods(own, planned.year if planned else year, bases=False)
    named = named or [p for p in [opening_year(own, year) or later_year(own, year)] if p]
    if not named and not _YEAR.search(text, sentence_start, offset):  # 全年 there is a target's year
        named = [p for p in find_periods(text[:sentence_start], year, bases=False, parts=False)
                 if p.since or (p.start, p.end) != (1, 12)] or [p for p in [planned] if p]
    period = named[-1] if named else parse_period(chunk.get("period"))
    period = year_before(own, period) or period
    return period.label if period else chunk.get("period")


def _entity(sentence: str, offset: int, zones: list[tuple[int, int, str]]) -> str | None:
    """The zone named last before `offset` in the sentence, unless a city-wide subject follows it, it is only set
    beside the subject (与乙并列第3位: not 乙's figure) or it names the title the subject won (获评省级…产业园). In a list of zones (`阳泉高新区…、平定经开区…、中坤集团500万
    标米…`) a zone's part ends at the next `、`, and a count closing a list (`…等6个`) is about none of them."""
    if sentence[:offset].endswith("等"):
        return None
    listed = any(_parts_list(sentence, a[1], b[0]) for a, b in zip(zones, zones[1:]))
    # zones joined as one subject (甲经开区和乙高新区两区合计…): their figure is neither one's
    together = {k for k, (a, b) in enumerate(zip(zones, zones[1:]), start=1)
                if JOINED.fullmatch(sentence[a[1]:b[0]]) and not _PARTNER_AFTER.match(sentence, b[1])}
    zones = [(s, e, None if k in together or k + 1 in together else name) for k, (s, e, name) in enumerate(zones)]
    subjects = [(s, name) for s, e, name in zones if e <= offset and not (listed and _parts_list(sentence, e, offset))
                and not _among_ended(sentence, s, e, offset)
                and not (_PARTNER_BEFORE.search(sentence, 0, s) and _PARTNER_AFTER.match(sentence, e))
                and not _HONOUR_BEFORE.search(sentence, 0, s)]
    subjects += [(m.start(), None) for m in _CITY_WIDE.finditer(sentence, 0, offset)]
    return max(subjects, key=lambda pair: pair[0])[1] if subjects else None


def _among_ended(sentence: str, start: int, end: int, offset: int) -> bool:
    """Whether the zone at start:end is one of the parts a `其中` lists and its part of the sentence ended before
    `offset` (其中甲经开区…，乙高新区…；实际使用外资1.36亿美元: the whole's again)."""
    part = max(sentence.rfind("；", 0, start), sentence.rfind(";", 0, start)) + 1
    return "其中" in sentence[part:start] and bool(re.search("[；;]", sentence[end:offset]))


def _parts_list(sentence: str, start: int, end: int) -> bool:
    """Whether a `、` between start and end parts a list's items; not one joining an amount to its change (甲经开区
    708.2亿元、增长10.1%: both the zone's)."""
    return any(not _JOINED_CHANGE.match(sentence, m.start() + 1) or not _ENDS_FIGURE.search(sentence, start, m.start())
               for m in re.finditer("、", sentence[:end]) if m.start() >= start)


def _table_facts(chunk: dict) -> list[dict]:
    """The figures of a table row sentence: the row header is their entity and the column header their
    indicator; a header that is a period (2023年, 一季度) gives the period, the other header the indicator. In a
    table whose columns are periods relative to the issue's (本期 | 上年同期 | 同比增长) or a monthly issue's months
    (5月 | 1-5月, 当月 | 累计), the indicator is the caption's (its other columns' after it: 营业收入同比增长;
    index/period_columns.py), and a 上年同期 figure is the year before's. A column of the month alone or of the months
    so far (当月环比, 累计同比) gives that period; a row holding its unit (营业收入 计量单位 亿元 …) is an indicator's:
    in a table of indicators (`指标 | 单位 | 完成值 | 同比 | 目标 | 完成率`), the row header is the indicator, the column
    its attribute (营业收入完成率 is no 营业收入), and the entity the chunk's zone or region."""
    caption = chunk.get("caption")
    text = chunk["text"]
    spans = _table_spans(text)
    quote, row = (0, len(text.rstrip("。"))), text.split(" ")[0]
    year = (chunk.get("as_of") or 0) // 100 or None
    issue = parse_period(chunk.get("period"))
    row_period, facts = _period_cell(row, year), []
    of_indicator = any(_UNIT_CELL.fullmatch(cell) for cell in text.split(" ")[1:])
    indicators = read_figures(text, spans, [])[0]
    for k, ((s, e, column), indicator) in enumerate(zip(spans, indicators)):
        indicator = completed_column(column, indicators[:k]) or indicator
        months, rest = months_column(column, issue.with_year(year) if issue else None)
        column_period = _period_cell(column, year) or (months.label if months and not rest else None)
        own = row in TOTAL_ROWS or bool(chunk.get("region")) and city_of_line(row) == chunk["region"]  # 合计, 青崖市
        entity = None if row_period or column_period or own or of_indicator else row
        if column_period and not find_zones(row):
            indicator = row  # 工业投资 2023年 12亿元 2024年 15亿元
        elif of_indicator:
            indicator = row + (rest if months else column)  # 营业收入 当月环比 4.3%: 营业收入环比, of the month
        period = row_period or column_period or (months.label if months else None) or _period(chunk, 0, s)
        own_quote = quote
        if caption:
            whole_column = is_period_column(column) or bool(column_period)
            indicator = caption if whole_column else caption + (rest if months else column)
            own_quote = (0, e) if is_period_column(column) else quote  # 本期 432.6亿元, not the 上年同期 figure after it
        facts.append(_fact(chunk, (s, e), entity, indicator, own_quote, period))
    return facts


def _period_cell(cell: str, year: int | None) -> str | None:
    """The period a table header names when that is all it says (2023年, 2024年一季度, 1-6月), else None."""
    if _YEAR_CELL.fullmatch(cell):
        return Period(int(cell[:4])).label
    periods = find_periods(cell, year)
    return periods[0].label if len(periods) == 1 and _PERIOD_ONLY.fullmatch(cell) else None


def _is_table_row(chunk: dict) -> bool:
    return bool(TABLE_ROW.fullmatch(chunk["text"]) and FIGURE.search(chunk["text"]))


def _parts_named(chunks: list[dict]) -> list[str]:
    """The parts of regions a document's tables list as rows (芷川高新园 of its region), and the parks a region's
    own paragraphs name with its name (菱渡新材料园 in 菱渡's part, see _parks_written): zones in its prose too."""
    rows = {c["text"].split(" ")[0]: c.get("region") for c in chunks if _is_table_row(c)}
    parts = {row for row, region in rows.items() if names_part(row, region)} | _parks_written(chunks)
    return sorted(parts, key=len, reverse=True)


def _parks_written(chunks: list[dict]) -> set[str]:
    """`<region>…园` in the region's own paragraphs, two to six characters between that name no other place
    (榉口临港物流园, 栎川工业园; not 榉口区…园, nor a 公园 or 花园): a park of that region, whatever words it ends with."""
    parks = set()
    for chunk in chunks:
        region = chunk.get("region")
        for at in [m.end() for m in re.finditer(re.escape(region), chunk["text"])] if region else []:
            park = _PARK_AFTER_PLACE.match(chunk["text"], at)
            if park and not park.group().endswith(_NOT_PARKS):
                parks.add(region + park.group())
    return parks


def _zones_in(sentence: str, parts: list[str]) -> list[tuple[int, int, str]]:
    """The zones a sentence names: by a zone word, or as a part its document's tables list."""
    zones = find_zones(sentence)
    for part in parts:
        for m in re.finditer(re.escape(part), sentence):
            if not any(s < m.end() and m.start() < e for s, e, _ in zones):
                zones.append((m.start(), m.end(), part))
    return sorted(zones)


def _prose_facts(chunk: dict, parts: list[str]) -> list[dict]:
    """The figures of a paragraph, read sentence by sentence; each quotes its sentence up to a semicolon. A listed
    place's clause (乙市0.41亿美元，: index/listed_places.py) counts its caption, its place's name no indicator."""
    text, facts, carried = chunk["text"], [], chunk.get("caption") or ""
    names = place_names(chunk.get("region")) if carried else []
    for sm in _SENTENCE.finditer(text):
        zones = _zones_in(sm.group(), parts)
        spans, quotes = [], []
        for part in _PART.finditer(text, sm.start(), sm.end()):
            part_spans = _prose_spans(text, part.start(), part.end())
            spans += part_spans
            quotes += [(part.start(), part.end() - (part.group()[-1] in "。！？!?；;"))] * len(part_spans)
        indicators, carried = read_figures(text, spans, [name for _, _, name in zones] + names, carried)
        named: dict[str, str] = {}  # unit -> the indicator a figure of that unit last had in the sentence
        last = None  # (end, indicator) of the figure before in the sentence
        for (s, e, _), indicator, quote in zip(spans, indicators, quotes):
            entity = _entity(sm.group(), s - sm.start(), zones)
            unit = split_figure(text[s:e])[1]
            # 合计实现营业收入1086.4亿元，其中甲经开区708.2亿元: a zone's bare amount is of the indicator named before
            right_after = any(e2 == s - sm.start() for _, e2, _ in zones)  # 甲经开区708.2亿元: a zone, then its amount
            indicator = indicator or (named.get(unit, "") if entity and right_after else "")
            if last and _JOINED_CHANGE.fullmatch(indicator) and text[last[0]:s] == "、" + indicator and last[1]:
                indicator = last[1] + indicator  # 营业收入…708.2亿元、增长10.1%: the change of the amount's indicator
            named[unit] = indicator or named.get(unit, "")
            last = (e, indicator)
            facts.append(_fact(chunk, (s, e), entity, indicator, quote, _period(chunk, sm.start(), s)))
    return facts


def chunk_facts(chunk: dict, parts: list[str] = ()) -> list[dict]:
    """Every figure of one chunk, as facts (offsets in the cleaned document); `parts`: see _parts_named."""
    return _table_facts(chunk) if _is_table_row(chunk) else _prose_facts(chunk, list(parts))


def extract_facts(chunks: list[dict]) -> list[dict]:
    """The facts of a document's chunks, in document order, each with its stance (index/aims.py)."""
    parts = _parts_named(chunks)
    return [{**fact, "stance": stance(fact, _is_table_row(chunk), chunk.get("period"))}
            for chunk in chunks for fact in chunk_facts(chunk, parts)]
