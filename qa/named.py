"""Names a question asks by what they are (哪个市, 左权那个示范区叫什么), cut from the answering sentence: the city
(county) it names, or the whole name from the thing's first word to its kind. Pure functions (jieba only)."""
from __future__ import annotations

import re

from qa.asking_words import NAME_ASKED
from qa.segment import join_place_names
from qa.words import tagged

# a city or county asked (哪个市, 哪座城市, 哪个县): the place word of that level the sentence names
CITY_ASKED = re.compile(r"(?:哪|什么)[一个座]?(?:城市|地市|(市|县))")
# the tags of a place's name: a gazetteer's (ns), a rare name's (nr, nz) or a character jieba knows not at all (x)
_NAME_TAGS = ("ns", "nr", "nz", "x")


def could_name_city(question: str, span: str) -> bool:
    """Whether `span` may answer the city a question asks (哪个城市: 深圳, 岚溪市, 芃|川|市 a rare name cut apart): it
    holds a name, not only common words (在项目建设方面: a topic, 在…方面 is no place); True when no city is asked."""
    return not CITY_ASKED.search(question) or any(
        w.flag.startswith(_NAME_TAGS) or (len(w.word) == 1 and w.flag[:1] not in _NOT_IN_NAMES) for w in tagged(span))


def city_span(question: str, sentence: str) -> str | None:
    """哪个市…增速全省第一 ↔ 甲市开发区…总量列全省第1；乙市开发区…增速升至全省第1: of the cities (counties) the
    sentence names that the question does not, the one whose part of the sentence shares most with the question
    (the first of equals), as written (瑞川市; 鹤鸣 + 市 when the segmenter splits it)."""
    level = (CITY_ASKED.search(question).group(1) or "市")
    words = _names_joined(join_place_names(list(tagged(sentence))))  # 泷|安市, 沄|平|市: one name
    found, at = [], 0
    for k, word in enumerate(words):
        name = word if word.endswith(level) else word + level if words[k + 1:k + 2] == [level] else ""
        if len(name) >= 3 and name not in question and not _NOT_A_NAME.match(name):
            found.append((_shared(question, _part_at(sentence, at)), -at, name))
        at += len(word)
    return max(found)[2] if found else None


# the tags of one-character words no place's name is cut into (在, 和, 的, 是, 不); a Chinese character jieba knows not
# at all (x: 蕖 of 蕖|阳|市) is a rare name's
_NOT_IN_NAMES = set("pcudvrmq")


def _names_joined(words: list) -> list[str]:
    """The words, each run of one-character nouns the segmenter cut a rare name into (楮/溪/县) joined as one."""
    joined: list[tuple[str, bool]] = []
    for w in words:
        one = len(w.word) == 1 and bool(re.fullmatch(r"[\u4e00-\u9fff]", w.word)) and w.flag[:1] not in _NOT_IN_NAMES
        if one and joined and joined[-1][1]:
            joined[-1] = (joined[-1][0] + w.word, True)
        else:
            joined.append((w.word, one))
    return [word for word, _ in joined]


_PART = re.compile(r"[^；;。]+")


def _part_at(sentence: str, at: int) -> str:
    """The part of the sentence (between semicolons) holding position `at`: one city's own clauses."""
    return next((m.group() for m in _PART.finditer(sentence) if m.start() <= at < m.end()), "")


def _shared(question: str, text: str) -> int:
    return sum(a + b in question for a, b in zip(text, text[1:]))


_NOT_A_NAME = re.compile(r"[全本该我各每他外省县城地][\u4e00-\u9fff]?[市县]$")  # 全市, 本县, 地级市: no city's name


_BEFORE_NAME_ASKED = re.compile(r"([^，,。？?；;]{2,16}?)的?(?=" + NAME_ASKED + ")")
_POINTING = {"那个", "这个", "那家", "这家", "那", "这", "的", "该"}


def kind_named_span(question: str, sentence: str) -> str | None:
    """左权那个示范区叫什么 ↔ 左权生态文化旅游示范区产业项目投资…: the name in the sentence from the thing's first
    word (左权) to its kind (示范区), when the question writes only those."""
    asked = _BEFORE_NAME_ASKED.search(question)
    words = [w.word for w in tagged(asked.group(1))] if asked else []
    words = [w for w in words if w not in _POINTING]
    if len(words) != 2:
        return None  # 榆社经开区签约落地的储能项目: a thing described, not a name's first word and kind
    name = re.search(re.escape(words[0]) + r"[\u4e00-\u9fff（）()]{1,16}?" + re.escape(words[-1]), sentence)
    return name.group() if name and name.group() not in question else None


# the kind of thing a question asks the name of (新业态是什么, 推行的是什么模式, 哪种审批模式)
_KIND_ASKED = re.compile(r"([\u4e00-\u9fff]{2,4})(?:是|叫)(?:什么|啥)|(?:什么|啥|哪种|哪项|哪一?个)([\u4e00-\u9fff]{2,4})")


def quoted_kind_span(question: str, sentence: str) -> str | None:
    """新业态是什么 ↔ 澄湖综保区“保税研发”新业态获批: the quoted name the sentence writes right before the kind asked
    (or the kind's end: 业态), without its quotes."""
    for m in _KIND_ASKED.finditer(question):
        kind = m.group(1) or m.group(2)
        for tail in (kind[-k:] for k in range(len(kind), 1, -1)):
            found = re.search(r"“([^“”]{2,20})”的?" + re.escape(tail), sentence)
            if found and found.group(1) not in question:
                return found.group(1)
    return None
