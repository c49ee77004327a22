"""Periods and issues as bulletins write them: 2024年一季度, 1-3月, 上半年, 前三季度, 2023年以来, 2024年第2期.

Pure functions, shared by indexing (which period a chunk's figures cover) and answering
(which period a question names). A period is compared by its key, never by its wording:
`1-6月`, `上半年` and `2024年1-6月` name the same months.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NAMED_RANGES = {(1, 3): "一季度", (4, 6): "二季度", (7, 9): "三季度", (10, 12): "四季度",
                 (1, 6): "上半年", (1, 9): "前三季度", (1, 12): "全年"}

_YEAR = r"(?:(?P<year>20\d\d)年(?:的|度)?)?"
_FIRST_MONTHS = r"(?<!提)前(?P<months>1[0-2]|[1-9]|十[一二]?|[一两二三四五六七八九])个月"  # not 提前3个月 (a duration)
FIRST_MONTHS = re.compile(_FIRST_MONTHS)
_PERIOD_RE = re.compile(
    r"(?P<past>去年|上年|同期)?" + _YEAR + r"(?:"
    r"(?P<since>以来)"
    r"|(?P<front>前)?第?(?P<q>[一二三四1-4])季度"
    r"|(?P<half>上半年|下半年|全年)"
    r"|(?P<m1>1[0-2]|0?[1-9])\s*(?:月份?)?\s*[-－—~至到]\s*(?P<m2>1[0-2]|0?[1-9])\s*月"
    r"|" + _FIRST_MONTHS +  # 前10个月: 1-10月
    r"|(?P<upto>1[0-2]|0?[1-9])月(?:底|末)(?!前|起|以?后)"  # 截至10月底, 10月末: 1-10月; 11月底前 is a deadline
    r"|(?P<alone>1[0-2]|0?[1-9])月当月"  # 4月当月: that month alone, beside the months up to it (1-4月累计)
    r"|其中(?P<part>1[0-2]|0?[1-9])月份?"  # 上半年…；其中6月份进出口额…: that month alone, a part of the months before
    r"|(?<=[^\S\n])(?P<cell>1[0-2]|[1-9])月(?=[^\S\n]\S)"  # 甲市 5月 263.4亿元 1-5月 …: a table's column of that month alone
    r"|(?:^|(?<=[。；;：:！!？?\n]))(?P<opening>1[0-2]|0?[1-9])月份(?=[，,])"  # 4月份，全省…；1-4月累计…: a sentence of that month
    # 一季度到5月, 上半年至十月份: a month ending a span that opens with January's months, the months up to it (1-5月)
    r"|(?<=[到至])(?P<onto>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:底|末)?(?![-－—~至到\d])"
    r")"
)
# right before a date: the label of a deadline (（完成时限：2026年8月底）), by when a thing is to be done, no period
# its sentence reports on
_DEADLINE_LABEL = re.compile(r"(?:时限|期限|截止时间|截止日期|完成时间)[：:为是]?\s*$")
_CN_MONTHS = {c: k for k, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2, "十一": 11, "十二": 12}


def month_number(word: str) -> int:
    """10 or 十 -> 10: a month's number as digits or Chinese numerals (1-12)."""
    return int(word) if word.isdigit() else _CN_MONTHS[word]


