"""What a question asks: its region, zone, period, quoted names and the terms that must be matched; the
figures it asks for are read in `qa/asked.py`.

Regions and zones come from the indexed documents (`Corpus`), never from a list in code.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import jieba
import jieba.posseg

from index.figures import FIGURE
from index.periods import Period, compares_with_period, find_periods
from index.places import is_place
from index.zones import AFTER_NAME_ONLY
from qa.subject import SUBJECT_ASKED
from qa.term_words import change_verbs_at, parted_words, without_degree, without_kind_named
from qa.asked import (COUNT_BY_MEASURE, FALL_SIZE, FIGURE_HINT, QUESTION_WORDS, Ask, figures_asked,
                      without_rate_nouns)
from qa.abbreviations import spelled_out
from qa.deed_verbs import written_deed
from qa.colloquial import full_verbs, written_honours, written_idioms, written_positions, written_synonyms
from qa.corpus import QUOTED, Corpus
from qa.dates import asks_deadline
from qa.issues import TABLE_NAMED
from qa.asking_words import PERIOD_STEPS, PERIODS_ASKED, SERIES_ASKED, SIGN_WHICH, SPAN_OF_ISSUES
from qa.listed import ASKS_LISTED
from qa.places import names_apart, zone_key
from qa.meanings import asks_plans
from qa.plans import plan_issue, this_years_target
from qa.question_period import (as_written, month_asked, of_this_year, other_year, past_period, past_years_dated,
                                without_periods, year_of_several)
from qa.question_zone import zone_of
from qa.segment import join_fragments, join_place_names
from qa.unknown_names import ASKED_KIND, PLACE_SUFFIX, is_fragment, unknown_name
from qa.unwritten_places import PLACE_SET
from qa.words import word_bounds

jieba.setLogLevel(logging.WARNING)
_FALL_SIZE = re.compile(FALL_SIZE)
_REGION_SUFFIX = re.compile(r"(?:[市县旗]|区(?!间|划|别))(?!域)")  # 芷川区: 芷川 named in full; 县域: a word
_BODY_KIND = re.compile(r"单位|部门|机构|机关")
_SHARE_WORD = re.compile(r"占比|比重|比例")  # the kind of figure asked (a share), as 增长 of 增长了多少: no term
# 几 naming a set, not asking a count: 这几个开发区, 几个重点开发区里谁最多
SET_OF = re.compile(r"[这那]几(?!期)[个家座项条种]?|几(?!期)[个家座项条种]?(?=[\u4e00-\u9fff]{1,8}?(?:里|当中|之中))"
                    r"|(?:所有|全部)(?=的?[\u4e00-\u9fff]{0,4}?(?:区|园|市|县))")  # 所有高新区: which places, no term
# 那(么) opening a question is a connective (那雁丘打算…: "then"), not 那 pointing at a thing (那个项目, 那年)
_CONNECTIVE = re.compile(r"^\s*那么?(?![个些家位项里边儿时样座次条期批年天])")
# an order asked (由多到少排个序): how to rank, not what is ranked
_RANKING = re.compile(r"[从由按](?:高|低|大|小|多|少)[到至往向](?:高|低|大|小|多|少)|排一?下|排个序|排序|(?:排名|位次|名次|排位)(?!靠[前后])|排行"  # 排名靠后的…: which ones, a term
                      r"|(?:排|位列|名列|位居|居于?)?(?:在|到)?(?:倒数第?|第)[一二三四五六七八九十\d]{1,2}[名位]?"  # 排倒数第二: which
                      r"(?![次期批季届轮个项条家年号天\d])|(?:位列|名列|位居|排在|排)(?=[前后][两二三四五六七八九十\d])|(?<=前[两二三四五六七八九十])[名位]"
                      r"|[前后][两二三四五六七八九十][名位]?(?=的|是|有|分别|[？?。呢]|$)")  # 后三位是哪几个: which, not what  # 位列前三名: 前三
# the comparative closing a 哪个/谁 question (哪个工业投资占比高): which one is asked, not what (no 比高 term)
_COMPARATIVE_END = re.compile(r"(?<![多几])(?:更|最|较)?[高低多少快慢大小](?:一些|一点|些|点)?(?=[？?。！!呢啊]*$)")
_WHICH = re.compile(r"哪|谁")
_AMOUNT_ASKED = re.compile(r"多少|(?<!哪)几|多大|多高|多快")
_WHOLES_POSITION = re.compile(r"全[省市县区]第[一二三四五六七八九十\d]{1,2}(?![\d.次期批季届轮个项条家年号天])")
_WHICH_ONE = re.compile(r"哪[一两二三四五六七八九十](?=[个家座所位项条])")  # 哪一个 is 哪个, 哪两个 too: its 两个 is no term
_ASKING = re.compile(r"什么|哪|怎|为何|何时|多少|几")  # question words in any compound (为什么, 哪几种)
# a question after one thing (多少, 几, 哪, 谁, 什么时候 …), unless it asks for several or for a how/why
_ONE_THING = re.compile(r"多少|几|哪|谁|什么|啥|何时|何地|何人|是否")
_SEVERAL = re.compile(r"哪些|哪[几两三四]|分别|各自|各是|各为|各有|有何|有什么|有啥|几个方面|几方面|都有|包括|举措|措施|做法|"
                      r"怎么|怎样|如何|为什么|为何|总结|概括|介绍|情况|特点|作用|意义|影响|区别")
_ASKS_DATE = re.compile(r"(?:什么|啥)时候|什么时间|何时|哪一?年|哪一?天|哪个月|几月|几号|几点|何年|哪一?日")
_ASKS_PERSON = re.compile(r"谁|何人|哪一?位")
_AMOUNT_FRAME = re.compile(r"规模|体量")
_BOUND_WORDS = {"以上", "及以上"}
# where an issue was put out (公众号推文, 微信文章, 简报里; 发布会上说…, where its figures were told): the issue asked, no
# word its text writes; so is a kind of bulletin the answer is in (前三季度通报里, 公报中), whatever kind the indexed ones are
# 每季度, 逐季, 两期评价下来, 以往各期, 按时间顺序: how a series is set out or over which issues, no word of what it counts
_PERIOD_STEPS = re.compile(PERIOD_STEPS + "|" + SPAN_OF_ISSUES + "|" + SERIES_ASKED + "|" + PERIODS_ASKED)
_MEDIUM = re.compile(r"公众号|推文|微信|微博|简报|专报|(?:通报|公报|快报|特刊|专刊|期刊)(?:里面?|当中|中|上|内)"
                     r"|(?:新闻)?发布会上(?=说|讲|提到|通报|公布)"
                     # 列入清单的项目, 列入省级重点项目的: the list or class it stands in, whatever verb puts it there
                     r"|(?:被|已)?(?:列入|纳入|列进|列为)(?=[^，,。？?的]{0,10}(?:清单|名单|名录|目录|台账|项目))")
# words of a rate that bulletins write as 增长
RATE_SYNONYMS = {"增速": "增长", "增幅": "增长", "涨幅": "增长"}


@dataclass
class Question:
    text: str
    region: str | None = None
    zone: str | None = None                              # a zone the question names, as the documents write it
    quoted: list[str] = field(default_factory=list)      # names in quotes: “投产一批”
    period: Period | None = None
    planned: Period | None = None  # months asked that no bulletin reports, whose plans `period`'s issue sets (四季度)
    year_target: bool = False  # a whole year asked that no bulletin reports, read as its target: only a target answers
    terms: list[str] = field(default_factory=list)      # content words the answer must match
    unknown: list[str] = field(default_factory=list)    # names no document mentions
    occasions: list[str] = field(default_factory=list)  # 考核 of 考核得了多少分: when the figure asked was got
    wants_figure: bool = False
    parts: list["Ask"] = field(default_factory=list)     # one per figure the question asks for
    single: bool = False       # asks after one thing: one fact answers it
    asks_date: bool = False    # 什么时候, 何时, 哪一年: the answer is a date or time
    asks_person: bool = False  # 谁, 何人, 哪位: the answer is a name
    given: list[str] = field(default_factory=list)  # figures the question states (10亿元以上项目): its answer's too


def mentions(text: str, name: str, bounds: frozenset[int]) -> list[int]:
    """Where `name` stands in `text` as a whole word (中法学院 does not hold 法学): it starts on a word
    boundary and ends on one or before a place suffix (晋中市, 晋中经开区)."""
    found = []
    for m in re.finditer(re.escape(name), text):
        if m.start() in bounds and (m.end() in bounds or PLACE_SUFFIX.match(text[m.end():])):
            found.append(m.start())
    return found


def _region_of(question: str, corpus: Corpus, zone_region: str | None) -> str | None:
    bounds = word_bounds(question)
    named = [r for r in corpus.regions if mentions(question, r, bounds)]
    own = [r for r in named if not any(r != other and r in other for other in named)]  # 大同 inside 大同县
    if len(own) > 1:
        return None  # 鹤鸣高新区、雁丘经开区: several regions, none of them the question's
    return own[0] if own else zone_region


_SIGN_WHICH = re.compile(SIGN_WHICH)


def _without_sign_asked(text: str) -> str:
    """下降的是哪个, 哪家增速为负, 哪些是正增长: the sign that picks the answer blanked; the figure's own words stay."""
    for m in reversed(list(_SIGN_WHICH.finditer(text))):
        group = 1 if m.group(1) else 2
        text = text[:m.start(group)] + " " + text[m.end(group):]
    return text


