"""A part's indicator is not the whole's (跨境电商进出口额 or 保税维修产值 answers no question after 进出口总额 or 产值;
其中对东盟进出口 none after 进出口额), nor the whole's a part's (进出口额 answers no question after 跨境电商进出口额).

The indicator asked and the one written share a head (进出口额); what stands right before it says which part: a noun
naming a trade, a business, a partner (跨境电商, 保税维修业务, 东盟, 工业) narrows it; a verb of the measure (实际使用,
利用, 引进: its synonyms) and a statistic's scope (实际, 累计, 规模以上, 全年) do not. A narrowing word one side writes
and the other lacks (no character of it on the other side: 货运 and 货邮 say the same 吞吐量) makes it another
indicator. Pure functions over the question's terms and the text before a figure."""
from __future__ import annotations

import re

from index.places import is_place
from index.zones import ZONE_WORD, find_zones
from qa.corpus import bigrams
from qa.words import tagged

# the kinds of word that may stand in an indicator's name before its head (jieba: nouns, names, abbreviations, verbs
# inside a noun phrase: 保税/n 维修/v 产值/n); any other word (a number, a time, a preposition, 其中) ends it
_IN_NAME = ("n", "nz", "nt", "j", "l", "eng", "vn", "v", "b")
_NOUN = ("n", "nz", "nt", "j", "l", "eng", "vn", "b")
# the verbs that report a figure (完成, 实现), never part of an indicator's name
_REPORTING = re.compile(r"完成|实现|达到|达|共|占|为|是|有|新增|净增|累计|合计|共计|总计|新签约|签约")
# a statistic's scope or measure, not a part of what it measures (实际使用外资, 规模以上工业增加值, 全年营业收入)
_SCOPE = re.compile(r"实际|累计|合计|总计|共计|全口径|规上|限上|规模|以上|以下|限额|当年|全年|年度|本年|同期|主要|总|"
                    r"全[省市县区]|整体|总体|全部|各")
# said for the same thing (外贸进出口 is 进出口): the language's synonyms of a head, no part of it
_SAME_AS_HEAD = {"外贸"}


def _matches(word: str, terms: list[str]) -> bool:
    return any(b in word for t in terms for b in bigrams(t)) if len(word) > 1 else False


def _narrowing(words: list[tuple[str, str]]) -> list[str]:
    """The nouns of the words standing right before a head (last first), up to a word that ends a name."""
    found = []
    for word, flag in reversed(words):
        if not flag.startswith(_IN_NAME) or _REPORTING.fullmatch(word) or is_place(word) or flag == "ns" \
                or ZONE_WORD.fullmatch(word):
            break
        if flag.startswith(_NOUN) and not _SCOPE.fullmatch(word) and word not in _SAME_AS_HEAD:
            found.append(word)
    return found


def _shares_character(words: list[str], text: str) -> bool:
    return any(c in text for w in words for c in w)


def written_part(before: str, terms: list[str]) -> bool:
    """Whether the indicator written before a figure (`before`: its clause up to the figure) is the one the question's
    `terms` name narrowed to a part they do not name (1-4月累计跨境电商进出口额 asked 进出口总额)."""
    words = [(w.word, w.flag) for w in tagged(_without_zones(before))]
    at = next((i for i, (w, _) in enumerate(words) if _matches(w, terms)), None)
    if at is None:
        return False
    head, joined = words[at][0], "".join(terms)
    inside = next((head.find(b) for t in terms for b in bigrams(t) if b in head), 0)
    prefix = head[:inside]  # 进出口 asked 出口: the written word itself names more
    narrowing = _narrowing(words[:at]) + ([prefix] if prefix and not _SCOPE.fullmatch(prefix) else [])
    return bool(narrowing) and not _shares_character(narrowing, joined)


def asked_part(question: str, counts: str, terms: list[str]) -> bool:
    """Whether the `question` (its part asking this figure) names its indicator narrowed to a part (跨境电商 of
    跨境电商进出口额) that the text saying what a figure counts (`counts`) leaves out while it writes the head
    (湛屿高新区进出口额181.6亿元): the whole's figure, not the part's."""
    words = [(w.word, w.flag) for w in tagged(_without_zones(question))]
    at = next((i for i, (w, _) in enumerate(words) if len(w) > 1 and any(w in t or t in w for t in terms)
               and any(b in counts for b in bigrams(w))), None)
    if not at:
        return False
    narrowing = _narrowing(words[:at])
    return bool(narrowing) and not _shares_character(narrowing, counts)


def _without_zones(text: str) -> str:
    """The text with each zone's name blanked (a zone's name says whose figure, not which part)."""
    for start, end, _ in find_zones(text):
        text = text[:start] + "，" * (end - start) + text[end:]
    return text
