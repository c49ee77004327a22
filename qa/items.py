"""The project or company a question asks for (什么项目, 哪家公司, 项目叫什么), cut from the enumerated part
of the answering sentence that shares most with the question. Pure functions (jieba only)."""
from __future__ import annotations

import re

from index.zones import ZONE_WORD, find_zones
from qa.places import zone_key
from qa.subject import subject_span
from qa.words import tagged

# 哪家 asks a firm whatever kind it names between (哪家建筑公司, 哪家外资企业): the firm's kind is no part of its name
# 工程 (a works: 码头二期工程) is named as a 项目 is, by what it builds before the word
_WHAT_ITEM = re.compile(r"(?:什么|哪个|哪一个|啥|哪一?家(?:[\u4e00-\u9fff]{1,4}?(?=企业|公司))?)(项目|工程|企业|公司)")
ITEM_ASKED = re.compile(_WHAT_ITEM.pattern + r"|(项目|工程|企业|公司)的?(?:名称|名字)?(?:都|分别)?(?:叫|是)(?:什么|啥|哪[一几些]?[个家项])"
                        r"|哪一?家(?=的?[？?。！!]*$)")  # 电站是哪家的: a company, unnamed
_SEGMENT = re.compile(r"[^，,；;。、：:]+")
LEAD_POS = ("v", "d", "p", "c", "u", "m", "q", "f", "t", "r")  # verbs and function words before a name


def item_span(question: str, sentence: str) -> str | None:
    """什么项目/哪家公司 ↔ …、榆社经开区新型储能装备制造项目等一批项目签约落地: in the enumerated part of
    the sentence that shares most with the question, the name ending with the word asked (项目, 公司),
    without the verbs and the zone before it."""
    kind = _kind(_asked(question))
    scored = []
    for seg in _SEGMENT.finditer(sentence):
        text = seg.group()
        end = text.find(kind)
        if end <= 0 or _COUNT.match(text, end + len(kind)):
            continue  # 新认定高新技术企业14家, 引进链主企业1-2家: a kind of firm counted, no firm's name
        if _of_another_zone(question, text, kind):
            continue  # 、乙经开区…项目 asked of 甲经开区: another zone's item
        # 龙头企业[乙铝业集团], 龙头企业[锂峤新能源]二期项目…: the firm written right after its kind
        named_after = _FIRM.match(text, end + len(kind)) or _apposed(text, end, kind) if kind in _MAKERS else None
        if not named_after and _said(question, _after_qualifier(text[name_start(text[:end + len(kind)], kind):
                                                                     end + len(kind)], kind)):
            continue  # 是全省最大的制造业项目 asked 最大的制造业项目是哪个, 开展“链主企业 asked 哪家链主企业: no name
        shared = sum(a + b in question for a, b in zip(text, text[1:]) if a + b != kind)
        scored.append((shared, -seg.start(), named_after.group() if named_after else text[:end + len(kind)]))
    firm = (_partner(question, sentence) or _firm(question, sentence)) if kind in _MAKERS else None
    if firm:
        return firm
    maker = _maker(question, sentence) if kind in _MAKERS else None
    if maker and (not scored or max(scored)[0] < _shared(question, maker[1])):
        return maker[0]  # the part naming what the question says names no 企业: the firm written before it
    doer = subject_span(question, sentence) if kind in _MAKERS and not scored else None
    if doer:
        return doer  # the firm written before what the question says it did (甲区与[乙半导体]签约…项目)
    if not scored:  # 甲公司年产…项目总投资12亿元，为县域…最大的工业项目: the firm of another part
        return _firm(question, sentence, anywhere=True) if kind in _MAKERS else None
    text = max(scored)[2]
    counted = _COUNTED_AFTER.search(text, 0, len(text) - len(kind))
    if counted and counted.start() >= 2:  # 甲园二期等3个项目推迟开工: the item named before 等 and the count of them
        head = [w.word for w in tagged(text[:counted.start()])]
        while len(head) > 1 and any(w.flag.startswith(LEAD_POS) for w in tagged(head[0])):
            head.pop(0)  # 推动甲园二期等…: the verb before the name
        return "".join(head)
    name = _after_qualifier(text[name_start(text, kind):], kind)
    said = next((k for k in range(len(name) - len(kind), 1, -1) if name[:k] in question), 0)
    if said and not _PLACE_SAID.match(question, question.find(name[:said]) + said):
        name = name[said:]  # 兴鑫公司的是什么项目: its name after what the question says; not 枫城 of 枫城高新区
    return name if len(name) > len(kind) else None


