"""What a count counts: the noun a question asks to be counted (几个开发区 → 开发区, 多少家企业 → 企业) and
whether a count of a sentence is of it.

A count's noun is written right after it (9家工业类开发区, 新增11个投资项目) or right before it (签约项目23个,
“四上”企业20家). Bulletins also leave it out when the sentence already said it: 铺排项目60个,其中签约17个 counts
项目 twice; such a count takes the noun of the count before it with the same measure word. Pure functions.
"""
from __future__ import annotations

import re

from index.zones import ZONE_WORD
from qa.words import tagged

MEASURES = "个家座所场项户名位条批处"
_ASKED = re.compile(rf"(?:多少|几)[{MEASURES}]?次?([\u4e00-\u9fff“”‘’\"]{{2,16}})")  # 多少家新申报“四上”企业
_ASKED_END = frozenset("的 是 有 在 了 呢 吗 啊 呀 吧 ？ ? ， , 。".split())  # words after the noun asked
COUNT_FIGURE = re.compile(rf"^(\d+)([{MEASURES}])次?$")  # 23个, 24场次
_NOUN_POS = ("n", "vn", "j", "b")
_LEADS = frozenset("等 共 约 达 计 累计 共计 总计 合计 各 为 有".split())  # 项目等6个, 项目共55个
_CLAUSE = re.compile(r"[，,；;：:。！？!?、（）()\s]")
_DIGIT = re.compile(r"\d")
NEAR = 12  # characters after a count where the noun it counts may stand


def _words(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w.word, w.flag) for w in tagged(text))


def asked_noun(question: str) -> str | None:
    """The head noun a question asks to be counted (几个开发区 → 开发区, 多少场招商对接活动 → 活动), or None."""
    m = _ASKED.search(question)
    if not m:
        return None
    words = _words(re.sub(r"[“”‘’\"]", "", m.group(1)).lstrip(MEASURES + "次"))  # 多少场次: a measure, no noun
    ends = [k for k, (w, _) in enumerate(words) if w in _ASKED_END]
    phrase = "".join(w for w, _ in words[:ends[0] if ends else len(words)])
    zone = ZONE_WORD.search(phrase)
    if zone and zone.end() == len(phrase):
        return zone.group()
    tagged_phrase = _words(phrase)
    if tagged_phrase and not tagged_phrase[-1][1].startswith(_NOUN_POS + ("v", "nr", "ns", "nz")):
        return None  # 几家专精特新 (专精/n 特新/d): a name cut apart, its head unknown
    words = [(w, f) for w, f in tagged_phrase if f.startswith(_NOUN_POS)]
    if not words or len(words[-1][0]) < 2 or (len(words) == 1 and words[0][1] == "vn"):
        return None  # 多少投资: an amount, not a count of things
    return words[-1][0]


def _noun_before(before: str) -> str:
    """The run of nouns that ends `before` (skipping 等, 共 …): what a count written after it counts."""
    run = []
    for word, flag in reversed(_words(before)):
        if not run and word in _LEADS:
            continue
        if not flag.startswith(_NOUN_POS) and flag != "nr":
            break
        run.insert(0, word)
    return "".join(run)


def written_after(sentence: str, end: int) -> str:
    """The text after a count ending at `end`, within its clause and before the next figure: where the noun
    it counts stands when written after it (新增11个投资项目)."""
    stop = _CLAUSE.search(sentence, end)
    after = sentence[end:min(stop.start() if stop else len(sentence), end + NEAR)]
    digit = _DIGIT.search(after)
    return after[:digit.start()] if digit else after


def _own_noun(sentence: str, start: int, end: int) -> tuple[str, str]:
    """(text after the count within its clause, the noun run right before it)."""
    after = written_after(sentence, end)
    clause_start = max((m.end() for m in _CLAUSE.finditer(sentence, 0, start)), default=0)
    return after, _noun_before(sentence[clause_start:start])


def _names(text: str, noun: str) -> bool:
    """`text` names the noun, or another word of the same kind of zone (园区 asked, 开发区 written)."""
    return noun in text or bool(ZONE_WORD.fullmatch(noun) and ZONE_WORD.search(text))


def counts_noun(sentence: str, start: int, end: int, noun: str, implied: bool = True) -> bool | None:
    """Whether the count sentence[start:end] counts `noun`: True, False (it counts another), or None (it
    names no noun and no count before it in the sentence tells one)."""
    after, before = _own_noun(sentence, start, end)
    if _names(after, noun) or _names(before, noun):
        return True
    first = _words(after)[:1]
    if before or (first and first[0][1].startswith(_NOUN_POS)):
        return False  # a noun of its own, another one
    measure = COUNT_FIGURE.match(sentence[start:end].strip())
    if not implied or not measure:
        return None
    earlier = list(re.finditer(rf"\d+{measure.group(2)}", sentence[:start]))
    told = (counts_noun(sentence, m.start(), m.end(), noun, False) for m in reversed(earlier))
    return next((said for said in told if said is not None), None)  # 开工23个 after 签约17个 after 项目60个


def beside_noun(text: str, start: int, end: int, noun: str | None) -> bool:
    """Whether the noun a count asks stands right beside the figure (为128家企业解决[问题216个]): of two counts in one
    clause that both name it, the one it is written next to counts it."""
    return bool(noun) and (text.startswith(noun, end) or text.endswith(noun, 0, start))
