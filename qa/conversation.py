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
from qa.places import named_places
from qa.pronouns import pointed_back
from qa.reasked import (LEAD, PAST_YEAR, RANK_ONLY, asked_periods, changed_to, neighbouring_issues, ranked,
                        section_swapped, swapped)
from qa.question import QUOTED, RATE_SYNONYMS
from qa.question_parts import ADDS, ASK_WORDS, FILLER, THEN_ASKED, cut, parts_of, slots_of
from qa.question_period import BARE_YEAR, as_written
from qa.thread_periods import over_thread_periods

MAX_BODY = 16
# a place named, then a comparison asked (祁县经开区呢？谁快？): the place is compared with the previous one's
_THEN_RANKED = re.compile(r"(?P<body>[^，,？?。！!]{1,16}?)呢[？?，,\s]*"
                          r"(?P<rank>(?:哪个|哪一个|哪家|谁)的?(?:更|最|较)?[高低多少快慢大小](?:一些|一点)?)[？?。!！\s]*")
# a place named, then each of the places asked (白河呢？两个市分别多少？ 那青山呢，两地各是多少): both places' figures
_THEN_EACH = re.compile(r"(?P<body>[^，,？?。！!]{1,16}?)呢[？?，,\s]*(?:这|那)?(?:两|二|俩)?[个家座]?(?:市|地|县|区|者|个|家)?的?"
                        r"(?:分别|各自?|都)(?P<ask>(?:[^，,。？?]{0,6}?)(?:是|为|有)?(?:多少|几[个家项人]?)[呢？?。!！\s]*)")
_ASKS_ITSELF = re.compile(r"多少|几|哪|什么|啥|谁|怎|如何|吗|有没有|是否|总结|概括|介绍")
# the attribute a follow-up may ask of the previous indicator (增速呢？ after 工业投资是多少)
# or the position it holds (排全省第几？ 全省排名呢？)
_ATTRIBUTE = re.compile(r"(?:(?:同比|环比)(?:增速|增幅|增长率?|下降|降幅)?|(?:增速|增幅|增长|增长率|下降|降幅|占比|比重)|"
                        r"占(?:全市|全省|全县|总[量额数]?)?的?(?:比重|比例)?|"
                        r"在?(?:全省|全市|全国)?(?:排名|位次|排位|排|居|列)(?:在|于)?(?:全省|全市|全国)?第?)了?")
# a follow-up asking by itself of no one place: which place (哪个开发区, 哪个市), who ranks (谁高), a whole; not which
# firm, project or body (哪家企业, 谁牵头: a name within the previous place)
_OF_A_WHOLE = re.compile(rf"哪(?:[个家座]|些|几个?)?(?:{ZONE_WORD.pattern}|市|县|区|地|里|边)|谁(?=[最更]|的?[高低多少快慢大小强弱])"
                         r"|最|排名|全省|全市|全国|各|所有")
# a follow-up asking how what the previous question counted came about (他们是怎么做到的？ 靠什么实现的): its topic
_CAME_ABOUT = re.compile(r"(?:他们|它们?|他|她|这些?|那些?|其)?(?:又|都)?是?(?:怎么|怎样|如何|咋|靠什么|凭什么|通过什么)样?"
                         r"(?:做到|实现|达到|完成|取得|搞|弄|干)(?:的|出来的|起来的|成的)?[呢啊]?[？?。!！]*")
