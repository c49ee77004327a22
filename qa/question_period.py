"""The period a question names, as the bulletins write it: 截至6月底 → 1-6月, 三季度末 → 前三季度, a past year
(去年同期) or a year no bulletin reports (2023年), and the period words cut before the question's terms are read."""
from __future__ import annotations

import re
from dataclasses import replace

from index.periods import FIRST_MONTHS, Period, find_periods, month_number, period_spans
from qa.corpus import Corpus
from qa.asking_words import TWO_YEARS

_THIS_ISSUE = re.compile(r"(?:最新|最近|本|这|当前|目前)一?期")  # the newest bulletin: what is asked by default
# a year before the bulletins', asked about (去年上半年; 过去一年, 过去的一年里: the year just ended, as a speech reviews
# it; 上年度, the year as a report's year), not compared with (比去年同期) nor the base of a ratio (是上年同期的两倍)
_LAST_YEAR_SAID = r"去年|过去的?一年里?"  # said from the asker's year (see _year_said_now)
_PAST_YEAR = re.compile(rf"(?<![比较与和同跟])(?:{_LAST_YEAR_SAID}|上一?年度?)(?:同期)?(?!(?:同期)?的[^，,。；;？?]{{0,4}}倍)")
BARE_YEAR = re.compile(r"(20\d\d)年(?!以来|第)")
# a month named alone (4月份, 4月): no range (1-4月), date (4月28日, 4月下旬), end (4月底) or deadline (4月前)
_ONE_MONTH = re.compile(r"(?<![\d\-－—~至到])(1[0-2]|[1-9])月份?(?![\d日号底末初中旬前后起以]|[上下]旬)")
_AMOUNT_ASKED = re.compile(r"多少|多大|多高|(?<!哪)几[个家项亿万千百十%]")
# a position among the places asked (4月份增速并列全省第一的是哪两个): the month's own figures rank them, as an amount's
_POSITION_ASKED = re.compile(r"第[一1](?![\d次期批])|首位|榜首|末位|垫底")
# periods (and 今年) said in a question: when it is asked, not what
_PERIOD_WORDS = re.compile(r"(?:20\d\d年)?(?:前?[一二三四1-4]季度|上半年|下半年|全年|今年|本年"
                           r"|\d{1,2}\s*[-－—~至到]\s*\d{1,2}\s*月(?:份|累计)?|以来|(?:1[0-2]|[1-9])月(?:份|当月)|当月"
                           r"|(?:十[一二]?|[一二三四五六七八九])月份)")  # 五月份: a month in words
# the end of a month or quarter asked (截至6月底, 三季度末): the months of the year up to it; not a deadline
# (3月底前完成…: a plan's date, whichever bulletin reports it)
_UP_TO_MONTH = re.compile(r"(?:截至|截止|到)?(1[0-2]|0?[1-9])月(?:底|末)(?![前以])"
                          r"|(?:截至|截止)到?(1[0-2]|0?[1-9])月份?(?![底末\d日号])")  # 截至6月: its end too
_UP_TO_QUARTER = re.compile(r"(?:(?:截至|截止|到)?第?([一二三四])季度?(?:末|底)(?![前以])"
                            r"|(?:截至|截止)到?第?([一二三四])季度(?![末底]))")
# 前三季, 前三个季度, 前两个季度 (as said): the bulletins' 前三季度, 上半年 (前二季度)
_FRONT_QUARTERS = re.compile(r"前([一二两三])(?:个季度|季(?!度))")
# months as said: 前9月, 年初至9月, 一到九月 → 1-9月
_FIRST_N_MONTHS = re.compile(r"(?<!提)(?:前|年初(?:至|到|-|—))(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|底|末)?")
_CN_MONTH_RANGE = re.compile(r"(?<![\d一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])月?\s*(?:至|到|-|—)\s*"
                             r"(十[一二]?|[一二三四五六七八九])月")
# 半年 alone (半年营收): the first half; not 上半年/下半年, nor a span (近半年, 过去半年, 每半年, 多半年)
_HALF = re.compile(r"(?<![上下近过去每多个])半年(?!以来)")
# 年中 (not of 2025年中小企业, 今年中央…): the first half, as a bulletin reports it at mid-year
_MID_YEAR = re.compile(r"(?<![\d去明])年中(?![国小央期心外间部西东南北])")
# 年底, 年末 asked as a time (到年底, 年末的时候): the whole year; not a deadline (年底前) nor a measure (年末从业人员)
_YEAR_END = re.compile(r"(?:(?<=\d年)|(?<!\d)年)(?:底(?![前以])|末(?=[的时呢，,。？?到]|$)|终(?![奖总考]))")

