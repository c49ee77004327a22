"""The words of a question that name the bulletin it asks about, not what it asks: a word of the kind of bulletin its
title ends with, written as the bulletin's (…情况的调研报告: 调研报告里说的双长制 → 调研, 报告; 报告建议…), or the group named
after that work (调研组建议…, 督查组: the kind's word and 组); a word of the title's subject (开发区, 招商引资) is what is
asked, and so is a kind's word asked about (…评价结果通报: 评价结果怎么样 asks the 结果).
A way is looked for by the other words; a bulletin's foreword writes the words naming it (组成调研组…现将有关情况报告如下)
and tells no way of anything else."""
from __future__ import annotations

import re

MIN_WORD = 2  # one character names no bulletin
KIND_CHARS = 4  # a title with no 的 before its kind ends with it (…推进台账, …统计快报)
_DATED = re.compile(r"[（(][^）)]*[）)]\s*$")  # （2026年1-9月） after the kind
_GROUP = "组"  # 调研组: those who did the 调研
# what follows words written as the bulletin's: where in it (里, 中), what it says (说, 建议, 提出), who wrote it (组)
_AS_THE_BULLETINS = r"(?:里|中|上|说|提|指出|建议|认为|显示|称|组)"


def naming_the_bulletin(term: str, titles: set[str], question: str) -> bool:
    work = term[:-1] if term.endswith(_GROUP) else term
    return len(work) >= MIN_WORD and any(_written_as_the_bulletins(work, _kind(title), question) for title in titles)


def _written_as_the_bulletins(work: str, kind: str, question: str) -> bool:
    """Whether the question writes `work` inside a run of the kind's words that a pointer at the bulletin follows
    (调研报告里, 调研组, 报告建议)."""
    if work not in kind:
        return False
    words = "|".join(re.escape(kind[i:j]) for i in range(len(kind)) for j in range(len(kind), i + 1, -1))
    return any(work in m.group(1) for m in re.finditer(f"((?:{words})+){_AS_THE_BULLETINS}", question))


def _kind(title: str) -> str:
    """The kind of bulletin a title ends with: after its last 的, else its last characters."""
    title = _DATED.sub("", title)
    return title.rpartition("的")[2] if "的" in title else title[-KIND_CHARS:]


def topic_beyond_the_bulletin(terms: list[str], titles: set[str], question: str) -> list[str]:
    """The terms that do not name the bulletin, when some do and others remain; else the terms as they are."""
    beyond = [t for t in terms if not naming_the_bulletin(t, titles, question)]
    return beyond or terms
