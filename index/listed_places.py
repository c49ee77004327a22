"""A clause cut from one sentence listing several places' figures of one indicator (`分市看，甲市开发区实际利用外资0.68亿美元，`
then `乙市0.41亿美元，`, `丙市0.29亿美元。`: index.owners cuts it into the region it opens with; or a series closed by
semicolons, `甲市开发区实现营业收入1207.6亿元，增长7.7%；乙市开发区954.3亿元，增长8.8%；`) counts what the sentence's
first clause counts, written only there. That indicator is the clause's `caption`, as a table's caption is its rows'
(index.period_columns): for its facts, its vector and the judging of the indicator asked."""
from __future__ import annotations

import re

from index.figures import WRITTEN_FIGURE
from index.indicators import indicator_phrase

_LAST_CLAUSE = re.compile(r"[^，,；;。！？!?]*[，,]$")  # the clause a listed one goes on from
# a series of places' clauses, each closed by a semicolon (甲市开发区实现营业收入1207.6亿元，增长7.7%；乙市开发区954.3亿元，…):
# the sentence the series goes on from, its first figure the indicator's
_SERIES_CLAUSE = re.compile(r"[^。！？!?]*[；;]$")


def place_names(region: str | None) -> list[str]:
    """A region's name as a sentence writes it before a figure, longest first (甲市, 甲)."""
    return [region + suffix for suffix in ("市", "县", "区", "")] if region else []


def _goes_on(before: dict | None, chunk: dict) -> bool:
    """Whether the chunk is a clause of the sentence the chunk before it opened, of another region (after a
    semicolon, only a place's name and its figure: 乙市开发区954.3亿元, not 乙市营业收入总量最大)."""
    listed = re.match(f"(?:{'|'.join(place_names(chunk.get('region')))})(?:开发区|园区)?", chunk["text"]) \
        if chunk.get("region") else None
    return bool(before) and before["doc"] == chunk["doc"] and before["end"] == chunk["start"] \
        and before.get("region") != chunk.get("region") and bool(_LAST_CLAUSE.search(before["text"]) or (
            _SERIES_CLAUSE.search(before["text"]) and listed and WRITTEN_FIGURE.match(chunk["text"], listed.end())))


def captions_of_listed(chunks: list[dict]) -> None:
    """Set `caption` on each listed place's clause: the indicator before the figure of the sentence's first place
    (甲市开发区实际利用外资 -> 实际利用外资), or the caption of the listed clause before it."""
    listed: set[int] = set()
    for k, chunk in enumerate(chunks):
        before = chunks[k - 1] if k else None
        if not _goes_on(before, chunk) or not chunk.get("region") or not WRITTEN_FIGURE.search(chunk["text"]):
            continue
        if k - 1 in listed:
            caption = before.get("caption")
        else:
            clause = (_LAST_CLAUSE.search(before["text"]) or _SERIES_CLAUSE.search(before["text"])).group()
            figure = WRITTEN_FIGURE.search(clause)
            caption = indicator_phrase(clause[:figure.start()], place_names(before.get("region"))) if figure else ""
        if caption:
            chunk["caption"] = caption
            listed.add(k)