# right before a period: the one a figure is compared with (较上半年收窄, 扭转前三季度下降态势)
_COMPARED_WITH = re.compile(r"(?:(?<!同)[较比]|扭转)$")
# around a period: one set as a goal (确保全年…, 冲刺全年目标, 完成上半年任务), no period a bulletin reports on
_GOAL_BEFORE = re.compile(r"(?:确保|力争|冲刺|锚定|紧盯|对照|完成|实现)$")
_GOAL_AFTER = re.compile(r"(?:[^，,。；;]{0,4}?(?:目标|任务|考核|指标))")
# after a period or a year opening its sentence: a plan for it (下半年，全市将…; 2026年，力争…; 下半年工作安排), no period
# reported on
_PLAN_AFTER = re.compile(r"[，,]?[^，,。；;：:]{0,12}?(?:将|力争|计划|拟|预计|争取|安排|打算)")
_YEAR_OPENER = re.compile(r"(?<!\d)(20\d\d)年(?=[，,])")  # 2025年，… : what the sentence reports on
_YEAR_PLANNED = re.compile(r"(?:\d{1,2}[.．、]\s*)?(20\d\d)年(?=力争|计划|将|拟|争取|预计)")  # 1.2026年力争…
_SENTENCES = re.compile(r"[^。！？!?]+[。！？!?]?")
# a whole year named bare (柘泉经开区2026年营业收入目标…), not a date's or a part's (2026年1月20日, 2026年上半年, 2026年底)
_BARE_YEAR = re.compile(r"(?<!\d)(20\d\d)年(?![\d０-９一二三四五六七八九十上下前末底初第])")
# right before a figure: the year before's (由上年的341.4亿元增至…, 去年同期为12个), no figure of its passage's period
_LAST_YEAR_BEFORE = r"(?:上年|去年)(?:同期|全年)?(?:的|为|是)?"
_LAST_YEARS_FIGURE = re.compile(_LAST_YEAR_BEFORE + r"(?=[\d０-９])")
_LAST_YEAR_ENDING = re.compile(_LAST_YEAR_BEFORE + " ?$")  # a table row's cell too: 上年同期 402.0亿元
_ISSUE_RE = re.compile(r"(?:(20\d\d)年)?第\s*(\d{1,3})\s*期")
_YEAR_RE = re.compile(r"(20\d\d)")
_MONTH_LABEL = re.compile(r"(?:(20\d\d)年)?(1[0-2]|[1-9])月")  # a label of one month (in text: 4月当月)


@dataclass(frozen=True)
class Period:
    """Months start..end of `year` (year None when the text gives none); `since` marks 'YYYY年以来'."""
    year: int | None
    start: int = 1
    end: int = 12
    since: bool = False

    @property
    def label(self) -> str:
        year = f"{self.year}年" if self.year else ""
        if self.since:
            return f"{year}以来"
        if self.start == self.end:
            return f"{year}{self.start}月"
        return year + _NAMED_RANGES.get((self.start, self.end), f"{self.start}-{self.end}月")

    def with_year(self, year: int | None) -> "Period":
        return self if self.year or not year else Period(year, self.start, self.end, self.since)

    def matches(self, other: "Period") -> bool:
        """Same months; a missing year on either side matches any year."""
        same_year = self.year is None or other.year is None or self.year == other.year
        return same_year and (self.since, self.start, self.end) == (other.since, other.start, other.end)


def find_periods(text: str, default_year: int | None = None, bases: bool = True, parts: bool = True) -> list[Period]:
    """Every period the text names, in order of appearance; without `bases`, not those a figure is compared
    with (增速较一季度回落: the figure is not of 一季度), as a figure's own period is read; without `parts`, not a
    month its sentence writes as a part of its period (其中6月份…, 5月当月… beside 1-5月), which holds for that sentence
    only."""
    return [period for _, period in _named(text, default_year, bases, parts)]


def _named(text: str, default_year: int | None, bases: bool, parts: bool) -> list[tuple[re.Match, Period]]:
    """(match, period) of each period `find_periods` finds."""
    found: list[tuple[re.Match, Period]] = []
    for m in _PERIOD_RE.finditer(text):
        if m.group("past") or ((m.group("part") or m.group("alone")) and not parts):
            continue  # 比去年一季度: last year's figure, consumed so that 一季度 is not matched inside it
        if not bases and _COMPARED_WITH.search(text, 0, m.start()):
            continue
        if _DEADLINE_LABEL.search(text, max(0, m.start() - 8), m.start()):
            continue
        year = int(m.group("year")) if m.group("year") else None
        if m.group("since"):
            if year is None:
                continue  # a bare 以来 names no period
            found.append((m, Period(year, since=True)))
            continue
        if m.group("q"):
            q = _CN_DIGIT[m.group("q")]
            start, end = (1 if m.group("front") else 3 * q - 2), 3 * q
        elif m.group("half"):
            start, end = {"上半年": (1, 6), "下半年": (7, 12), "全年": (1, 12)}[m.group("half")]
        elif m.group("alone") or m.group("part") or m.group("opening") or m.group("cell"):
            start = end = int(m.group("alone") or m.group("part") or m.group("opening") or m.group("cell"))
        elif m.group("onto"):
            start, end = 1, month_number(m.group("onto"))
            last = found[-1] if found else None
            if not (last and last[0].end() == m.start() - 1 and last[1].start == 1 and last[1].end < end):
                continue  # 从4月到6月, 到5月底前 alone: no span of the months from January
        elif m.group("months") or m.group("upto"):
            months = m.group("months") or m.group("upto")
            start, end = 1, month_number(months)
        else:
            start, end = int(m.group("m1")), int(m.group("m2"))
            if start > end:
                continue
        found.append((m, Period(year, start, end).with_year(default_year)))
    return found