_SAME_MONTHS = re.compile(r"同期$")
_YEAR = re.compile(r"20\d\d年|(?:去年|上年|上一年)(?:同期)?")
_YEAR_NAMED = re.compile(_YEAR.pattern + r"|今年|本年|明年")
# what things counted have (投资额呢？ after 签约项目多少个): theirs, not an indicator of its own
_THINGS_ATTRIBUTE = re.compile(r"(?:总|计划|预计|协议)?(?:投资额?|产值|面积|用地|规模)|[^率]{1,2}率")
_COUNT_WORD = re.compile(r"(?<!哪)(?:多少|几)[个家项人名户次场]")  # 多少个: the unit of the indicator replaced (哪几家 asks which: no count)
_AMONG_PARTS = re.compile(r"排|第[一二三四五六七八九十\d]|最|哪|谁")


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
    if PAST_YEAR.fullmatch(new["period"]) and old["period"]:
        merged["period"] = _SAME_MONTHS.sub("", new["period"]) + _YEAR.sub("", old["period"])
    elif new["period"] and old["period"][:2] in ("今年", "本年") and not _YEAR_NAMED.search(new["period"]):
        merged["period"] = old["period"][:2] + new["period"]  # 1—5月呢？ after 今年一季度…: 今年1—5月
    return merged


def resolve(text: str, previous: str, corpus: Corpus) -> str | None:
    """`text` as a whole question when it is a follow-up of `previous`, else None."""
    text, previous = _as_added(text.strip(), corpus), previous.strip()
    body, own_words, adds = cut(text)
    asked_anew = neighbouring_issues(text, previous, corpus) or (swapped(body.strip(FILLER), previous) or section_swapped(body.strip(FILLER), previous) if body
                  else None) or ranked(text, previous, corpus) or changed_to(text, previous)
    if asked_anew:
        return asked_anew
    if previous and _ASKS_ITSELF.search(body):
        return _of_previous_place(text, previous, corpus)
    if not previous or not body or len(body) > MAX_BODY:
        return None
    whole = not _AMONG_PARTS.search(body)  # 排第一的开发区占多少: one of the whole's parts asked, not the whole's figure
    slots, new = slots_of(previous, corpus, whole), parts_of(body, corpus)
    old = {slot: previous[span[0]:span[1]] if span else "" for slot, span in slots.items()}
    if all(new[slot] for slot, value in old.items() if value) and not adds and (own_words or not new["place"]):
        return None  # it names all the previous question did and asks of its own (or names no place): its own question
    # 那峪川化工园区排查整治呢？ after …扭亏止滑方案由谁负责？: another place's other task, asked as the previous was
    new = _merged(new, old, adds, bool(_COUNT_WORD.search(previous)))
    if new["indicator"] and new["indicator"] != old["indicator"]:
        previous = _COUNT_WORD.sub("多少", previous)  # 总投资呢？ after 项目多少个
        slots = slots_of(previous, corpus, whole)
    if own_words:  # its own question words: the parts named, in their usual order, then those words
        merged = {slot: new[slot] or old[slot] for slot in old}
        resolved = f"{merged['place']}{merged['period']}{merged['indicator']}{own_words}？"
    else:
        resolved = _replaced(previous, slots, new)
    return resolved if resolved != previous else None


def _as_added(text: str, corpus: Corpus) -> str:
    """祁县经开区呢？谁快？ read as 和祁县经开区比谁快？, 白河呢？两个市分别多少？ as 和白河多少？: the place named joins
    the previous question's; two places named (高新区和萸江呢？分别多少) are the ones asked each."""
    each = _THEN_EACH.fullmatch(text[LEAD.match(text).end():])
    if each and len(named_places(each["body"], corpus)) == 1 and not ADDS.match(each["body"]):
        return f"和{each['body']}{each['ask']}"
    then = _THEN_RANKED.fullmatch(text[LEAD.match(text).end():])
    if not then or ADDS.match(then["body"]) or then["body"].endswith("比") or not named_places(then["body"], corpus):
        return text  # 跟平定经开区比呢，谁多: already joined
    return f"和{then['body']}比{then['rank']}？"