# a follow-up of the period reached alone (到1—5月呢？ 截至前三季度呢, 那截止到上半年呢): that period itself, the months
# up to it as the bulletins count them; not 到 asking a change up to it (那到全年是涨了还是跌了) or between two periods
_REACHED = re.compile(r"^(那么?|还有)?(?:截至|截止到?|到了?)(?=(?:20\d\d年|今年|本年)?(?:前?[一二三四1-4]季度|[上下]半年|全年"
                      r"|\d{1,2}\s*[-－—~至到]\s*\d{1,2}\s*月)的?呢?[？?。!！\s]*$)")

# a year named alone (2025年, not 2025年一季度, 2025年底, 2025年以来) and the marks that list it beside another period
YEAR_ALONE = re.compile(r"(?<!\d)(20\d\d)年(?![全上下前一二三四五六七八九十两\d底末初中度第]|以来)")
_LIST_MARK = "、，,和与及跟到至"
_PERIOD_ENDING = re.compile(f"(?:{_PERIOD_WORDS.pattern})$")
_ELIDED = re.compile(r"20\d\d年(?!全年)")  # 2025年、2026年上半年: both years' 上半年, the part said once
# a year said by its last two digits before the months of it (25年上半年, 26年一季度, 25年1-6月): the 20xx year; not a
# span of years (近25年, 25年来) nor a year's ordinal (第25年), which no period word follows
_SHORT_YEAR = re.compile(r"(?<![\d第近])([1-3]\d)年(?=前?[一二三四1-4]季度|[上下]半年|全年|\d{1,2}\s*[-－—~至到]\s*\d{1,2}\s*月)")
# a range of months said with 份 (1-9月份): the range the bulletins write (1-9月), 份 no word of what is asked
_RANGE_WITH_FEN = re.compile(r"(\d{1,2}\s*[-－—~至到]\s*\d{1,2}\s*月)份")


def _quarters_to(quarter: str) -> str:
    return ("前" if quarter != "一" else "") + f"{quarter}季度"


def as_written(text: str) -> str:
    """25年上半年 → 2025年上半年, 截至6月底 → 1-6月, 前10个月 → 1-10月, 三季度末 → 前三季度 (the months up to it),
    年中 → 上半年, 年底 → 全年, 一到九月 → 1-9月, 1-9月份 → 1-9月, 最新一期 → "" (the newest answers by default)."""
    text = _RANGE_WITH_FEN.sub(r"\1", _SHORT_YEAR.sub(r"20\1年", text))
    text = _UP_TO_QUARTER.sub(lambda m: _quarters_to(m.group(1) or m.group(2)), text)
    text = _FRONT_QUARTERS.sub(lambda m: f"前{m.group(1).replace('两', '二')}季度", text)
    text = _FIRST_N_MONTHS.sub(lambda m: f"1-{month_number(m.group(1).lstrip('0'))}月", text)
    text = _CN_MONTH_RANGE.sub(lambda m: f"{month_number(m.group(1))}-{month_number(m.group(2))}月", text)
    text = _HALF.sub("上半年", text)
    text = _YEAR_END.sub("全年", _MID_YEAR.sub("上半年", text))
    text = _UP_TO_MONTH.sub(lambda m: f"1-{m.group(1) or m.group(2)}月", text)
    text = FIRST_MONTHS.sub(lambda m: f"1-{month_number(m.group('months'))}月", text)
    return _listed_years(_REACHED.sub(r"\1", _THIS_ISSUE.sub("", text)))


def _listed_years(text: str) -> str:
    """A year named alone in a list of periods (2025年、一季度、1-4月; 前三季度和2025年): the whole of it, as the
    list's other items are parts of years; a year beside years only (2024年和2025年), or before another year's part
    (2025年、2026年上半年: both years' 上半年), stays as written."""
    def whole(m: re.Match) -> str:
        before, after = text[:m.start()], text[m.end():]
        listed = (after[:1] and after[0] in _LIST_MARK and _PERIOD_WORDS.match(after[1:]) and not _ELIDED.match(after[1:])
                  or before[-1:] and before[-1] in _LIST_MARK and _PERIOD_ENDING.search(before[:-1]))
        return m.group() + "全年" if listed else m.group()
    return YEAR_ALONE.sub(whole, text)


