"""From a composer's `Composed` to the answer fields of CONTRACT.md: citations, table, short.

No two citations of one answer overlap in the same document: evidence whose quotes overlap (or nest)
is merged into one citation spanning both, and the answer's [n] markers and the table's `n` follow.
"""
from __future__ import annotations

import re

from qa.compose.base import Composed, Evidence

_MARKER = re.compile(r"\[(\d+)\]")
_REPEATED = re.compile(r"(\[\d+\])(?:\1)+")
_META = ("doc", "title", "issue", "region", "zone", "section", "item")  # zone: the entry's, in zone-first bulletins


def _doc_span(ev: Evidence) -> tuple[int, int]:
    return ev.chunk["start"] + ev.start, ev.chunk["start"] + ev.end


def merge_evidence(evidence: list[Evidence]) -> tuple[list[Evidence], dict[int, int]]:
    """(merged evidence, old n -> new n), both 1-based; the first mention keeps its place."""
    merged: list[Evidence] = []
    number: dict[int, int] = {}
    for n, ev in enumerate(evidence, 1):
        s, e = _doc_span(ev)
        for k, other in enumerate(merged):
            os_, oe = _doc_span(other)
            if other.chunk["id"] == ev.chunk["id"] and s < oe and os_ < e:  # chunks of a document never overlap
                merged[k] = Evidence(other.chunk, min(other.start, ev.start), max(other.end, ev.end),
                                     other.period or ev.period, max(other.score, ev.score))
                number[n] = k + 1
                break
        else:
            merged.append(ev)
            number[n] = len(merged)
    return merged, number


def _citation(n: int, ev: Evidence) -> dict:
    start, end = _doc_span(ev)
    return {"n": n, **{k: ev.chunk.get(k) for k in _META}, "period": ev.period or ev.chunk.get("period"),
            "text": ev.chunk["text"], "quote": ev.quote, "start": start, "end": end,
            "page": _page_of(ev.chunk, ev.start), "ocr": bool(ev.chunk.get("ocr")), "score": round(ev.score, 3)}


def _page_of(chunk: dict, offset: int) -> int | None:
    """The page the quote starts on (its chunk may run over a page break); None for files without pages."""
    page = chunk.get("page")
    for start, number in chunk.get("page_starts") or []:
        if start <= offset:
            page = number
    return page


def answer_fields(composed: Composed) -> dict:
    """answer, short, citations, kind and table of the answer JSON."""
    evidence, number = merge_evidence(composed.evidence)
    answer = _MARKER.sub(lambda m: f"[{number.get(int(m.group(1)), int(m.group(1)))}]", composed.answer)
    fields = {"answer": _REPEATED.sub(r"\1", answer), "short": composed.short or "",
              "citations": [_citation(n, ev) for n, ev in enumerate(evidence, 1)], "kind": composed.kind}
    if composed.table is not None:
        fields["table"] = [{**row, "n": number.get(row["n"], row["n"])} for row in composed.table]
    return fields
