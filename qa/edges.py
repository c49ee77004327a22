"""The edges of a short answer: what a span cut from a sentence keeps of the words around the name it
holds. Pure functions; every result is a part of the span given.

Chinese writes a name asked for with words of the sentence's frame at its edges: the preposition the
question also uses (由[朗·霍华德]执导 asked 由谁), a naming verb (称为[阿尼]), the topic before a copula
(（SINOSAT-1）是[法国宇航公司]), a count closing a list (满族姓氏与汉族姓氏[两种]), a date after the name
(Mozilla[在2004年], 冷链物流中心[4月]投入), an item's number before it ([1.]冷链物流中心). None of these is the
answer.
"""
from __future__ import annotations

import re

from qa.copula import subject_of_copula
from qa.dates import DATE
from qa.people import person_names
from qa.span import ASKS_SEVERAL, tidy
from qa.words import tagged

_ASKED = re.compile(r"哪|什么|啥|谁|何")
_PREPOSITIONS = "由以在于从向与和跟同被对将把用给经"  # 经[市政府常务会议]审议: through, by
_SAME_PREPOSITION = {"和": "和与跟同", "与": "和与跟同", "跟": "和与跟同", "同": "和与跟同", "在": "在于", "于": "在于"}
_NAMING = re.compile(r"^(?:被)?(?:称为|称作|叫作|叫做|名为|号称|统称为?)|^(?:是)?指(?:的是)?")
_SAID_TOPIC = re.compile(r"^(.{2,12}?)(?:是由|是|为)(?=.{2})")
_TOPIC = re.compile(r"^.{0,24}?[)）」』”》]\s*(?:是由|是|为)(?=.{2})")
_COUNT = re.compile(r"(?<=.{2})[一二两三四五六七八九十几\d]+[种个类项位名家座所部条支款]$")
_TRAILING = re.compile(r"(?<=.{2})之$|(?<=.{2})一[座个家所项条台套处]$")  # 污水处理厂[一座]: how many, not which
_WHEN_AFTER = re.compile(r"(?<=.{2})(?:在|于)(?:" + DATE.pattern + r")$")  # Mozilla Firefox[在2004年]推出
# 冷链物流中心[4月]投入试运营: a month closing the span is when it happened; [1.]冷链物流中心: an item's number opening it is
# the list's; a month of a date or a range is none (2024年3月15日, 10~12月, 2008年3月至2013年2月 answer 何时)
_MONTH_AFTER = re.compile(r"(?<=.{2})(?<![\d〇零一二三四五六七八九十年至~～\-－—到])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                          r"(?:份|底|末|初|[上中下]旬|\d{1,2}[日号])?$")
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])(?=.{2})")
_TITLED = re.compile(r"^[^《》]{0,12}(《[^《》]+》)[^《》]{0,3}$")  # 古龙的《九月鹰飞》, 韩愈《…》一诗: the work


def _framing_preposition(question: str) -> str:
    """The prepositions standing for the one the question writes right before its question word
    (由[谁], 以[什么], 和[谁]), or ''."""
    m = _ASKED.search(question)
    before = question[m.start() - 1:m.start()] if m and m.start() else ""
    return _SAME_PREPOSITION.get(before, before) if before and before in _PREPOSITIONS else ""


def _person_led(span: str) -> bool:
    """The span opens with a person's name whose first character is no preposition before another
    name (于谦 is a name; 由朗·霍华德, which jieba also tags a name, is 由 and a name)."""
    def opening_name(text: str) -> str:
        found = person_names(text)
        return found[0][1] if found and found[0][0] == 0 else ""
    return len(opening_name(span)) >= 2 and len(opening_name(span[1:])) < 2


