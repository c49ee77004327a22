"""Follow-ups that ask the previous question anew: with its comparative swapped (最多 -> 最少的呢), over every issue
(这几期的呢), as a comparison or of each (哪个多？ 谁最快？ 分别是多少？ 比上半年多了多少？), or as a change up to a later
period (到全年变化怎么样？). Each returns the whole question, or None when the follow-up asks something else."""
from __future__ import annotations

import re

from index.periods import find_periods, past_period_spans, period_spans
from index.zones import ZONE_WORD
from qa.asked import CHANGE_WORDS
from qa.colloquial import IDIOM_POSITION
from qa.corpus import Corpus
from qa.asking_words import CHANGE_ASKED, MORE_OR_LESS
from qa.meanings import MEANINGS
from qa.places import named_places
from qa.question_period import BARE_YEAR, year_of_several

# words that point back at the previous question: the conversation's thread, not a topic
LEAD = re.compile(r"^(?:那么?|还有|再看看?|换成|换到|另外|同样)?(?:这一?期|本期)?的?"  # 这一期: the issue asked of
                   r"(?:(?:这个|这项|那个|该|此|同一)(?:指标|数字|数据|数)"
                   r"|(?:这|那)?(?:两者|二者|两个|两家|俩|它们|他们)(?:之间)?的?|它的?|其)?")  # 两个差多少: the two asked
PAST_YEAR = re.compile(r"(?:去年|上年|上一年)(?:同期)?(?!比)")
_THIS_YEAR = ("今年", "本年")
_COMPARATIVE = re.compile(r"[最更较](?:高|低|多|少|快|慢|大|小)")
# 这几期的呢, 后面几期呢: the same over every issue
_LATER = re.compile(r"^(?:后面|后续|之后|后)")  # 后面几期 after the period asked before: the series' issues (这几期)
_OVER_PERIODS = re.compile(r"(?:[这近前往后]|后面|后续|之后)?[两三四五]期|(?:[这近前往后]|后面|后续|之后)几期|[各每历逐往]期|历次|历年")
# 前几期呢，走势怎样 / 变化呢 / (那)几期下来是啥走势: the previous question asked over every issue
_OVER_PERIODS_ASKED = re.compile(rf"(?P<over>{_OVER_PERIODS.pattern})?(?P<since>(?:[几两三四五]期)?(?:下来|以来))?的?呢?[，,？?]?"
                                 r"(?P<trend>(?:是|有)?(?:啥|什么|怎样的|怎么样的)?(?:走势|趋势|变化|变动){1,2}(?:怎样|怎么样|咋样|如何|大吗|大不大|明显吗)?"
                                 r"|(?:怎么|如何|咋)(?:变|走)的?)?")
# a follow-up that only asks to compare (哪个多, 谁更快, 哪个开发区最多, 比上半年多了多少)
RANK_ONLY = re.compile(rf"(?P<body>(?P<rank>(?:哪|谁)[个家]?(?:{ZONE_WORD.pattern}|市|(?P<issue>期))?的?[更最较]?[高低多少快慢大小]"
                        rf"|比[^，,。？?]{{1,12}}?(?:[高低多少快慢大小]|{CHANGE_WORDS}|降)了?(?:多少|几)?"
                        r"|(?:相差|差距|差)了?有?(?:多少|几|多大))"
                        # or asks each, or over every issue, what the previous question ranked (分别是多少, 这三期各是多少)
                        rf"|(?P<over>{_OVER_PERIODS.pattern})?的?(?:分别|各自|各)(?:是|有|为)?(?:多少|几[个家]?)"
                        rf"|(?P<over_only>{_OVER_PERIODS.pattern})的?(?:是|有)?多少)(?:呢|啊)?[？?。!！]*")
