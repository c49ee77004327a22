"""Answers standing on the other side of a copula from the question's words. Pure functions (jieba).

哪个[唱片公司] ↔ 所属的唱片公司是[青空唱片]: the noun the question word qualifies, then 是/为/有/包括,
then the name. 哪部作品是《金刀情侠》的原著 ↔ 《金刀情侠》的原著是[古龙的《九月鹰飞》]: the question
asks the subject of 是, and the sentence writes what it asks about as the subject instead.
"""
from __future__ import annotations

import re

from qa.span import ASKS_NAME, tidy
from qa.words import tagged

_LINK = re.compile(r"(?:主要|一般|通常|大多|多|则|都|也|即)?(?:是|为|有|包括|包含|叫做?|名为)[：:]?")
_STOPS = "，,。；;！？!?（("
MIN_NOUN = 2
_TOPIC_BEFORE = "的之，,。；;：:"  # 所属的[唱片公司]是: the noun, as a topic
MAX_NOUN_WORDS = 3
MAX_ANSWER = 60


def _asked_nouns(question: str) -> list[str]:
    """The noun phrase right after the question word (哪个[唱片公司]), longest first: its first one to
    three nouns, two characters or more."""
    m = ASKS_NAME.search(question)
    if not m:
        return []
    nouns, text = [], ""
    for w in tagged(question[m.end():].lstrip("的")):
        if not w.flag.startswith("n") or len(nouns) == MAX_NOUN_WORDS:
            break
        text += w.word
        nouns.append(text)
    return [n for n in reversed(nouns) if len(n) >= MIN_NOUN]


def named_by_copula(question: str, sentence: str) -> str | None:
    """What the sentence says the asked noun is or has (唱片公司是[青空唱片], 中毒征状主要有[痛楚、…]):
    the rest of that clause."""
    for noun in _asked_nouns(question):
        for found in re.finditer(re.escape(noun), sentence):
            if found.start() and sentence[found.start() - 1] not in _TOPIC_BEFORE:
                continue  # 每一支球队都是…: not the noun as the topic of what the sentence says
            link = _LINK.match(sentence, found.end())
            if link:
                end = next((i for i in range(link.end(), len(sentence)) if sentence[i] in _STOPS), len(sentence))
                answer = tidy(sentence[link.end():end])
                if 0 < len(answer) <= MAX_ANSWER and answer not in question:
                    return answer
    return None


_ASKS_SUBJECT = re.compile(r"(?:^|[，,])(?:哪|谁|什么)[^，,。？?是]{0,6}(?<!什么)是")


def subject_of_copula(question: str, span: str) -> str:
    """For a question asking the subject of 是 (哪个城市是…第一大城市): of a span `Y是R`, Y; of a span
    `R是Y` whose R the question already names, Y."""
    if not _ASKS_SUBJECT.search(question) or "是" not in span[1:]:
        return span
    at = span.index("是", 1)
    head, tail = span[:at], span[at + 1:]
    if head.strip("《》“”「」") and head.strip("《》“”「」") in question:
        return tidy(tail) or span
    return tidy(head) or span
