"""Colloquial wording read as bulletins write it. Short verbs: staff write 签了, 投了 where bulletins write 签约,
投资; a one-character verb before 了 stands for the two-character verb starting with it that the documents write
most. Synonyms: 园区 for 开发区, 负增长 and 往下掉 for 下降, where the documents do not write the question's own
wording. Positions: 居全省第一 for the 第1位 bulletins write."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from weakref import WeakKeyDictionary

import jieba.posseg

from index.meanings import MEANINGS
from qa.amount_words import written_amounts
from qa.corpus import Corpus
from qa.indicator_names import written_indicators
from qa.shortened import written_short
from qa.words import tagged

_PERFECTIVE = "了"
_MOST = 0.5  # the share of the character's uses the verb must make
_SYNONYMS = {"园区": "开发区", "负增长": "下降", "往下掉": "下降", "外贸": "进出口", "单月": "当月"}  # what staff say: what bulletins write
_RATE_IN_FULL = re.compile(r"增长([速幅])度")  # 增长速度, 增长幅度: the 增速, 增幅 asked (a rate, whatever the bulletins write)
_CONTEXT = 2  # characters before a synonym checked: 进园区 written by the documents keeps its wording
_CHANGES = "升降涨跌增减"  # 升了还是降了 asks how a figure changed (a trend's words), no activity
# 干了, 做了, 抓了: what was done, asked as such (a section's word), no verb shortened from the one the documents write
_DONE = frozenset(w[0] for w in MEANINGS[0] if len(w) == 2 and w.endswith(_PERFECTIVE))
# 说了什么, 讲了啥, 写了些什么: what a bulletin or a speaker said, asked as such (a summary's words), no verb shortened
# from one the documents write (说明, 讲话)
_SAYING = frozenset("说讲谈写")


@lru_cache(maxsize=1)
def _two_character_verbs() -> dict[str, tuple[str, ...]]:
    """jieba's two-character verbs (v, vn), by their first character."""
    by_first: dict[str, list[str]] = {}
    for word, tag in jieba.posseg.dt.word_tag_tab.items():
        if len(word) == 2 and tag.startswith("v") and re.fullmatch(r"[\u4e00-\u9fff]{2}", word):
            by_first.setdefault(word[0], []).append(word)
    return {first: tuple(words) for first, words in by_first.items()}


# index state -> verb -> the documents' two-character verb (or None); forgotten with the index state it was read from
_WRITTEN: WeakKeyDictionary[Corpus, dict[str, str | None]] = WeakKeyDictionary()


def _written_verb(verb: str, corpus: Corpus) -> str | None:
    """The two-character verb starting with `verb` that the documents write most, when it is most of what they
    write with that character (签 → 签约); none for one they use in many words (做好, 做到, 工作; 提升, 升级).
    Read once per index state: a scan of every text holding the character."""
    known = _WRITTEN.setdefault(corpus, {})
    if verb not in known:
        known[verb] = _most_written(verb, corpus)
    return known[verb]


def _most_written(verb: str, corpus: Corpus) -> str | None:
    verbs = set(_two_character_verbs().get(verb, ()))
    jieba.dt.check_initialized()
    uses, counts = 0, Counter()
    for k in corpus.lexical.candidates(verb):
        text = corpus.texts[k]
        at = text.find(verb)
        while at >= 0:
            uses += 1
            word = text[at:at + 2]
            # 开发 in 开发区 is no use of the verb 开发 (a longer dictionary word), so 开了 is not read as 开发了
            if word in verbs and not (at + 2 < len(text) and jieba.dt.FREQ.get(text[at:at + 3])):
                counts[word] += 1
            at = text.find(verb, at + 1)
    best = max(counts, key=counts.get, default=None)
    return best if best and counts[best] > uses * _MOST else None


