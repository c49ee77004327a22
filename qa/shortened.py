"""A term the question writes in full where the documents write it short (规模以上 where the bulletins write 规上,
全省经济技术开发区 where they write 全省经开区): the reverse of qa/abbreviations.py, which spells a short word out. The
short form keeps the term's first character and one or two others standing at an edge of its words, in order
(规模|以上 → 规上, 经济技术|开发区 → 经开区), never a run of it (开发 of 开发区|规模 is no short form). It is read when the documents write it beside the question's next or previous
word (规上工业, 全省经开区) and never the term there, and write it at least as often as the term."""
from __future__ import annotations

import re
from itertools import combinations

import jieba

from qa.corpus import Corpus

_SHORT = (2, 3)   # the lengths of a short form, in characters
_WORDS = (2, 3)   # the words a term spans, the fewest first (经济|技术开发区, not …|里排 that jieba cuts after it)
_LONGEST = 10     # the longest term written short
_BESIDE = 2       # characters of the neighbouring word read with it (规上|工业, 全省|经开区)
# a word of a term: two Chinese characters or more (月 of 1-2月, 里 of 开发区里, 第 of 第4位 are none)
_TERM_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_DOMINANCE = 3    # a term the documents write too must be written this many times less often than its short form


def written_short(text: str, corpus: Corpus) -> str:
    """`text` with each term the documents write short beside its neighbours as they write it (规模以上工业 → 规上工业)."""
    words = jieba.lcut(text)
    out, i = [], 0
    while i < len(words):
        short, n = _short_at(words, i, corpus)
        out.append(short or words[i])
        i += n
    return "".join(out)


def _short_at(words: list[str], i: int, corpus: Corpus) -> tuple[str | None, int]:
    """(the short form the documents write for the term of words[i:i+n], n), or (None, 1)."""
    before = "".join(words[:i])[-_BESIDE:]
    for n in _WORDS:
        term = "".join(words[i:i + n])
        if i + n > len(words) or not 2 * _SHORT[0] <= len(term) <= _LONGEST \
                or not all(_TERM_WORD.fullmatch(w) for w in words[i:i + n]):
            continue
        after = "".join(words[i + n:])[:_BESIDE]
        sides = [s for s in (before and (before, ""), after and ("", after)) if s]
        if any(corpus.contains(b + term + a) for b, a in sides):
            continue  # written so beside this neighbour (鹤鸣经济技术开发区): a name of theirs
        for short in _shorts(words[i:i + n]):
            if short not in term and any(corpus.contains(b + short + a) for b, a in sides) \
                    and corpus.count(short) >= _DOMINANCE * corpus.count(term):
                return short, n
    return None, 1


def _shorts(words: list[str]) -> list[str]:
    """The short forms of the term made of `words`: its first character and one or two others that start or end a
    word of it (jieba's words within words too: 高新|技术), in order, at most half the term's length; the longest
    first (经开区 before 经开, which a document writes only inside it)."""
    term = "".join(words)
    edges = sorted({edge for _, start, end in jieba.tokenize(term, mode="search") for edge in (start, end - 1)} - {0})
    return [term[0] + "".join(term[k] for k in rest) for n in reversed(_SHORT) if 2 * n <= len(term)
            for rest in combinations(edges, n - 1)]
