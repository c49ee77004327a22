"""An abbreviation the documents write as a word of their own (营收 in a speech, `营收1288.7亿元`) and also in full (营业收入
in the reports): the question keeps it (qa/abbreviations.py), so a sentence writing the term in full does not match it.
A question worded with it that nothing answers is asked again with the term in full, as the other bulletins write it
(1-5月甲市开发区营收多少 → 1-5月甲市开发区营业收入多少); one worded in full, again with the abbreviation, as the speech
writes it (甲经开区去年营业收入多少 → 甲经开区去年营收多少)."""
from __future__ import annotations

import re
from itertools import combinations

from qa.abbreviations import written_both_ways
from qa.corpus import Corpus
from qa.words import word_bounds

_SHORT = (2, 3)  # the lengths of an abbreviation, in characters
# an amount asked (多少, 几个, 多大): a name asked (哪个开发区…下降) is not asked again, whose answer another figure's
# sentence may seem to give
_AMOUNT_ASKED = re.compile(r"多少|(?<!哪)几|多大|多高")
# …or the figure of what it names, asking nothing else (甲经开区去年的营业收入)
_ASKS_OTHER = re.compile(r"哪|谁|什么|怎|如何|为何|是否|吗|？|\?")
_LONGEST = 6  # characters of a term in full


def written_in_full(text: str, history: list[str], corpus: Corpus) -> list[tuple[str, list[str]]]:
    """(question, history) with each abbreviation that the documents write both as a word and in full replaced by the
    term in full, in the question and in the conversation before it (1-8月呢？ after 甲经开区1-5月营收多少？: the
    follow-up asks the earlier question's 营收); none when they write no such word or ask no amount."""
    if not (_AMOUNT_ASKED.search(text) or history and _AMOUNT_ASKED.search(history[-1])):
        return [] if history or _ASKS_OTHER.search(text) else [(short, []) for short in [_in_short(text, corpus)]
                                                                if short != text]
    said = [text, *history]
    asked = [_in_full(one, corpus) for one in said]
    in_short = _in_short(text, corpus)
    return ([(asked[0], asked[1:])] if asked != said else []) + ([(in_short, history)] if in_short != text else [])


def _in_full(text: str, corpus: Corpus) -> str:
    bounds = word_bounds(text)
    fulls = {text[at:at + n]: term for at in bounds for n in _SHORT if at + n in bounds
             for term in [written_both_ways(text[at:at + n], corpus)] if term and term not in text}
    for short, term in fulls.items():
        text = text.replace(short, term)
    return text


def _in_short(text: str, corpus: Corpus) -> str:
    """`text` with the first term it writes in full that the documents also write abbreviated as a word of their own
    (营业收入 → 营收, where a speech writes 营收1288.7亿元): the abbreviation keeps the term's first character and some
    of the others, in order."""
    for at in range(len(text)):
        rest = text[at + 1:at + _LONGEST]
        for n in (1, 2):
            for picked in combinations(rest, n):
                short = text[at] + "".join(picked)
                term = written_both_ways(short, corpus)
                if term and text.startswith(term, at):
                    return text[:at] + short + text[at + len(term):]
    return text
