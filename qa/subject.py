"""The thing a question names by what it did (主体结构封顶的是什么, 建成投产的是哪个项目, 产值9.7亿元的是什么产品): the
subject the answering sentence writes right before the same predicate. Pure functions (jieba only).

Chinese puts the doer first: …，[澄陵氢能装备产业园一期]建成投产; 2.[精密模具产业园]建成投产; 其中[预制菜]产值9.7亿元; 甲高新区
与[乙半导体]签约…项目. The question asks it by turning the predicate into a qualifier (建成投产的是什么), so the part of the
question before 的是 (or before 的 + the kind asked) ends with words the sentence writes after the answer.
"""
from __future__ import annotations

import re

from index.figures import FIGURE
from index.zones import find_zones
from qa.words import tagged

# …的是什么, …的是哪个项目, …的企业是哪家, …的是谁: the qualifier before it is the predicate asked
SUBJECT_ASKED = re.compile(r"^(?P<said>.+?)的(?:[\u4e00-\u9fff]{1,4})?(?:都|分别)?是(?:(?:什么|啥|哪[一几些]?[个家项种座所]?)"
                           r"[\u4e00-\u9fff]{0,4}|谁)[？?。呢]*$")
_KIND_SAID = re.compile(r"(?:什么|啥|哪[一几些]?[个家项种座所]?)([\u4e00-\u9fff]{2,4})[？?。呢]*$")
MIN_PREDICATE = 3  # characters of the question's predicate the sentence must write (建成投产, 产值9.7亿元)
MAX_SUBJECT = 30
_CLAUSE_START = re.compile(r"[，,。；;：:！？!?、]")  # an item listed (甲项目、乙区[丙]…) is a subject of its own
_MARKER = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]是|第[一二三四五六七八九十]，?"
                     r"|【[^】]{0,8}】\s*|[^\w\s“”\"（(《]+\s*)")  # a bullet of any sign (▪ →, ◆, ★) or a label in
# brackets (【信息2】) opens a listed item too
_LEADING = ("v", "d", "p", "c", "u", "r", "f", "t")  # verbs and function words before the subject (其中, 与, 推动)
_TRAILING = ("v", "u", "p", "d")  # the verb (签约), adverb (已) or particle between the subject and the predicate found
_PHASE = "期"  # 一期, 二期: jieba tags a phase an adverb, but it is the subject's own (…产业园一期)


def subject_span(question: str, sentence: str) -> str | None:
    """The subject written right before the longest end of the question's predicate that the sentence writes
    (at least MIN_PREDICATE characters), without the list marker, the zone the question names and the verbs and
    function words at its edges; None when that is no noun phrase."""
    asked = SUBJECT_ASKED.search(question)
    said = asked.group("said") if asked else ""
    for size in range(len(said), MIN_PREDICATE - 1, -1):
        predicate = said[-size:]
        if size < len(said) and said[-size - 1:-size] == "的":
            continue  # …的X: X qualified by what precedes it, not a predicate's end
        at = sentence.find(predicate)
        if at > 0 and _subject_of_verb(predicate, sentence[at + size:]):
            return None  # 电池产业链的龙头 ↔ …电池产业链[实现]产值…: the words do nothing there, a verb's subject
        if at > 0 and not any(start < at < end for start, end, _ in find_zones(sentence)):
            return _subject(question, sentence[:at])
        if at > 0:
            return None  # 甲经开区新建[…], asked 经开区新建的是什么: the predicate holds its doer, the object is asked
    return None


def _subject_of_verb(predicate: str, after: str) -> bool:
    """Whether a predicate of no verb (新能源电池产业链) is, in the sentence, the subject of a verb its clause writes
    after it, past nouns at most (…产业链[实现]产值…, …产业链产值[超]300亿元): a noun phrase the verb tells of, not what
    the subject did (主体结构封顶； ends its clause)."""
    if FIGURE.search(predicate) or any(w.flag.startswith("v") for w in tagged(predicate)):
        return False
    words = [w for w in tagged(_CLAUSE_START.split(after)[0]) if not w.flag.startswith("n")][:1]
    return bool(words) and words[0].flag == "v"


def _compound(word, following) -> bool:
    """A verb and the one-character noun after it are one noun (预制/v 菜/n, 加工/v 厂/n)."""
    return word.flag.startswith("v") and len(following.word) == 1 and following.flag.startswith("n")


def _edges_cut(text: str) -> str:
    """The text without the verbs and function words opening it and those closing it (see _LEADING, _TRAILING)."""
    words = list(tagged(text))
    while len(words) > 1 and words[0].flag.startswith(_LEADING) and not _compound(words[0], words[1]):
        words.pop(0)
    while words and words[-1].flag.startswith(_TRAILING) and not words[-1].word.endswith(_PHASE):
        words.pop()
    return "".join(w.word for w in words)


def _subject(question: str, before: str) -> str | None:
    clause = _CLAUSE_START.split(before)[-1]
    clause = clause[_MARKER.match(clause).end():] if _MARKER.match(clause) else clause
    subject = _edges_cut(clause)
    subject = subject[subject.rfind("的") + 1:]  # 新投产的[弘盛通]: the name after what qualifies it
    # 榴城高新区[生物医药产业园二期], 甲区与[乙], 推动甲经开区[整车二期项目]: what follows the zone the question names
    zone_end = next((end for _, end, name in find_zones(subject) if name in question), 0)
    subject = _edges_cut(subject[zone_end:]) if zone_end else subject
    words = tagged(subject)
    kind = _KIND_SAID.search(question)
    if kind and subject.endswith(kind.group(1)) and len(subject) - len(kind.group(1)) >= 2 \
            and len(tagged(kind.group(1))) > 1:
        # [源网荷储一体化]示范项目 asked 什么示范项目: the name, not its kind; a bare kind (什么项目, 哪个产业) is part of
        # the name (整车二期项目, 光电信息产业)
        subject = subject[:-len(kind.group(1))]
    if not 2 <= len(subject) <= MAX_SUBJECT or subject in question or FIGURE.fullmatch(subject):
        return None
    last = words[-1]
    # a name ends with a noun or a phase (…二期), not an amount (年产10000吨聚酰胺…: what it makes, not who)
    return subject if last.flag[:1] in "nj" or last.flag in ("eng", "x") or last.word.endswith(_PHASE) else None
