"""Targets: whether a question asks after what is planned or aimed at, and whether a figure is one.

A figure is a target when the passage dates it to a period its bulletin has not reached (全年 in a 一季度 issue,
`qa/select.py`), or by its own words: aimed at (确保, 力争, 争取 in its clauses), hoped for (…6个项目早日落地) or named a target (增长15%目标).
A target answers only a question after targets, and such a question about the whole of a year the bulletins
report on (全年的增长目标, 今年目标) is not withheld for that year's period: its target stands in any issue of it.
"""
from __future__ import annotations

import re

from index.periods import Period
from qa.meanings import asks_plans

# a question after what is planned or aimed at (this whole year, in an issue of its first months), not what was
# achieved
PLAN = re.compile(r"目标|计划|规划|预计|预期|力争|争取|确保|打算|下一?步|下阶段|今后|将要|要达到|任务|早日|尽快|尽早|"
                  r"要(?:推动|推进|加快|抓好|做好)|"
                  r"(?:今年|本年|全年)(?!以来)|年底|年末")
_AIMED = re.compile(r"确保|力争|争取")
_TARGET_AFTER = ("目标", "的目标", "以上目标", "左右的目标")
_HOPED_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:早日|尽快|尽早)")  # 推动…6个项目早日落地: not landed yet


def this_years_target(period: Period | None, text: str, reported: list[Period]) -> bool:
    """A target asked for a whole year the bulletins report on (`reported`: their periods)."""
    whole_year = period is not None and (period.start, period.end, period.since) == (1, 12, False)
    return whole_year and period.year in {None, *(p.year for p in reported)} and bool(PLAN.search(text))


def plans_ahead(period: Period | None, text: str, reported: list[Period]) -> bool:
    """A plan asked for months after the bulletins' (下半年准备怎么抓, 四季度打算): the time it is planned for, which
    the issue before it states; no period of a figure reported."""
    ahead = period is not None and not period.since and not any(period.matches(p) for p in reported) and any(
        not p.since and p.end < period.start and (period.year in (None, p.year)) for p in reported)
    return ahead and (bool(PLAN.search(text)) or asks_plans(text))


def stated_target(sentence: str, counts: str) -> bool:
    """Whether the figure that ends `counts` (what it counts, in `sentence`) is a target by its own words."""
    at = sentence.find(counts)
    named = at >= 0 and sentence.startswith(_TARGET_AFTER, at + len(counts))
    hoped = at >= 0 and bool(_HOPED_AFTER.match(sentence, at + len(counts)))
    return named or hoped or bool(_AIMED.search(counts))
