"""Follow-ups: a question that leaves out part of what the previous question named (阳泉呢？ 上半年呢？
投产率呢？ 那平定经开区呢？ 那开工率是多少呢？ 这个指标去年呢？) takes that part from the previous question
of the conversation.

A question is cut into a lead (那, 这个指标: it refers back), a body and its own question words at the
end (是多少呢？). The previous question is cut into its places, its periods and its indicator (the longest
run of words between them and the question words). The body's parts replace the same parts, or are
added when the previous question had none. A body that names every part the previous question named
is a question of its own; so is one that asks by itself in the middle (哪个开发区最高).
"""
from __future__ import annotations

import re

from index.periods import period_spans
from index.zones import ZONE_WORD
from qa.corpus import Corpus
from qa.kinds import CHANGE_ASKED, RANK_ASKED
from qa.places import named_places, zone_by_short_name
from qa.pronouns import pointed_back
from qa.asked import CHANGE_WORDS
from qa.question import PLACE_SET, QUOTED, RATE_SYNONYMS

MAX_BODY = 16
# words that point back at the previous question: the conversation's thread, not a topic
_LEAD = re.compile(r"^(?:那么?|还有|再看看?|换成|换到|另外|同样)?(?:这一?期|本期)?的?"  # 这一期: the issue asked of
                   r"(?:(?:这个|这项|那个|该|此|同一)(?:指标|数字|数据|数)"
                   r"|(?:这|那)?(?:两者|二者|两个|两家|俩|它们|他们)(?:之间)?的?|它的?|其)?")  # 两个差多少: the two asked
# a question's own question words at its end (多少, 有哪些 …) and its closing particles
_OWN_TAIL = re.compile(r"(?:(?:是|有|为)?(?:多少|几[个家项人]?)|是什么|是啥|叫什么|叫啥|有哪些|有什么|怎么样|咋样|如何|"
                       r"(?:相|对|(?<![同环]))比(?:较)?(?:一下)?(?:呢|的话)?(?:[，,]?(?:哪个|哪家|谁)的?(?:更|最|较)?(?:高|低|多|少|快|慢|大|小)"
                       r"(?:一些|一点)?)?)?(?:的情况|情况)?(?:呢|啊|呀)?[？?。!！\s]*$")
# a follow-up that adds a place to compare with (和平定经开区比哪个高？): the previous places stay
_ADDS = re.compile(r"^(?:再?和|与|跟|同(?![比期样]))")  # not 同比, 同期
# a place named, then a comparison asked (祁县经开区呢？谁快？): the place is compared with the previous one's
_THEN_RANKED = re.compile(r"(?P<body>[^，,？?。！!]{1,16}?)呢[？?，,\s]*"
                          r"(?P<rank>(?:哪个|哪一个|哪家|谁)的?(?:更|最|较)?[高低多少快慢大小](?:一些|一点)?)[？?。!！\s]*")
_ASKS_ITSELF = re.compile(r"多少|几|哪|什么|啥|谁|怎|如何|吗|有没有|是否|总结|概括|介绍")
# question words anywhere in a question: what is left between them, places and periods is the indicator
_ASK_WORDS = re.compile(r"[这近前]?[几两三四五]期(?:下来|以来)?|[各每历]期|历次|走势|趋势|变化|变动|分别|各自|是多少|是什么|多少|几|"
                        rf"(?:哪|各|每)[个家些里位]?(?:{ZONE_WORD.pattern}|市|县|区)?|什么|谁|怎么?样?|如何|咋样?|有何|有哪些|"
                        r"[最更较](?:高|低|多|少|快|慢|大|小)|[？?。!！]|目标|今年|本年|" + CHANGE_ASKED + "|" + RANK_ASKED
                        + "|" + PLACE_SET.pattern)  # 两市: who is asked, no indicator
# the attribute a follow-up may ask of the previous indicator (增速呢？ after 工业投资是多少)
# or the position it holds (排全省第几？ 全省排名呢？)
_ATTRIBUTE = re.compile(r"(?:(?:同比|环比)(?:增速|增幅|增长率?|下降|降幅)?|(?:增速|增幅|增长|增长率|下降|降幅|占比|比重)|"
                        r"占(?:全市|全省|全县|总[量额数]?)?的?(?:比重|比例)?|"
                        r"在?(?:全省|全市|全国)?(?:排名|位次|排位|排|居|列)(?:在|于)?(?:全省|全市|全国)?第?)了?")
