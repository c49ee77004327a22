"""Dates and times as Chinese texts write them (2024年3月15日, 3月底, 上午9时, 天命六年(1621年)), and the
ranges they open (2009年3月30日至5月14日). Pure functions."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

_CN_DIGITS = "〇零一二三四五六七八九十"
DATE = re.compile(
    r"(?:[\u4e00-\u9fff]{2}(?=[元" + _CN_DIGITS + r"]{1,4}年[（(]\d))?"  # 天命六年(1621年): the era's name too
    r"(?:公元前?)?(?:\d{1,4}|[元" + _CN_DIGITS + r"]{1,4})\s?年(?:(?<=\d0年)代)?(?:\d{1,2}月(?:\d{1,2}[日号]|[上中下]旬|[初底末])?)?"
    r"(?:(?<=[日号旬底末])前(?![后期]))?(?:[（(]\d{1,4}年[)）])?"  # 2026年9月底前: a deadline, its 前 with it
    r"(?:[正一二三四五六七八九十]{1,3}月(?:初[一二三四五六七八九十]|[一二三四五六七八九十廿]{1,3}日)?)?"
    r"(?:(?:上午|下午|晚上|凌晨|中午)?\d{1,2}[时点](?:\d{1,2}分)?)?"
    r"|\d{1,2}月(?:\d{1,2}[日号]|[上中下]旬|[初底末])?(?:(?<=[日号旬底末])前(?![后期]))?(?:(?:上午|下午|晚上|凌晨|中午)?\d{1,2}[时点](?:\d{1,2}分)?)?"
    r"|(?:上午|下午|晚上|凌晨|中午)\d{1,2}[时点](?:\d{1,2}分)?|\d{1,2}世纪(?:\d0年代)?|[一二三四五六七八九十]{1,3}世纪")


PERIOD = re.compile(r"时期|时段|期间|段时间|段时期")  # asked: a span of time, from one date to another
_RANGE_END = re.compile(r"\s?(?:至|到|—|－|-|~|～)\s?(?:" + DATE.pattern + r"|\d{1,2}[日号])")


_RANGE_START = re.compile(r"(?:\d{1,4}年)?\d{1,2}\s?(?:至|到|—|－|-|~|～)\s?$")  # [1~]3月, [1990年-]1995年


def with_range(sentence: str, date: str) -> str:
    """The date with the rest of the range the sentence writes it in (2009年3月30日[至5月14日],
    9月16日[至23日], [1~]3月)."""
    at = sentence.find(date)
    if at < 0:
        return date
    end = _RANGE_END.match(sentence, at + len(date))
    start = _RANGE_START.search(sentence[max(0, at - 12):at])
    return (start.group() if start else "") + date + (end.group() if end else "")


def date_in(quote: str, near: int = 0) -> str | None:
    """The date or time in `quote` nearest to offset `near` (2024年3月15日, 3月底, 上午9时), or None."""
    found = [m for m in DATE.finditer(quote)]
    return min(found, key=lambda m: abs(m.start() - near)).group() if found else None


# a project's milestones: a date asked of one (哪天投产, 什么时候开工的) is not the date of another
_MILESTONE = re.compile(r"签约|开工|投产|复产|停产|竣工|建成|完工|获批|批复|验收|开业|运营|揭牌|启动|落地|入驻|开通")
_WHEN = re.compile(r"什么时候|什么时间|何时|哪一?[天日年]|哪个月|几月|几号")


def lacks_milestone(question: str, sentence: str) -> bool:
    """Whether a question asks the date of a milestone (the one nearest its question word: 签约后什么时候开工 asks
    开工) and the sentence does not write it (6月18日…项目开工, asked 哪天投产)."""
    when = _WHEN.search(question)
    asked = list(_MILESTONE.finditer(question))
    if not when or not asked:
        return False
    nearest = min(asked, key=lambda m: min(abs(m.start() - when.end()), abs(when.start() - m.end())))
    part = _part_about(question, sentence)
    return not any(word in part for word in _SAME_MILESTONE.get(nearest.group(), (nearest.group(),)))


_SAME_MILESTONE = {"竣工": ("竣工", "建成", "完工"), "建成": ("建成", "竣工", "完工"), "完工": ("完工", "竣工", "建成")}


def _part_about(question: str, sentence: str) -> str:
    """The part of the sentence (between semicolons) that shares the longest run with the question: the
    milestone of the thing asked is written there (…新开工亿元以上项目46个；甲项目…已完成设备安装: 甲's part
    writes no 开工)."""
    parts = re.split(r"[；;]", sentence)
    return max(parts, key=lambda p: SequenceMatcher(None, question, p, autojunk=False).find_longest_match().size)


# a day or a month asked as such (哪一天, 几号, 哪个月, 几月份): a calendar date of that grain, not a period or a year
_DAY_ASKED = re.compile(r"哪一?[天日]|几号")
_MONTH_ASKED = re.compile(r"(?:哪一?个|几)月")
_DAY = re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?[日号]|(?<![\d年月])\d{1,2}[日号]")
_MONTH = re.compile(r"\d{1,2}\s?月|[正一二三四五六七八九十]{1,3}月")


def lacks_day(question: str, sentence: str) -> bool:
    """Whether a question asks the day (哪一天开的) or month (几月份开工) of something and the sentence writes none:
    the passage tells what happened, not when (…开展对接会4场, asked 哪一天开的: withheld)."""
    if _DAY_ASKED.search(question):
        return not _DAY.search(sentence)
    return bool(_MONTH_ASKED.search(question)) and not _MONTH.search(sentence)


# a deadline asked (完成时限, 截止时间, 最晚什么时候, 要求啥时候办完): the date written as one answers (2026年4月30日前,
# 完成时限：…), not another date of the same thing (5月14日…审议通过…方案)
DEADLINE_ASKED = re.compile(r"时限|期限|截止(?:时间|日期)|最晚|最迟|限期|要求[^，。？?]{0,4}(?:什么|啥)时候|(?:什么|啥)时候(?:之|以)?前")
_DEADLINE = re.compile(r"时限|期限|限期|截止(?:时间|日期)|(?:" + DATE.pattern + r"|年底|年内)(?:之|以)?前")


# a length asked of a time limit (审批时限压缩到了几个工作日, 期限多长): an amount, no date
_LENGTH_ASKED = re.compile(r"几|多少|多长|多久")


def asks_deadline(question: str) -> bool:
    """Whether a question asks by when something must be done (完成时限, 最晚什么时候), not how long a limit is."""
    return bool(DEADLINE_ASKED.search(question)) and not _LENGTH_ASKED.search(question)


def lacks_deadline(question: str, sentence: str) -> bool:
    """Whether a question asks by when something must be done and the sentence writes no deadline: it tells when
    something was done, not by when it must be."""
    return asks_deadline(question) and not _DEADLINE.search(sentence)