def full_verbs(text: str, corpus: Corpus) -> str:
    """`text` with each one-character verb before 了 written as the documents write it (签了 → 签约了), and each
    verb split by 的/了 around its object joined again (签的约 → 签约, 投的产 → 投产)."""
    tags = list(tagged(text))
    words, flags = [w.word for w in tags], [w.flag for w in tags]
    out, i = [], 0
    while i < len(words):
        word, following = words[i], words[i + 1] if i + 1 < len(words) else ""
        one_verb = len(word) == 1 and flags[i] == "v"
        joined = _split_verb(word, following, words[i + 2] if i + 2 < len(words) else "", corpus) if one_verb else None
        if joined:
            out.append(joined)
            i += 3
            continue
        shortened = one_verb and following == _PERFECTIVE and word not in _CHANGES and word not in _DONE \
            and word not in _SAYING
        out.append((_written_verb(word, corpus) if shortened else None) or word)
        i += 1
    return "".join(out)


_SPLITTERS = ("的", "了")


def _split_verb(verb: str, splitter: str, rest: str, corpus: Corpus) -> str | None:
    """签 的 约 → 签约: a two-character verb the documents write, said with 的/了 between its characters."""
    whole = verb + rest
    return whole if (splitter in _SPLITTERS and len(rest) == 1 and whole in _two_character_verbs().get(verb, ())
                     and corpus.contains(whole)) else None


# an honour asked as such (获得了什么荣誉, 有啥称号): bulletins write the verb and the honour's quoted name instead
_HONOUR_ASKED = re.compile(r"(?:获得|得到|拿到|荣获|有)了?(?:什么|哪些|啥|哪个|哪项)(?:荣誉称号|荣誉|称号|牌子)"
                           r"|(?:什么|哪些|啥|哪个|哪项)(?:荣誉称号|荣誉|称号)")
_HONOUR_VERBS = ("获评", "荣获", "被评为", "被授予", "入选", "获批")


def written_honours(text: str, corpus: Corpus) -> str:
    """获得了什么荣誉 → 获评什么: an honour asked with the verb the documents write before one (the first they do); so
    is an honour verb they never write (被评为省级…园区 → 获评省级…园区)."""
    verb = next((v for v in _HONOUR_VERBS if corpus.contains(v)), None)
    if not verb:
        return text
    unwritten = [v for v in _HONOUR_VERBS if v in text and not corpus.contains(v)]
    text = text.replace(unwritten[0], verb) if unwritten else text
    return _HONOUR_ASKED.sub(f"{verb}什么", text) if not corpus.contains("荣誉") else text


# verbs the language uses for one measure (审批时间缩短至/压缩至, 引进/利用/使用外资): said one way, written another
_SAME_MEASURE = (("缩短", "压缩", "缩减"), ("引进", "利用", "使用"), ("提高", "提升"))
MEASURE_VERBS = frozenset(v for group in _SAME_MEASURE for v in group)
_NEXT = 2  # characters after a verb read as its object (外资 of 引进外资)


def written_measures(text: str, corpus: Corpus) -> str:
    """`text` with a verb of a measure the documents do not write with the word after it (引进外资, 缩短…时间) as the
    verb of the same measure they write with it (使用外资), else as the one of them they write most (压缩) when they
    write its object at all (压缩审批时限 where no bulletin writes 审批 is asked of nothing they report)."""
    for group in _SAME_MEASURE:
        for said in (v for v in group if v in text):
            at = text.find(said)
            after = text[at + len(said):at + len(said) + _NEXT]
            if corpus.contains(said + after) or (corpus.contains(said) and len(after) == _NEXT
                                                 and not corpus.contains(after)):
                continue  # as the documents write it, or no object they write (引进人才 in a bulletin on 项目)
            others = [v for v in group if v != said and corpus.contains(v)]
            written = next((v for v in others if corpus.contains(v + after)), None) or (
                max(others, key=corpus.count) if others and not corpus.contains(said) and corpus.contains(after) else None)
            text = text[:at] + written + text[at + len(said):] if written else text
    return text


