"""A value a bulletin writes after its label (（责任单位：省投资促进局；…）, 投资方为瀚拓新材料有限公司): the answer to a
question asking what stands under that label (铝箔项目的投资方是哪家企业, 责任单位是哪个), or asking who does the deed the
label names (由谁负责, 归谁管 ↔ 责任单位：, 谁牵头 ↔ 牵头单位：). Pure functions."""
from __future__ import annotations

import re

from qa.span import tidy

# a label and what links it to its value: 责任单位：, 投资方为 (not 为主, 为了, 为止; not 是, a copula of any subject: 新桥站是
# 京沪铁路的一个车站 tells what it is, no value under a label, qa/copula.py)
# a table row as the indexer writes it puts a space between a column's name and its cell (… 责任单位 甲市商务局)
_LABEL = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:[：:]|为(?![主了止何])|(?<=位|门|方|人) (?=\S))")
# the noun a question asks the value of, right before its question word (投资方是哪家企业, 责任单位是哪个)
_ASKED_OF = re.compile(r"([\u4e00-\u9fff]{2,6})的?(?:是|为)(?:哪|谁|什么|啥)")
# a body asked by its kind (哪个处室, 哪个机构): a unit whatever its kind
_BODY_ASKED = r"(?:谁|哪[个家一]?(?:单位|部门|处室|科室|机构))"
# who does a deed (由谁负责, 哪个单位牵头): the deed's verb, which a body's label names (责任单位, 牵头单位)
_DEED_ASKED = re.compile(_BODY_ASKED + r"来?(负责|牵头|承办|主办|实施|落实)")
# 归谁管, 归哪个部门管: who a thing falls under is who is responsible for it (责任单位)
_UNDER_WHOM = re.compile(r"归" + _BODY_ASKED + r"来?管")
_BODY_LABEL = re.compile(r"(?:单位|部门|方)$")
# a label of who: a body, a party, a firm (投资方, 责任单位), not a topic a colon opens (帮扶：由…牵头)
_WHO_LABEL = re.compile(r"(?:单位|部门|机构|方|人|主体|企业|公司)$")
_VALUE_END = "；;，,。）)\n"
MAX_VALUE = 30


def _labels_asked(question: str) -> tuple[str, str]:
    """(the noun asked of, the deed asked of) a question: 投资方 of 投资方是哪家企业, 负责 of 由谁负责."""
    noun, deed = _ASKED_OF.search(question), _DEED_ASKED.search(question)
    return (noun.group(1) if noun else ""), (deed.group(1) if deed else "负责" if _UNDER_WHOM.search(question) else "")


def _fits(label: str, noun: str, deed: str) -> bool:
    """Whether a sentence's label is the one asked: the noun asked ends with it (铝箔项目的投资方 ↔ 投资方), or it names
    a body by the deed asked (负责 ↔ 责任单位: a character of the verb, then 单位)."""
    if noun and (noun.endswith(label) or label.endswith(noun)) and _WHO_LABEL.search(label):
        return True
    return bool(deed and _BODY_LABEL.search(label) and set(deed) & set(label[:-2] or label))


def labelled_span(question: str, sentence: str) -> str | None:
    """The value after the label the question asks of, up to the end of its clause or bracket; a body asked by
    another deed (谁牵头, 哪个单位落实) is the one a task's note makes answer for it (责任单位) when no label names
    that deed (牵头单位)."""
    noun, deed = _labels_asked(question)
    if not (noun or deed):
        return None
    return _value(question, sentence, noun, deed) or (deed not in ("", "负责") and _value(question, sentence, "", "负责")) or None


def _value(question: str, sentence: str, noun: str, deed: str) -> str | None:
    """The value after the first label of `sentence` that fits the noun or deed asked."""
    for m in _LABEL.finditer(sentence):
        label = m.group(1)
        # the label as its own words: the longest end of the run before the link that fits
        fits = next((label[k:] for k in range(len(label) - 1) if _fits(label[k:], noun, deed)), None)
        if not fits:
            continue
        ends = _VALUE_END + (" " if m.group().endswith(" ") else "")  # a cell ends at the next column's name
        end = next((i for i in range(m.end(), len(sentence)) if sentence[i] in ends), len(sentence))
        value = tidy(sentence[m.end():end])
        if 2 <= len(value) <= MAX_VALUE and value not in question:
            return value
    return None


def lacks_deed(question: str, sentence: str) -> bool:
    """Whether a sentence cannot tell who does the deed a question closes with (由谁负责？): it writes neither the deed
    (市商务局负责…) nor the label naming its doer (（责任单位：…）); 交由甲托管 tells who took a thing over, not who
    is responsible for it."""
    deed = _labels_asked(question)[1]
    # the deed closing the question (这件事由谁负责？); 谁负责统筹协调, 由谁负责牵头 ask the deed after it, said otherwise
    closing = deed and re.search(f"(?:{re.escape(deed)}|{_UNDER_WHOM.pattern})" + r"[？?。！!呢的吧]*$", question)
    return bool(closing) and deed not in sentence and labelled_span(question, sentence) is None