def without_periods(text: str, reported_years: set[int]) -> str:
    """The text without its period words (去年 asked about too: 上年 may be written), nor the years the bulletins
    report (q.period dates them: no word to match); a year they do not report stays."""
    return BARE_YEAR.sub(lambda m: " " if int(m.group(1)) in reported_years else m.group(),
                          _PERIOD_WORDS.sub(" ", _PAST_YEAR.sub(" ", re.sub(TWO_YEARS, " ", text))))


def past_period(text: str, corpus: Corpus) -> Period | None:
    """The period of a year before the bulletins' (去年上半年, 上年同期, 去年) that a question asks about,
    not compares with (比去年同期增加): the months named (同期: the newest bulletin's; else the whole
    year), a year before the newest bulletin's."""
    m = _PAST_YEAR.search(text)
    newest = corpus.reported[-1] if corpus.reported else None
    if not m or not newest or not newest.year:
        return None
    named = find_periods(text[m.end():m.end() + 8])
    months = named[0] if named else newest if m.group().endswith("同期") else Period(None)  # 去年: the year
    return Period(_year_said_now(newest, m.group()) - 1, months.start, months.end)


def _year_said_now(newest: Period, word: str) -> int:
    """The year 去年 is said from: the asker's, after the newest bulletin appeared, and a whole year's bulletin
    appears in the year after it (去年 of a 2025年全年 issue is 2025). 上年 is the bulletins' own word (由上年的…增至),
    and 同期 the newest period's, both of the year the newest bulletin reports."""
    whole_year = (newest.start, newest.end, newest.since) == (1, 12, False)
    return newest.year + 1 if whole_year and re.fullmatch(_LAST_YEAR_SAID, word) else newest.year


# 今年 before the months asked (今年上半年, 今年1-4月): the year of the newest bulletin, as 去年 is the year before it
_THIS_YEAR = re.compile(r"(?:今年|本年)的?(?=前?[一二三四1-4]季度|上半年|下半年|全年|\d{1,2}\s*[-－—~至到]\s*\d{1,2}\s*月)")


# a year before's months asked (去年全年, 上年一季度), not compared with (比去年全年): its issue, where one reports them;
# listed after this year's months (今年1-4月和去年全年比) it is asked too
_PAST_MONTHS = re.compile(r"(?:(?<![比较与和同跟])|(?<=月[和与跟同、])|(?<=(?:季度|半年|全年)[和与跟同、]))"
                          r"(去年|上年|上一年)的?(?=前?[一二三四1-4]季度|上半年|下半年|全年"
                          r"|\d{1,2}\s*[-－—~至到]\s*\d{1,2}\s*月)")


_LISTED_WITH = re.compile(r"[和、及与跟]")
# 去年 alone set beside this year's months (去年和今年1-4月比): last year as a whole, its 全年 issue, not the months after
_PAST_YEAR_BESIDE = re.compile(r"(?<![比较与和同跟])(去年|上年|上一年)(?=[和与跟同、](?:今年|本年)的?(?:前?[一二三四1-4]季度|[上下]半年"
                               r"|\d{1,2}\s*[-－—~至到]\s*\d{1,2}\s*月))")


def _listed(text: str) -> list[Period]:
    """The periods `text` opens with, listed one after the other (上半年和全年, 一季度、上半年): one year before them all."""
    spans = period_spans(text)[:1]
    for span in period_spans(text)[1:]:
        if not _LISTED_WITH.fullmatch(text[spans[-1][1]:span[0]]):
            break
        spans.append(span)
    return [found for a, b in spans if spans[0][0] == 0 for found in find_periods(text[a:b])[:1]]