_BESIDE_PERIOD = re.compile(r"(?:跟|和|与|同)(?P<period>[^，,。？?比]{2,12}?)相?比(?:较|起来)?[，,]?")
_REACHED = re.compile(r"(?:到|至|截至|截止到?)?")  # 到上半年: the period reached, asked as the period
_RANK_WORDS = re.compile(r"(?:哪|谁)[个家]?的?|[最更较]?[高低多少快慢大小]$|[最更较][高低多少快慢大小]")
# a follow-up asking the change up to a later period (到全年变化怎么样？ 到1-11月呢，涨了还是跌了？ 到1-11月是涨是跌？)
# (今年1—5月呢，增速有变化吗, 到1-5月呢？增速有变化吗, 1-5月呢？增长快了还是慢了: the later period asked by itself,
# then the change of the figure's rate; 增长 asked fast or slow is its rate, 增速)
_CHANGE_TO = re.compile(r"(?:到|至|(?=[^，,？?。]{2,12}?呢))(?P<to>(?:今年|本年)?[^，,？?。]{2,12}?)(?:为止)?呢?[，,？?]?"
                        r"(?P<rate>增速|增幅|涨幅|增长)?(?:有|是)?(?P<ask>(?:什么|啥|怎样的)?(?:变化|走势|趋势)"
                        r"(?:怎么样|怎样|如何|大吗|大不大)?|(?:怎么|如何|咋)(?:变|走)的?|" + CHANGE_ASKED + "|" + MORE_OR_LESS
                        + r")[吗？?。!！]*")
_SECTION_WORD = "|".join(sorted((w for group in MEANINGS for w in group if len(w) > 1), key=len, reverse=True))
# a section asked, with the words asking it (存在哪些问题, 有哪些亮点工作, 主要成效有哪些)
_SECTION_ASKED = re.compile(rf"(?:存在|有|取得了?|遇到了?|面临|主要|的)*(?:哪些|什么|啥|哪几[个项条方面]*)?"
                            rf"(?:{_SECTION_WORD})+(?:工作)?(?:有哪些|是什么|有什么|是啥|包括哪些)?")
PREVIOUS_ASK = re.compile(r"(?:各|分别|都)?(?:是|有|为)?(?:多少|几)?[个家项人]?(?:呢|啊)?[？?。!！\s]*$")


def asked_periods(text: str) -> list[tuple[int, int]]:
    """Periods as index/periods.py reads them, with 今年 before one (今年1—5月 whole), and a year before (去年同期, 上年;
    去年上半年 whole): a period asked in turn."""
    spans = [(s - 2 if text[max(s - 2, 0):s] in _THIS_YEAR else s, e) for s, e in period_spans(text)]
    spans += past_period_spans(text)
    return sorted(spans + [m.span() for m in PAST_YEAR.finditer(text) if not any(s <= m.start() < e for s, e in spans)])


# issues named by their place next to the one asked before (上一期呢？ 前两期对比呢？ 后两期呢？变化趋势怎样？), then
# only particles and the words of a trend or a comparison
# (后面两个季度呢？ in a quarterly series: its next two issues; 之后两期呢 as 后两期呢; 后面几期呢: every issue after it;
# 前几期呢 is the latest issues, the one asked too: _OVER_PERIODS)
_NEIGHBOURS = re.compile(r"(?:(?P<back>上|前(?=面?[一两二三四五]))|(?P<on>下|(?:之|此|往|以|再往)?后(?=面?[一两二三四五几])))面?"
                         r"(?P<n>[一两二三四五几])?个?"
                         r"(?P<unit>期|季度?)的?"
                         r"(?:[呢啊，,？?。!！\s]|(?:对比|比较|相比)(?:一下|下)?|(?:是|有)?(?:啥|什么|怎样的)?(?:走势|趋势|变化|变动)"
                         r"|怎么?样|如何|(?:是|有|分别|各)*(?:多少|几))*")
_HOW_MANY = {None: 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "几": None}  # 几: every one there is