_MAKERS = ("企业", "公司")
_COUNTED_AFTER = re.compile(r"等(?:[\d一二两三四五六七八九十几]+[个家项批]|一批|多个)$")
# 33 个 (a PDF spaces it), 达到412家: a count right after the kind, or after a verb of up to four characters (not
# 项目等6个: the items named before it and others)
_COUNT = re.compile(r"(?:(?!等)[\u4e00-\u9fff]){0,4}?\s*(?:\d+(?:[-—~～]\d+)?|[一二两三四五六七八九十几数]+)\s*[家个项户]")
_ACTIVITY = re.compile(r"年产|年处理|年加工|生产|投资|建设|新建|扩建|[\d“（(]")  # what a company does, after its name
MAX_MAKER = 12
# after the words a question shares with a name's start: a zone word or a division (枫城高新区, 岷阳市), so what it
# shares is the place the name opens with, which stays the name's (枫城芯瑞…项目 asked of 枫城高新区)
_PLACE_SAID = re.compile(rf"(?:{ZONE_WORD.pattern}|[市县区])")


# a firm's name ends with what it is registered as (恒禾食品有限公司, 世昌精密株式会社)
_FIRM = re.compile(r"[\u4e00-\u9fff（）()]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|株式会社|公司)")


def _firm(question: str, sentence: str, anywhere: bool = False) -> str | None:
    """哪家企业 ↔ 1月16日，槐安县恒禾食品有限公司年产8万吨预制菜项目竣工投产: the registered name in the part of the
    sentence sharing most with the question (`anywhere`: of the parts writing one), without the verbs before it."""
    parts = [m.group() for m in _SEGMENT.finditer(sentence)]
    parts = [p for p in parts if _FIRM.search(p)] if anywhere else parts
    text = max(parts, key=lambda t: _shared(question, t), default="")
    firm = _FIRM.search(text)
    name = _after_kind(question, _after_qualifier(_after_partner(firm.group()[name_start(firm.group()):]), "")) \
        if firm else ""
    return name if len(name) > 4 and name not in question else None


# the partner asked of a deed done with it (是和哪一家企业签的约, 跟哪家公司合作): the verb after the kind, its 的/了 out
_PARTNER_ASKED = re.compile(r"[和与跟同](?:哪一?家|什么)[\u4e00-\u9fff]{0,4}?(?:企业|公司)(?P<verb>[\u4e00-\u9fff][的了]?[\u4e00-\u9fff])")
_WITH = re.compile(r"[与和跟同]")


def _partner(question: str, sentence: str) -> str | None:
    """和哪一家企业签的约 ↔ 甲高新区与[乙半导体]签约…项目: the name between 与/和/跟/同 and the verb asked in the sentence."""
    asked = _PARTNER_ASKED.search(question)
    verb = re.sub("[的了]", "", asked.group("verb")) if asked else ""
    found = re.search(rf"{_WITH.pattern}([\u4e00-\u9fff（）()]{{2,24}}?){re.escape(verb)}", sentence) if verb else None
    return found.group(1) if found and not _WITH.search(found.group(1)) else None


# where a firm's name written after its kind ends: its project's phase or the project (二期项目), what it does
_APPOSED_END = re.compile(r"[一二三四五六七八九十两\d]+期|项目|工程|" + _ACTIVITY.pattern)


