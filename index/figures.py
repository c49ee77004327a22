"""What a figure looks like in a bulletin: a number with its unit (22亿元, 49%, 500MW/1000MWh, a score's 78.52分).

Shared by indexing (facts are extracted at index time) and answering (quotes are cut around figures).
"""
from __future__ import annotations

import re
import unicodedata

# a number: digits, or digits in three-digit groups after a thousands separator (18,642.7); a comma between
# two figures (增长5%,12个, 1,2月) leaves no such group. A range joins two (5—8亿元, 1,500—2,000人). `\d` takes
# full-width digits too, and a full-width point parts them (１２６８５．４亿元 as Word documents type it).
_DIGITS = r"(?:(?<!\d)\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[.．]\d+)?"
_RANGE = r"[-～~—–]"
# a comma that parts clauses or list items, not a thousands separator (the 18,642.7 of a figure)
SEPARATOR = r"(?<=\d),(?=\d{3}(?!\d))"
COMMA = rf"(?!{SEPARATOR}),"
BARE_NUMBER = re.compile(rf"[-+]?{_DIGITS}")  # a table cell holding a number only
_NUMBER = rf"(?<!\d){_DIGITS}(?:{_RANGE}{_DIGITS})?\s*"
FIGURE = re.compile(
    _NUMBER + r"(?:[%％]|‰|万亿元|万亿美元|亿美元|万美元|亿千瓦时|万千瓦时|万千瓦|千瓦|亿元|万元|千元|元|万吨|万平方米|平方米|平方公里|公里|"
    r"亿立方米|万立方米|立方米|万亩|亩|万标米|标米|万标箱|标箱|万单|个百分点|百分点|万人次|人次|"
    r"个工作日|个自然日|个交易日|个小时|个星期|"  # a measure word phrase is the unit whole (20个工作日, not 20个)
    r"MWh|GWh|kWh|GW|MW|kW|万人|万套|万户|万家|场次|万|亿|个月|个|家|人|件|次|项|户|套|台|辆|座|名|场|批|条|宗|笔|吨|倍|米|"
    r"千克|公斤|克|千米|厘米|毫米|英尺|英里|公顷|分钟|小时|秒|天|周|岁|颗|架|枚|对|只|头|种|部|集|届|首|"
    r"本|篇|页|层|级|度|位|支|艘|匹|株|美元|港元|欧元|英镑|日元|站|所|门|处(?![长理置于在室级])|"  # 隐患137处, not 3处长
    r"(?<![时点]\d)(?<![时点]\d\d)分(?![别之钟局公行厂社区摊享成类项期批]))"  # a score (得分78.52分): not 分别, 分公司, 10时30分
    r"(?:/\d+(?:\.\d+)?\s*[A-Za-z]+|/(?:小时|秒|分钟|年|天|日|人|次|亩))?"  # 500MW/1000MWh, 350公里/小时
)
MINUS = "-－−"
SIGNS = MINUS + "+＋↑↓"  # a figure's sign of change as slides and cards write it: 同比+8.2%, ↓2.1% (a fall)
_VALUE = re.compile(rf"([-－−+＋↑↓]?)({_DIGITS})(?:{_RANGE}{_DIGITS})?")

