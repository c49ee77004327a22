"""What a figure is in its sentence besides a value of what it counts: the level a change started from (由36小时
压缩至8小时: 36小时), a bound of a group (10亿元以上项目), or the share of a target met (完成年度目标的91.8%). Pure
functions over the sentence's text; qa/targets.py skips or keeps a figure by them. Also a gap to an average
(高于全省平均1.4个百分点), a round bound heading the amount stated after it (突破两千亿元，达到2046.5亿元) and a table
cell's column header (当月环比增长 -1.2%)."""
from __future__ import annotations

import re

from index.aims import SHARE_OF_TARGET
from index.figures import split_figure
from qa.asked import CHANGE_WORDS, Ask

# a figure bounding a group it counts nothing of: 10亿元以上项目, 超10亿元的企业, 不足5亿元的园区
_BOUND_AFTER = re.compile(r"(?:以上|以下|以内)(?=[\u4e00-\u9fff])")
_BOUND_BEFORE = re.compile(r"(?:超过?|逾|高于|低于|不足|不到|不低于|不少于)$")
_OF_NOUN = re.compile(r"的(?=[\u4e00-\u9fff])")
_FROM = re.compile(r"(?:由|从)[^，,。；;由从]{0,8}$")
_TO = re.compile(r"[^，,。；;]{0,8}?(?:至|到)")
REACHED = re.compile(rf"(?:{CHANGE_WORDS}|[增升])(?:至|到)")  # 提高到, 增至: the level reached follows, no change
_REACHED_END = re.compile(f"(?:{REACHED.pattern})$")
_FORMER_ASKED = ("原", "之前", "以前", "过去")
# the share of a target met, as written just before its figure: 完成年度目标的91.8%, 完成全年计划的52.3%,
# 目标完成率达86%, 序时进度为75%
# a gap to an average, as written just before its figure: 高于全省平均1.4个百分点, 快于全市平均水平2.1个百分点
_GAP_TO_AVERAGE = re.compile(r"(?:高于|低于|快于|慢于|高出|低出|超过|超出)[^，,。；;]{0,8}?平均(?:水平|值|数)?$")


def former_level(text: str, start: int, end: int, clause_end: int, ask: Ask) -> bool:
    """Whether a figure is the level a change started from (由A…至B: A), the question not asking it (原来多少)."""
    return bool(_FROM.search(text, max(0, start - 9), start) and _TO.match(text, end, clause_end)
                and not ask.year_before and not any(w in t for t in ask.terms for w in _FORMER_ASKED))


def level_reached(text: str, clause_start: int, start: int, ask: Ask) -> bool:
    """Whether a figure is the level a change reached (提高到21.4万元), the change itself asked (提高了多少) and no level
    it rose from written (由上年的71.6亿元增至83.9亿元 shows both): the change is written apart (较上年提高2.5万元)."""
    return bool(ask.change_only and _REACHED_END.search(text, clause_start, start)
                and not re.search("[由从]", text[clause_start:start]))


def bounds_a_group(text: str, start: int, end: int) -> bool:
    """Whether the figure text[start:end] bounds a group rather than stating a value (10亿元以上项目,
    超10亿元的企业)."""
    return bool(_BOUND_AFTER.match(text, end)
                or (_BOUND_BEFORE.search(text, max(0, start - 3), start) and _OF_NOUN.match(text, end)))


def share_of_target(text: str, clause_start: int, start: int) -> bool:
    """Whether the figure starting at `start` is the share of a target met (营业收入完成年度目标的91.8%): what a
    question asking 完成目标的多少 wants, and no other figure of its clause."""
    return bool(SHARE_OF_TARGET.search(text, clause_start, start))


def gap_to_average(text: str, clause_start: int, start: int) -> bool:
    """Whether the figure starting at `start` is a gap to an average (高于全省平均1.4个百分点): what a question asking
    比全省平均高多少 wants, not the rate compared (同比增长7.1%)."""
    return bool(_GAP_TO_AVERAGE.search(text, clause_start, start))


# a word right before a figure saying the amount is more (超40亿元, 突破8亿元) or less (近3亿元) than it
_BOUND_MORE = re.compile(r"(?:超过|(?<!赶)超|逾|突破|超出)$")
_BOUND_LESS = re.compile(r"(?:将近|接近|(?<![最附将接])近|不到|不足)$")
_NEAR = 0.25  # a bound is rounded from the amount: within a quarter of it


def bound_side(quote: str, figure: str) -> str | None:
    """"more" or "less" when the figure is written in the quote as a bound, else None."""
    at = quote.find(figure)
    before = quote[:at] if at >= 0 else ""
    return "more" if _BOUND_MORE.search(before) else "less" if _BOUND_LESS.search(before) else None


def borne_out(side: str, bound: float, amount: float) -> bool:
    """Whether `amount` is what a bound on `side` of `bound` rounds: on that side of it, and near it."""
    return bound > 0 and (amount > bound if side == "more" else amount < bound) and abs(amount - bound) <= _NEAR * bound


# a clause that only links a figure to the clause before (加工贸易占比偏高，[达到]67.3%): that clause says what it is
LINK_ONLY = re.compile(r"[，,\s]*(?:已经?|约|仍|均)?(?:达到|达|为|是|约为|有)?")


def column_header(text: str, clauses: list[tuple[int, int]], k: int, at: int) -> str:
    """The column header over the figure at `at` when it is a table cell (alone after a space in clause k, its sign
    included: 当月环比增长 -1.2%): the clause before; "" for a figure of running text."""
    s = clauses[k][0] if k else 0
    return text[clauses[k - 1][0]:s] if k and text[s - 1] == " " and not text[s:at].strip() else ""


def rounds_next(text: str, clauses: list[tuple[int, int]], k: int, end: int, figure: str,
                pattern: re.Pattern) -> bool:
    """Whether a figure written as a round bound (突破两千亿元) is the headline of the amount the next clause only links
    to it (，达到2046.5亿元): the amount answers (qa/compose/bounded.py weighs bounds against amounts across sentences)."""
    side = bound_side(text[clauses[k][0]:end], figure)
    if not side or k + 1 >= len(clauses):
        return False
    s, e = clauses[k + 1]
    amount = pattern.search(text, s, e)
    if not amount or not LINK_ONLY.fullmatch(text[s:amount.start()]):
        return False
    try:
        (bound, unit), (number, its_unit) = split_figure(figure), split_figure(amount.group().strip())
    except ValueError:
        return False
    return unit == its_unit and borne_out(side, bound, number)