_SIGNED = re.compile(r"下降|减少|下滑|回落|负增长|为负|是负的|正增长|为正|是正的")


def _sign_which(text: str) -> bool:
    """哪个市…是负增长, 正增长的有哪些: which fell or grew, a rate below or above zero (not 哪家没有完成, a target
    missed)."""
    return any(_SIGNED.fullmatch(m.group(1) or m.group(2)) for m in _SIGN_WHICH.finditer(text))


def _without_regions(text: str, corpus: Corpus) -> str:
    """The question with the regions it names as whole words (and their 市, 县 or 区) blanked out."""
    for region in sorted(corpus.regions, key=lambda name: (-len(name), name)):
        # a joiner jieba fuses to the name after it (榴城|和漪南) stands apart from it: 漪南 is a whole word
        bounds = word_bounds(text) | {m.end() for m in re.finditer(rf"[和与及跟同、](?={re.escape(region)})", text)}
        for start in reversed(mentions(text, region, bounds)):
            end = start + len(region)
            end += bool(_REGION_SUFFIX.match(text, end))
            text = text[:start] + " " + text[end:]
    return text


def analyse_question(text: str, corpus: Corpus, region: str | None = None) -> Question:
    # 营收 → 营业收入, 截至6月底 → 1-6月, 招引了 → 引进了 (not 招商引资): as the documents write it; 去年 → 2025年
    text = past_years_dated(as_written(spelled_out(written_deed(text, corpus), corpus)), corpus)
    # 签了 → 签约了, 园区 → 开发区, 居全省第一 → 居全省第1位
    text = written_honours(written_positions(written_idioms(written_synonyms(full_verbs(text, corpus), corpus), corpus),
                                              corpus), corpus)
    text = _CONNECTIVE.sub("", text)
    q = Question(text=text.strip())
    q.quoted = _quoted(q.text, corpus)
    # 第2次 the documents never write (their 第二次): a position in a series, no figure the answer must state
    q.given = [m.group().strip() for m in FIGURE.finditer(q.text)
               if not (q.text[:m.start()].endswith("第") and not corpus.contains("第" + m.group().strip()))]
    q.zone, zone_region = zone_of(q.text, corpus)
    q.region = region or _region_of(q.text, corpus, zone_region)
    periods = find_periods(q.text, bases=False)  # not 一季度 of 比一季度末增加了多少
    past = past_period(q.text, corpus)
    q.period = past or of_this_year(periods[0] if periods else None, q.text, corpus) or month_asked(q.text, corpus)
    # 全年的增长目标: the year's target, whichever of its issues states it; not a year gone (去年的打算: its issue's);
    # plans asked (全年…下步打算) are a section's items, no target figure: any issue's plans may answer
    if not past and this_years_target(q.period, q.text, corpus.reported):
        q.period, q.year_target = None, not asks_plans(q.text)
    issue = plan_issue(q.period, q.text, corpus.reported)  # 下半年准备: the 上半年 issue's plans
    q.period, q.planned = (issue, q.period) if issue else (q.period, None)
    # a figure's zone, or one reported in an entry of its own, filters (its entry's sentences need not name it);
    # a way's zone in a city's report is its topic
    filters = q.zone and (FIGURE_HINT.search(q.text) or zone_key(q.zone) in corpus.entry_zones)
    unzoned = names_apart(q.text.replace(q.zone, " ") if filters else q.text, [q.zone or "", *corpus.parts])
    if _WHICH.search(unzoned):  # before 哪个市, 哪些市 go with the set of places: 哪个市…是负增长 asks which fell
        unzoned = _without_sign_asked(_COMPARATIVE_END.sub(" ", unzoned))
    stripped = PLACE_SET.sub(" ", _without_regions(unzoned, corpus))
    reported = {p.year for p in corpus.reported}  # a year the bulletins report dates (q.period): no word to match
    stripped = _PERIOD_STEPS.sub(" ", without_periods(stripped, reported))  # 逐季是多少: no 季是 to match
    stripped = _MEDIUM.sub(" ", TABLE_NAMED.sub(" ", SET_OF.sub(" ", _RANKING.sub(" ", _WHICH_ONE.sub("哪", stripped)))))
    words = join_place_names(join_fragments(list(jieba.posseg.cut(stripped)), corpus.idf, corpus.contains))
    change_verbs = change_verbs_at(stripped, words)
    for i, w in enumerate(words):
        if (len(w.word) < 2 or w.word in QUESTION_WORDS or _ASKING.search(w.word) or i in change_verbs
                or w.flag == "r"  # 那些项目, 其中: a pronoun points back, it is no word the answer writes
                or _SHARE_WORD.fullmatch(w.word) or COUNT_BY_MEASURE.fullmatch(w.word)  # 宗数: the unit asked
                or not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", w.word)):
            continue
        after = "".join(x.word for x in words[i + 1:i + 3])
        before = "".join(x.word for x in words[:i])
        unseen = not corpus.contains(w.word)
        if unseen and not is_place(w.word) and is_fragment(before, w.word, after, corpus):
            continue  # 个签 of 几个签而未落: a cut through a phrase the documents write, not a term
        if _BODY_KIND.fullmatch(w.word) and ASKED_KIND.search(before):
            continue  # 跟哪个单位, 哪个部门牵头: the answer names the body, no sentence writes its kind
        if _AMOUNT_FRAME.fullmatch(w.word) and q.terms and not after.startswith(("以上", "以下")):
            continue  # 进出口规模, 投资体量: the amount of what the words before name, no word a row writes
        if unseen and w.word in _BOUND_WORDS and re.search(r"[\d亿万]元?$", before):
            continue  # 亿元以上: a bound on the amount (qa/compose/bound_rows.py), no word a row writes
        unknown = unknown_name(w, before, after, not q.terms, q.region, corpus)
        q.terms.append(RATE_SYNONYMS.get(w.word, w.word))
        if unknown:
            q.unknown.append(unknown)
    q.terms = without_degree(without_kind_named(q.terms, q.text), q.text)
    # 增速全市第一的是哪个园区: a position among the whole, as a bulletin writes it (增速居全市第一), is what it says
    positions = [m.group() for m in _WHOLES_POSITION.finditer(q.text) if corpus.contains(m.group())]
    q.terms += positions
    # 考核得了多少分: what was got, parted by the amount asked, and the occasion it was got in (qa/term_words.py)
    for occasion, got in parted_words(q.text, corpus):
        if got not in q.terms:
            q.terms.append(got)
            q.occasions.append(occasion)
    if q.zone:  # 岚溪综保区获评什么: a kind written short or long (综合保税区) is the zone's name's, no term
        q.terms = [t for t in q.terms if t not in AFTER_NAME_ONLY] or q.terms
    if not q.terms:  # 硕塞卒于哪一年: only one-character words; match those
        q.terms = [w.word for w in words if re.fullmatch(r"[\u4e00-\u9fff]", w.word)
                   and w.word not in QUESTION_WORDS and not _ASKING.search(w.word)]
    q.wants_figure = bool(FIGURE_HINT.search(without_rate_nouns(SET_OF.sub(" ", q.text))))
    q.parts = figures_asked(stripped, q.terms, corpus)
    # 下降最多: a rate ranked; 哪个市…是负增长, 正增长的有哪些: the places whose rate is below (above) zero (cut from `stripped`)
    for ask in q.parts if _FALL_SIZE.search(q.text) or _sign_which(q.text) else ():
        ask.unit, ask.strict_unit = "%", True
    for ask in q.parts if compares_with_period(q.text) else ():  # periods are cut from `stripped`: read here
        ask.against_period = True  # 上半年比一季度涨了多少: the amounts' change, no rate unless one is named
        ask.unit = None if ask.unit == "%" and not ask.strict_unit else ask.unit
    for ask in q.parts if past and past.year < max(p.year or 0 for p in corpus.reported) else ():
        ask.year_before = True  # 上年营业收入: the level a change rose from (由上年的71.6亿元增至…) is the answer
    q.single = asks_one_thing(q.text) and len(q.parts) <= 1
    q.asks_date = bool(_ASKS_DATE.search(q.text)) or asks_deadline(q.text)  # 完成期限: a date too
    q.asks_person = bool(_ASKS_PERSON.search(q.text))
    # 几月几号 asks a date, 哪几家 names (of 规模以上企业 too), not a count
    q.wants_figure = q.wants_figure and not q.asks_date and not ASKS_LISTED.search(q.text)
    # 增速居全市第一的是哪个园区: the name written with that position answers, whether or not its sentence gives the rate
    q.wants_figure = q.wants_figure and not (positions and _WHICH.search(q.text) and not _AMOUNT_ASKED.search(q.text))
    # 产值9.7亿元的是什么产品: the figure given qualifies the thing asked, which is no figure
    q.wants_figure = q.wants_figure and not (q.given and SUBJECT_ASKED.search(q.text) and not _AMOUNT_ASKED.search(q.text))
    if q.period is None and q.wants_figure:  # 2023年…是多少; not the 2022年 of “2022年三未项目”
        later = other_year(q.text, corpus)  # 2026年…力争突破多少: the target the year before's issue sets for it
        q.period, q.planned = (None, later) if plan_issue(later, q.text, corpus.reported) else (later, None)
    elif q.period is None:  # 2026年下步打算: the plans of the issue on the year before (its figures: 2026年's)
        later = other_year(q.text, corpus)
        q.period = plan_issue(later, q.text, corpus.reported)
        q.planned = later if q.period else None
        if later and not q.period and all(later.year < p.year for p in corpus.reported if p.year):
            q.period = later  # 2024年是怎么做的, before every bulletin: that year's, which none reports
    several = year_of_several(q.text, corpus) if q.period is None else None
    if several:  # 2025年营收 among 2025年全年 and 2026年1-4月; 2026年的打算: the plans the 2025年全年 issue sets
        issue = plan_issue(Period(several.year), q.text, corpus.reported)
        q.period, q.planned = (issue, Period(several.year)) if issue else (several, None)
    return q


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


def asks_one_thing(text: str) -> bool:
    """多少, 几, 哪, 谁, 什么时候 … after one thing, not 哪些/分别/怎么 or a list of measures."""
    return bool(_ONE_THING.search(text)) and not _SEVERAL.search(text)