# A figure in Chinese numerals (一百二十亿元, 三十五个, 两千余人, 百分之十二点五): a numeral is one only when a unit or
# measure word follows it. Not a lone 一 (一批, 一体化), an ordinal (第一批), a vague count (数十家, 上千人, 几十个),
# nor a slogan's count followed by another numeral (三个一批, 五位一体); fewer measure words than digits take (三次产业,
# 四周), the ones a count in words is written with.
_CN_DIGIT = "零〇一二两三四五六七八九"
_CN = _CN_DIGIT + "十百千万亿"
# a well-formed numeral: digits each before a magnitude (三十五, 一百零五, 一万二千; not 十四五), or a digit alone (三个)
_CN_WHOLE = r"(?![万亿零〇])(?:[一二两三四五六七八九]?[十百千万亿]|[零〇])+?[一二两三四五六七八九]?"
_CN_FRACTION = rf"(?:点[{_CN_DIGIT}]+)?"  # 十二点五
CN_FIGURE = re.compile(
    rf"(?<![\d.．{_CN}第数几上成])(?:百分之(?P<percent>(?:{_CN_WHOLE}|[一二两三四五六七八九]){_CN_FRACTION})"
    rf"|(?P<number>(?:{_CN_WHOLE}|[二两三四五六七八九]){_CN_FRACTION})[余多]?"
    r"(?P<unit>万亿元|亿美元|万美元|亿元|万元|元|美元|万吨|吨|万平方米|平方米|平方公里|公里|万亩|亩|个百分点|百分点|"
    r"个工作日|个自然日|个交易日|个小时|个星期|"
    r"万人次|人次|万人|万户|万家|场次|个月|个|家|项|户|套|台|辆|座|名|场|批|条|宗|笔|倍|件|所|人|万|亿))"
    rf"(?![ \t\u3000]*[{_CN}])"  # 三个一批, 三个 一批 (a line broken inside the slogan)
)
WRITTEN_FIGURE = re.compile(f"{FIGURE.pattern}|{CN_FIGURE.pattern}")  # a figure in digits or in Chinese numerals
_CN_VALUES = {c: k for k, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_MAGNITUDES = {"十": 10, "百": 100, "千": 1000}


def cn_number(numeral: str) -> float:
    """The value of a number in Chinese numerals: 一百二十 -> 120, 两千 -> 2000, 一万二千 -> 12000, 十二点五 -> 12.5."""
    whole, _, fraction = numeral.partition("点")
    total = tens_of_thousands = section = digit = 0
    for char in whole:
        if char in _CN_VALUES:
            digit = _CN_VALUES[char]
        elif char in _CN_MAGNITUDES:
            section += (digit or 1) * _CN_MAGNITUDES[char]
            digit = 0
        elif char == "万":  # what is written since the last 亿 counts 万
            tens_of_thousands, section, digit = section + digit, 0, 0
        else:  # 亿: everything before it counts 亿
            total = (total + tens_of_thousands * 10_000 + section + digit) * 100_000_000
            tens_of_thousands = section = digit = 0
    value = total + tens_of_thousands * 10_000 + section + digit
    return value + float("0." + "".join(str(_CN_VALUES[c]) for c in fraction)) if fraction else float(value)


def split_figure(figure: str) -> tuple[float, str]:
    """(number, unit) of a figure: `-1.2%` -> (-1.2, '%'); a range `3-5个` gives its first number; one in Chinese
    numerals its value (一百二十亿元 -> (120, '亿元'), 两千余人 -> (2000, '人'), 百分之十二点五 -> (12.5, '%'))."""
    written = CN_FIGURE.fullmatch(figure)
    if written:
        if written.group("percent"):
            return cn_number(written.group("percent")), "%"
        return cn_number(written.group("number")), written.group("unit")
    m = _VALUE.match(figure)
    number = float(unicodedata.normalize("NFKC", m.group(2)).replace(",", ""))  # ２８６４．７ -> 2864.7
    unit = unicodedata.normalize("NFKC", figure[m.end():].strip())  # ％ is %
    return (-number if m.group(1) and m.group(1) in MINUS + "↓" else number), unit


_MAGNITUDES = {"万亿": 1e12, "万": 1e4, "亿": 1e8}


def unit_magnitude(unit: str) -> tuple[str, float]:
    """(the unit without its magnitude, the magnitude): 亿美元 -> (美元, 1e8); 96200万元 and 14.86亿元 measure
    one thing, written at two magnitudes."""
    for word, size in _MAGNITUDES.items():
        if len(unit) > len(word) and unit.startswith(word):
            return unit[len(word):], size
    return unit, 1.0


def signed_start(text: str, start: int) -> int:
    """Where the figure at `start` begins with its sign (增长-2.3%, 同比+8.2%, ↓2.1%), which is not a range's dash
    nor the plus of a sum (1+1)."""
    if start and text[start - 1] in SIGNS and (start == 1 or not text[start - 2].isdigit()):
        return start - 1
    return start
