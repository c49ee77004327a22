"""How much of a question a text answers: the share of the question's term bigrams (IDF-weighted) it
contains, the attribute asked for weighing more than the other terms. Pure functions."""
from __future__ import annotations

import re
from functools import lru_cache

from qa.corpus import Corpus, bigrams
from index.zones import find_zones
from qa.dates import DATE, lacks_day, lacks_deadline, lacks_milestone
from qa.labelled import lacks_deed
from qa.question import Question
from qa.items import names_maker
from qa.listed import ASKS_LISTED
from qa.organisations import lacks_body
from qa.people import lacks_post
from qa.zone_span import lacks_zone
from qa.words import tagged

FOCUS_WEIGHT = 3.0       # the attribute asked for (开工率 in '…开工率多少') outweighs the other terms
# a passage's first clause: what it is about; after an item's title sentence (二是抓好项目建设。), the clause
# that opens the item's body too when it frames a longer sentence (全省开发区2024年第三次“三个一批”活动,我市…):
# titles name no occasion. A whole sentence there is a fact of its own, no frame of the others.
_TOPIC = re.compile(r"[^，,。；;（(]*(?:。[^，,。；;（(]*(?=[，,]))?")
_TITLE_LENGTH = 16
_REFERS_BACK = re.compile(r"^[^，,。]{0,6}?(?:其|该|此|这|它|他|她|上述)")  # 其总部…, 该站…: subject in the sentence before


def term_weights(terms: list[str], corpus: Corpus, focus: str | None = None) -> dict[str, float]:
    weights = {b: corpus.weight(b) for term in terms for b in bigrams(term)}
    for b in bigrams(focus or ""):
        if b in corpus.idf:  # 资占 of 投资占: a cut no document writes weighs nothing
            weights[b] = weights.get(b, corpus.weight(b)) * FOCUS_WEIGHT
    return weights


def coverage(text: str, weights: dict[str, float]) -> float:
    total = sum(weights.values())
    return sum(w for b, w in weights.items() if b in text) / total if total else 0.0


def sentence_coverage(text: str, sentences: list[tuple[int, int]], k: int, context: str,
                      weights: dict[str, float], heading_alone: bool = False) -> float:
    """How much of the question a sentence answers. Its item title counts as context, less than the
    sentence; a sentence that refers back (其, 该, 此) takes its subject from the sentence before, and
    every later sentence keeps the passage's topic (its first clause), which it need not repeat. A title standing on
    a line of its own above the passage (`heading_alone`: 专栏：营商环境, 典型案例) is its topic."""
    s, e = sentences[k]
    own = text[s:e]
    if k > 0 and _REFERS_BACK.match(own):
        own = text[sentences[k - 1][0]:sentences[k - 1][1]] + own
    if k > 0:
        own = _topic(text) + "\n" + own
    if heading_alone:
        own = context + "\n" + own
    return 0.75 * coverage(own, weights) + 0.25 * coverage(own + "\n" + context, weights)


def _topic(text: str) -> str:
    topic = _TOPIC.match(text).group()
    title = topic.find("。")
    return topic if 0 <= title <= _TITLE_LENGTH else topic.split("。")[0]


@lru_cache(maxsize=4096)
def names_person(sentence: str) -> bool:
    """Whether a sentence names a person (a name jieba tags nr, or a transliterated 莱昂德罗·内托)."""
    return "·" in sentence or any(w.flag.startswith("nr") for w in tagged(sentence))


def lacks_what_is_asked(question: Question, sentence: str) -> bool:
    """A 什么时候 question and a sentence without a date, a 谁 question and one naming nobody, a 哪家企业
    question and one naming no company."""
    return bool((question.asks_date and not DATE.search(sentence))
                or (question.asks_person and not names_person(sentence))
                or (question.single and not names_maker(question.text, sentence)))


_NAME_POS = ("n", "j", "eng", "l", "i")  # nouns, names, abbreviations, set phrases: what a name is made of
_QUOTED = re.compile(r"[“《]([^”》]{2,})[”》]")


def cannot_name(question: Question, sentence: str) -> bool:
    """Whether a sentence cannot answer a question asking one name: it names nothing the question does not
    (一是办好第二届某博览会, asked where that 博览会 is held), no firm when a firm is asked (哪家公司), or no
    body when a department is asked (由哪个部门牵头), no zone when a zone is (落户在哪个开发区), not the post whose
    holder is asked (负责人是谁), not the deed whose doer is asked (由谁负责); a date asked of a milestone (哪天投产), and the sentence writes another (…开工); a
    deadline asked (完成时限), and the sentence writes none."""
    if question.asks_date:
        return lacks_milestone(question.text, sentence) or lacks_day(question.text, sentence) \
            or lacks_deadline(question.text, sentence)
    if ASKS_LISTED.search(question.text) and not question.wants_figure and not names_maker(question.text, sentence):
        return True  # 新引进的企业都是哪几家 ↔ 新引进企业6家: a count names none of them
    return question.single and not question.wants_figure and (
        _names_nothing_new(question.text, sentence) or not names_maker(question.text, sentence)
        or lacks_body(question.text, sentence) or lacks_zone(question.text, sentence)
        or lacks_post(question.text, sentence) or lacks_deed(question.text, sentence))


def _names_nothing_new(question: str, sentence: str) -> bool:
    """No quoted name and no run of nouns of two characters or more that the question does not write: a name
    made of the question's own words in another order is new (雁丘农业科技园区, asked 雁丘…哪个园区…升级为
    国家级农业科技园区), and so is a zone the question does not name, however jieba tags its characters (蓼|原经|开|区)."""
    if any(name not in question for name in _QUOTED.findall(sentence)) \
            or any(name not in question for _, _, name in find_zones(sentence)):
        return False
    return not any(len(run) >= 2 and run not in question for run in _noun_runs(sentence))


def _noun_runs(sentence: str) -> list[str]:
    """The runs of consecutive name words of a sentence, each joined."""
    runs, run = [], ""
    for w in tagged(sentence):
        if w.flag.startswith(_NAME_POS):
            run += w.word
            continue
        runs.append(run)
        run = ""
    return runs + [run]
