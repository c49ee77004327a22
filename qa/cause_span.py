"""Why-questions' short answer: the cause clause of a sentence (由于X，所以Y / X，因此Y), and whether 为什么 asks
a cause at all (被册封为什么官职 names something). Pure functions (jieba only)."""
from __future__ import annotations

import re

import jieba.posseg

from qa.clauses import CLAUSE
from qa.span import tidy

_CAUSE = re.compile(r"由于|因为|因(?![此而为])")
_EFFECT = re.compile(r"[，,]\s*(?:所以|因此|因而|故|才|致使|导致|以致|从而|于是|使得?)")


WHY_ASKED = re.compile(r"为什么|为何|什么原因|原因是|何故")
_NAMES_AS = "称封作成名选改任"   # 被封为什么官职, 称为什么: 为 is "as", not "why"
MAX_CAUSE_CLAUSES = 3


def asks_why(question: str) -> bool:
    """为什么 asking a cause, not 为+什么 naming something (被册封为什么官职, 现在为什么单位工作)."""
    m = WHY_ASKED.search(question)
    if not m or (m.group().startswith("为") and question[m.start() - 1:m.start()] in tuple(_NAMES_AS)):
        return False
    after = next(iter(jieba.posseg.cut(question[m.end():].strip("？?。 ") or "。")))
    return not (m.group() == "为什么" and m.start() > 0 and after.flag.startswith("n"))  # 为什么米泽…: why


def cause_span(question: str, sentence: str) -> str | None:
    """由于X，(所以)Y / X，因此Y asked 为什么Y: X, its clauses up to the effect (the clause that shares
    the question's words, or starts with 所以/因此)."""
    if not asks_why(question):
        return None
    m = _CAUSE.search(sentence)
    effect = _EFFECT.search(sentence, m.end() if m else 0)
    start = m.end() if m else (max(sentence.rfind(p, 0, effect.start()) for p in "。；;") + 1 if effect else -1)
    if start < 0:
        return None
    end = effect.start() if effect else _effect_clause(question, sentence, start)
    return tidy(sentence[start:end]) or None


def _effect_clause(question: str, sentence: str, start: int) -> int:
    """Where the cause that starts at `start` ends: before the first later clause sharing two or more
    of the question's bigrams (the effect asked about), at most MAX_CAUSE_CLAUSES clauses on."""
    clauses = list(CLAUSE.finditer(sentence, start))
    end = clauses[0].end() if clauses else len(sentence)
    for c in clauses[1:MAX_CAUSE_CLAUSES]:
        if sum(a + b in question for a, b in zip(c.group(), c.group()[1:])) >= 2:
            break
        end = c.end()
    return end
