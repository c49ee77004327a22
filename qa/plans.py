"""Targets: whether a question asks after what is planned or aimed at.

Whether a figure is one, index/aims.py tells (a fact's `stance`). A target answers only a question after targets,
and such a question about the whole of a year the bulletins report on (全年的增长目标, 今年目标) is not withheld for that
year's period: its target stands in any issue of it.
"""
from __future__ import annotations

import re

from index.periods import Period
from qa.meanings import asks_plans

_AIM_REACHED = r"要(?:达到|突破|超过|提高到|提升到|增长到)"  # a level aimed at asked (开工率要提高到多少)
# what was achieved asked (全年实际完成多少, 今年实现了多少): the year says when, not that a target is asked; not the
# 实际 of an indicator (实际使用外资)
_ACHIEVED_ASKED = r"(?:实际(?!使用|利用)|(?:实现|完成|达到)了)"
# a question after what is planned or aimed at (this whole year, in an issue of its first months), not what was
# achieved
PLAN = re.compile(r"目标|计划|规划|预计|预期|力争|争取|确保|打算|准备(?!工作)|下一?步|下阶段|今后|将要|任务|早日|尽快|尽早|"
                  r"要(?:推动|推进|加快|抓好|做好)|" + _AIM_REACHED + "|"
                  rf"(?:今年|本年|全年)(?!以来)(?!.*{_ACHIEVED_ASKED})|年底|年末")
_THE_YEAR = re.compile(r"(?:今年|本年|全年)(?!以来)")
# how far a target was met (去年哪几项超额完成了目标, 没完成目标的指标): what was achieved, which the year's own report states
_TARGET_MET = re.compile(r"(?:超额|提前|没有?|未|尚未)?(?:完成|实现|达成|达到)了?(?:全年|年度)?的?目标")
# the whole year's issue named (全年通报里, 全年那期): the bulletin asked, whatever it plans, no target of the year
_THE_YEARS_ISSUE = re.compile(r"全年的?(?:那|这)?一?(?:期|份|通报|简报|公报|专报|特刊|报告|动态|材料)")
# a target itself asked (今年的目标定了多少, 目标是多少, 要提高到多少, 力争达到多少), not how far it was met (目标完成了多少,
# 完成全年目标的几成)
_TARGET_ITSELF = re.compile(rf"^(?!.*(?:完成|进度|实现|达成|超额|差距|比|占)).*(?:目标|力争|{_AIM_REACHED})")
# the focus of the months ahead (下半年重点是啥, 下半年工作重点): their plans, not a key project's (重点项目)
_FOCUS = re.compile(r"工作重点|重点(?:工作|任务)?(?=是|有|抓|为|[？?。]|$)")
_HOW_DONE = re.compile(r"(?:怎么|如何|咋)(?!样|回事|变)")  # how a thing is done, not how things stand (怎么样)
# a deed still to come (二季度要办什么对接会, 要建中试基地的是哪个园区, 拟申报): 要/拟 before a verb, not the nouns 要求, 要素,
# 要点, 纪要 nor 主要, 重要, 需要, 简要 (简要说说: briefly, no deed to come)
_TO_DO = re.compile(r"(?<![主重需只纪提摘概简扼])(?:要|拟)(?![求素点闻件是么])[\u4e00-\u9fff]")


# words that make a passage's figure an aim, not a result (确保…突破, 力争增长8%, 目标3050亿元, 预计…)
_AIM_WORDS = re.compile(r"目标|力争|确保|争取|预计|预期|计划")


def tells_target(quote: str, period: Period | None, issue: Period | None) -> bool:
    """Whether a quoted passage gives a target: by its words, or dated past the period its bulletin reports (全年 in
    a 一季度 issue)."""
    later = bool(period and issue and issue.year and not period.since
                 and ((period.year or issue.year), period.end) > (issue.year, issue.end))
    return later or bool(_AIM_WORDS.search(quote))


def asks_target(text: str) -> bool:
    return bool(_TARGET_ITSELF.search(text))


def this_years_target(period: Period | None, text: str, reported: list[Period]) -> bool:
    """A target asked for a whole year the bulletins report on (`reported`: their periods)."""
    whole_year = period is not None and (period.start, period.end, period.since) == (1, 12, False)
    if not whole_year or period.year not in {None, *(p.year for p in reported)} or _THE_YEARS_ISSUE.search(text):
        return False
    if any(period.matches(p) for p in reported):  # a bulletin reports the whole year: 全年 says when, no target
        text = _TARGET_MET.sub("", _THE_YEAR.sub("", text))
    return bool(PLAN.search(text))


def precedes(reported: Period, asked: Period) -> bool:
    """A bulletin's period that ends just before the asked one starts (上半年 before 下半年, 前三季度 before 四季度,
    2025年全年 before 2026年)."""
    if reported.since:
        return False
    if reported.year is None or asked.year is None:
        return reported.end + 1 == asked.start
    return reported.year * 12 + reported.end + 1 == asked.year * 12 + asked.start


def plan_issue(period: Period | None, text: str, reported: list[Period]) -> Period | None:
    """For plans asked for months no bulletin reports (下半年准备怎么抓, 二季度有什么计划; 下半年怎么抓: how it is to be
    done then): the period of the bulletin ending just before them, whose plans are for them; None otherwise."""
    if period is None or any(period.matches(p) for p in reported) \
            or not (PLAN.search(text) or asks_plans(text) or _HOW_DONE.search(text) or _FOCUS.search(text)
                    or _TO_DO.search(text)):
        return None
    before = [p for p in reported if precedes(p, period)]  # 下半年 of no year: the newest 上半年's plans
    return max(before, key=lambda p: (p.year or 0, p.end)) if before else None

