"""Tables whose columns are periods relative to the issue's: `本期 | 上年同期 | 同比增长`, `本年 | 上年同期 | 占全省比重`.

Such a table names what it counts only in its caption (表1 2026年一季度重点开发区营业收入, 2025年各市开发区营业收入完成
情况): the caption's indicator is its figures'. `本期`/`本年` is the issue's own period; `上年同期` the same months a year
before, a figure no question about the issue's period may be answered with.
"""
from __future__ import annotations

import re

from index.figures import FIGURE
from index.owners import CAPTION, is_table_row
from index.periods import period_spans

_THIS_PERIOD = re.compile(r"(?:本期|本年|本季度?|本月|当期|本年累计|本期累计|本期数|本年数)")
_YEAR_BEFORE = re.compile(r"(?:上年同期|去年同期|上年同期数|去年同期数|同期)")
_CAPTION_YEAR = re.compile(r"20\d\d年度?")
# what stands before the indicator in a caption: whose figures they are (重点开发区, 各市开发区, 全省园区)
_WHOSE = re.compile(r"^.*(?:开发区|园区|高新区|经开区|综保区|各[省市县区州]|全[省市县区])")
_CAPTION_END = re.compile(r"(?:主要)?(?:完成情况|情况|统计表|汇总表|一览表|统计|表)$")
_INDICATOR = re.compile(r"[\u4e00-\u9fff]{2,12}")
_NO_INDICATOR = re.compile(r"指标$|数据$")  # 主要指标: the caption of several indicators names none


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


def captions_of_rows(chunks: list[dict]) -> None:
    """Set `caption` on each row chunk of a table whose columns are periods: the indicator the caption above its rows
    names (the line of no figure before them), for its facts, its vector and the judging of the indicator asked."""
    caption = None
    for chunk in chunks:
        text = chunk["text"]
        if not FIGURE.search(text):
            caption = caption_indicator(text)
        elif not is_table_row(text):
            caption = None
        elif caption and any(is_period_column(cell) for cell in text.split(" ")):
            chunk["caption"] = caption
