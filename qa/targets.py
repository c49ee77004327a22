"""The figure a question asks for inside one sentence: what each figure counts (its clause and the one
before), whether it has the asked unit and names the asked attribute. Pure functions."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import jieba

from index.figures import FIGURE, WRITTEN_FIGURE, signed_start
from index.indicators import completed_column
from index.period_columns import is_year_before_column
from qa.corpus import QUOTED, bigrams
from qa.counted import COUNT_FIGURE, beside_noun, counts_noun, written_after
from qa.asked import CHANGE_WORDS, DONE_ASKED, RUNNING_TOTAL, SHARE, Ask
from qa.figure_roles import (LINK_ONLY, REACHED, bounds_a_group, column_header, former_level, gap_to_average,
                             level_reached, rounds_next, share_of_target)
from qa.part_indicator import lacks_part, written_part
from qa.quoted_name import quoted_name
from qa.relevance import coverage
from qa.words import word_bounds

FIGURE_UNIT = re.compile(r"^[\d.．,\s～~—–-]+")  # a figure's number, leaving its unit
_YEAR_ON_YEAR = re.compile(r"同比|[比较](?:去年|上年)")
_GROWTH_ONLY = re.compile(r"(?:同比)?(?:增长|增速|增幅)")  # 外资增长多少: the growth alone is the focus
# a change: a share (占全市32%) does not answer it; a level reached from one stated (由上年的341.4亿元增至372.5亿元) does
_RATE = re.compile(CHANGE_WORDS + "|增速|增幅|降幅|同比|环比"
                   r"|(?:由|从)[^，,。；;]{0,10}?(?:增|降|升|提高|提升|减少|下降|扩大|缩小)(?:至|到)"
                   r"|[↑↓]|(?<![\d.])[+＋](?=\d)")  # a card's sign of change (↑12.4%, +4.4%) writes the change
PART_RATIO = 0.5  # a rate of change in a part of its sentence naming the asked indicator this much less is another's
_PART_MARK = re.compile(r"[；;]")
_CN = "一二两三四五六七八九十百千万"
# a count in words the bulletin vocabulary lacks: 33话, 2至23公尺, 10英寸, 第十三届, 三朝, 八成 (a lone 一 is
# mostly a word of its own: 一直, 一批; a numeral before 是/要 enumerates: 二是, 三要)
COUNT = re.compile(r"(?:第[" + _CN + r"\d]{1,4}|\d+(?:\.\d+)?(?:[至到～~-]\d+(?:\.\d+)?)?|[" + _CN + r"]{2,4}"
                   r"|[二两三四五六七八九十])(?:公|英|平方|立方)?(?![是要为和与的])[\u4e00-\u9fff]")


@dataclass
class Target:
    """The figure answering one part of a question, inside one sentence."""
    match: float        # coverage of the question's terms by what the figure counts
    clause: int         # index of the figure's clause in the sentence
    figure: str
    unit_ok: bool       # it has the unit the question asks for
    counts: str         # the text saying what it counts: its clause and the one before
    named: bool | None = None  # its clauses name the attribute asked (None: the question names none)
    anchored: bool | None = None  # it is of the quoted name asked (False: of another; None: of none)


def find_target(text: str, clauses: list[tuple[int, int]], weights: dict[str, float],
                ask: Ask, near: int | None = None, quoted: list[str] | None = None, caption: str = "") -> Target | None:
    """The figure answering one part of the question, or None when the sentence holds none.

    What a figure counts is written just before it: its own clause and the clause before
    (`“投产一批”项目109个,总投资285.8亿元`, or a table row's `工业投资 7.61亿元`); `near` is the
    clause of the figure the question asked first, to which a follow-up ('总投资多少') stays close. A table row
    whose columns are periods counts what its `caption` names, and its 上年同期 cell is no figure of its own period.
    """
    bare = _bare_cell(text, clauses, ask)
    if bare:
        return bare
    scored = []
    pattern = figure_pattern(text[clauses[0][0]:clauses[-1][1]]) if clauses else FIGURE
    weights = _beyond_context(text, clauses, pattern, weights, _only_quoted(ask.terms, quoted or []))
    names = [m.span() for m in QUOTED.finditer(text)]
    parts = _parts(text, clauses[0][0], clauses[-1][1]) if clauses else []
    for k, (s, e) in enumerate(clauses):
        for m in pattern.finditer(text[s:e]):
            figure = text[signed_start(text, s + m.start()):s + m.end()].strip()  # 同比增长-3.2%: its sign
            unit_ok = _unit_fits(text, s + m.start(), s + m.end(), figure, ask)
            if unit_ok is None:
                continue  # a count of another noun (30个 of 项目 asked 几个开发区)
            if ask.strict_unit and not unit_ok:
                continue  # asked 多少人次, this figure counts something else
            if former_level(text, s + m.start(), s + m.end(), e, ask):
                continue  # 由原来的36小时压缩至8小时以内: the level left, not the one reached
            if any(a < s + m.start() < b for a, b in names):
                continue  # part of a quoted name (“三个一批”), no count
            if bounds_a_group(text, s + m.start(), s + m.end()):
                continue  # 营业收入超10亿元的企业仅4家: 10亿元 is no one's 营业收入
            if rounds_next(text, clauses, k, s + m.end(), figure, pattern):
                continue  # 营收突破两千亿元，达到2046.5亿元: the bound heads the amount it rounds
            # a table cell (the figure alone after a space): the clause before is its column header, which a verb
            # alone (1-9月完成) writes of what the plan column before it counts (本年计划投资: 完成投资)
            cell = bool(k) and text[s - 1] == " " and not text[s:s + m.start()].strip()
            completed = completed_column(text[clauses[k - 1][0]:s], text[clauses[0][0]:clauses[k - 1][0]].split()) \
                if cell else ""
            counts = caption + completed + text[clauses[max(k - 1, 0)][0]:s + m.end()]
            named = _names_focus(caption + completed + text[clauses[max(k - 1, 0)][0]:e], ask.focus, weights)  # 229个[重点项目]
            if caption and cell and is_year_before_column(text[clauses[k - 1][0]:clauses[k - 1][1]].strip()):
                continue  # 上年同期 402.0亿元: the year before's
            if _RATE.search(column_header(text, clauses, k, signed_start(text, s + m.start()))) \
                    and not _RATE.search(f"{ask.said}{ask.focus or ''}"):
                continue  # 当月环比增长 -1.2% asked 营收多少: a change column's cell is no amount
            if ask.focus_written and not _RATE.search(ask.focus) and ((cell and named is False)
                                      or _another_with_head(text[clauses[max(k - 1, 0)][0]:e], ask.focus)):
                continue  # another indicator (营业收入 asked 税收收入, 固定资产投资 asked 工业投资; another column)
            if (ask.whole_written and written_part(text[s:s + m.start()], ask.focus, ask.said)) \
                    or lacks_part(text[clauses[0][0]:s + m.end()], ask.part):
                continue  # a part's indicator for the whole's (跨境电商进出口额 asked 进出口额), or the whole's for a part's
            if named is False and (ask.focus or "").endswith("率"):
                continue  # a rate asked by name (开工率): another rate (占比92%) does not answer
            if _RATE.search(ask.focus or "") and not _RATE.search(counts) or level_reached(text, s, s + m.start(), ask):
                continue  # not a rate of change (占全市32% asked 增长多少), nor a level reached (提高到21.4万元)
            header = clauses[k - 1][0] if cell or (k and LINK_ONLY.fullmatch(text[s:s + m.start()])) else s
            if ask.share and not SHARE.search(text[header:s + m.end()]):
                continue  # not a share (增长15% asked 占全市比重)
            if ask.of_target:  # 完成年度目标的多少: the share of the target met, not the amount (营业收入25,963.4亿元),
                if not share_of_target(text, s, s + m.start()):  # of what its part of the sentence names first
                    continue  # (实际使用外资4.96亿美元，同比增长5.8%，完成全年目标的35.4%)
                counts = text[next((a for a, b in parts if a <= s + m.start() < b), s):s + m.end()]
            if ask.against_average and not gap_to_average(text, s, s + m.start()):
                continue  # 比全省平均高多少: the gap written (高于全省平均1.4个百分点), not the rate compared
            if ask.against_period and _YEAR_ON_YEAR.search(text[header:s + m.end()]):
                continue  # a change against last year (同比增长18.9%) asked against a period named (比一季度)
            counted = counts + (written_after(text, s + m.end()) if COUNT_FIGURE.match(figure) else "")
            match = (coverage(counted, weights) + coverage(text[s:e], weights)) / 2
            if _RATE.search(ask.focus or "") and (_of_another_part(text, s + m.start(), parts, weights, ask.focus)
                                                  or _rate_of_another(text, s + m.start(), clauses, pattern, ask)):
                continue  # the growth of another indicator (…增加值完成13.25亿元;工业投资…同比增长2.2%)
            anchored = quoted_name(text, clauses[0][0], s + m.start(), s + m.end(), quoted)
            # nearest to the first figure asked, and after it rather than before at equal distance
            nearness = (-abs(k - near), k) if near is not None else (-k,)
            whole = not _only_inside_words(counts, ask.terms)
            total = not ask.running_total or bool(RUNNING_TOTAL.search(text, header, s + m.start()))
            beside = beside_noun(text, s + m.start(), s + m.end(), ask.counted)
            done = bool(completed) == bool(DONE_ASKED.search(ask.said))  # 完成投资多少: the plan's cell is no answer
            scored.append(((anchored is not False, unit_ok, total, done, round(match, 3), beside, whole, bool(named),
                            *nearness),
                           Target(match, k, figure, unit_ok, counts, named, anchored)))
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _bare_cell(text: str, clauses: list[tuple[int, int]], ask: Ask) -> Target | None:
    """A table row's number without a unit in the column the question names (综合得分 71.5, asked 综合得分多少): a
    score, the figure asked, which no unit marks."""
    if not ask.focus or not clauses:
        return None
    m = re.search(rf"(?:^|\s){re.escape(ask.focus)}\s+(-?\d+(?:\.\d+)?)(?=\s|[。；;]|$)", text[clauses[0][0]:clauses[-1][1]])
    if not m:
        return None
    at = clauses[0][0] + m.start(1)
    k = next((i for i, (s, e) in enumerate(clauses) if s <= at < e), 0)
    return Target(1.0, k, m.group(1), False, text[clauses[0][0]:at + len(m.group(1))], True)


def _only_inside_words(counts: str, terms: list[str]) -> bool:
    """Whether a term asked stands in what a figure counts only inside a longer word (出口 in 进出口总额): at equal
    match, a figure whose counts write it as a word of its own (其中出口24.15亿元) answers."""
    bounds = word_bounds(counts)
    return any(t in counts and not any(m.start() in bounds and m.end() in bounds
                                       for m in re.finditer(re.escape(t), counts)) for t in terms)


def _beyond_context(text: str, clauses: list[tuple[int, int]], pattern: re.Pattern,
                    weights: dict[str, float], named: set[str]) -> dict[str, float]:
    """The weights of the terms that tell the sentence's figures apart, unless nothing else is left: not
    those written only before its first figure (第二次“三个一批”活动,…铺排项目60个,…开工23个: the occasion
    is every figure's), nor those of a quoted name asked (`named`), which anchors its figures instead."""
    figured = [(s, e) for s, e in clauses if pattern.search(text, s, e)]
    with_figures = [text[s:e] for s, e in figured]
    context = text[clauses[0][0]:figured[0][0]] if figured else ""
    telling = {b: w for b, w in weights.items()
               if b not in named and (b not in context or any(b in c for c in with_figures))}
    return telling or weights


def _only_quoted(terms: list[str], quoted: list[str]) -> set[str]:
    """The bigrams of the quoted names asked that the question writes nowhere else (签约 of “签约一批” is a
    word of its own in “签约一批”项目签约投资额: the question's terms hold it twice)."""
    inside = Counter(b for name in quoted for b in bigrams(name))
    return {b for b, n in inside.items() if sum(b in t for t in terms) <= n}


def _unit_fits(text: str, start: int, end: int, figure: str, ask: Ask) -> bool | None:
    """Whether the figure text[start:end] has the unit asked; None for a count of another noun than the one asked.
    A count of the noun asked fits whatever its measure word, unless the question says one other than 个
    (9家工业类开发区 answers 几个开发区, not 几件)."""
    unit_ok = bool(ask.unit) and ask.unit in _unit(figure).lstrip("/")
    unit_ok = unit_ok or (bool(ask.unit) and ask.unit in "名人" and figure.endswith(("名", "人")))  # 多少名 ↔ 38人
    noun = counts_noun(text, start, end, ask.counted) if ask.counted and COUNT_FIGURE.match(figure) else None
    if noun is False:
        return None
    return unit_ok or (bool(noun) and ask.unit in (None, "个"))


def _parts(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The parts of a sentence that a semicolon sets apart: each states an indicator of its own."""
    cuts = [begin] + [m.end() for m in _PART_MARK.finditer(text, begin, end)] + [end]
    return list(zip(cuts, cuts[1:]))


def _of_another_part(text: str, at: int, parts: list[tuple[int, int]], weights: dict[str, float],
                     focus: str | None = None) -> bool:
    """A figure in a part of its sentence that names the question's indicator much less than another part
    does: it is of that part's indicator, not of the one asked. A change asked by its words alone (税收同比增长多少)
    names no indicator: a part writing it as a fall (税收收入…同比下降6.5%) names the indicator as well."""
    if _GROWTH_ONLY.fullmatch(focus or ""):  # nor by the subject every part shares (全省开发区实现…, 柯湾经开区营业收入…)
        first = FIGURE.search(text, parts[0][0])
        shared = text[parts[0][0]:first.start()] if first else ""
        weights = {b: w for b, w in weights.items()  # 增速 asked is the term 增长: neither weighs a part
                   if b not in focus and not _GROWTH_ONLY.fullmatch(b) and b not in shared} or weights
    scores = [(coverage(text[s:e], weights), s <= at < e) for s, e in parts]
    own = next((score for score, inside in scores if inside), 0.0)
    return len(parts) > 1 and own < PART_RATIO * max(score for score, _ in scores)


def _rate_of_another(text: str, at: int, clauses: list[tuple[int, int]], pattern: re.Pattern, ask: Ask) -> bool:
    """A rate of change is of the indicator written before it since the figure before, or, when that stretch
    names only the change (`增加值 9.77亿元 同比增长 4.4%`), of the amount just before it: when another stretch
    of the sentence names the indicator asked (工业投资) and the rate's own does not, it is another's."""
    indicator = _indicator_asked(ask)
    spans = [m.span() for m in pattern.finditer(text, clauses[0][0], clauses[-1][1])]
    own = next((i for i, (s, _) in enumerate(spans) if s == at), None)
    if not indicator or own is None:
        return False
    ends = [clauses[0][0]] + [e for _, e in spans]
    stretches = [text[ends[i]:s] for i, (s, _) in enumerate(spans)]
    owner = stretches[own]
    if own and not _RATE.search(REACHED.sub("", stretches[own - 1])) and not text[spans[own - 1][1] - 1] in "%‰":
        owner = stretches[own - 1] + owner  # the amount before it, whose growth this is
    return indicator not in owner and any(indicator in s for i, s in enumerate(stretches) if i != own)


def _indicator_asked(ask: Ask) -> str | None:
    """The term the question writes right before the change it asks (投资 of 工业投资同比增长多少; 外资 of
    外资增长多少, where the change alone is the focus)."""
    first = next((i for i, t in enumerate(ask.terms) if t in (ask.focus or "")), None)
    if first is None and _GROWTH_ONLY.fullmatch(ask.focus or ""):
        first = max((i + 1 for i, t in enumerate(ask.terms) if not _RATE.search(t)), default=None)
    return ask.terms[first - 1] if first and len(ask.terms[first - 1]) > 1 else None


def figure_pattern(sentence: str) -> re.Pattern:
    """What counts as a figure in a sentence: the bulletin vocabulary's figures, or in a sentence
    without any, its counts; with digits' figures, those in Chinese numerals too (签约三十五个, 总投资120亿元)."""
    return WRITTEN_FIGURE if FIGURE.search(sentence) else COUNT


@lru_cache(maxsize=1024)
def _head(focus: str) -> str:
    """The last word of an attribute (增长 of 增加值增长), or the whole when that is one character."""
    words = jieba.lcut(focus)
    return words[-1] if words and len(words[-1]) > 1 else focus


def _names_focus(counts: str, focus: str | None, weights: dict[str, float]) -> bool | None:
    """Whether what a figure counts names the attribute asked for (a bigram the documents write of its
    head word: 增长 of 增加值增长); None when the question names none the documents write."""
    known = [b for b in bigrams(_head(focus or "")) if b in weights]
    return any(b in counts for b in known) if known else None


def _another_with_head(counts: str, focus: str) -> bool:
    """Whether `counts` writes the head of the attribute asked after another word than the attribute's own
    (营业收入 for 税收收入): it names another indicator of that kind."""
    head = _head(focus) if _head(focus) != focus else focus[-2:]  # 税收收入, one word to jieba: 收入
    own = focus[:-len(head)]
    return bool(own) and focus not in counts and any(counts[max(0, m.start() - len(own)):m.start()] != own
                             and not _owns_total(counts, m.start(), own) for m in re.finditer(re.escape(head), counts))


def _owns_total(counts: str, at: int, own: str) -> bool:
    """…轮毂项目，总投资8.6亿元 asked 项目投资: the total (总) of the thing the attribute's own word names, written
    before it, is that thing's (no other indicator)."""
    return counts[at - 1:at] == "总" and own in counts[:at - 1]


def competes(clause: str, targets: list[Target]) -> bool:
    """A clause before the figure asked holds another figure of its unit (占全市32% before 占全市49%):
    quoting it would put two answers in one quote."""
    units = {_unit(t.figure) for t in targets} & {"%", "‰"}  # shares and rates
    return any(_unit(m.group().strip()) in units for m in FIGURE.finditer(clause))


def _unit(figure: str) -> str:
    """The figure's unit, the full-width ％ as %."""
    return FIGURE_UNIT.sub("", figure).replace("％", "%")
