"""A term the question writes in full where the documents write it short (规模以上工业 where the bulletins write
规上工业): the reverse of qa/abbreviations.py, which spells a short word out. The short form keeps the term's first
character and one or two others standing at an edge of its words, in order, its last from the term's last word
(规模|以上 → 规上), never a run of it nor one of its words whole (开发 of 开发区|规模, 投资增 of 投资|同比|增长 are
none), nor a word of everyday use (开工 of 开发区|工作). It is read when the documents write it before the word the
question writes next (规上工业) and never the term anywhere (where they write it, spelled_out reads their short form as it). Only the word
after counts: a word before matches the start of any longer phrase (公司已挂 of 公司已挂牌). A kind of zone after a whole
(全省经济技术开发区里排第几, where the bulletins write 居全省经开区第4位) is the short kind they write after it."""
from __future__ import annotations

import re
from itertools import combinations

import jieba

from index.zones import SHORT_KIND
from qa.corpus import Corpus

_SHORT = (2, 3)   # the lengths of a short form, in characters
_WORDS = (2, 3)   # the words a term spans, the fewest first (经济|技术开发区, not …|里排 that jieba cuts after it)
_LONGEST = 10     # the longest term written short
# a word of a term or beside it: two Chinese characters or more (月 of 1-2月, 里 of 开发区里, 第 of 第4位 are none)
_TERM_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
# jieba's count of a word of everyday use, which means itself (开工 874, 突破 3699), not a short form of the words
# around it; a zone's short name the dictionary holds is rarer (高新区 270)
_EVERYDAY = 500
# a time is no part of an indicator's name (月份|营业|收入 → 月营收 where a bulletin writes 4月营收增速)
_TIME = re.compile(r"月份|季度|半年|全年|今年|去年|上年|同期|年度|年底|月底")


# a whole that a kind of zone follows as a set of zones, no zone's name (全省经开区, 各高新区, 省级高新区)
_WHOLE = r"(全[省市县区国]|各|省级|国家级)"


def written_short(text: str, corpus: Corpus) -> str:
    """`text` with each term the documents write short before the same next word as they write it (规模以上工业 →
    规上工业), and a kind of zone after a whole (全省经济技术开发区) as they write it there (全省经开区)."""
    for long, short in SHORT_KIND.items():
        text = re.sub(_WHOLE + long, lambda m: m.group(1) + short if corpus.contains(m.group(1) + short)
                      and not corpus.contains(m.group()) else m.group(), text)
    words = jieba.lcut(text)
    out, i = [], 0
    while i < len(words):
        short, n = _short_at(words, i, corpus)
        out.append(short or words[i])
        i += n
    return "".join(out)


def _short_at(words: list[str], i: int, corpus: Corpus) -> tuple[str | None, int]:
    """(the short form the documents write for the term of words[i:i+n], n), or (None, 1)."""
    for n in _WORDS:
        term, after = "".join(words[i:i + n]), "".join(words[i + n:i + n + 1])
        if i + n > len(words) or not 2 * _SHORT[0] <= len(term) <= _LONGEST or not _is_word(after) \
                or not all(map(_is_word, words[i:i + n])) or _TIME.search(term) or corpus.contains(term + after):
            continue  # no term of words, or written so before the next word: a term of theirs
        for short in _shorts(words[i:i + n]):
            if short not in term and short[-1] in words[i + n - 1] and not any(w in short for w in words[i:i + n]) \
                    and (jieba.dt.FREQ.get(short) or 0) < _EVERYDAY and corpus.contains(short + after) \
                    and not corpus.contains(term):
                return short, n
    return None, 1


def _is_word(word: str) -> bool:
    """A word of the language: two Chinese characters or more that jieba's dictionary holds (not 年杉浦经, a run its
    model joined, nor 月 of 1-2月)."""
    jieba.dt.check_initialized()
    return bool(_TERM_WORD.fullmatch(word)) and bool(jieba.dt.FREQ.get(word))


def _shorts(words: list[str]) -> list[str]:
    """The short forms of the term made of `words`: its first character and one or two others that start or end a
    word of it (jieba's words within words too: 高新|技术), in order, at most half the term's length; the longest
    first (经开区 before 经开, which a document writes only inside it)."""
    term = "".join(words)
    edges = sorted({edge for _, start, end in jieba.tokenize(term, mode="search") for edge in (start, end - 1)} - {0})
    return [term[0] + "".join(term[k] for k in rest) for n in reversed(_SHORT) if 2 * n <= len(term)
            for rest in combinations(edges, n - 1)]