# a set of zones (三个重点开发区, 各开发区): narrows the previous place, does not replace it
_ZONE_SET = re.compile(rf"^((?:[各每几两三四五六七八九十]个?|所有|全部)?(?:重点)?)的?(?:{ZONE_WORD.pattern})(?:分别|各自)?$")
_COMPARATIVE = re.compile(r"[最更较](?:高|低|多|少|快|慢|大|小)")
_OVER_PERIODS = re.compile(r"[这近前往]?[两三四五]期|[这近前往]几期|[各每历逐往]期|历次|历年")  # 这几期的呢: the same over every issue
# 前几期呢，走势怎样 / 变化呢 / (那)几期下来是啥走势: the previous question asked over every issue
_OVER_PERIODS_ASKED = re.compile(rf"(?P<over>{_OVER_PERIODS.pattern})?(?P<since>(?:[几两三四五]期)?(?:下来|以来))?的?呢?[，,]?"
                                 r"(?P<trend>(?:是|有)?(?:啥|什么|怎样的|怎么样的)?(?:走势|趋势|变化)(?:怎样|怎么样|如何|大吗|大不大|明显吗)?"
                                 r"|(?:怎么|如何|咋)(?:变|走)的?)?")
FILLER = "的之、和与及跟 "
_OF_A_WHOLE = re.compile(rf"哪(?!些|几)|哪(?:些|几个?)(?:{ZONE_WORD.pattern}|市|县)|谁|最|排名|全省|全市|全国|各|所有")  # a follow-up asking by itself of no one place
# a follow-up that only asks to compare (哪个多, 谁更快, 哪个开发区最多, 比上半年多了多少)
_RANK_ONLY = re.compile(rf"(?P<body>(?P<rank>(?:哪|谁)[个家]?(?:{ZONE_WORD.pattern}|市|(?P<issue>期))?的?[更最较]?[高低多少快慢大小]"
                        rf"|比[^，,。？?]{{1,12}}?(?:[高低多少快慢大小]|{CHANGE_WORDS}|降)了?(?:多少|几)?"
                        r"|(?:相差|差距|差)了?有?(?:多少|几|多大))"
                        # or asks each, or over every issue, what the previous question ranked (分别是多少, 这三期各是多少)
                        rf"|(?P<over>{_OVER_PERIODS.pattern})?的?(?:分别|各自|各)(?:是|有|为)?(?:多少|几[个家]?)"
                        rf"|(?P<over_only>{_OVER_PERIODS.pattern})的?(?:是|有)?多少)(?:呢|啊)?[？?。!！]*")
_RANK_WORDS = re.compile(r"(?:哪|谁)[个家]?的?|[最更较]?[高低多少快慢大小]$|[最更较][高低多少快慢大小]")
# a follow-up asking how what the previous question counted came about (他们是怎么做到的？ 靠什么实现的): its topic
_CAME_ABOUT = re.compile(r"(?:他们|它们?|他|她|这些?|那些?|其)?(?:又|都)?是?(?:怎么|怎样|如何|咋|靠什么|凭什么|通过什么)样?"
                         r"(?:做到|实现|达到|完成|取得|搞|弄|干)(?:的|出来的|起来的|成的)?[呢啊]?[？?。!！]*")
# a follow-up asking the change up to a later period (到全年变化怎么样？ 到1-11月呢，涨了还是跌了？)
_CHANGE_TO = re.compile(r"(?:到|至)(?P<to>[^，,？?。]{2,12}?)(?:为止)?呢?[，,]?(?P<ask>(?:有|是)?(?:什么|啥|怎样的)?(?:变化|走势|趋势)"
                        r"(?:怎么样|怎样|如何|大吗|大不大)?|(?:怎么|如何|咋)(?:变|走)的?|" + CHANGE_ASKED + r")[？?。!！]*")
_PREVIOUS_ASK = re.compile(r"(?:各|分别|都)?(?:是|有|为)?(?:多少|几)?[个家项人]?(?:呢|啊)?[？?。!！\s]*$")
_PAST_YEAR = re.compile(r"(?:去年|上年|上一年)(?:同期)?(?!比)")
_SAME_MONTHS = re.compile(r"同期$")
_YEAR = re.compile(r"20\d\d年|(?:去年|上年|上一年)(?:同期)?")
# what things counted have (投资额呢？ after 签约项目多少个): theirs, not an indicator of its own
_THINGS_ATTRIBUTE = re.compile(r"(?:总|计划|预计|协议)?(?:投资额?|产值|面积|用地|规模)|[^率]{1,2}率")
_COUNT_WORD = re.compile(r"(?:多少|几)[个家项人名户次场]")  # 多少个: the unit of the indicator replaced
# those words asked of each thing named (一季度和上半年分别多少？): no indicator of the body; after 这三期/历次
# they ask over the issues (_RANK_ONLY)
_ASKED_TAIL = re.compile(r"(?:(?<![期次])(?:分别|各自))?" + _OWN_TAIL.pattern)