@lru_cache(maxsize=1024)  # the few labels of the chunks, read for every passage a question weighs
def parse_period(label: str | None) -> Period | None:
    """The period a label such as '2024年1-6月', '上半年' or '2026年4月' (one month: Period.label) names, or None."""
    month = _MONTH_LABEL.fullmatch(label or "")
    if month:
        return Period(int(month.group(1)) if month.group(1) else None, int(month.group(2)), int(month.group(2)))
    periods = find_periods(label or "")
    return periods[0] if periods else None


def document_year(*texts: str) -> int | None:
    """The bulletin's year: the latest year named in its title or file name."""
    years = [int(y) for t in texts for y in _YEAR_RE.findall(t or "")]
    return max(years) if years else None


def reported_year(text: str, issue_year: int | None) -> int | None:
    """The year a bulletin reports on, as its text writes it: the year named most often by its dated periods
    (2025年全年) and sentence openers (2025年，…), never later than the issue's year (an issue of January
    2026 reports 2025); the issue's year when the text names none."""
    years = [p.year for p in find_periods(text) if p.year and not p.since]
    years += [int(m.group(1)) for m in _YEAR_OPENER.finditer(text) if not _PLAN_AFTER.match(text, m.end())]
    years = [y for y in years if issue_year is None or y <= issue_year]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else issue_year


def document_period(text: str, year: int | None, title: str = "") -> Period | None:
    """The period a bulletin reports on: the one its title names (上半年全市开发区工作专报), or the whole year when
    the title names the year alone (2025年全省开发区主要经济指标完成情况: no months, no issue number); else the month
    range its text names most often (ties: the latest), periods set as goals or plans aside (a 上半年 issue writes
    确保完成全年目标任务 or 下半年，全市将… in its plans) and so are those its figures are compared with (增速比前三季度
    提高: not the period reported); else the whole year its sentences open with, when the issue came out after it
    (see _whole_year_opened)."""
    named = [p for p in find_periods(title, year) if not p.since]
    titled = {p for p in named if p.year == year}
    if len(titled) == 1:
        return titled.pop()
    if not named and year in {int(m.group(1)) for m in _BARE_YEAR.finditer(title)}:
        return Period(year)
    counts: dict[Period, int] = {}
    for start, end in period_spans(text, bases=False):
        if _GOAL_BEFORE.search(text, max(0, start - 2), start) or _GOAL_AFTER.match(text, end) \
                or _PLAN_AFTER.match(text, end):
            continue
        for p in find_periods(text[start:end], year):
            if not p.since and p.year == year:
                counts[p] = counts.get(p, 0) + 1
    if not counts:
        return _whole_year_opened(text, year, document_year(title))
    return max(counts, key=lambda p: (counts[p], p.end, -p.start))


def _whole_year_opened(text: str, year: int | None, issued: int | None) -> Period | None:
    """The whole `year` when the text names no months but opens sentences with it (2025年，全县开发区…) and the issue
    came out after it ended (2026年第1期): a full-year issue; None otherwise."""
    if not year or not issued or issued <= year:
        return None
    opened = any(int(m.group(1)) == year and not _PLAN_AFTER.match(text, m.end()) for m in _YEAR_OPENER.finditer(text))
    return Period(year) if opened else None


_DATE_LINE = re.compile(r"[（(]?(20\d\d)年(1[0-2]|0?[1-9])月[0-3]?\d日[）)]?")  # （2026年2月26日）: a masthead's own line


