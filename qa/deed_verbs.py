"""The verbs of bringing in a project or a firm (引进, 签约, 招引, 落户; said 招来, 引来, 拉来, 签下): one deed, which a
bulletin writes with any of them, one zone's 引进…项目 beside another's 签约…项目. A question asking which project or
firm was brought in, worded with one that no sentence answers, is asked again with each other one the documents write
(一季度甲高新区引进了哪个项目 → …签约了哪个项目; 招来了啥项目 → 引进了啥项目), and so is its follow-up (乙高新区呢？)."""
from __future__ import annotations

import re

from qa.corpus import Corpus

_WRITTEN = ("引进", "签约", "招引", "落户")  # as bulletins write the deed
_SAID = ("招来", "引来", "拉来", "签下", "招到", "引入")  # as staff say it
_ASKS_NAME = re.compile(r"(?:哪|什么|啥|何)[个些几家]?(?:个|家)?(?:重大|重点|大)?(?:项目|企业|公司|厂商)")


def _verb_asked(text: str) -> str | None:
    """The verb of bringing in before a project or firm asked (引进 of 引进了哪个项目), if any."""
    asked = _ASKS_NAME.search(text)
    before = text[:asked.start()] if asked else ""
    return next((v for v in (*_WRITTEN, *_SAID) if v in before), None)


def worded_otherwise(text: str, history: list[str], corpus: Corpus) -> list[tuple[str, list[str]]]:
    """(question, history) with the verb of bringing in asked (in the question, else the previous one it follows)
    replaced by each other verb of the deed the documents write; none when no such verb is asked."""
    said = _verb_asked(text) or (_verb_asked(history[-1]) if history else None)
    if not said:
        return []
    return [(text.replace(said, verb), [h.replace(said, verb) for h in history])
            for verb in _WRITTEN if verb != said and corpus.contains(verb)]