def neighbouring_issues(text: str, previous: str, corpus: Corpus) -> str | None:
    """The previous question asked of the issues before or after its own period, in the order the bulletins
    report (上一期呢？ after 上半年…多少 → 1-4月…; 后两期呢？ after 1-2月… → 1-4月、上半年…, each of them); of the
    newest issue's neighbours when it named no period. None when the bulletins report no such issue."""
    asked = _NEIGHBOURS.fullmatch(text[LEAD.match(text).end():].strip())
    series = corpus.reported
    if not asked or not previous or not series:
        return None
    spans = asked_periods(previous)
    own = find_periods(previous[spans[0][0]:spans[-1][1]]) if spans else []
    year, of_year = BARE_YEAR.search(previous), year_of_several(previous, corpus)
    if not spans and year and of_year:  # 2025年营收 among bulletins of two years: that year's newest issue
        spans, own = [year.span()], [of_year]
    at = next((k for k, p in enumerate(series) if own and own[-1].matches(p)), None) if spans else len(series) - 1
    n = _HOW_MANY[asked["n"]]
    if at is None:
        return None
    picked = series[max(at - (n or at), 0):at] if asked["back"] else series[at + 1:at + 1 + (n or len(series))]
    chain = picked + [series[at]] if asked["back"] else [series[at]] + picked
    if not picked or len(picked) < (n or 1) or (asked["unit"] != "期" and not _quarters_apart(chain)):
        return None  # 后两个季度 of a monthly series: no issue a quarter on
    periods = "、".join(p.label for p in picked)
    start, end = spans[0][0] if spans else 0, spans[-1][1] if spans else 0
    stem = previous[:start] + periods + previous[end:]
    return PREVIOUS_ASK.sub("", stem) + "分别是多少？" if len(picked) > 1 else stem


def _quarters_apart(periods: list) -> bool:
    """Whether each period ends a quarter after the one before (一季度, 上半年, 前三季度): issues a quarter apart."""
    ends = [(p.year or 0) * 12 + p.end for p in periods]
    return all(b - a == 3 for a, b in zip(ends, ends[1:]))


def changed_to(text: str, previous: str) -> str | None:
    """The previous question asked as a change from its period to the one a follow-up names (到全年变化怎么样？
    after 鹤鸣高新区前三季度营业收入多少？ → 鹤鸣高新区从前三季度到全年营业收入有什么变化？)."""
    to = _CHANGE_TO.fullmatch(text[LEAD.match(text).end():].strip())
    spans = asked_periods(previous) or [m.span() for m in BARE_YEAR.finditer(previous)]  # 2025年: the year's
    later = re.sub(r"^(?:今年|本年)", "", to["to"]) if to else ""  # 今年 stays in the question: the year of the later
    if not to or not spans or period_spans(later) != [(0, len(later))]:
        return None
    start, end = spans[0][0], spans[-1][1]
    stem = PREVIOUS_ASK.sub("", previous[:start] + previous[end:])
    rate = "增速" if to["rate"] == "增长" else to["rate"] or ""
    return f"{stem[:start]}从{previous[start:end]}到{to['to']}{stem[start:]}{rate}有什么变化？"


# a position in a ranking (第二名, 倒数第一, 第3位, 首位, 末位): 那第二名呢 after 排第一的是哪个 asks that one
_POSITION = re.compile(r"(?:倒数)?第(?:[一二三四五六七八九十]{1,2}|\d{1,2})(?:名|位)?(?![次期批季届轮个项条家年号天])"
                       r"|首位|榜首|末位|垫底|最后一名")
_POSITION_SAID = re.compile(r"(?:(?:排名|排|居|位列|名列|位居)(?:在|于)?(?:全省|全市|全国)?)?(?:" + _POSITION.pattern + ")")


