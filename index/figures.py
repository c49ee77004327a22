"""What a figure looks like in a bulletin: a number with its unit (22亿元, 49%, 500MW/1000MWh).

Shared by indexing (facts are extracted at index time) and answering (quotes are cut around figures).
"""
from __future__ import annotations

import re

# a number: digits, or digits in three-digit groups after a thousands separator (18,642.7); a comma between
# two figures (增长5%,12个, 1,2月) leaves no such group. A range joins two (5—8亿元, 1,500—2,000人).
_DIGITS = r"(?:(?<!\d)\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_RANGE = r"[-～~—–]"
# a comma that parts clauses or list items, not a thousands separator (the 18,642.7 of a figure)
SEPARATOR = r"(?<=\d),(?=\d{3}(?!\d))"
COMMA = rf"(?!{SEPARATOR}),"
BARE_NUMBER = re.compile(rf"[-+]?{_DIGITS}")  # a table cell holding a number only
_NUMBER = rf"(?<!\d){_DIGITS}(?:{_RANGE}{_DIGITS})?\s*"
FIGURE = re.compile(
    _NUMBER + r"(?:%|‰|万亿元|万亿美元|亿美元|万美元|亿千瓦时|万千瓦时|万千瓦|千瓦|亿元|万元|千元|元|万吨|万平方米|平方米|平方公里|公里|"
    r"亿立方米|万立方米|立方米|万亩|亩|万标米|标米|万标箱|标箱|万单|个百分点|百分点|万人次|人次|"
    r"MWh|GWh|kWh|GW|MW|kW|万人|万套|万户|万家|场次|万|亿|个月|个|家|人|件|次|项|户|套|台|辆|座|名|场|批|条|吨|倍|米|"
    r"千克|公斤|克|千米|厘米|毫米|英尺|英里|公顷|分钟|小时|秒|天|周|岁|颗|架|枚|对|只|头|种|部|集|届|首|"
    r"本|篇|页|层|级|度|位|支|艘|匹|株|美元|港元|欧元|英镑|日元|站|所|门)"
    r"(?:/\d+(?:\.\d+)?\s*[A-Za-z]+|/(?:小时|秒|分钟|年|天|日|人|次|亩))?"  # 500MW/1000MWh, 350公里/小时
)
MINUS = "-－−"
_VALUE = re.compile(rf"([-－−]?)({_DIGITS})(?:{_RANGE}{_DIGITS})?")


def split_figure(figure: str) -> tuple[float, str]:
    """(number, unit) of a figure: `-1.2%` -> (-1.2, '%'); a range `3-5个` gives its first number."""
    m = _VALUE.match(figure)
    number = float(m.group(2).replace(",", ""))
    return (-number if m.group(1) else number), figure[m.end():].strip()


_MAGNITUDES = {"万亿": 1e12, "万": 1e4, "亿": 1e8}


def unit_magnitude(unit: str) -> tuple[str, float]:
    """(the unit without its magnitude, the magnitude): 亿美元 -> (美元, 1e8); 96200万元 and 14.86亿元 measure
    one thing, written at two magnitudes."""
    for word, size in _MAGNITUDES.items():
        if len(unit) > len(word) and unit.startswith(word):
            return unit[len(word):], size
    return unit, 1.0


def signed_start(text: str, start: int) -> int:
    """Where the figure at `start` begins with its minus sign (增长-2.3%), which is not a range's dash."""
    if start and text[start - 1] in MINUS and (start == 1 or not text[start - 2].isdigit()):
        return start - 1
    return start
