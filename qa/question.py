"""What a question asks: its region, period, the terms that must be matched, and the unit of the figure.

Regions and zones come from the indexed documents (`Corpus`), never from a list in code.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

import jieba
import jieba.posseg

from index.figures import FIGURE
from index.periods import Period, find_periods
from index.places import is_place
from index.zones import find_zones
from qa.colloquial import full_verbs, written_synonyms
from qa.corpus import QUOTED, Corpus, bigrams
from qa.counted import asked_noun
from qa.plans import this_years_target
from qa.segment import join_fragments

jieba.setLogLevel(logging.WARNING)
_ZONE = re.compile(r"[\u4e00-\u9fff]{2,12}?(经开区|高新区|开发区|农高区|示范区|产业园|工业园|园区|新区)")
_NOT_A_NAME = set("各全本该这其此每市省县区")  # 各开发区, 全市开发区: no particular zone
_PLACE_SUFFIX = re.compile(r"^(?:市|县|区|州|省|开发区|经开区|高新区)")
_ASKED_KIND = re.compile(r"(?:什么|啥|哪[个家种类项座位]?)$")  # the word after it is what is asked for
# the head noun of a named project or firm (氢燃料电池项目): a word before it names which one
_NAMED_THING = re.compile(r"^(?:项目|企业|公司|集团|工程|产业园|基地|电站)")
_QUESTION_WORDS = set(
    "多少 多少钱 几 几个 几家 几项 是 的 了 吗 呢 啊 呀 吧 请问 什么 哪些 哪个 哪 哪里 有 有多少 怎么样 咋样 咋 如何 "
    "情况 具体 一下 告诉 我 我们 共 总共 一共 分别 达到 多大 啥 为 目前 现在 能 可以 知道 想 问 问下 请 给 说说 "
    "一共有 多高 多 大概 大约 左右 是否 有没有 没有 呢 还有 及 和 与 或 以及 都 该 这个 那个 其 它 他们 上 中 在 "
    "数 数量 数字 情况如何 怎样 几何 多长 多久 哪年 哪一年 完成 实现 达到 累计 共计 "
    # words that frame a question rather than name what it is about
    "准备 打算 方式 举措 做法 办法 手段 效果 上有 哪些地方 地方 带队 主要 时候 一些 一点 些 个数 数据 "
    "里面 里头 当中 之中 目标 那边 这边 这块 那块".split())
_UNIT_HINT = re.compile(r"(?:多少|(?<!哪)几)(亿元|万元|亿|万|元|钱|吨|个|家|人|件|次|场次|项(?!目)|户|亩|套|台|名|场|GW|MW|"
                        r"座|位|条|辆|所|届|部|艘|架|颗|种|岁|天|米|公里)")
_UNIT_ALIASES = {"钱": "元", "亿": "亿元"}
# what a count of these is written in (多少项目 -> 23个, 几家企业 -> 20家)
_COUNTED = {"项目": "个", "企业": "家", "公司": "家", "单位": "家"}
_COUNTED_HINT = re.compile(r"(?:多少|(?<!哪)几)(?:个|家)?(" + "|".join(_COUNTED) + ")")
# words of a change (增加了多少, 提高了几个): what kind of figure is asked, not a term of the indicator;
# 增加 is not the 增加值 of an indicator
CHANGE_WORDS = r"增长|增加(?!值)|增量|提高|提升|减少|下降|降低|扩大|缩小|回落|上涨|涨"
_CHANGE_ASK = re.compile(rf"({CHANGE_WORDS})了?(?:多少|几)")
# what is counted, asked of itself or of its change (新增投资项目增加了多少: a count of projects, not money)
_COUNTED_SUBJECT = re.compile(r"(" + "|".join(_COUNTED) + rf")(?:数量?|个数)?[\s了的是有为共]*(?:{CHANGE_WORDS})?了?"
                              r"(?:多少|几)(?![个家项人元亿万])")
_COUNTED_END = re.compile(r"(" + "|".join(_COUNTED) + r")(?:数量?|个数)[？?。]?$")  # 签约项目数: a count of 项目
# a set of places referred to as such (两市, 哪个城市, 各地): who is asked about, not what
PLACE_SET = re.compile(r"(?:哪|两|三|各|每|几)[一个座家些]?(?:城市|地市|地区|地方|县区|市|地|县)")
SHARE = re.compile(r"占比|比重|占(?!用|地|有|据|领)")  # a share asked (占全市比重) or written (占全市32%)
_PERCENT_HINT = re.compile(r"率|占比|比重|比例|百分|同比|增速|增幅|增长|涨幅|涨了?(?:多少|几)|占.{0,8}(?:多少|几)")
_RATE_WORD = re.compile(r"率|占比|比重|比例|百分|增速|增幅")  # always written in % (开工率 is no 132个)
_MONEY_HINT = re.compile(r"额|金额|投资(?!项目|企业|主体)|产值|增加值|收入|资金|多少钱")
_FIGURE_HINT = re.compile(r"(?<=[\u4e00-\u9fff])数[？?。]?$|多少|(?<!哪)几|率|占比|比重|比例|增长|增速|增幅|规模|金额|总额|数量|产值|投资额|多大|多高")
# 几 naming a set, not asking a count: 这几个开发区, 几个重点开发区里谁最多
SET_OF = re.compile(r"[这那]几(?!期)[个家座项条种]?|几(?!期)[个家座项条种]?(?=[\u4e00-\u9fff]{1,8}?(?:里|当中|之中))")
_THIS_ISSUE = re.compile(r"(?:最新|最近|本|这|当前|目前)一?期")  # the newest bulletin: what is asked by default
# an order asked (由多到少排个序): how to rank, not what is ranked
_RANKING = re.compile(r"[从由按](?:高|低|大|小|多|少)[到至往向](?:高|低|大|小|多|少)|排一?下|排个序|排序|排名|排行")
_ASKING = re.compile(r"什么|哪|怎|为何|何时|多少|几")  # question words in any compound (为什么, 哪几种)
_PART_SPLIT = re.compile(r"[，,、；;]|以及|并且|同时")
# a question after one thing (多少, 几, 哪, 谁, 什么时候 …), unless it asks for several or for a how/why
_ONE_THING = re.compile(r"多少|几|哪|谁|什么|何时|何地|何人|是否")
_SEVERAL = re.compile(r"哪些|哪几|分别|各自|各是|各为|各有|有何|有什么|几个方面|几方面|都有|包括|举措|措施|做法|"
                      r"怎么|怎样|如何|为什么|为何|总结|概括|介绍|情况|特点|作用|意义|影响|区别")
_ASKS_DATE = re.compile(r"什么时候|什么时间|何时|哪一?年|哪一?天|哪个月|几月|几号|几点|何年|哪一?日")
_ASKS_PERSON = re.compile(r"谁|何人|哪一?位")
_FRAGMENT_CONTEXT = 1  # characters each side checked when telling a segmentation fragment from a name
# a year before the bulletins', asked about (去年上半年), not compared with (比去年同期)
_PAST_YEAR = re.compile(r"(?<![比较与和同跟])(?:去年|上年|上一年)(?:同期)?")
_BARE_YEAR = re.compile(r"(20\d\d)年(?!以来|第)")
# periods (and 今年) said in a question: when it is asked, not what
_PERIOD_WORDS = re.compile(r"(?:20\d\d年)?(?:前?[一二三四1-4]季度|上半年|下半年|全年|今年|本年"
                           r"|\d{1,2}\s*[-－—~至到]\s*\d{1,2}\s*月|以来)")
# statistical shorthand that bulletins spell out
# the end of a month or quarter asked (截至6月底, 三季度末): the months of the year up to it
_UP_TO_MONTH = re.compile(r"(?:截至|截止|到)?(1[0-2]|0?[1-9])月(?:底|末)")
_UP_TO_QUARTER = re.compile(r"(?:截至|截止|到)?第?([一二三四])季度(?:末|底)")
_ABBREVIATIONS = {"规上": "规模以上", "规下": "规模以下", "固投": "固定资产投资", "社零": "社会消费品零售总额"}
# words of a rate that bulletins write as 增长
RATE_SYNONYMS = {"增速": "增长", "增幅": "增长", "涨幅": "增长"}


@dataclass
class Ask:
    """One figure a question asks for: '…有几个，总投资多少' holds two."""
    terms: list[str]
    unit: str | None           # 个, %, 元 …
    strict_unit: bool          # said outright (多少吨), not inferred (投资额 -> 元)
    focus: str | None          # the attribute asked for: 开工率 in '…开工率多少'
    share: bool = False        # a share is asked (占全市比重): the indicator's own figure does not answer
    counted: str | None = None  # the noun a count asked counts (几个开发区 → 开发区)


@dataclass
class Question:
    text: str
    region: str | None = None
    zone: str | None = None                              # a zone the question names, as the documents write it
    quoted: list[str] = field(default_factory=list)      # names in quotes: “投产一批”
    period: Period | None = None
    terms: list[str] = field(default_factory=list)      # content words the answer must match
    unknown: list[str] = field(default_factory=list)    # names no document mentions
    wants_figure: bool = False
    parts: list["Ask"] = field(default_factory=list)     # one per figure the question asks for
    single: bool = False       # asks after one thing: one fact answers it
    asks_date: bool = False    # 什么时候, 何时, 哪一年: the answer is a date or time
    asks_person: bool = False  # 谁, 何人, 哪位: the answer is a name
    given: list[str] = field(default_factory=list)  # figures the question states (10亿元以上项目): its answer's too


def _zone_of(question: str, corpus: Corpus) -> tuple[str | None, str | None]:
    """(zone as the documents write it, the one region whose documents name it)."""
    for m in _ZONE.finditer(question):
        zone = m.group(0)
        for i in range(len(zone) - len(m.group(1)) - 1):  # drop leading words until the documents' name
            if zone[i] in _NOT_A_NAME or not find_zones(zone[i:]):
                continue  # 重点开发区: a kind of zone, no zone's name
            owners = corpus.regions_writing(zone[i:])
            if owners:
                return zone[i:], owners[0] if len(owners) == 1 else None
    return None, None


@lru_cache(maxsize=4096)  # a question is cut several times while it is analysed
def word_bounds(text: str) -> frozenset[int]:
    """Offsets where jieba puts a word boundary in `text`."""
    bounds, pos = {0}, 0
    for word in jieba.lcut(text):
        pos += len(word)
        bounds.add(pos)
    return frozenset(bounds)


def mentions(text: str, name: str, bounds: frozenset[int]) -> list[int]:
    """Where `name` stands in `text` as a whole word (中法学院 does not hold 法学): it starts on a word
    boundary and ends on one or before a place suffix (晋中市, 晋中经开区)."""
    found = []
    for m in re.finditer(re.escape(name), text):
        if m.start() in bounds and (m.end() in bounds or _PLACE_SUFFIX.match(text[m.end():])):
            found.append(m.start())
    return found


def _region_of(question: str, corpus: Corpus, zone_region: str | None) -> str | None:
    bounds = word_bounds(question)
    named = [r for r in corpus.regions if mentions(question, r, bounds)]
    return max(named, key=len) if named else zone_region


def _unit_of(text: str) -> tuple[str | None, bool]:
    """(unit, whether the question says it outright)."""
    explicit = _UNIT_HINT.search(text)
    if explicit:
        return _UNIT_ALIASES.get(explicit.group(1), explicit.group(1)), True
    counted = _COUNTED_HINT.search(text)
    if counted:
        return _COUNTED[counted.group(1)], True
    subject = _COUNTED_SUBJECT.search(text) or _COUNTED_END.search(text)
    if subject:
        return _COUNTED[subject.group(1)], False
    if _PERCENT_HINT.search(text):
        return "%", bool(_RATE_WORD.search(text))
    # money asked (投资, 增加值): a count or a share in the same sentence does not answer it
    return ("元", True) if _MONEY_HINT.search(text) else (None, False)


_PARTICLES = set("的 了 是 有 为 在 达 到 共 约 又 还 都 也 吗 呢".split())


def _focus(text: str, corpus: Corpus) -> str | None:
    """The attribute asked for, as the question writes it: the word before the question word
    (开工率 in '…开工率多少', 投产率 from 投产+率, 固定资产投资 when the documents use the compound)."""
    asked = re.search(r"多少|几|咋样|怎么样|如何|多大|多高|是多", text)
    before = text[:asked.start()] if asked else text
    share = re.search(r"占(?!比)", before)
    if share and share.start() > 0:  # 工业投资占全市多少: a share of the indicator written before 占
        before = before[:share.end()]
    words = [w for w in jieba.lcut(before) if w.strip() and w not in _PARTICLES and w not in _QUESTION_WORDS]
    words = [w for w in words if re.search(r"[\u4e00-\u9fffA-Za-z0-9]", w)]
    if not words:
        return None
    last = words[-1]
    if len(words) > 1 and (len(last) == 1 or (len(last) == 2 and corpus.contains(words[-2] + last)
                                              and words[-2] + last in before)):
        return words[-2] + last
    return last


def _parts(text: str, terms: list[str], corpus: Corpus) -> list[Ask]:
    """'有几个，总投资多少' asks two figures: the terms, unit and focus of each part that asks one."""
    pieces = [p for p in _PART_SPLIT.split(text) if _FIGURE_HINT.search(p)]
    if len(pieces) < 2:
        return [Ask(terms, *_unit_of(text), _focus(text, corpus), bool(SHARE.search(text)), asked_noun(text))]
    return [Ask([t for t in terms if t in p] or terms, *_unit_of(p), _focus(p, corpus), bool(SHARE.search(p)),
                asked_noun(p)) for p in pieces]


def _without_regions(text: str, corpus: Corpus) -> str:
    """The question with the regions it names as whole words (and their 市) blanked out."""
    for region in sorted(corpus.regions, key=len, reverse=True):
        bounds = word_bounds(text)
        for start in reversed(mentions(text, region, bounds)):
            end = start + len(region) + (text[start + len(region):].startswith("市"))
            text = text[:start] + " " + text[end:]
    return text


def analyse_question(text: str, corpus: Corpus, region: str | None = None) -> Question:
    for short, full in _ABBREVIATIONS.items():
        text = text.replace(short, full)
    text = _UP_TO_QUARTER.sub(lambda m: ("前" if m.group(1) != "一" else "") + f"{m.group(1)}季度", text)
    text = _UP_TO_MONTH.sub(lambda m: f"1-{m.group(1)}月", text)  # 截至6月底: the months up to it
    text = written_synonyms(full_verbs(text, corpus), corpus)  # 签了 → 签约了, 园区 → 开发区
    text = _THIS_ISSUE.sub("", text)  # 最新一期: the newest bulletin, which answers by default
    q = Question(text=text.strip())
    q.quoted = _quoted(q.text, corpus)
    q.given = [m.group().strip() for m in FIGURE.finditer(q.text)]
    q.zone, zone_region = _zone_of(q.text, corpus)
    q.region = region or _region_of(q.text, corpus, zone_region)
    periods = find_periods(q.text)
    q.period = _past_period(q.text, corpus) or (periods[0] if periods else None)
    if this_years_target(q.period, q.text, corpus.reported):
        q.period = None  # 全年的增长目标: the year's target, whichever of its issues states it
    stripped = PLACE_SET.sub(" ", _without_regions(q.text, corpus))
    stripped = _PERIOD_WORDS.sub(" ", stripped)
    stripped = SET_OF.sub(" ", _RANKING.sub(" ", stripped))
    words = join_fragments(list(jieba.posseg.cut(stripped)), corpus.idf, corpus.contains)
    change_verbs = _change_verbs(stripped, words)
    for i, w in enumerate(words):
        if (len(w.word) < 2 or w.word in _QUESTION_WORDS or _ASKING.search(w.word) or i in change_verbs
                or not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", w.word)):
            continue
        after = "".join(x.word for x in words[i + 1:i + 3])
        before = "".join(x.word for x in words[:i])
        unseen = not corpus.contains(w.word)
        if unseen and not is_place(w.word) and _fragment(before, w.word, after, corpus):
            continue  # 个签 of 几个签而未落: a cut through a phrase the documents write, not a term
        unknown = _unknown_name(w, before, after, not q.terms, q.region, corpus)
        q.terms.append(RATE_SYNONYMS.get(w.word, w.word))
        if unknown:
            q.unknown.append(unknown)
    if not q.terms:  # 硕塞卒于哪一年: only one-character words; match those
        q.terms = [w.word for w in words if re.fullmatch(r"[\u4e00-\u9fff]", w.word)
                   and w.word not in _QUESTION_WORDS and not _ASKING.search(w.word)]
    q.wants_figure = bool(_FIGURE_HINT.search(SET_OF.sub(" ", q.text)))
    q.parts = _parts(stripped, q.terms, corpus)
    q.single = asks_one_thing(q.text) and len(q.parts) <= 1
    q.asks_date = bool(_ASKS_DATE.search(q.text))
    q.asks_person = bool(_ASKS_PERSON.search(q.text))
    q.wants_figure = q.wants_figure and not q.asks_date  # 几月几号 asks a date, not a count
    if q.period is None and q.wants_figure:  # 2023年…是多少; not the 2022年 of “2022年三未项目”
        q.period = _other_year(q.text, corpus)
    return q


def _unknown_name(w, before: str, after: str, first: bool, region: str | None, corpus: Corpus) -> str | None:
    """A name no document mentions, in the place a city, zone, project or firm takes (the bulletins cannot
    answer), or one only another region's bulletins write before 项目 (阳泉高新区的光伏项目); else None."""
    if _ASKED_KIND.search(before):
        return None  # 借什么机会: the kind of thing asked for, not a name the bulletins lack
    if not corpus.contains(w.word) and (is_place(w.word) or w.flag == "ns" or _PLACE_SUFFIX.match(after)
                                        or _NAMED_THING.match(after) or (first and w.flag.startswith("n")
                                                                         and not _of_known_words(w.word, corpus))):
        return w.word
    if _NAMED_THING.match(after) and region and region not in corpus.regions_writing(w.word):
        return f"{region}的{w.word}"
    return None


