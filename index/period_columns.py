"""Tables whose columns are periods relative to the issue's: `本期 | 上年同期 | 同比增长`, `本年 | 上年同期 | 占全省比重`.

Such a table names what it counts only in its caption (表1 2026年一季度重点开发区营业收入, 2025年各市开发区营业收入完成
情况): the caption's indicator is its figures'. `本期`/`本年` is the issue's own period; `上年同期` the same months a year
before, a figure no question about the issue's period may be answered with.
"""
from __future__ import annotations

import re

from index.figures import FIGURE
from index.owners import CAPTION, is_table_row
from index.periods import Period, find_periods, period_spans
from index.zones import find_zones

_THIS_PERIOD = re.compile(r"(?:本期|本年|本季度?|本月|当期|本年累计|本期累计|本期数|本年数)")
_YEAR_BEFORE = re.compile(r"(?:上年同期|去年同期|上年同期数|去年同期数|同期)")
_CAPTION_YEAR = re.compile(r"20\d\d年度?")
# what stands before the indicator in a caption: whose figures they are (重点开发区, 各市开发区, 全省园区)
_WHOSE = re.compile(r"^.*(?:开发区|园区|高新区|经开区|综保区|各[省市县区州]|全[省市县区])")
_CAPTION_END = re.compile(r"(?:主要)?(?:完成情况|情况|统计表|汇总表|一览表|统计|表)$")
_INDICATOR = re.compile(r"[\u4e00-\u9fff]{2,12}")
_NO_INDICATOR = re.compile(r"指标$|数据$")  # 主要指标: the caption of several indicators names none


# a monthly issue's columns: its last month alone (5月, 当月, 本月; 当月环比: that month's change) or its months so far
# (1-5月, 累计, 本年累计; 累计同比: the change of those months)
_ONE_MONTH = re.compile(r"(1[0-2]|0?[1-9])月份?")
_MONTH_ALONE = re.compile(r"^(?:当月|本月)")
_SO_FAR = re.compile(r"^(?:本年累计|累计)")
_MONTHS = re.compile(r"(?:20\d\d年)?(?:1[0-2]|0?[1-9])\s*[-－—~至到]\s*(?:1[0-2]|0?[1-9])月(?:累计)?")


def months_column(header: str, issue: Period | None) -> tuple[Period | None, str]:
    """(the months a column of a monthly issue names, what else the header says): `5月` and `当月` the month alone
    (of the issue's year; 当月 its last month), `1-5月` and `累计` the issue's months; `当月环比` -> (that month, 环比).
    (None, header) for any other header, or an issue that is no span of months from January."""
    if not issue or issue.since or issue.start != 1:
        return None, header
    one = _ONE_MONTH.fullmatch(header)
    if one:
        return Period(issue.year, int(one.group(1)), int(one.group(1))), ""
    if _MONTHS.fullmatch(header):
        return (find_periods(header, issue.year) or [None])[0], ""
    alone, so_far = _MONTH_ALONE.match(header), _SO_FAR.match(header)
    if re.search(r"当月|本月|累计", header[(alone or so_far).end():] if alone or so_far else ""):
        return None, header  # 当月环比—累计同比: two columns' headers run together, which one a figure is under is unknown
    if alone:
        return Period(issue.year, issue.end, issue.end), header[alone.end():]
    return (issue, header[so_far.end():]) if so_far else (None, header)


def column_period(text: str, at: int, issue: Period | None) -> Period | None:
    """In a monthly issue's table row (a line of `header value` cells), the period that the header right before the
    figure at `at` names (`当月环比增长 -1.2%`: the month alone), not the last period the row writes before it (its
    `1-5月` cell's); None outside a row, or under a header naming no period of the issue's months."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    if not is_table_row(text[start:end if end >= 0 else len(text)].strip()):
        return None
    header = text[start:at].split()[-1:]
    return months_column(header[0], issue)[0] if header else None


def is_period_column(header: str) -> bool:
    """Whether a column header is a period relative to the issue's (本期, 本年, 上年同期)."""
    return bool(_THIS_PERIOD.fullmatch(header) or _YEAR_BEFORE.fullmatch(header))


def is_year_before_column(header: str) -> bool:
    """Whether a column header is the same period a year before (上年同期, 去年同期)."""
    return bool(_YEAR_BEFORE.fullmatch(header))


def caption_indicator(caption: str) -> str | None:
    """The indicator a table's caption names (表1 2026年一季度重点开发区营业收入 -> 营业收入), None when it names several
    (各市主要指标) or none."""
    text = CAPTION.sub("", caption).strip()
    for start, end in reversed(period_spans(text)):
        text = text[:start] + text[end:]
    text = _CAPTION_YEAR.sub("", text).strip()
    text = _CAPTION_END.sub("", _WHOSE.sub("", text))
    return text if _INDICATOR.fullmatch(text) and not _NO_INDICATOR.search(text) else None


def captions_of_rows(chunks: list[dict], text: str = "") -> None:
    """Set `caption` on each row chunk of a table whose columns are periods (本期 | 上年同期, 5月 | 1-5月, 当月 | 累计): the
    indicator the caption above its rows names (the line of no figure before them, a chunk or a line of the document
    `text` that is in none, read as a heading), for its facts, its vector and the judging of the indicator asked."""
    caption, end = None, 0
    for chunk in chunks:
        chunk_text = chunk["text"]
        line_at = text.rfind("\n", 0, max(chunk["start"] - 1, 0)) + 1
        if text and end <= line_at < chunk["start"]:  # the line before is in no chunk
            caption = caption_indicator(text[line_at:chunk["start"]].strip())
        end = chunk["end"]
        if not FIGURE.search(chunk_text):
            caption = caption_indicator(chunk_text)
        elif not is_table_row(chunk_text):
            caption = None
        elif caption and any(is_period_column(cell) or _of_place(chunk) and months_column(cell, Period(None))[0]
                             for cell in chunk_text.split(" ")):
            chunk["caption"] = caption


def _of_place(row: dict) -> bool:
    """Whether a table row is a place's (甲市, 甲, 甲经开区), not an indicator's (工业投资 上半年 … 1-11月 …): the caption's
    indicator is a place's months' figures', an indicator's row names its own."""
    head, region = row["text"].split(" ")[0], row.get("region")
    return bool(region) and head.startswith(region) or bool(find_zones(head))
