"""Abbreviations read from the documents' own words. Staff shorten the terms bulletins write in full: a word of
two or three characters keeps the first character of the term and some of its others, in order (营收 for
营业收入, 规上 for 规模以上, 固投 for 固定资产投资). A question word the documents do not write stands for the
term they do write that reads so, when one such term is what they write (the others are rare beside it)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from weakref import WeakKeyDictionary

import jieba

from index.zones import ZONE_WORD, find_zones
from qa.corpus import Corpus
from qa.words import cut_bounds, word_bounds

_SHORT = (2, 3)      # the lengths of an abbreviation, in characters
_LONGEST = 10        # the longest term an abbreviation stands for
_MIN_USES = 2       # a term written once is no established term, unless the abbreviation is its words' initials
_DOMINANCE = 3       # the term must be written this many times as often as any other reading
_THROUGHOUT = 10     # ... and as often as a word the documents count by, to stand for it still
_RUN = re.compile(r"[\u4e00-\u9fff]+")
# an indicator's name holds no zone and no time (经开区营业 of 经营, 比去年一季度 of 比一): such spans are no terms
_NO_TERM = re.compile(ZONE_WORD.pattern + r"|季度|半年|去年|今年|上年|同期")
_COMMON = 100       # jieba's count of a common word (总额 3282, 人数 8857); abbreviations are rare there (营收 0)
_NOT_IN_TERMS = set("多少几哪啥吗呢么谁了的着过")  # 有多, 建了: question words and particles, no abbreviation
# a comparative ending its clause is what is asked of the word before it (哪个市高一些？ 谁快): no term's end
_PREDICATE = re.compile(r"[高低多少快慢大小强弱](?:一些|一点|些|点)?(?:[？?。，,！!呢啊吗]|$)")

# index state -> abbreviation -> the documents' term (or None); forgotten with the index state it was read from
_READ: WeakKeyDictionary[Corpus, dict[str, str | None]] = WeakKeyDictionary()
_COUNTS: WeakKeyDictionary[Corpus, dict[str, bool]] = WeakKeyDictionary()  # abbreviation -> whether it counts itself


@lru_cache(maxsize=256)
def _ordered(short: str) -> re.Pattern:
    """A pattern of the abbreviation's characters in order, within a term's length."""
    return re.compile(".{0,%d}".join(map(re.escape, short)) % ((_LONGEST,) * (len(short) - 1)))


def _terms_reading(short: str, text: str) -> list[str]:
    """The terms of `text` an abbreviation may stand for: from the start of a word with its first character,
    each other character, in order, starting a word within (营业|收入) or ending one (规模|以上), through the end
    of the last one's word; at least twice as long as the abbreviation (人数 is no abbreviation of 人才数)."""
    found = []
    for run in _RUN.finditer(text):
        if not _ordered(short).search(run.group()):
            continue
        ends, starts = _word_edges(run.group())
        for at in (i for i, c in enumerate(run.group()) if c == short[0] and i in starts):
            end = _reading_end(short, run.group(), at, ends)
            term = run.group()[at:end] if end else ""
            if 2 * len(short) <= len(term) <= _LONGEST and not _NO_TERM.search(term):
                found.append(term)
    return found


@lru_cache(maxsize=8192)  # a passage's runs are read again for each abbreviation whose rarest character they hold
def _word_edges(run: str) -> tuple[dict[int, int], frozenset[int]]:
    """(a word's first or last character -> the end of the longest such word, jieba's word starts) of a run; shared:
    read it, never change it."""
    ends: dict[int, int] = {}
    for _, start, end in jieba.tokenize(run, mode="search"):
        for edge in (start, end - 1):
            ends[edge] = max(end, ends.get(edge, 0))
    return ends, cut_bounds(run)


def _reading_end(short: str, run: str, at: int, ends: dict[int, int]) -> int | None:
    """Where the term read from `at` ends (None: the abbreviation's characters stand at no word's edge there)."""
    pos = at
    for c in short[1:]:
        pos = next((i for i in sorted(ends) if pos < i < at + _LONGEST and run[i] == c), -1)
        if pos < 0:
            return None
    return ends[pos]