def _of_known_words(word: str, corpus: Corpus) -> bool:
    """Whether an unseen word is made of words the documents write (新开工: 新 + 开工), not a name of its own."""
    return any(corpus.contains(part) for part in jieba.lcut_for_search(word) if len(part) >= 2 and part != word)


def _quoted(text: str, corpus: Corpus) -> list[str]:
    """The names a question quotes, and those it writes without the quotes the documents put around
    them (签约一批 for “签约一批”), longest first where one holds another."""
    names = QUOTED.findall(text)
    unquoted = QUOTED.sub(" ", text)
    for name in sorted(corpus.quoted, key=len, reverse=True):
        if len(name) > 2 and name in unquoted:
            names.append(name)
            unquoted = unquoted.replace(name, " ")
    return names


def _change_verbs(text: str, words: list) -> set[int]:
    """Indices of the words that ask for a change (增加 of 增加了多少): they say what kind of figure
    is asked, the attribute it is of is written before them."""
    asked = [m.span(1) for m in _CHANGE_ASK.finditer(text)]
    found, at = set(), 0
    for i, w in enumerate(words):
        if any(s <= at and at + len(w.word) <= e for s, e in asked):
            found.add(i)
        at += len(w.word)
    return found


def _past_period(text: str, corpus: Corpus) -> Period | None:
    """The period of a year before the bulletins' (去年上半年, 上年同期, 去年) that a question asks about,
    not compares with (比去年同期增加): the months named (同期: the newest bulletin's; else the whole
    year), a year before the newest bulletin's."""
    m = _PAST_YEAR.search(text)
    newest = corpus.reported[-1] if corpus.reported else None
    if not m or not newest or not newest.year:
        return None
    named = find_periods(text[m.end():m.end() + 8])
    months = named[0] if named else newest if m.group().endswith("同期") else Period(None)  # 去年: the year
    return Period(newest.year - 1, months.start, months.end)


