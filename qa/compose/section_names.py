"""Which section a question names: a heading names it when the question holds the heading's specific words or their
usual synonyms (举措 for 措施, 打算 for 计划); words most headings share (工作) say nothing."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import jieba

from index.periods import period_spans
from qa.meanings import MEANINGS, PLANS, PROPOSALS, asks_plans, tells_plans

if TYPE_CHECKING:
    from qa.compose.sections import Section

PARTS = re.compile(r"[及和与、]")
# the aspects a question names before 方面 (在招商和外资方面, 营商环境方面): words of the headings of the parts asked
_WORD = r"(?:(?![在从对就的了及和与、])[\u4e00-\u9fff]){2,4}"
ASPECT = re.compile(rf"({_WORD}(?:[及和与、]{_WORD})*)方面")
FILLER = frozenset({"主要", "存在", "发展", "当前", "目前", "工作"})  # 存在问题, 发展成效, 工作安排: no topic
MIN_SECTION_MATCH = 0.6
SECTION_WORDS = sorted({w for group in MEANINGS for w in group if len(w) > 1}, key=len, reverse=True)
SYNONYM_MATCH = 0.9  # the heading's own word names it best (亮点 asked: the heading that says 亮点)
# a heading's head noun after its last 的 (准确把握今年开发区工作的目标要求: 目标要求): what its part is about, the words
# before 的 (a speech's 准确把握, the work's whole) only qualify it
_HEAD = re.compile(r"的([^的]{2,})$")


@lru_cache(maxsize=4096)
def _heading_words(name: str) -> list[list[str]]:
    """The heading's parts (工作成绩及亮点: 工作成绩 / 亮点), each as its words, periods left out; a head noun after 的
    is a part of its own."""
    for s, e in reversed(period_spans(name)):
        name = name[:s] + name[e:]
    head = _HEAD.search(name)
    return [_words(part) for part in PARTS.split(name) + ([head.group(1)] if head else []) if part.strip()]


def _words(part: str) -> list[str]:
    """A heading part's words: the section words it holds whole (下阶段, which jieba cuts 下 / 阶段; 重点工作, which holds
    the filler 工作), longest first and apart from its filler (主要做法 holds 做法, not 要做), then the rest."""
    held = [w for w in SECTION_WORDS if w in part and any(f in w for f in FILLER)]  # 重点工作 of 重点工作推进: whole
    for word in held:
        part = part.replace(word, " ")
    for filler in FILLER:
        part = part.replace(filler, f" {filler} ")
    for word in SECTION_WORDS:
        if word in part:
            held.append(word)
            part = part.replace(word, " ")
    return held + [w for w in jieba.lcut(part) if len(w.strip()) > 1 and not w.isdigit()]  # a year: no topic


@lru_cache(maxsize=1024)
def _alternatives(word: str) -> tuple[str, ...]:
    """The word and the words that say the same of a section, either way (成效 for 成绩 as 成绩 for 成效)."""
    return (word, *dict.fromkeys(w for group in MEANINGS if word in group for w in group if w != word))


def _held(question: str, word: str) -> float:
    """1 for a heading word the question writes, SYNONYM_MATCH for a word of its meaning, else 0."""
    if word in question:
        return 1.0
    if not any(alt in question for alt in _alternatives(word)[1:]):
        return 0.0
    return 1.0 if word in PLANS else SYNONYM_MATCH  # plans are plans, whatever a heading calls them (打算, 安排)


# a heading of work under way (重点工作推进): what was done, which a question asking ahead (下一步重点工作) does not ask
_PROGRESS = re.compile(r"(?:推进|进展|落实)(?:情况)?$")
_AHEAD = re.compile(r"下一?步|下阶段|接下来|今后|后续|打算|计划|准备|将要")


# a plan's word the question writes before a word of work under way (重点工作推进): that work, no plan asked
_UNDER_WAY = re.compile("(?:" + "|".join(sorted(PLANS, key=len, reverse=True)) + r")(?=推进|进展|落实)")
_WORK_UNDER_WAY = re.compile(_UNDER_WAY.pattern[:-1].replace("(?=", "(?:") + ")")


def without_work_under_way(question: str) -> str:
    """The question without the plan words that name work under way (重点工作推进方面都干了些啥: what was done)."""
    return _UNDER_WAY.sub(" ", question)


def tells_progress(heading: str | None) -> bool:
    """Whether a heading tells work under way (重点工作推进, 项目进展情况): what was done, a way asked alone among it."""
    return bool(heading) and bool(_PROGRESS.search(heading)) and not _AHEAD.search(heading)


def work_under_way(question: str) -> list[str]:
    """The work under way a question names (重点工作推进), plan word and all."""
    return _WORK_UNDER_WAY.findall(question)


def section_match(question: str, name: str, generic: set[str]) -> float:
    """Share of the heading's specific words (or synonyms) the question holds; the best part counts."""
    if _PROGRESS.search(name) and _AHEAD.search(question):
        return 0.0
    if not _PROGRESS.search(name):  # the heading of that work is named by the question's words whole
        question = without_work_under_way(question)
    if any(word in name for word in PROPOSALS) and asks_plans(question):
        return 1.0  # 对策建议 asked as plans (下一步打算): what the bulletin proposes be done is what is planned
    if tells_plans(name) and asks_plans(question):
        return 1.0  # 下半年工作措施 in a 上半年 report asked as plans (下半年重点抓哪些): what is to be done then
    best = 0.0
    for words in _heading_words(name):
        words = [w for w in words if w not in generic and w not in FILLER]
        if any(w in SECTION_WORDS for w in words):  # 下阶段重点: the section word names it, 重点 only qualifies it
            words = [w for w in words if w in SECTION_WORDS or w in question]
        if any(w in PLANS and _held(question, w) for w in words):
            return 1.0  # 下步举措, 下阶段重点 asked as plans (有啥打算): a plan, whatever it is called after 下步
        if words:
            best = max(best, sum(_held(question, w) for w in words) / len(words))
    return best


def generic_words(sections: list[Section]) -> set[str]:
    """Heading words at least three in four distinct headings share (工作), periods aside; a word naming what its part
    tells (下一步, 问题) is none, however many headings write it (下一步 / 下一步工作 / 下一步工作安排 are all plans)."""
    names = {tuple(map(tuple, _heading_words(s.name))) for s in sections}
    counts: dict[str, int] = {}
    for parts in names:
        for w in {w for words in parts for w in words}:
            counts[w] = counts.get(w, 0) + 1
    return {w for w, n in counts.items() if len(names) > 1 and n * 4 >= 3 * len(names) and w not in SECTION_WORDS}



def _meaning(name: str) -> int | None:
    """Which class of MEANINGS a heading's words belong to (成绩 and 亮点 one, 计划 another), None for none."""
    proposed = MEANINGS.index(PLANS) if any(w in name for w in PROPOSALS) else None
    return next((k for k, group in enumerate(MEANINGS) if any(w in name for w in group)), proposed)



def best_named(asked: str, sections: list[Section], generic: set[str]) -> list[Section]:
    scored = [(section_match(asked, s.name, generic), s) for s in sections]
    best: dict[tuple, float] = {}  # per meaning and bulletin: the newest bulletin's is then taken (sections_for)
    for score, section in scored:
        key = (_meaning(section.name), section.doc)
        best[key] = max(score, best.get(key, 0.0))
    return [s for score, s in scored if score >= MIN_SECTION_MATCH and score == best[(_meaning(s.name), s.doc)]]