def named_spans(text: str, corpus: Corpus) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(place spans, period spans) of a text."""
    return [(p.start, p.end) for p in named_places(text, corpus)], _period_spans(text)


def _indicator(text: str, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest run of text outside `marks` and the question words, fillers trimmed (None: none)."""
    cuts = sorted(marks + [m.span() for m in _ASK_WORDS.finditer(text)])
    runs, at = [], 0
    for s, e in cuts + [(len(text), len(text))]:
        if s > at:
            runs.append((at, s))
        at = max(at, e)
    trimmed = []
    for s, e in runs:
        while s < e and text[s] in FILLER:
            s += 1
        while e > s and text[e - 1] in FILLER:
            e -= 1
        if e - s >= 2:
            trimmed.append((s, e))
    return max(trimmed, key=lambda span: span[1] - span[0], default=None)


def _slots(text: str, corpus: Corpus) -> dict[str, tuple[int, int] | None]:
    """(start, end) of the places, the periods and the indicator of a question (None: absent)."""
    places, periods = named_spans(text, corpus)
    return {"place": (places[0][0], places[-1][1]) if places else None,
            "period": (periods[0][0], periods[-1][1]) if periods else None,
            "indicator": _indicator(text, places + periods)}


def _period_spans(text: str) -> list[tuple[int, int]]:
    """Periods as index/periods.py reads them, and a year before (去年同期, 上年): a period asked in turn."""
    return sorted(period_spans(text) + [m.span() for m in _PAST_YEAR.finditer(text)
                                        if not any(s <= m.start() < e for s, e in period_spans(text))])


def _parts(body: str, corpus: Corpus) -> dict[str, str]:
    """What a follow-up's body names: its places, its periods, and the rest (an indicator)."""
    places = named_places(body, corpus)
    periods = _period_spans(body)
    rest = body
    for s, e in sorted([(p.start, p.end) for p in places] + periods, reverse=True):
        rest = rest[:s] + rest[e:]
    rest = rest.strip(FILLER)
    short_zone = None if places else zone_by_short_name(rest, corpus)
    if short_zone:  # 平定呢: the one zone of that name
        return {"place": short_zone, "period": "".join(body[s:e] for s, e in periods), "indicator": "", "zones": ""}
    zones = _ZONE_SET.match(rest)  # 三个重点开发区; a bare 开发区 (晋中的开发区呢) only names the place's zones
    return {"place": "、".join(p.name for p in places), "period": "".join(body[s:e] for s, e in periods),
            "indicator": "" if zones else rest, "zones": rest if zones and zones.group(1) else ""}


def cut(text: str) -> tuple[str, str, bool]:
    """(body, own question words, whether it adds places) of a question: the lead that refers back, a
    joiner that adds (和…比) and the particles dropped."""
    text = text[_LEAD.match(text).end():]
    tail = _ASKED_TAIL.search(text)
    body, adds = text[:tail.start()], _ADDS.match(text)
    body = body[adds.end():] if adds else body
    return body.strip(FILLER), re.sub(r"的?情况|[呢啊呀？?。!！\s，,]", "", tail.group()), bool(adds)


def _merged_indicator(new: str, old: str, counted: bool) -> str:
    """The indicator a follow-up asks: the previous one when it already says the new one (增速 of 同比增长),
    the previous one with the attribute asked (工业投资 + 增速, or 签约项目 + 投资额 when it counted those
    项目), else the new one, of the previous one's quoted subject when it names none (“签约一批” + 总投资)."""
    if not (new and old):
        return new
    if new in old or RATE_SYNONYMS.get(new, new) in old:
        return old
    if _ATTRIBUTE.fullmatch(new) or (counted and _THINGS_ATTRIBUTE.fullmatch(new)):
        return old + new
    subject = QUOTED.search(old)  # “签约一批”项目多少个 -> 总投资呢: the total of “签约一批”
    return subject.group() + new if subject and not QUOTED.search(new) else new


