"""A part's indicator is not the whole's (跨境电商进出口额 answers no question after 进出口总额, nor 其中对东盟进出口 one after
进出口额), nor the whole's a part's (进出口额 answers no question after 跨境电商进出口额; 进出口总额 none after 出口额).

Both read the indicator asked (its head: the word before the question word, `Ask.focus`) against what stands right
before it. Asked: nouns before the head (跨境电商) make a part when the documents write them with it as an indicator
of its own; a figure whose sentence, up to it, has no character of them is the whole's. Written: nouns before the
head the question does not write (跨境电商, 东盟, 保税维修业务 … no character of them in the question: 货运 and 货邮
say the same 吞吐量), or a longer word holding it (进出口 for 出口), make a part, when the documents also state the
head alone (其中出口41.2亿元, 实现进出口额…) — a qualifier they always write (规模以上工业增加值, asked 规上增加值) is
the indicator's own name. A verb (实际使用外资, asked 引进外资) or a statistic's scope (实际, 累计, 全年) narrows
nothing, and a question narrowing the head itself (招商签约的投资额) may say in its words what is written otherwise
(协议投资额). Only an amount is read so: a count (项目有几个: …项目等20个), a rate or a change has no such head."""
from __future__ import annotations

import re
from functools import lru_cache

from index.places import is_place
from index.zones import ZONE_WORD, find_zones
from qa.colloquial import MEASURE_VERBS
from qa.corpus import Corpus, bigrams
from qa.words import tagged

_NOUN = ("n", "nz", "nt", "j", "l", "eng", "vn", "b")  # words a name of a part is made of (跨境/n 电商/n)
# a statistic's scope or measure, not a part of what it measures (实际使用外资, 规模以上工业增加值, 全年营业收入; 主营业务收入:
# the revenue of the business a zone's statistics count, what other issues write 营业收入)
_SCOPE = re.compile(r"实际|累计|合计|总计|共计|全口径|规上|限上|规模|以上|以下|限额|当年|全年|年度|本年|同期|主要|主营|总|"
                    r"全[省市县区]|整体|总体|全部|各|新增|当月|月度|季度|月份|年份|上年|去年|今年|年末|年底|月底")
_SAME_AS_HEAD = {"外贸"}  # said of the same thing (外贸进出口 is 进出口): a synonym, no part
# what a rate or a change asked is (增速, 同比增长): of an indicator named before it, no indicator of its own
_RATE = re.compile(r"增速|增幅|增长|同比|环比|率|占比|比重|比例|增加|减少|下降|提高")
# a head written alone: after a clause mark, a verb of reporting or 其中 (实现进出口额…, 其中出口41.2亿元)
_ALONE = re.compile(r"(?:^|[\s，,；;：:、。（(区园]|完成|实现|达到|其中|累计|全年|当月)$")  # 区: a zone's name, whose
_AMOUNT_END = re.compile(r"总?额$")  # 出口额 stated as 其中出口41.2亿元


def _without_zones(text: str) -> str:
    """The text with each zone's name blanked (a zone's name says whose figure, not which part)."""
    for start, end, _ in find_zones(text):
        text = text[:start] + "，" * (end - start) + text[end:]
    return text


def _narrowing(words: list[tuple[str, str]], asked: str) -> list[str]:
    """The nouns standing right before a head (last first), up to a word that ends a name or one the other side
    (`asked`) writes too."""
    found = []
    for word, flag in reversed(words):
        if not flag.startswith(_NOUN) or is_place(word) or ZONE_WORD.fullmatch(word) \
                or any(b in asked for b in bigrams(word)):
            break
        if not _SCOPE.fullmatch(word) and word not in _SAME_AS_HEAD:
            found.append(word)
    return found


def head_of(focus: str | None) -> str | None:
    """The indicator noun a figure is asked of (进出口额, 产值), or None for a rate, a change or a short word."""
    return focus if focus and len(focus) > 1 and not _RATE.search(focus) else None


def part_asked(said: str, focus: str | None, corpus: Corpus) -> str:
    """The nouns the question writes right before the head it asks (跨境电商 of 跨境电商进出口额多少) when the documents
    write them with that head (an indicator of its own); "" else."""
    head = head_of(focus)
    at = said.find(head) if head else -1
    if at <= 0:
        return ""
    words = [(w.word, w.flag) for w in tagged(_without_zones(said[:at]))]
    part = "".join(reversed(_narrowing(words, head)))
    return part if part and corpus.contains(part + head) else ""


@lru_cache(maxsize=1024)
def _written_alone(head: str, corpus: Corpus) -> bool:
    return any(_ALONE.search(corpus.texts[k][:m.start()]) for k in corpus.lexical.candidates(head)
               for m in re.finditer(re.escape(head), corpus.texts[k]))


def whole_written(focus: str | None, corpus: Corpus) -> bool:
    """Whether the documents state the head asked alone somewhere (实现进出口额, 其中出口): an indicator of its own,
    of which a narrowed one is a part."""
    head = head_of(focus)
    return bool(head) and any(_written_alone(h, corpus) for h in {head, _AMOUNT_END.sub("", head)} if len(h) > 1)


def narrows(said: str, focus: str | None) -> bool:
    """Whether the question says which of its head it asks, in words before it (招商签约的投资额, 对东盟进出口): a
    written qualifier may say the same otherwise (协议投资额), so the head is not asked bare."""
    head = head_of(focus)
    at = said.find(head) if head else -1
    words = [w for w in tagged(_without_zones(said[:max(at, 0)])) if w.word != "的"]
    last = words[-1] if words else None
    return bool(last) and len(last.word) > 1 and not _SCOPE.fullmatch(last.word) and not is_place(last.word) \
        and not ZONE_WORD.fullmatch(last.word) and re.fullmatch(r"[\u4e00-\u9fff]+", last.word) is not None


def written_part(before: str, head: str, asked: str) -> bool:
    """Whether the indicator written before a figure (`before`: its clause up to it) is the `head` asked narrowed by
    a noun the question (`asked`: its words) does not write: 1-4月累计跨境电商进出口额 asked 进出口总额."""
    words = [(w.word, w.flag) for w in tagged(_without_zones(before))]
    at = next((i for i, (w, _) in enumerate(words) if any(b in w for b in bigrams(head))), None)
    if at is None:
        return False
    word = words[at][0]
    inside = next((word.find(b) for b in bigrams(head) if b in word), 0)
    prefix = word[:inside]  # 进出口 asked 出口: the word written names more; 利用外资 (one word to jieba): a verb, no part
    scope = _SCOPE.match(word)
    if scope and scope.end() > len(prefix):
        prefix = ""  # 主营业务 holding 营业 asked: a scope word running into the head (主营), no part
    narrowing = _narrowing(words[:at], asked) + ([prefix] if prefix and not _SCOPE.fullmatch(prefix)
                                                 and prefix not in MEASURE_VERBS else [])
    return bool(narrowing) and not any(c in asked for w in narrowing for c in w)


def lacks_part(upto: str, part: str) -> bool:
    """Whether a sentence up to a figure (`upto`) writes no character of the part asked: the whole's figure."""
    return bool(part) and not any(c in upto for c in part)
