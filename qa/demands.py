"""What is demanded of one thing (对…提了什么要求, 要求…做到什么程度): asked as a way, answered by a sentence that
demands, not one that reports what was done."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from qa.bulletin_named import naming_the_bulletin

if TYPE_CHECKING:  # qa.question reads kinds, which read DEMAND_ASKED here
    from qa.question import Question

# what is demanded of one thing, asked (不是 哪些要求: the items, a list)
DEMAND_ASKED = re.compile(r"(?:什么|啥)(?:样的)?要求(?=[？?。呢]|$)|(?:做到|达到|做成|干到)(?:什么|啥|何种|哪种)(?:程度|标准|水平|地步)")
# a sentence demanding: an aim it binds (力争, 确保, 不少于) or a decision's note of who does it by when
_DEMAND_WORDS = ("力争", "确保", "务必", "必须", "不少于", "不低于", "责任单位", "完成时限")
_DEMANDS = re.compile("|".join(_DEMAND_WORDS))


def demand_topic(terms: list[str], titles: set[str], asked: str, passages: tuple[str, ...]) -> list[str]:
    """The terms of a demand asked without its own word and the bulletin's (纪要对甲市提了什么要求: 要求 asks the
    demand, which the decision writes by its verbs, 制定…方案, 不少于…; 纪要 names where): none may be left, the place
    asked alone, whose sentences are then looked for by the words that demand, those the passages retrieved write."""
    kept = [t for t in terms if t != "要求" and not naming_the_bulletin(t, titles, asked)]
    return kept or [word for word in _DEMAND_WORDS if any(word in passage for passage in passages)]


def demanded(facts: list, question: "Question", asked: str) -> tuple[list, "Question"]:
    """The facts (qa.fact.Fact) that demand, when a demand is `asked` and any does (else the facts as they are), and
    the question with no period: a period inside a demand is its aim (力争上半年…), as in a plan."""
    if not DEMAND_ASKED.search(asked):
        return facts, question
    return [f for f in facts if _DEMANDS.search(f.sentence)] or facts, replace(question, period=None)