def _apposed(text: str, end: int, kind: str) -> re.Match | None:
    """龙头企业[锂峤新能源]二期项目建成投产: the name a firm's kind with its qualifier (龙头, 链主: two characters or
    more before the kind) is followed by, up to its project or what it does (or a verb or function word two characters
    or more in), of three characters and two words or more; a verb, time or function word right after the kind
    (龙头企业带动作用不强, 龙头企业一季度停产, 龙头企业和配套项目) names no firm, nor does a name running to the end
    of its part (龙头企业偏少)."""
    if end < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", text[end - 2:end]):
        return None
    start = end + len(kind)
    stop = _APPOSED_END.search(text, start)
    at, limit, words = start, stop.start() if stop else len(text), 0
    for w in tagged(text[start:limit]):
        if w.flag.startswith(LEAD_POS) or not re.fullmatch(r"[\u4e00-\u9fff]+", w.word):
            if at == start:
                return None
            if at - start >= 2:
                limit, stop = at, True
                break
        at, words = at + len(w.word), words + 1
    name = re.compile(r"[\u4e00-\u9fff]{3,%d}" % MAX_MAKER).fullmatch(text, start, limit)
    return name if name and stop and words >= 2 else None


_NO_WORD = re.compile(r"[^\w]")


def _said(question: str, name: str) -> bool:
    """Whether a name is only the question's words, once the verbs before it are left out, or from the quote it opens
    within when that quote runs on past it (…开展“链主企业+配套企业”对接会 asked 哪家链主企业: the kind asked, quoted as a
    kind, names none of its firms)."""
    opened = name.rfind("“")
    if opened >= 0 and "”" not in name[opened:]:
        name = name[opened + 1:]
    words = list(tagged(_NO_WORD.sub("", name)))
    while len(words) > 1 and words[0].flag.startswith("v"):
        words.pop(0)
    return "".join(w.word for w in words) in question


def _after_qualifier(name: str, kind: str) -> str:
    """A name after what qualifies it, the words up to its last 的 (交给新组建的[乙运营公司], 甲公司签约的[年产…项目]):
    names write none inside."""
    at = name.rfind("的", 0, len(name) - len(kind) - 2)
    return name[at + 1:] if at >= 0 else name


_KIND_OF_FIRM = re.compile(r"哪一?家([\u4e00-\u9fff]{1,4}?(?:企业|公司))")


def _after_kind(question: str, name: str) -> str:
    """哪家龙头企业 ↔ 铝加工龙头企业[乙铝业集团]: a firm written after the kind the question asks it by (of three
    characters or more: a bare 企业 may be a word of a name, 甲企业管理有限公司)."""
    asked = _KIND_OF_FIRM.search(question)
    at = name.find(asked.group(1)) if asked else -1
    return name[at + len(asked.group(1)):] if at >= 0 and len(name) - at - len(asked.group(1)) > 3 else name


def _after_partner(name: str) -> str:
    """The firm of 甲园与乙有限公司 (签约): the name after the last 与/跟/同/和 that jieba reads as a word of its own."""
    at, cut = 0, 0
    for w in tagged(name):
        at += len(w.word)
        if w.word in "与跟同和" and w.flag in ("p", "c") and at < len(name) - 4:
            cut = at
    return name[cut:]


def _shared(question: str, text: str) -> int:
    return sum(a + b in question for a, b in zip(text, text[1:]))


