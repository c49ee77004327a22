"""What a bulletin section is about, by meaning: the words staff and bulletins use for achievements, problems,
plans and measures (成效 for 成绩, 短板 for 问题, 打算 for 计划). A heading word of a class is matched by any
word of it, either way; a question naming one of them asks for a section's items (qa/kinds.py). The words are
index/meanings.py's, which reads a title line naming one of them as a section."""
from __future__ import annotations

import re

from index.meanings import LATER_FOCUS, MEANINGS, MEASURES, PLANS, PROBLEMS  # the vocabulary headings are read with at index time

# what happened of late, asked of a digest of dated items (蓟塬市都有哪些动态, 有什么大事): what was done, as a place's
# paragraphs under no heading tell it
NEWS = ("动态", "动向", "大事", "新闻")
_NEWS_MODIFIER = 2  # 新动向, 最新动态: a news word with a short modifier before it
# what a question asks to be done about a problem (怎么解决, 如何应对, 下一步怎么办): a remedy, not the problem
# a heading of what the bulletin proposes be done (对策建议, 意见建议, 几点建议): its items are what is to come, plans
PROPOSALS = ("对策", "建议")
REMEDIES = ("解决", "破解", "应对", "弥补", "补齐", "补足", "缓解", "化解", "扭转", "整改", "怎么办", "咋办", "如何办")


def tells_problems(heading: str | None) -> bool:
    """Whether a section heading (存在问题, 短板弱项) is about problems: it tells no measure or way of doing."""
    return bool(heading) and any(word in heading for word in PROBLEMS)


def tells_measures(heading: str | None) -> bool:
    """Whether a section heading (工作措施, 主要做法) tells how things are done."""
    return bool(heading) and any(word in heading for word in MEASURES)


# the measures of a later period than the bulletin's (下半年工作措施 in a 上半年 report, 明年主要举措): what is to be done
_LATER_MEASURES = re.compile(r"^(?:下半年|下一?季度|明年|来年)(?:工作|主要|重点)?(?:措施|举措)$")


def tells_plans(heading: str | None) -> bool:
    """Whether a section heading (下步打算, 工作安排, 下半年重点, 下半年工作措施, 对策建议) is about plans."""
    return bool(heading) and (asks_plans(heading) or bool(LATER_FOCUS.match(heading) or _LATER_MEASURES.match(heading))
                              or any(word in heading for word in PROPOSALS))


def asks_remedy(question: str) -> bool:
    """Whether a question asks what is (to be) done about a problem (栖凤如何解决配套不足, 配套率不足怎么办)."""
    return any(word in question for word in REMEDIES)


def names_section(word: str, question: str = "") -> bool:
    """Whether a word says which part of a bulletin is asked (短板, 打算), or is a piece of such a word the question
    writes (阶段 of 下阶段), or news asked (动态, 大事, 新动向, 最新动态): no topic its text must hold."""
    return any(word == w or (word in w and w in question) for group in (*MEANINGS, NEWS) for w in group) \
        or any(word.endswith(w) and len(word) - len(w) <= _NEWS_MODIFIER for w in NEWS)


# the 要 of 主要/重要 is no intent (要做, 要抓): 主要做法 and 主要抓了哪些工作 tell what was done, not what is planned;
# nor are key tasks whose progress is told (重点工作推进, 重点任务进展情况)
_NOT_INTENT = re.compile(r"[主重]要(?=[做干搞抓])|重点(?:工作|任务)(?=推进|进展|完成|落实)")


def asks_plans(question: str) -> bool:
    """Whether a question (or heading) asks what is planned (有什么安排, 下步打算), or proposed (调研报告建议咋办: the
    对策建议 section, what is to be done); 主要做法 does not."""
    question = _NOT_INTENT.sub("", question)
    return any(word in question for word in PLANS + PROPOSALS)


# 不足5%, 不足一半: 不足 before an amount says "less than", a bound, no shortcoming
_LESS_THAN = re.compile(r"不足(?=[\d一二两三四五六七八九十百千万半])")


# 有问题可以找谁, 遇到困难怎么反映: a problem as the condition of what is asked (where to turn), not the problems asked
_PROBLEM_IF = re.compile(r"(?:有|遇到|碰到|出现)了?(?:问题|困难)(?=[，,]?(?:的话|时|可以|能|该|要|去|找|向|通过|怎么|如何|咋))")


def asks_problems(question: str) -> bool:
    """Whether a question asks what problems there are (存在什么问题, 有哪些短板)."""
    question = _PROBLEM_IF.sub("", _LESS_THAN.sub("", question))
    return any(word in question for word in PROBLEMS)


def asks_section(question: str) -> bool:
    """Whether a question names a section by any of its words (干了啥, 有啥打算, 存在什么问题)."""
    question = _LESS_THAN.sub("", question)
    return any(word in question for group in MEANINGS for word in group)