def swapped(body: str, previous: str) -> str | None:
    """The previous question with its comparative (最多 -> 最少的呢), its position (第二名呢 after 排第一的) or
    its span of periods (这几期的呢) changed, when that is all a follow-up says."""
    if _COMPARATIVE.fullmatch(body) and _COMPARATIVE.search(previous):
        return _COMPARATIVE.sub(body, previous, count=1)
    said = _POSITION_SAID.search(previous) or IDIOM_POSITION.search(previous)  # 谁拔得头筹 then 第二名呢
    if _POSITION_SAID.fullmatch(body) and said:
        return previous[:said.start()] + ("" if body.startswith(("排", "居", "位", "名")) else "排") + body \
            + previous[said.end():]
    over = _OVER_PERIODS_ASKED.fullmatch(body)
    if over and (over["over"] or over["since"] or over["trend"]) and not _OVER_PERIODS.search(previous):
        for start, end in reversed(asked_periods(previous)):  # every issue's period, not the one asked before
            previous = previous[:start] + previous[end:]
        tail = re.search(r"(?:是|有|为)?(?:多少|几)", previous)
        at = tail.start() if tail else len(previous.rstrip("？?。"))
        return previous[:at] + (_LATER.sub("这", over["over"] or "") or "历次") + previous[at:]
    return None


def ranked(text: str, previous: str, corpus: Corpus) -> str | None:
    """The previous question asked anew, when that is all a follow-up asks: as a comparison (哪个多？ 谁最快？
    哪个开发区最多？ 比上半年多了多少？), of each (分别是多少？) or over every issue (这三期分别是多少？). Its
    question words give way to the follow-up's, and a zone it named gives way to its city when the follow-up
    ranks zones."""
    text = text[LEAD.match(text).end():].strip()
    beside = _BESIDE_PERIOD.match(text)  # 跟上半年比增加了多少: 比上半年增加了多少, the period set beside said first
    if beside and period_spans(beside["period"]) == [(0, len(beside["period"]))]:
        text = "比" + beside["period"] + text[beside.end():]
    # 上半年比一季度涨了多少: the later period, then the comparison; 到上半年比…: the same period, said as reached
    reached = _REACHED.match(text).end()
    later, end = next(((text[s:e], e) for s, e in period_spans(text) if s == reached and "比" in text[e:e + 1]), ("", 0))
    ask = RANK_ONLY.fullmatch(text[end:])
    if not previous or not ask:
        return None
    stem = PREVIOUS_ASK.sub("", previous)
    if later:  # the periods compared are the follow-up's
        for start, end in reversed(asked_periods(stem)):
            stem = stem[:start] + stem[end:]
    # 分别是多少 after 哪个最多: each of them, not the first; 差多少 after 谁高: the difference, the follow-up's comparison
    # in place of the previous one (not 谁高差多少)
    stem = _RANK_WORDS.sub("", stem)
    if ask["over"] or ask["over_only"] or ask["issue"]:  # 这三期分别是多少, 哪期最高: every issue's, not the one asked
        for start, end in reversed(asked_periods(stem)):
            stem = stem[:start] + stem[end:]
    if ZONE_WORD.search(ask["body"]):  # 哪个开发区最多 after 阳泉高新区…: the zones of 阳泉
        for place in sorted(named_places(stem, corpus), key=lambda p: p.start, reverse=True):
            if place.known and place.region and place.name != place.region:
                stem = stem[:place.start] + place.region + stem[place.end:]
    return f"{stem}{later}{ask['body']}？"


def _meanings(text: str) -> set[int]:
    return {k for k, group in enumerate(MEANINGS) for w in group if len(w) > 1 and w in text}


def section_swapped(body: str, previous: str) -> str | None:
    """The previous question asked of another section, when a follow-up names only that (下一步打算呢？ after
    雁丘市前三季度存在哪些问题？ → 雁丘市前三季度下一步打算有哪些？)."""
    if not re.fullmatch(rf"(?:{_SECTION_WORD})+(?:工作)?", body) or not previous:
        return None
    asked = next((m for m in _SECTION_ASKED.finditer(previous) if _meanings(m.group()) - _meanings(body)), None)
    if not asked:
        return None
    return f"{previous[:asked.start()]}{body}有哪些{previous[asked.end():]}"
