"""Which bulletin a how answer reads when the question names no period: the best passage's, since a way is no figure
a newer issue updates (桑陵市是怎么供地的: the issue that tells it); but the newest of the passages nearly as relevant
when the asker says the newest (最近, 目前, 今年以来) or asks a plan (下一步怎么搞: the plans now in force, as a list of
plans takes its newest bulletin's)."""
from __future__ import annotations

import re

# the newest said, no period named: 最近, 目前, 眼下, 今年以来, 今年 alone, 本期, 这一期
NEWEST_SAID = re.compile(r"最近|最新|目前|现在|当前|近期|眼下|今年|本期|这一?期")
NEARLY = 0.8  # a passage this relevant against the best tells the same way or plan


def one_issue(facts: list, text: str, plans: bool) -> list:
    """The facts of the one bulletin a how answer reads (facts best first, of no period named)."""
    if not facts:
        return facts
    read = facts[0]
    if plans or NEWEST_SAID.search(text):
        near = [f for f in facts if f.relevance >= NEARLY * facts[0].relevance]
        read = max(near, key=lambda f: f.meta.get("as_of") or 0)  # max keeps the first (best) of equals
    return [f for f in facts if f.meta.get("doc") == read.meta.get("doc")]