def _maker(question: str, sentence: str) -> tuple[str, str] | None:
    """(name, its part) for 哪家企业 where that part writes no 企业: in the part of the sentence sharing most with
    the question, the name written before what the company makes or does (平定经开区[湖大特塑]年产…聚酰胺系列产品,
    新投产的[弘盛通]500MW…独立储能电站), after its zone and after the 的 that qualifies it."""
    text = max((m.group() for m in _SEGMENT.finditer(sentence)), key=lambda t: _shared(question, t), default="")
    start = name_start(text)
    activity = _ACTIVITY.search(text, start)
    qualifier, _, name = text[start:activity.start()].rpartition("的") if activity else ("", "", "")
    zones = find_zones(name)
    led = bool(zones) and zones[0][0] == 0 or bool(find_zones(text[:start]))
    name = _after_time(name[zones[0][1]:] if zones and zones[0][0] == 0 else name)
    if not (led or qualifier) or _only_verbs(name) or _restates(question, name):
        return None  # neither a zone nor a 的 before it: no firm written the way bulletins list them; 优化: no name
    if _COUNT.match(text, activity.start()):
        return None  # 新引进外资项目2个: a kind of thing counted, no firm's name
    return (name, text) if 2 <= len(name) <= MAX_MAKER and name not in question else None


_TIME_POS = ("m", "t", "f")  # 一季度 (mq), 上半年, 前三季度, 2025年: when, after the zone


def _after_time(name: str) -> str:
    """A name after the period written before it (甲高新区[一季度]生产…: the zone's own deed, no firm's)."""
    words = list(tagged(name))
    while words and words[0].flag.startswith(_TIME_POS):
        name = name[len(words.pop(0).word):]
    return name


def _of_another_zone(question: str, segment: str, kind: str) -> bool:
    """Whether a segment names zones and none of those the question names (it names one); a zone's name the item's
    own name ends with (…激光装备产业园项目: a project named for its park) is no zone holding it."""
    asked = {zone_key(name) for _, _, name in find_zones(question)}
    named = {zone_key(name) for _, end, name in find_zones(segment) if not segment.startswith(kind, end)}
    return bool(asked) and bool(named) and not asked & named


def _restates(question: str, name: str) -> bool:
    """A name holding a word of the question (人才公寓累计建成, asked 人才公寓是哪家公司建的): what was made, not who."""
    return any(len(w.word) >= 2 and w.word in question for w in tagged(name))


def _asked(question: str) -> re.Match | None:
    """The ITEM_ASKED match that says what is asked: 什么项目 before 公司的是什么."""
    return _WHAT_ITEM.search(question) or ITEM_ASKED.search(question)


def _kind(asked: re.Match) -> str:
    """What an ITEM_ASKED match asks for: 项目, 工程, 企业 or 公司 (哪家 alone: a company)."""
    return asked.group(1) or asked.group(2) or "企业"


def names_maker(question: str, sentence: str) -> bool:
    """Whether a sentence names what a 哪家企业/公司 question asks (always, for any other question)."""
    asked = _asked(question)
    kind = asked and _kind(asked)
    return kind not in _MAKERS or item_span(question, sentence) is not None


def name_start(text: str, kind: str = "") -> int:
    """Where a name starts after the verbs, function words and zone written before it, and after the links from
    that zone to it (加快推动阳泉高新区…, 甲经开区引进的乙公司…, 甲经开区与乙株式会社…); a zone the bare `kind` follows
    (引进甲星河产业园项目: a project named for its park) is the name's own start."""
    words = list(tagged(text))
    start = 0
    while len(words) > 1 and (words[0].flag.startswith(LEAD_POS) or words[0].word in "等及和与"
                              or not re.search(r"\w", words[0].word)):  # a bullet (→, ▪) or a space
        start += len(words.pop(0).word)
    zones = find_zones(text[start:])
    if not (zones and zones[0][0] == 0 and start + zones[0][1] < len(text)) \
            or kind and text[start + zones[0][1]:] == kind:
        return start
    start += zones[0][1]
    words = list(tagged(text[start:]))
    while len(words) > 1 and (words[0].flag.startswith(("p", "c", "u")) or words[0].flag == "v" and words[1].word == "的"):
        start += len(words.pop(0).word)  # 与, 和; a verb qualifying the name (引进的): a figure or word opens it
    return start


def _only_verbs(name: str) -> bool:
    """A verb (优化, 推动), or words opening with one (实现营业收入), where a firm's name was looked for."""
    words = tagged(name)
    return not words or words[0].flag.startswith("v")