def _most_written(short: str, corpus: Corpus) -> str | None:
    counts: Counter[str] = Counter()
    holding = min((corpus.lexical.candidates(c) for c in short), key=len)  # the texts with its rarest character
    for k in holding:
        counts.update(_terms_reading(short, corpus.texts[k]))
    ranked = counts.most_common(2)
    if not ranked or (ranked[0][1] < _MIN_USES and _initials(ranked[0][0]) != short):
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= _DOMINANCE * runner_up else None


def _initials(term: str) -> str:
    """The first characters of the term's words (固定资产|投资 → 固投): an abbreviation of these is read even from a
    term written once."""
    return "".join(term[b] for b in sorted(cut_bounds(term)) if b < len(term))


def written_term(short: str, corpus: Corpus) -> str | None:
    """The term the documents write that `short` abbreviates (None: none, or no single one). Read once per
    index state: a scan of the texts holding its rarest character."""
    known = _READ.setdefault(corpus, {})
    if short not in known:
        known[short] = _most_written(short, corpus)
    return known[short]


def spelled_out(text: str, corpus: Corpus) -> str:
    """`text` with each abbreviation replaced by the term the documents write (营收 → 营业收入), unless they write
    it as a word of their own (see _stands_for).
    An abbreviation starts where jieba starts a word of the question, or where a park's name a table lists ends
    (菱渡新材料园营收: jieba cuts 园营) or a region's name ends outside a zone's name (蕖阳高企: jieba cuts 阳高, a
    word of its own); the shortest reading wins."""
    ends = {m.end() for name in corpus.parts if len(name) > 2 for m in re.finditer(re.escape(name), text)}
    zoned = [(start, end) for start, end, _ in find_zones(text)]
    ends |= {m.end() for name in corpus.regions if len(name) > 1 for m in re.finditer(re.escape(name), text)
             if not any(start <= m.end() < end for start, end in zoned)}
    starts = word_bounds(text).union(*({end + b for b in word_bounds(text[end:])} for end in ends))
    out, at = [], 0
    while at < len(text):
        term, length = _abbreviation_at(text, at, starts, corpus)
        out.append(term or text[at])
        at += length
    return "".join(out)


# the unit of a date's number (2025年下一步: 年 ends 2025年, no abbreviation 年下 starts there)
_DATE_UNIT = re.compile(r"(?<=\d)[年月日号]")


def _abbreviation_at(text: str, at: int, starts: frozenset[int], corpus: Corpus) -> tuple[str | None, int]:
    """(the term the word at `at` abbreviates, the word's length), or (None, 1). A longer window is tried only
    when the shorter one is no word the documents write and reads as none of their terms (青山开 of 青山开发区
    is no abbreviation)."""
    before = text[max(0, at - 1):at + 1]
    if at not in starts and (corpus.contains(before) or _common_word(before)) or _DATE_UNIT.match(text, at):
        return None, 1  # inside a word (外资有); where jieba misses a word start (市规上), none
    for n in _SHORT:
        short = text[at:at + n]
        if (len(short) < n or not _RUN.fullmatch(short) or _NOT_IN_TERMS & set(short)
                or _common_word(short) or _PREDICATE.match(text, at + n - 1)):
            break
        term = written_term(short, corpus)
        if corpus.contains(short) and not _stands_for(short, term, corpus):
            break  # a word the documents write means itself
        if term:
            return (None, 1) if _cuts_a_word(text, at + n, starts, corpus) else (term, n)
    return None, 1


def written_both_ways(short: str, corpus: Corpus) -> str | None:
    """The term in full of an abbreviation the documents write both as a name of what they count (营收1288.7亿元 in a
    speech, so a question keeps it: _stands_for) and in full (营业收入 in the reports); None for a word of everyday
    Chinese (增长 is no abbreviation of 增加值增长) or one they write one way only."""
    if not _RUN.fullmatch(short) or _common_word(short) or not corpus.contains(short) \
            or not _counts_itself(short, corpus):
        return None
    term = written_term(short, corpus)
    return term if term and term != short and corpus.contains(term) else None