def _merged(new: dict[str, str], old: dict[str, str], adds: bool, counted: bool) -> dict[str, str]:
    """The follow-up's parts read against the previous question's: places added to (和…比) or narrowed
    to their zones (那三个重点开发区呢), the
    indicator merged, a year before (去年同期) put on the previous months (去年上半年)."""
    merged = dict(new, indicator=_merged_indicator(new["indicator"], old["indicator"], counted))
    zones = merged.pop("zones")
    if zones:  # 三个重点开发区 of the previous place
        merged["place"] = (merged["place"] or old["place"]) + zones
    if adds and old["place"] and new["place"]:
        merged["place"] = f"{old['place']}、{new['place']}"
    if _PAST_YEAR.fullmatch(new["period"]) and old["period"]:
        merged["period"] = _SAME_MONTHS.sub("", new["period"]) + _YEAR.sub("", old["period"])
    return merged


def resolve(text: str, previous: str, corpus: Corpus) -> str | None:
    """`text` as a whole question when it is a follow-up of `previous`, else None."""
    text, previous = _as_added(text.strip(), corpus), previous.strip()
    body, own_words, adds = cut(text)
    swapped = (_swapped(body.strip(FILLER), previous) if body else None) or _ranked(text, previous, corpus) \
        or _changed_to(text, previous)
    if swapped:
        return swapped
    if previous and _ASKS_ITSELF.search(body):
        return _of_previous_place(text, previous, corpus)
    if not previous or not body or len(body) > MAX_BODY:
        return None
    slots, new = _slots(previous, corpus), _parts(body, corpus)
    old = {slot: previous[span[0]:span[1]] if span else "" for slot, span in slots.items()}
    if all(new[slot] for slot, value in old.items() if value) and not adds:
        return None  # it names all the previous question did: a question of its own
    new = _merged(new, old, adds, bool(_COUNT_WORD.search(previous)))
    if new["indicator"] and new["indicator"] != old["indicator"]:
        previous = _COUNT_WORD.sub("多少", previous)  # 总投资呢？ after 项目多少个
        slots = _slots(previous, corpus)
    if own_words:  # its own question words: the parts named, in their usual order, then those words
        merged = {slot: new[slot] or old[slot] for slot in old}
        resolved = f"{merged['place']}{merged['period']}{merged['indicator']}{own_words}？"
    else:
        resolved = _replaced(previous, slots, new)
    return resolved if resolved != previous else None


def _as_added(text: str, corpus: Corpus) -> str:
    """祁县经开区呢？谁快？ read as 和祁县经开区比谁快？: the place named joins the previous question's."""
    then = _THEN_RANKED.fullmatch(text[_LEAD.match(text).end():])
    if not then or _ADDS.match(then["body"]) or then["body"].endswith("比") or not named_places(then["body"], corpus):
        return text  # 跟平定经开区比呢，谁多: already joined
    return f"和{then['body']}比{then['rank']}？"


def _of_previous_place(text: str, previous: str, corpus: Corpus) -> str | None:
    """A follow-up that asks by itself but names no place or period (下一步怎么打算？ 有哪些短板？), asked of the
    previous question's places and periods; None when it ranks or asks of a whole (哪个开发区最高, 全省…)."""
    text = text[_LEAD.match(text).end():]
    if _OF_A_WHOLE.search(text) or named_places(text, corpus) or _period_spans(text):
        return None
    slots = _slots(previous, corpus)
    if not slots["place"]:
        return None
    named = "".join(previous[span[0]:span[1]] for span in (slots["place"], slots["period"]) if span)
    if _CAME_ABOUT.fullmatch(text) and slots["indicator"]:  # 是怎么做到的: how the previous figure came about
        text = previous[slots["indicator"][0]:slots["indicator"][1]] + re.sub(r"^(?:他们|它们?|他|她|这些?|那些?|其)", "", text)
    return named + text


def _changed_to(text: str, previous: str) -> str | None:
    """The previous question asked as a change from its period to the one a follow-up names (到全年变化怎么样？
    after 鹤鸣高新区前三季度营业收入多少？ → 鹤鸣高新区从前三季度到全年营业收入有什么变化？)."""
    to = _CHANGE_TO.fullmatch(text[_LEAD.match(text).end():].strip())
    spans = _period_spans(previous)
    if not to or not spans or period_spans(to["to"]) != [(0, len(to["to"]))]:
        return None
    start, end = spans[0][0], spans[-1][1]
    stem = _PREVIOUS_ASK.sub("", previous[:start] + previous[end:])
    return f"{stem[:start]}从{previous[start:end]}到{to['to']}{stem[start:]}有什么变化？"