def verbs_written_otherwise(text: str, corpus: Corpus) -> list[str]:
    """The verbs of a measure in `text` (实际使用外资) whose object the documents also write after another verb of the
    same measure (实际利用外资: an indicator renamed between issues), each with the character either side: how the
    measure was worded, not which measure it is."""
    found = []
    for group in _SAME_MEASURE:
        for said in (v for v in group if v in text):
            at = text.find(said)
            after = text[at + len(said):at + len(said) + _NEXT]
            if len(after) == _NEXT and any(corpus.contains(v + after) for v in group if v != said):
                found.append(text[max(0, at - 1):at + len(said) + 1])
    return found


# words the language uses for one ratio of an indicator to a whole (研发投入强度, 研发投入占比 of 营业收入)
_SAME_RATIO = ("占比", "比重", "强度")
_RATIO_OF = 4  # characters before the ratio word naming its indicator (研发投入强度); 投资强度 alone is 亩均投资强度's


def written_ratios(text: str, corpus: Corpus) -> str:
    """`text` with a ratio word the documents never write after the indicator before it (研发投入占比) as the one of
    the same ratio they do write there (研发投入强度)."""
    for said in (w for w in _SAME_RATIO if w in text):
        at = text.find(said)
        indicator = text[max(0, at - _RATIO_OF):at]
        if len(indicator) < _RATIO_OF or corpus.contains(indicator + said):
            continue
        written = next((w for w in _SAME_RATIO if w != said and corpus.contains(indicator + w)), None)
        text = text[:at] + written + text[at + len(said):] if written else text
    return text


# a rate's sign turning, said in full (从负增长转成正增长, 由正增长转为负): said as bulletins say it (由负转正), before
# 负增长 is read as 下降
_SIGN_TURN_SAID = re.compile(r"[由从]([负正])(?:增长)?转(?:成|为|到)?([负正])(?:增长)?")


def written_synonyms(text: str, corpus: Corpus) -> str:
    """`text` with each synonym the documents do not write there (晋中园区, 各园区) as they write it (开发区), unless
    they write the synonym more often than that word; each verb of a measure and word of a ratio as they write it
    (written_measures, written_ratios), a sign's turn said in full as 由负转正, an indicator by the name they write
    (written_indicators), its amount with the ending they write after it (written_amounts) and a term they write
    short as they do (written_short); a rate named in full (增长速度) as its short name (增速)."""
    text = _RATE_IN_FULL.sub(r"增\1", text)
    text = written_ratios(written_measures(_SIGN_TURN_SAID.sub(r"由\1转\2", text), corpus), corpus)
    for said, written in _SYNONYMS.items():
        if not corpus.contains(written) or corpus.count(said) > corpus.count(written):
            continue  # documents writing the question's word more often (a city's 园区 bulletins) keep it
        # a heading the question writes whole (外贸外资方面) is the bulletins' own word
        headed = [range(h.start(), h.end()) for heading in corpus.headings if said in heading
                  for h in re.finditer(re.escape(heading), text)]
        for m in reversed(list(re.finditer(said, text))):
            if corpus.contains(text[max(0, m.start() - _CONTEXT):m.end()]) \
                    or any(m.start() in span for span in headed):
                continue
            # 外贸进出口: the word written follows, the said one only names it again (no term a row need write)
            text = text[:m.start()] + ("" if text.startswith(written, m.end()) else written) + text[m.end():]
    # 外贸额 → 进出口额 → 进出口总额; 签约额 → 协议投资额 before 额 is read as an ending
    return written_short(written_amounts(written_indicators(text, corpus), corpus), corpus)


_NUMERALS = "一二三四五六七八九十"
# a position said in words after a verb of ranking or the whole ranked (跃居全省第一, 排名第二, 全省第一的), not
# 第一次/第一批
_POSITION_SAID = re.compile(rf"((?:[居排列名]|全[省市国])[^，,。？?]{{0,6}}?第)([{_NUMERALS[:-1]}]|十)(?![次期批季届轮个项条名位{_NUMERALS}])")


