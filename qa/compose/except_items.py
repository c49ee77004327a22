"""Items asked beside some the question sets aside (除了红榜黑榜，其他开发区都有哪几家; 除了招商引资，还有哪些举措): the
words set aside name the items left out, not the topic of those asked; the answer is the items of the same sections
titled by none of them."""
from __future__ import annotations

import re
from dataclasses import replace

from qa.compose.sections import Section

# 除了A、B(以外|之外)，其他/其余/还有/另外…: the clause setting A and B aside
_SET_ASIDE = re.compile(r"除(?:了|去|开)?([^，,。？?]{1,20}?)(?:以外|之外|外)?[，,]?(?:其他|其它|其余|剩下|另外|还)")


def set_aside(question: str, terms: list[str]) -> list[str]:
    """The question's terms inside its clause setting items aside."""
    clause = _SET_ASIDE.search(question)
    return [t for t in terms if clause and t in clause.group(1)]


def titles_aside(section: Section, aside: list[str]) -> bool:
    """Whether an item of the section is titled by a word set aside."""
    return any(t in item.title for item in section.items for t in aside)


def besides(sections: list[Section], aside: list[str]) -> list[Section]:
    """The items beside those titled by a word set aside: of the same bulletin, heading and place, titled by none."""
    marked = {(s.doc, s.name, s.region) for s in sections if titles_aside(s, aside)}
    kept = [replace(s, items=[i for i in s.items if not any(t in i.title for t in aside)], more=[]) for s in sections
            if (s.doc, s.name, s.region) in marked]
    return [s for s in kept if s.items]