def _swapped(body: str, previous: str) -> str | None:
    """The previous question with its comparative (最多 -> 最少的呢) or its span of periods (这几期的呢)
    changed, when that is all a follow-up says."""
    if _COMPARATIVE.fullmatch(body) and _COMPARATIVE.search(previous):
        return _COMPARATIVE.sub(body, previous, count=1)
    over = _OVER_PERIODS_ASKED.fullmatch(body)
    if over and (over["over"] or over["since"] or over["trend"]) and not _OVER_PERIODS.search(previous):
        for start, end in reversed(_period_spans(previous)):  # every issue's period, not the one asked before
            previous = previous[:start] + previous[end:]
        tail = re.search(r"(?:是|有|为)?(?:多少|几)", previous)
        at = tail.start() if tail else len(previous.rstrip("？?。"))
        return previous[:at] + (over["over"] or "历次") + previous[at:]
    return None


def _ranked(text: str, previous: str, corpus: Corpus) -> str | None:
    """The previous question asked anew, when that is all a follow-up asks: as a comparison (哪个多？ 谁最快？
    哪个开发区最多？ 比上半年多了多少？), of each (分别是多少？) or over every issue (这三期分别是多少？). Its
    question words give way to the follow-up's, and a zone it named gives way to its city when the follow-up
    ranks zones."""
    text = text[_LEAD.match(text).end():].strip()
    later = next((text[:e] for s, e in period_spans(text) if s == 0 and "比" in text[e:e + 1]), "")
    ask = _RANK_ONLY.fullmatch(text[len(later):])  # 上半年比一季度涨了多少: the later period, then the comparison
    if not previous or not ask:
        return None
    stem = _PREVIOUS_ASK.sub("", previous)
    if later:  # the periods compared are the follow-up's
        for start, end in reversed(_period_spans(stem)):
            stem = stem[:start] + stem[end:]
    if not ask["rank"]:  # 分别是多少 after 哪个最多: each of them, not the first
        stem = _RANK_WORDS.sub("", stem)
    if ask["over"] or ask["over_only"] or ask["issue"]:  # 这三期分别是多少, 哪期最高: every issue's, not the one asked
        for start, end in reversed(_period_spans(stem)):
            stem = stem[:start] + stem[end:]
    if ZONE_WORD.search(ask["body"]):  # 哪个开发区最多 after 阳泉高新区…: the zones of 阳泉
        for place in sorted(named_places(stem, corpus), key=lambda p: p.start, reverse=True):
            if place.known and place.region and place.name != place.region:
                stem = stem[:place.start] + place.region + stem[place.end:]
    return f"{stem}{later}{ask['body']}？"


def _replaced(previous: str, slots: dict, new: dict[str, str]) -> str:
    """`previous` with each part the follow-up names put in place of its own (or added where it goes)."""
    tail = _ASK_WORDS.search(previous)
    insert_at = {"place": 0, "period": slots["place"][1] if slots["place"] else 0,
                 "indicator": tail.start() if tail else len(previous)}
    # replaced right to left, so the spans found in `previous` stay valid
    for slot in sorted((s for s in new if new[s]), key=lambda s: (slots[s] or (insert_at[s],))[0], reverse=True):
        span = slots[slot]
        previous = previous[:span[0]] + new[slot] + previous[span[1]:] if span else \
            previous[:insert_at[slot]] + new[slot] + previous[insert_at[slot]:]
    return previous


def resolve_history(text: str, history: list[str] | None, corpus: Corpus) -> str | None:
    """The question as understood from the conversation (each earlier question resolved in turn), or
    None when it is not a follow-up."""
    thread: list[str] = []
    for earlier in history or []:
        if earlier and earlier.strip():
            thread.append(resolve(earlier, thread[-1], corpus) or earlier.strip() if thread else earlier.strip())
    if not thread:
        return None
    ranks = _RANK_ONLY.fullmatch(text.strip()[_LEAD.match(text.strip()).end():])
    return pointed_back(text, thread[-1]) or resolve(text, _places_of_thread(thread, corpus) if ranks else thread[-1],
                                                     corpus)


def _places_of_thread(thread: list[str], corpus: Corpus) -> str:
    """The last question of a thread with the places of those before it that asked the same of another place:
    哪个高？ after 临江进出口总额多少？ and 白河呢？ ranks both."""
    last = thread[-1]
    span = _slots(last, corpus)["place"]
    if not span:
        return last
    rest, places = last[:span[0]] + last[span[1]:], [last[span[0]:span[1]]]
    for earlier in reversed(thread[:-1]):
        other = _slots(earlier, corpus)["place"]
        if not other or earlier[:other[0]] + earlier[other[1]:] != rest:
            break
        places.insert(0, earlier[other[0]:other[1]])
    places = list(dict.fromkeys(places))
    return last[:span[0]] + "、".join(places) + last[span[1]:] if len(places) > 1 else last
