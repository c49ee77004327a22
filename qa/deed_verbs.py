"""The verbs of bringing in a project or a firm (引进, 签约, 招引, 落户; said 招来, 引来, 拉来, 签下): one deed, which a
bulletin writes with any of them, one zone's 引进…项目 beside another's 签约…项目, as 营收 and 营业收入 are one indicator
(qa/abbreviations.py). A question asking which project or firm was brought in is read against each passage as that
passage words the deed (一季度甲高新区引进了哪个项目 against …签约乙项目: …签约了哪个项目), so its terms match and its name is
read after the passage's own verb; a verb no bulletin writes (招来了啥项目) is the deed's first verb the documents
write."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from qa.corpus import Corpus

if TYPE_CHECKING:
    from qa.question import Question

_WRITTEN = ("引进", "签约", "招引", "落户")  # as bulletins write the deed, the most general first
_SAID = ("招来", "引来", "拉来", "签下", "招到", "引入")  # as staff say it
_ASKS_NAME = re.compile(r"(?:哪|什么|啥|何)[个些几家]?(?:个|家)?(?:重大|重点|大)?(?:项目|企业|公司|厂商)")


def _verb_asked(text: str) -> str | None:
    """The verb of bringing in before a project or firm asked (引进 of 引进了哪个项目), if any."""
    asked = _ASKS_NAME.search(text)
    before = text[:asked.start()] if asked else ""
    return next((v for v in (*_WRITTEN, *_SAID) if v in before), None)


def written_deed(text: str, corpus: Corpus) -> str:
    """`text` with a verb of bringing in the documents never write (招来 of 招来了啥项目, or 招引 where they write
    引进 and 签约) as the deed's first verb they write."""
    said = _verb_asked(text)
    if not said or corpus.contains(said):
        return text
    written = next((v for v in _WRITTEN if corpus.contains(v)), None)
    return text.replace(said, written) if written else text


def worded_as_passage(question: Question, passage: str) -> Question:
    """`question` with its verb of bringing in as the passage writes the deed, when the passage writes another verb
    of it and not the question's (引进 asked, 签约 written); else the question itself."""
    said = _verb_asked(question.text)
    written = next((v for v in _WRITTEN if v in passage), None) if said and said not in passage else None
    if not written:
        return question
    return replace(question, text=question.text.replace(said, written),
                   terms=[t.replace(said, written) for t in question.terms])
