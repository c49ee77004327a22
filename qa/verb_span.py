"""The answer a 哪/谁/什么 question asks for when the sentence writes it after a verb or a place
preposition rather than where the question has its question word: 在哪个大学[就读] ↔ 就读于[俄亥俄州立大学],
大会是在哪里办的 ↔ 在[寿阳]举办. Pure functions (jieba); the alignment itself is qa/span.py.
"""
from __future__ import annotations

import re

import jieba.posseg

from qa.span import ASKS_NAME, MAX_SPAN, PUNCT, aligned_span, echoes_question
from qa.words import tagged

_ASKS_PLACE = re.compile(r"哪里|哪儿|何地|何处|什么地方|哪个地方|(?:哪|什么)[一个座]?(?:城市|国家|省份?|地区)")
_AT = {"在", "于", "位于", "地处", "坐落于", "设在", "来自"}
_JOINS = {"和", "与", "及", "、"}
# words saying by what means or whom a thing was done (借什么活动举办 ↔ 借“全国…交易会”举办之机)
_MEANS = ("借助", "凭借", "依托", "利用", "通过", "经过", "借", "经", "由")
MEANS_ASKED = "(?:" + "|".join(_MEANS) + ")(?:什么|啥|哪)"  # a noun follows: 由谁 is a person's (people.py)
_PLACE_FLAGS = ("ns", "n", "nz", "nt", "nr", "f", "m", "eng", "x")


def _noun_run(text: str) -> str | None:
    """The noun-like words (place, name, number) opening `text`, up to the next verb or mark."""
    run = []
    for w in tagged(text):
        if w.word in _JOINS:
            run.append(w.word)  # 黑龙江、松花江和乌苏里江: kept while nouns follow
        elif w.word in PUNCT or not w.flag.startswith(_PLACE_FLAGS):
            break
        else:
            run.append(w.word)
    while run and run[-1] in _JOINS:
        run.pop()
    found = "".join(run)
    return found if 2 <= len(found) <= MAX_SPAN else None


def place_asked(question: str, sentence: str) -> str | None:
    """For 哪里/何地 when the question's word order differs from the sentence's (大会是在哪里办的 ↔
    在寿阳举办…大会): the place words after 在/于/位于 in the sentence, up to the next verb or mark."""
    if not _ASKS_PLACE.search(question):
        return None
    pos = 0
    for w in tagged(sentence):
        pos += len(w.word)
        place = _noun_run(sentence[pos:]) if w.word in _AT else None
        if place:
            return place
    return None


def object_of_verb(question: str, sentence: str) -> str | None:
    """The question's verb after its question word (one of its first two words), which the sentence
    writes before the answer with 于/在/为 (在哪个大学[就读] ↔ 就读于俄亥俄州立大学): the noun words after it."""
    m = ASKS_NAME.search(question)
    right = [w for w in jieba.posseg.cut(question[m.end():]) if w.word.strip(PUNCT)] if m else []
    found = next((f for f in (re.search(re.escape(w.word) + "[于在到为成给自]", sentence)
                              for w in right[:2] if len(w.word) >= 2) if f), None)  # jieba tags 任教 a noun
    run = _noun_run(sentence[found.end():]) if found else None
    return run if run and run not in question else None  # the question's own object: not what it asks


def means_asked(question: str, sentence: str) -> str | None:
    """For 借/经/由/通过 + 什么/哪个 + noun + verb (是经什么会议审议通过的): what the sentence writes between the
    same word and the question's next word after the noun (经[市政府常务会议]审议), without its quotes."""
    m = ASKS_NAME.search(question)
    means = next((w for w in _MEANS if question[:m.start()].endswith(w)), None) if m and m.group() != "谁" else None
    if not means:
        return None
    after = [w.word for w in jieba.posseg.cut(question[m.end():]) if w.word.strip(PUNCT)]
    for closer in (w for w in after[1:3] if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)):
        found = re.search(re.escape(means) + "([^，,。；;：:！？!?]{2,%d}?)" % MAX_SPAN + re.escape(closer), sentence)
        if found:
            return found.group(1).strip("“”‘’\"'《》")
    return None


def answer_span(question: str, sentence: str) -> str | None:
    """What a 哪/谁/什么 question asks for in `sentence`: the aligned span; for 哪里, the place after
    在/于 when the aligned span runs on into a verb (寿阳举办 -> 寿阳) or is not found."""
    name = object_of_verb(question, sentence) or aligned_span(question, sentence)
    if name and echoes_question(question, name):
        name = None  # the question's own words (什么项目 -> 项目) are no answer
    place = place_asked(question, sentence)
    if place and (name is None or (name.startswith(place) and name != place
                                   and next(jieba.posseg.cut(name[len(place):])).flag.startswith("v"))):
        return place
    return name


# 举办什么招商活动, 参加什么展会, 开个什么会: the verb before the question word and the kind of thing after it
VERB_THING_ASKED = re.compile(r"([\u4e00-\u9fff]{1,2}?)(?:个|了|过)?(?:什么|啥|哪个|哪项|哪一项)([\u4e00-\u9fff]{1,4})")
_OBJECT_END = re.compile(r"[，,。；;：:！？!?]")


def thing_done(question: str, sentence: str) -> str | None:
    """举办什么招商活动 ↔ 举办[海洋生物医药产业招商推介会]: the whole object the sentence writes after the question's
    verb, to its clause's end, when it ends with a noun (the sentence names the thing, not the kind the question says)."""
    asked = VERB_THING_ASKED.search(question)
    verbs = [w for w in tagged(asked.group(1))] if asked else []
    if not verbs or not verbs[-1].flag.startswith("v"):
        return None
    verb = verbs[-1].word
    at = sentence.find(verb)
    if at < 0:
        return None
    thing = _OBJECT_END.split(sentence[at + len(verb):], maxsplit=1)[0]
    words = tagged(thing)
    if not words or not words[-1].flag.startswith(("n", "j")) or not 2 <= len(thing) <= MAX_SPAN or thing in question:
        return None
    return thing