def issued_in(masthead: list[str]) -> tuple[int, int] | None:
    """(year, month) of the date a masthead line holds alone, under a speech's or notice's title: when it was issued."""
    for line in masthead:
        m = _DATE_LINE.fullmatch(line.strip())
        if m:
            return int(m.group(1)), int(m.group(2))
    return None


def before_issue(year: int | None, period: Period | None, issued: tuple[int, int] | None
                 ) -> tuple[int | None, Period | None]:
    """The year and period reported, knowing the paper's date: no paper reports a period that ends after it was issued,
    so a 全年 of the year it is dated in (a speech of February reviewing 过去一年) is the year before's."""
    if not (year and period and period.year and issued) or (period.year, period.end) <= issued:
        return year, period
    return year - 1, Period(period.year - 1, period.start, period.end, period.since)


def find_issue(*texts: str) -> str | None:
    """'2024年第2期' from a title or file name, when one says so."""
    for text in texts:
        m = _ISSUE_RE.search(text or "")
        if m:
            return f"{m.group(1)}年第{m.group(2)}期" if m.group(1) else f"第{m.group(2)}期"
    return None


def opening_year(sentence: str, year: int | None) -> Period | None:
    """The whole of another year than `year` that opens a sentence (2026年，力争…: what it says is of 2026), or a
    numbered plan (1.2026年力争…)."""
    m = _YEAR_OPENER.match(sentence.lstrip()) or _YEAR_PLANNED.match(sentence.lstrip())
    return Period(int(m.group(1))) if m and int(m.group(1)) != year else None


def later_year(text: str, year: int | None) -> Period | None:
    """The whole of a year after `year` (the one reported) that `text` names last: a bulletin on 2025 can only
    write 2026年 before a figure as a target or forecast of 2026 (柘泉经开区2026年营业收入目标3050亿元)."""
    years = [int(m.group(1)) for m in _BARE_YEAR.finditer(text)]
    return Period(years[-1]) if years and year and years[-1] > year else None


def year_after(own: Period, reported: Period) -> bool:
    """Whether a figure's period is of a year after its bulletin's: a target or forecast, never what it reports."""
    return bool(own.year and reported.year and own.year > reported.year)


def planned_year(before: str, year: int | None) -> Period | None:
    """The whole of a year after `year` that the last sentence of `before` opened by a year opens with (2026年，力争…。
    一是…，全年新签约项目100个以上): the sentences after it go on with its plans, their 全年 and figures of that year."""
    opened = [opening_year(s, year) for s in _SENTENCES.findall(before)]
    later = [p for p in opened if p and year and p.year > year]
    return later[-1] if later else None


def compares_with_period(text: str) -> bool:
    """Whether a text compares with a period it names (比一季度多了多少, 较上半年末): a change between periods."""
    return any(_COMPARED_WITH.search(text, 0, start) for start, _ in period_spans(text))


def period_spans(text: str, bases: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each period the text names, as `find_periods` finds them (去年一季度 excluded); without
    `bases`, not those a figure is compared with (增速比1-2月加快)."""
    return [m.span() for m, _ in _named(text, None, bases, True)]


def past_period_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each period of a year before that the text names with its months (去年上半年, 上年1-4月), whole."""
    return [m.span() for m in _PERIOD_RE.finditer(text)
            if m.group("past") and m.end() - m.start() > len(m.group("past"))]


def year_before(before: str, period: Period | None) -> Period | None:
    """`period` a year earlier when `before`, the text right before a figure, writes it as the year before's
    (由上年的341.4亿元); else None."""
    if period and period.year and not period.since and _LAST_YEAR_ENDING.search(before):
        return Period(period.year - 1, period.start, period.end)
    return None


def last_years_figures(text: str, period: Period | None) -> Period | None:
    """The period a year before `period` (a passage's own) when the passage writes a figure as the year
    before's (营业收入由上年的341.4亿元增至…); else None."""
    if period and period.year and not period.since and _LAST_YEARS_FIGURE.search(text):
        return Period(period.year - 1, period.start, period.end)
    return None