def _stands_for(short: str, term: str | None, corpus: Corpus) -> bool:
    """Whether a word the documents write still abbreviates `term`: they write the term at least _DOMINANCE times as
    often (营收 in one heading, 营业收入 throughout; 招商 inside 招商引资 is written as often as it), and _THROUGHOUT
    times as often if they count anything by the word (see _counts_itself: 生物医药产业营收突破100亿元 once, an industry's
    share of a zone's 营业收入 written in every part, is no term of their own)."""
    if not term:
        return False
    uses = _uses(short, corpus) * (_THROUGHOUT if _counts_itself(short, corpus) else _DOMINANCE)
    return uses <= _uses(term, corpus)


def _uses(phrase: str, corpus: Corpus) -> int:
    return sum(corpus.texts[k].count(phrase) for k in corpus.lexical.candidates(phrase))


def _counts_itself(short: str, corpus: Corpus) -> bool:
    """Whether the documents write the word as a name of what they count: a figure follows it in its clause
    (规上工业增加值占比61.5%). Written only without one (a heading: 营收稳步提升。), or as an item of a list a
    count closes (亩均税收、亩均营收等6项指标), it still abbreviates; a month or a date after it is no figure
    (营收增速并列全省第一4月当月…: a headline run into its body)."""
    known = _COUNTS.setdefault(corpus, {})
    if short not in known:
        counted = re.compile(re.escape(short) + r"[^，,。；;：:、等\n]*?(?<![\d.])\d+(?:\.\d+)?(?![\d.]*(?:月|日|号|年|季度))")
        known[short] = any(counted.search(corpus.texts[k]) for k in corpus.lexical.candidates(short))
    return known[short]


def _common_word(word: str) -> bool:
    """A word of everyday Chinese (总额, 人数) means itself, even where the documents write a longer term."""
    jieba.dt.check_initialized()
    return (jieba.dt.FREQ.get(word) or 0) >= _COMMON


def _cuts_a_word(text: str, end: int, starts: frozenset[int], corpus: Corpus) -> bool:
    """Whether the window ending at `end` ends inside a word of the question that the documents write: jieba
    cuts no word there and its last character and the next are written together (中工 of 项目中工业类, 比一 of
    比一季度), so it abbreviates nothing."""
    return end not in starts and corpus.contains(text[end - 1:end + 1])


def read_short(text: str, asked: list[str], corpus: Corpus) -> str:
    """`text`, and again with each term the question's words abbreviate written as the question writes it (营业收入
    → 营收), when it writes one: where the documents write both (营收 in a speech, 营业收入 in a report), the question's
    营收 is the indicator their 营业收入 names."""
    shorts = {term: short for short in asked if len(short) in _SHORT
              for term in [written_term(short, corpus)] if term and term != short and term in text}
    if not shorts:
        return text
    read = text
    for term, short in shorts.items():
        read = read.replace(term, short)
    return f"{text}\n{read}"


def read_in_full(text: str, question: str, corpus: Corpus) -> str:
    """`text`, and again with each abbreviation it writes (营收) spelled as the term the question writes in full
    (营业收入), when the documents read it so: where they write both, a question's 营业收入 is what a speech's 营收
    counts. Only a word of the text (收入|增速 holds no 入增) whose characters the question writes in order, and that the
    documents write with a figure after it, as a name of what they count (营收1288.7亿元), is read."""
    fulls: dict[str, str] = {}
    asked = set(question)  # a word with a character the question lacks abbreviates none of its terms
    for run in _RUN.finditer(text):
        if asked.isdisjoint(run.group()):
            continue
        bounds = word_bounds(run.group())
        for at in bounds:
            for n in _SHORT:
                short = run.group()[at:at + n]
                if len(short) < n or not asked.issuperset(short) or at + n not in bounds or short in fulls \
                        or short in question \
                        or _common_word(short) or not _ordered(short).search(question) \
                        or not _counts_itself(short, corpus):
                    continue
                term = written_term(short, corpus)
                if term and term in question:
                    fulls[short] = term
    read = text
    for short, term in fulls.items():
        read = re.sub(f"{re.escape(short)}(?!{re.escape(term[len(short):])})", term, read)
    return read if read == text else f"{text}\n{read}"
