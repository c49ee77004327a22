"""What a figure is besides its value: achieved (what its period brought), aimed at (a target, plan or forecast:
力争增长10%, 全年目标3050亿元, 计划投资50亿元, 预计年产值18亿元) or a rank (居全省第3位, 前5位, 前移3位).

A figure is aimed at by the words before it in its sentence's part (an aim verb anywhere before it, an aim noun just
before it: 营业收入目标 3050亿元), by those after it (增长15%目标, …项目早日落地), or by a period its bulletin has not reached
(全年 in a 一季度 issue). The share of a target met (完成全年目标的41.9%, 完成率102.9%) is achieved. Facts carry it as
`stance` (index/facts.py); answers read it there, or from a passage's text through `aimed`.
"""
from __future__ import annotations

import re

from index.periods import Period, parse_period, year_after

ACHIEVED, AIMED, RANK = "achieved", "aimed", "rank"

# a verb aiming at every figure after it in its sentence's part (力争营业收入增长7%左右、达到13500亿元，进出口总额突破…)
AIM_VERB = re.compile(r"力争|确保")
# a verb aiming at the figures of its own clause only (争取海关监管创新试点，…产值3.85亿元: obtained, then achieved); not
# 较计划提前 (measured against a plan), 完成年度计划的 (its share), nor 计划总投资 (a project's size, whatever is done).
# A forecast (预计年产值18亿元) is a project's size too; one of a later period is aimed at by its period.
_CLAUSE_AIM_VERB = re.compile(r"争取|(?<![较比超按照])计划(?![的总])")
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
# an aim noun right before the figure (营业收入目标3050亿元, a table's 目标 or 本年计划投资 column)
_AIM_NOUN = re.compile(r"(?:目标|计划)(?:值|数|任务|投资)?[为是：:]?\s*$")
_AIM_AFTER = ("目标", "的目标", "以上目标", "左右的目标")  # 增长15%目标
_HOPED_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:早日|尽快|尽早)")  # 推动…6个项目早日落地: not landed yet
# right before a figure: the share of a target or plan met (完成年度目标的83.2%, 完成率102.9%), which is achieved
SHARE_OF_TARGET = re.compile(r"(?:目标|计划|任务)(?:任务)?的$|完成率(?:为|是|达到?)?$|进度(?:为|是|达到?)?$")
# right before a count of places: a position in a ranking (居全省第3位, 税收收入前5位) or its move (比上年前移3位)
_RANK_BEFORE = re.compile(r"(?:第|前|后|前移|后移|上升|下降|提升|前进|后退|进位|退位)了?$")
_RANK_UNIT = ("位", "名")


def aimed(before: str, after: str = "") -> bool:
    """Whether the figure between `before` (its sentence's part up to it, or as much of it as the caller reads)
    and `after` is aimed at by its own words."""
    share = SHARE_OF_TARGET.search(before)
    if share:
        return bool(AIM_VERB.search(before, 0, share.start()))  # 力争完成全年目标的60%, not 完成全年目标的41.9%
    clause = before[max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0):]
    return bool(AIM_VERB.search(before) or _CLAUSE_AIM_VERB.search(clause) or _AIM_NOUN.search(before)
                or after.startswith(_AIM_AFTER) or _HOPED_AFTER.match(after))


def is_rank(before: str, unit: str | None) -> bool:
    return unit in _RANK_UNIT and bool(_RANK_BEFORE.search(before))


def not_reached(period: Period | None, issue: Period | None) -> bool:
    """Whether a figure's period ends after its bulletin's (全年 in a 一季度 issue, 2026年 in a paper on 2025): what it
    aims at, not what it reports."""
    return bool(period and issue and not period.since and (
        period.end > issue.end and period.year in (None, issue.year) or year_after(period, issue)))


def stance(fact: dict, table_row: bool, issue: str | None) -> str:
    """The fact's stance: in a table row by its column header alone (the fact's indicator), in prose by its quote;
    `issue`: the period of its bulletin."""
    figure_at = fact["start"] - fact["quote_start"]
    before = fact["indicator"] if table_row else fact["quote"][:figure_at]
    after = "" if table_row else fact["quote"][figure_at + len(fact["figure"]):]
    if is_rank(before, fact.get("unit")):
        return RANK
    if aimed(before, after) or not_reached(parse_period(fact.get("period")), parse_period(issue)):
        return AIMED
    return ACHIEVED


# a year a target is set for (完成全年目标的35.4%): no period of the figures after it
_TARGET_YEAR = re.compile(r"(?:全年|年度|今年|本年)(?=的?(?:目标|任务|计划))")


def without_target_years(text: str) -> str:
    """The text with each year a target is set for blanked (完成全年目标的35.4%: no 全年 figure), offsets kept."""
    return _TARGET_YEAR.sub(lambda m: " " * len(m.group()), text)
