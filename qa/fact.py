"""One answering fact: a quote inside a retrieved chunk, how relevant its sentence is, and what it
answers (the figure asked for, or the name)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from llama_index.core.schema import NodeWithScore

from index.aims import without_target_years
from index.period_columns import column_period
from index.periods import Period, find_periods, later_year, opening_year, parse_period, planned_year, year_before
from qa.targets import Target

# a word right before a figure saying it is a bound, not the amount (近3亿元 is less than 3亿元, 逾1000亿元 and
# 超10万标箱 more); not the 近 of 最近/附近 nor the 超 of 赶超. 约 (about) keeps the amount, so a short answer may give it bare
BOUND = re.compile(r"(?:将近|接近|超过|不到|不足|(?<![最附将接])近|逾|(?<!赶)超)$")
# a fall written right before its figure (同比下降6.5%): the figure alone reads as a rise, so a short answer keeps
# the word, unless the question itself asks how much something fell (降了多少, 减少多少, 降幅, 回落多少)
FALL = re.compile(r"(?:下降|下滑|降低|回落|减少|缩减|萎缩)了?$")
FALL_ASKED = re.compile(r"降|减|回落|下滑|萎缩|跌|少了")
_RISE_SIGNS, _FALL_SIGNS = "↑", "↓"  # a card's arrow before its figure: a rise needs no sign, a fall asked neither


@dataclass
class Fact:
    hit: NodeWithScore
    relevance: float
    start: int          # quote offsets inside the chunk text
    end: int
    sentence: str       # the whole sentence the quote comes from
    target: Target | None = None  # the (first) figure asked for; None for 怎么/什么 questions
    name: str | None = None         # what a 哪/谁/什么 question asks for, cut from the sentence
    entry: str | None = None        # the place asked (哪个开发区) as the heading the quote stands under names it
    dated: bool = False             # a date asked (qa/answer.py _single_fact): 什么时候, 完成时限

    @property
    def short(self) -> str | None:
        short = self.name or (self.target.figure if self.target else None)  # a name is only sought when asked
        if not short or short not in self.quote:
            return self.entry  # always read in the quote, or in the place the answer states after it
        whole = re.search(rf"(?<![\d.,]){re.escape(short)}", self.quote)  # 2亿元, not the end of 61.2亿元
        if self.name is None and whole:  # 当月产值近3亿元: the figure is a bound, and says so
            qualifier = BOUND.search(self.quote[:whole.start()])
            short = qualifier.group() + short if qualifier else short
        return short

    @property
    def meta(self) -> dict:
        return self.hit.node.metadata

    @property
    def quote(self) -> str:
        return self.hit.node.get_content()[self.start:self.end]

    @property
    def period(self) -> str | None:
        """The last period the passage names up to the quote (全年; 2023年以来 as of the bulletin's
        period: a figure after 其中 belongs to the period its sentence continues), else the section's
        or bulletin's."""
        year = (self.meta.get("as_of") or 0) // 100 or None
        text = self.hit.node.get_content()
        opens = text.rfind(self.sentence, 0, self.start + len(self.sentence))  # the quote's sentence holds it
        planned = planned_year(text[:max(0, opens)], year) \
            or later_year(self.meta.get("section") or "", year)  # 2026年，力争…。一是…; under 二、2026年目标任务
        earlier, upto = text[:max(0, opens)], text[max(0, opens):self.end]  # 完成全年目标的35.4%: no 全年 figure
        if self.target:  # (a passage of ways keeps it)
            earlier, upto = without_target_years(earlier), without_target_years(upto)
        named = [p for part, parts in ((earlier, False), (upto, True))  # 其中6月份…: a part of its own sentence only
                 for p in find_periods(part, planned.year if planned else year, bases=False, parts=parts)]
        named = named or [p for p in [opening_year(self.sentence, year), later_year(upto, year), planned]
                          if p]  # 2026年，力争…; 甲园区2026年营业收入目标…: of 2026
        at = self.quote.find(self.target.figure) if self.target else -1
        issue = parse_period(self.meta.get("period"))
        if self.dated and issue and issue.year:  # a date: of the bulletin's time, not of its plans' aims
            named = [p for p in named if not _not_reached(p, issue)]
        column = column_period(text, self.start + at, issue) if at >= 0 and issue and issue.year else None
        if column:  # 甲市 5月 52.3亿元 1-5月 246.8亿元 … 当月环比增长 -1.2%: the month its column names
            return column.label
        own = named[-1] if named else parse_period(self.meta.get("period"))
        multiple = self.target and self.target.figure.endswith(("倍", "成"))  # 为上年同期的两倍: this period's
        before = year_before(text[:self.start + at], own) if at >= 0 and not multiple else None
        if before:  # 由上年的71.6亿元: the year before's
            return before.label
        if not named:
            return self.meta.get("period")
        as_of = self.meta.get("doc_period")
        return f"{named[-1].label}，截至{as_of}" if named[-1].since and as_of else named[-1].label


def _not_reached(period: Period, issue: Period) -> bool:
    """Whether a period ends after its bulletin's (…方案，提出到2028年营业收入翻一番; 年内…不少于8个，其中上半年不少于4个 in
    a 一季度 纪要): the period a plan aims at, not the one the sentence tells of."""
    return ((period.year or issue.year), period.end) > (issue.year, issue.end)


def with_fall(short: str | None, fact: Fact, question: str) -> str | None:
    """The short answer of a figure fact with the fall written before it (下降6.5%), when the question does not
    itself ask about a fall; a card's arrow (↑12.4%) dropped for a rise, and for a fall asked as one."""
    if short and fact.name is None and short[0] in _RISE_SIGNS + _FALL_SIGNS:  # a card's ↑12.4%: the arrow
        return short[1:] if short[0] in _RISE_SIGNS or FALL_ASKED.search(question) else short  # says what is asked
    if not short or fact.name is not None or not fact.target or FALL_ASKED.search(question):
        return short
    whole = re.search(rf"(?<![\d.,]){re.escape(short)}", fact.quote)
    fall = FALL.search(fact.quote[:whole.start()]) if whole else None
    return fall.group() + short if fall else short
