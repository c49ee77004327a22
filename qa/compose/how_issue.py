"""Which bulletin a how answer reads when the question names no period: the best passage's, since a way is no figure
a newer issue updates (桑陵市是怎么供地的: the issue that tells it); but the newest of the passages nearly as relevant
when the asker says the newest (最近, 目前, 今年以来): a way an older issue told is not the one asked."""
from __future__ import annotations

import re
from typing import Callable, TypeVar

Item = TypeVar("Item")
# the newest said, no period named: 最近, 目前, 眼下, 今年以来, 今年 alone, 本期, 这一期
NEWEST_SAID = re.compile(r"最近|最新|目前|现在|当前|近期|眼下|今年|本期|这一?期")
NEARLY = 0.8  # a passage this relevant against the best tells the same way or plan


def one_issue(facts: list, text: str) -> list:
    """The facts of the one bulletin a how answer reads (facts best first, of a way asked of no period)."""
    return of_issue_read(facts, text, lambda f: f.relevance, lambda f: f.meta)


def of_issue_read(items: list[Item], text: str, score: Callable[[Item], float], meta: Callable[[Item], dict]) -> list[Item]:
    """Of `items` best first (a passage's `meta`: its doc, as_of), those of the bulletin read: the best one's, or the
    newest of those nearly as good when `text` says the newest."""
    if not items:
        return items
    read = items[0]
    if NEWEST_SAID.search(text):
        near = [i for i in items if score(i) >= NEARLY * score(items[0])]
        read = max(near, key=lambda i: meta(i).get("as_of") or 0)  # max keeps the first (best) of equals
    return [i for i in items if meta(i).get("doc") == meta(read).get("doc")]