def past_years_dated(text: str, corpus: Corpus) -> str:
    """`text` with the months of a year before that a bulletin reports dated (去年全年 → 2025年全年), and then 今年
    before months as the newest bulletin's year (今年一季度 → 2026年一季度): periods of two years named side by side
    (去年全年、今年一季度、1—5月) are each an issue, the year before's among them. Months no bulletin reports of that
    year stay as said (withheld with the periods reported)."""
    newest = corpus.reported[-1] if corpus.reported else None
    if not newest or not newest.year:
        return text

    def dated(m: re.Match) -> str:
        year = _year_said_now(newest, m.group(1)) - 1
        months = _listed(text[m.end():m.end() + 12])  # 去年上半年和全年: the year is each listed period's
        reported = any(Period(year, month.start, month.end).matches(p) for month in months for p in corpus.reported
                       if p.year and not p.since)
        return f"{year}年" if reported else m.group()

    def whole_year(m: re.Match) -> str:
        year = _year_said_now(newest, m.group(1)) - 1
        return f"{year}年全年" if any(Period(year, 1, 12).matches(p) for p in corpus.reported if not p.since) \
            else m.group()
    written = _PAST_YEAR_BESIDE.sub(whole_year, _PAST_MONTHS.sub(dated, text))
    return _THIS_YEAR.sub(f"{newest.year}年", written) if written != text else text


def of_this_year(period: Period | None, text: str, corpus: Corpus) -> Period | None:
    """The months asked with 今年 before them dated to the newest bulletin's year, where the bulletins report several
    years (今年上半年 beside last year's 上半年 is this year's, whichever bulletin names the place as asked)."""
    newest = corpus.reported[-1] if corpus.reported else None
    if not period or period.year or not newest or not newest.year or not _THIS_YEAR.search(text) \
            or len({p.year for p in corpus.reported if p.year}) < 2:
        return period
    return replace(period, year=newest.year)


def other_year(text: str, corpus: Corpus) -> Period | None:
    """A year named alone (2025年) that no bulletin reports on, in a figure question: the whole of it, so
    that nothing of the years they do report answers it. A year they report (2024年签约…) narrows nothing."""
    reported = {p.year for p in corpus.reported}
    for m in BARE_YEAR.finditer(text):
        if reported and int(m.group(1)) not in reported:
            return Period(int(m.group(1)))
    return None


def year_of_several(text: str, corpus: Corpus) -> Period | None:
    """A year named alone (2025年营收) where the bulletins report several years, or the whole of that year: the newest
    period they report of it (2025年全年, not 2026年1-4月 nor a place's 前三季度 where the 全年 issue leaves it out),
    since the newest bulletin of another year, or another part of the year, is not what is asked."""
    years = {p.year for p in corpus.reported if p.year}
    asked = {int(m.group(1)) for m in BARE_YEAR.finditer(text)} & years
    if len(asked) != 1:
        return None
    newest = next((p for p in reversed(corpus.reported) if p.year in asked and not p.since), None)
    whole = newest is not None and (newest.start, newest.end) == (1, 12)
    return newest if len(years) >= 2 or whole else None


def month_asked(text: str, corpus: Corpus) -> Period | None:
    """A month named alone (4月份…): with 当月 (4月份当月营收) or 环比 (a change on the month before: 4月份营收环比) that month,
    as a bulletin writes 4月当月, and so is an
    amount or a position asked of it where the bulletins write that month's own figures (4月份进出口额多少, beside
    4月当月… or 其中4月份进出口额…); else
    the months up to it that a bulletin reports (4月份有哪些进展: the 1-4月 issue, whose news is of that month), the
    newest."""
    m = _ONE_MONTH.search(text)
    if not m:
        return None
    month = int(m.group(1))
    asks_figure = _AMOUNT_ASKED.search(text) or _POSITION_ASKED.search(text)
    if "当月" in text or "环比" in text or (asks_figure and _writes_month_alone(month, corpus)):
        return Period(None, month, month)
    return next((p for p in reversed(corpus.reported) if (p.start, p.end) == (1, month) and not p.since), None)


def _writes_month_alone(month: int, corpus: Corpus) -> bool:
    """Whether a bulletin writes figures of the month alone (4月当月…, 其中4月份进出口额…), as index/periods reads it."""
    alone = Period(None, month, month)
    return any(alone.matches(p) for phrase in (f"{month}月当月", f"{month}月份") for k in corpus.lexical.candidates(phrase)
               if phrase in corpus.texts[k] for p in find_periods(corpus.texts[k]))