def _of_previous_place(text: str, previous: str, corpus: Corpus) -> str | None:
    """A follow-up that asks by itself but names no place or period (下一步怎么打算？ 有哪些短板？), asked of the
    previous question's places and periods (its period alone after a question of the whole: 1-2月全省…); None
    when it ranks or asks of a whole (哪个开发区最高, 全省…)."""
    text = text[LEAD.match(text).end():]
    if _OF_A_WHOLE.search(text) or named_places(text, corpus):
        return None
    slots = slots_of(previous, corpus)
    # 全年呢？简要概括, 那上半年是怎么做的, 2025年…缩到多少天 (a later part given the first's year): the previous place
    # over the period named, which is not named twice
    if asked_periods(text) or BARE_YEAR.search(text):
        place = slots["place"] and previous[slots["place"][0]:slots["place"][1]]
        return place + THEN_ASKED.sub("", text) if place else None
    if not slots["place"] and not slots["period"]:
        return None
    named = "".join(previous[span[0]:span[1]] for span in (slots["place"], slots["period"]) if span)
    if _CAME_ABOUT.fullmatch(text) and slots["indicator"]:  # 是怎么做到的: how the previous figure came about
        text = previous[slots["indicator"][0]:slots["indicator"][1]] + re.sub(r"^(?:他们|它们?|他|她|这些?|那些?|其)", "", text)
    return named + text


def _replaced(previous: str, slots: dict, new: dict[str, str]) -> str:
    """`previous` with each part the follow-up names put in place of its own (or added where it goes)."""
    tail = ASK_WORDS.search(previous)
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
    text = as_written(text)  # 那年底呢, 到9月底呢: the period as the bulletins write it (全年, 1-9月)
    for earlier in map(as_written, history or []):
        if earlier and earlier.strip():
            thread.append(resolve(earlier, thread[-1], corpus) or earlier.strip() if thread else earlier.strip())
    if not thread:
        return None
    ranks = RANK_ONLY.fullmatch(text.strip()[LEAD.match(text.strip()).end():])
    return (over_thread_periods(text, thread, corpus) or pointed_back(text, thread[-1]) or _over_both_periods(text, thread[-1])
            or resolve(text, _places_of_thread(thread, corpus) if ranks else thread[-1], corpus))


# a period named, then a comparison asked (一季度呢？比较一下; 1-4月呢？跟一季度比怎样; 全年的呢？和上半年相比有啥变化): the
# previous question over both periods
_THEN_COMPARED = re.compile(r"(?P<body>[^，,？?。！!]{1,10}?)呢[？?，,\s]*(?:(?:跟|和|与|同)[^，,？?。！!]{1,8}?)?"
                            r"(?:比较|对比|相比|比一比|比一下|比)(?:一下)?"
                            r"(?:怎样|怎么样|如何|呢|有(?:什么|啥|何|哪些)变化|变化如何)?[？?。!！\s]*")


def _over_both_periods(text: str, previous: str) -> str | None:
    """砚溪园区上半年固定资产投资增长多少？ then 一季度呢？比较一下: 砚溪园区上半年和一季度固定资产投资增长多少？"""
    then = _THEN_COMPARED.fullmatch(text.strip()[LEAD.match(text.strip()).end():])
    body, spans = then["body"].strip(FILLER) if then else "", period_spans(previous)
    if not spans or period_spans(body) != [(0, len(body))]:
        return None
    return previous[:spans[-1][1]] + "和" + body + previous[spans[-1][1]:]


def _places_of_thread(thread: list[str], corpus: Corpus) -> str:
    """The last question of a thread with the places of those before it that asked the same of another place:
    哪个高？ after 临江进出口总额多少？ and 白河呢？ ranks both."""
    last = thread[-1]
    span = slots_of(last, corpus)["place"]
    if not span:
        return last
    rest, places = last[:span[0]] + last[span[1]:], [last[span[0]:span[1]]]
    for earlier in reversed(thread[:-1]):
        other = slots_of(earlier, corpus)["place"]
        if not other or earlier[:other[0]] + earlier[other[1]:] != rest:
            break
        places.insert(0, earlier[other[0]:other[1]])
    places = list(dict.fromkeys(places))
    return last[:span[0]] + "、".join(places) + last[span[1]:] if len(places) > 1 else last