def _other_year(text: str, corpus: Corpus) -> Period | None:
    """A year named alone (2025年) that no bulletin reports on, in a figure question: the whole of it, so
    that nothing of the years they do report answers it. A year they report (2024年签约…) narrows nothing."""
    reported = {p.year for p in corpus.reported}
    for m in _BARE_YEAR.finditer(text):
        if reported and int(m.group(1)) not in reported:
            return Period(int(m.group(1)))
    return None


def asks_one_thing(text: str) -> bool:
    """多少, 几, 哪, 谁, 什么时候 … after one thing, not 哪些/分别/怎么 or a list of measures."""
    return bool(_ONE_THING.search(text)) and not _SEVERAL.search(text)


def _fragment(before: str, word: str, after: str, corpus: Corpus) -> bool:
    """A segmentation fragment rather than a name: the documents write its edge characters joined
    to the neighbouring ones (几个签而未落 cut as 个签 / 而未落: the documents have 签而)."""
    if len(word) > 2 and not any(corpus.contains(b) for b in bigrams(word)):
        return False  # 进出口额: a word of its own that the documents never write, not a piece of theirs
    n = _FRAGMENT_CONTEXT
    joined = [before[-n:] + word[:n] if before else "", word[-n:] + after[:n] if after else ""]
    return any(len(j) == 2 * n and corpus.contains(j) for j in joined)