def _clean_start(question: str, span: str) -> str:
    """The span from where the name starts: after a topic and its copula, the question's preposition
    and a naming verb; a span opening with a person's name (于谦: 于 is a surname) keeps its start."""
    preposition = _framing_preposition(question)
    if preposition and span[:1] in preposition and len(span) > 2:
        span = span[1:]  # 由[朗·霍华德] asked 由谁, whatever jieba makes of 由朗
    said = _said_before_preposition(question, span, preposition)
    span = span[said:]  # 甲高新区与[乙高校] asked 甲高新区是和谁…: what the question names, then the preposition
    said = _SAID_TOPIC.match(span)
    if said and said.group(1) in question:  # (鑫诺一号)卫星是[法国宇航公司]: what the question names, then 是
        span = span[said.end():]
    if _person_led(span):
        return span
    cleaned = tidy(_TOPIC.sub("", span))
    if preposition and cleaned[:1] in preposition and len(cleaned) > 2:
        cleaned = tidy(cleaned[1:])
    return tidy(_NAMING.sub("", cleaned))


def _said_before_preposition(question: str, span: str, preposition: str) -> int:
    """Where the name starts after the words the question itself writes and the preposition it asks with
    (甲高新区与乙高校 asked 甲高新区是和谁共建的: 乙高校's start), or 0."""
    at = next((k for k, c in enumerate(span) if c in preposition), -1) if preposition else -1
    return at + 1 if at >= 2 and span[:at] in question and len(span) - at > 2 else 0


def _before_asked_verb(question: str, span: str) -> str:
    """甲高校共建 asked 和谁共建: the span without the verb the question writes right after its question word (谁共建,
    由谁批复), which the sentence writes after the name too; the span itself when nothing else would remain."""
    m = _ASKED.search(question)
    verb = next(iter(tagged(question[m.end():])), None) if m else None
    if not verb or not verb.flag.startswith("v") or len(verb.word) < 2 or not span.endswith(verb.word):
        return span
    return tidy(span[:-len(verb.word)]) if len(span) - len(verb.word) >= 2 else span


def clean_edges(question: str, span: str) -> str:
    """`span` without the frame words at its edges (see the module's doc); the span itself when what
    would remain is empty."""
    cleaned = _before_asked_verb(question, _clean_start(question, subject_of_copula(question, span)))
    if ASKS_SEVERAL.search(question):
        cleaned = _COUNT.sub("", cleaned)
    cleaned = _TITLED.sub(r"\1", _TRAILING.sub("", _WHEN_AFTER.sub("", _before_listed_kind(cleaned))))
    cleaned = _ITEM_NUMBER.sub("", _MONTH_AFTER.sub("", cleaned))
    return _from_kind_name(question, cleaned) or span


MAX_AFTER_LIST = 6  # 等重点展会: characters of the kind (and its qualifier) after the 等 closing a list


def _before_listed_kind(span: str) -> str:
    """参加[进博会]等重点展会: the names before the 等 that closes a list with the kind of them (jieba's word 等)."""
    at = 0
    for w in tagged(span):
        if w.word == "等" and at >= 2 and 0 < len(span) - at - 1 <= MAX_AFTER_LIST:  # a bare 等 closing it stays
            return span[:at]
        at += len(w.word)
    return span


_KIND_ASKED = re.compile(r"(?:哪|什么|啥)[所个家座位项种条]?")


def _from_kind_name(question: str, span: str) -> str:
    """联合[岚溪大学] asked 跟哪所大学: a span ending with the kind of thing asked opens with its name, not with the
    verbs nor the preposition the sentence writes before it (经[市政府常务会议] asked 哪个会议审议) that the question does
    not."""
    m = _KIND_ASKED.search(question)
    kind = next(iter(tagged(question[m.end():])), None) if m else None
    if not kind or not kind.word.strip() or not span.endswith(kind.word):  # 开个什么会 ↔ 召开…推进会: 会 too
        return span
    words, start = list(tagged(span)), 0
    while len(words) > 1 and (words[0].flag.startswith("v") or words[0].word in _PREPOSITIONS) \
            and words[0].word not in question:
        start += len(words.pop(0).word)
    return span[start:] if len(span) - start > len(kind.word) else span
