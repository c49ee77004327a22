"""Which words of a question are terms the answer must match, where a word is not simply itself: a change verb
(增加 of 增加了多少) says what kind of figure is asked, the noun a name is asked of (那个活动叫什么名字) is the kind of
thing the answer names, and what was got parted from it by the amount (考核得了多少分) is the word the documents write
(得分).
"""
from __future__ import annotations

import re

from qa.asked import CHANGE_WORDS
from qa.corpus import Corpus
from qa.meanings import PROBLEMS

_CHANGE_ASKED = re.compile(rf"({CHANGE_WORDS})了?(?:多少|几|吗|么|没有)")  # 提高了吗: whether, of the figure before

# the noun a name is asked of (那个活动叫什么名字): the kind of thing, which the answer names by its name instead
_KIND_NAMED = re.compile(r"([\u4e00-\u9fff]{2})(?=的?(?:叫(?:什么|啥)|(?:的|是)?(?:名字|名称)))")

# what was got (得, 拿, 获) parted from it by the amount asked, closing the question, after the word of the occasion
# (考核得了多少分, 考核拿了几分): 得 and the thing got make the word the documents write (得分); a measure word is no thing
# got (拿了多少个: 个 counts)
_PARTED_WORD = re.compile(r"([\u4e00-\u9fff]{2})[得拿获]了?(?:多少|几)"
                          r"([^个家项条件亿万千百元人次倍成年月日天期位名处座所批场了呢吗啊\W\d])(?=[？?。，,呢吗]|$)")


def without_kind_named(terms: list[str], text: str) -> list[str]:
    named = _KIND_NAMED.search(text)
    rest = [t for t in terms if not named or t != named.group(1)]
    return rest or terms


# how marked a problem is (突出问题, 最突出的短板, 比较大的困难): which of the section's items, all of them, not a word
# they write (部分开发区主导产业不突出 is no problem more marked than the others)
_DEGREE = re.compile(rf"(突出|明显|严重|较大|重大)的?(?:{'|'.join(PROBLEMS)})")


def without_degree(terms: list[str], text: str) -> list[str]:
    marked = {m.group(1) for m in _DEGREE.finditer(text)}
    return [t for t in terms if t not in marked] or terms


def change_verbs_at(text: str, words: list) -> set[int]:
    """Indices of the words that ask for a change (增加 of 增加了多少): they say what kind of figure
    is asked, the attribute it is of is written before them."""
    asked = [m.span(1) for m in _CHANGE_ASKED.finditer(text)]
    found, at = set(), 0
    for i, w in enumerate(words):
        if any(s <= at and at + len(w.word) <= e for s, e in asked):
            found.add(i)
        at += len(w.word)
    return found


def parted_words(text: str, corpus: Corpus) -> list[tuple[str, str]]:
    """(occasion, word) for each thing got parted from its verb by the amount asked, where the documents write the
    word whole: 考核得了多少分 → (考核, 得分)."""
    return [(occasion, "得" + thing) for occasion, thing in _PARTED_WORD.findall(text) if corpus.contains("得" + thing)]