# first or last place said by an idiom (谁拔得头筹, 哪个园区独占鳌头, 敬陪末座): the position bulletins write
# or by where it stands in the ranking (排在全市最前面, 位居最后头): a place in a row, its first or last
_IDIOM_POSITIONS = {"排第一": re.compile(r"拔得头筹|独占鳌头|夺得?魁首?|夺冠|摘得桂冠|一马当先|(?:名列|位居|位列|高居)榜首"
                                      r"|(?:排|居|位|列)[在于居列]?(?:全[省市县国])?最靠?前(?:面|头|边)?"),
                    "排末位": re.compile(r"敬陪末座|吊车尾|(?:排|居|位|列)[在于居列]?(?:全[省市县国])?最靠?后(?:面|头|边)")}
IDIOM_POSITION = re.compile("|".join(idiom.pattern for idiom in _IDIOM_POSITIONS.values()))


# a position said by the figure's rank (得分第二高, 第三多, 第二低): the position counted from the top or the bottom
_NTH_MOST = re.compile(r"第([二三四五六七八九十])(?:(高|多|大)|(低|少|小))(?![\u4e00-\u9fff]{0,1}[于过])")


# a verb of doing with 点/些 ("a bit of") before the question word (干点啥, 做些什么): the doing asked, no amount nor term
_DOING_SOME = re.compile(r"(?<=[干做搞弄抓办])一?[点些](?=什么|啥|哪)")


# how fast a figure grew said with 得 after a verb of growth (谁增得快, 涨得更快): its growth, the rate bulletins write
_GREW_HOW = re.compile(r"(?<![增涨上])(?:增|涨|增长)得(?=[更最较还]?(?:快|慢|猛|多|少))")


def written_idioms(text: str, corpus: Corpus) -> str:
    """`text` with a first or last place said by an idiom written as a position (拔得头筹 → 排第一), unless the
    documents write the idiom itself, a position said by the figure's rank in a question asking which (第二高 →
    排第二, 第二低 → 排倒数第二) unless the documents write it (第二大城市), a doing asked with 点/些 said without
    it (干点啥 → 干啥), and growth said with 得 (增得快 → 增长快)."""
    text = _GREW_HOW.sub("增长", _DOING_SOME.sub("", text))
    for position, idiom in _IDIOM_POSITIONS.items():
        text = idiom.sub(lambda m: m.group() if corpus.contains(m.group()) else position, text)
    if not re.search(r"哪|谁", text):
        return text  # 第二大城市 said, not asked: a phrase of its own
    return _NTH_MOST.sub(lambda m: m.group() if corpus.contains(m.group()) else
                         ("排第" if m.group(2) else "排倒数第") + m.group(1), text)


def written_positions(text: str, corpus: Corpus) -> str:
    """`text` with a position said in words written as the documents write it (跃居全省第一 → 跃居全省第1位, or
    第1名, or 列全省第1 where they write neither)."""
    def written(m: re.Match) -> str:
        n = _NUMERALS.index(m.group(2)) + 1
        position = next((p for p in (f"第{n}位", f"第{n}名", f"第{n}") if _writes_position(p, corpus)), None)
        return m.group(1)[:-1] + position if position else m.group()  # 列全省第1: as written, no 位
    return _POSITION_SAID.sub(written, text)


# what follows 第2 when it is no position: an issue, a batch, a time (2026年第2期, 第2批)
_NOT_POSITION = r"(?![\d.期批次季届轮个项条家年号章节部分篇款])"


def _writes_position(position: str, corpus: Corpus) -> bool:
    """Whether some document writes `position` as a place in a ranking (列全省第1), not an issue's number (第2期)."""
    written = re.compile(re.escape(position) + _NOT_POSITION)
    return any(written.search(corpus.texts[k]) for k in corpus.lexical.candidates(position))
