"""Which chunks a question may draw from (its region, bulletin and period), as a mask over the snapshot.

Retrieval searches only inside the mask, so a filter is exact however many bulletins are indexed: BM25
scores only the allowed chunks and the dense search looks for the nearest allowed vectors (see retrieve.py),
instead of filtering a fixed unfiltered top-k afterwards.
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict

import numpy as np
from llama_index.core.schema import TextNode

from index.period_columns import months_column
from index.periods import Period, find_periods, last_years_figures, parse_period

# 当月/本月 in an issue on the months from January (a table's 当月 column, 当月环比): its last month, written alone
_MONTH_ALONE_WRITTEN = re.compile(r"当月|本月")
CACHED_MASKS = 64  # period masks kept per snapshot; a text search for a period costs a pass over the chunks


def period_matches(node: TextNode, period: Period, in_text: bool = False) -> bool:
    """The chunk's period or its bulletin's is the one asked for; with `in_text` (a period no
    bulletin reports on, such as 2023年以来 or 全年), the chunk's text names it, or the chunk's own period does (a
    heading's, or the sentence's a piece was cut from: 4月当月，A…，B…)."""
    own_label = node.metadata.get("period")
    if in_text and own_label != node.metadata.get("doc_period") and _labels_match(period, own_label):
        return True
    if in_text:
        year = (node.metadata.get("as_of") or 0) // 100 or None  # a bare 全年 in a 2024 bulletin is 2024
        text = node.get_content()
        own = parse_period(node.metadata.get("period") or node.metadata.get("doc_period"))
        before = last_years_figures(text, own)  # 由上年的…: the year before's figure is written here
        alone = months_column("当月", own)[0] if _MONTH_ALONE_WRITTEN.search(text) else None
        return any(period.matches(p) for p in find_periods(text, year) + [p for p in (before, alone) if p])
    return _labels_match(period, node.metadata.get("period"), node.metadata.get("doc_period"))


def _labels_match(period: Period, *labels: str | None) -> bool:
    return any(p is not None and period.matches(p) for p in map(parse_period, labels))


class _Codes:
    """A metadata field of every chunk as small integers, so a filter on it is one vectorised compare."""

    def __init__(self, values: list):
        uniques, self.codes = np.unique(np.array([v or "" for v in values], dtype=object), return_inverse=True)
        self._code_of = {v: i for i, v in enumerate(uniques)}
        self.values = list(uniques)

    def equal(self, value: str) -> np.ndarray:
        code = self._code_of.get(value)
        return self.codes == code if code is not None else np.zeros(len(self.codes), dtype=bool)


class ChunkFilters:
    """Masks over a snapshot's chunks, in the order retrieval numbers them."""

    def __init__(self, nodes: list[TextNode]):
        self._nodes = nodes
        self._region = _Codes([n.metadata.get("region") for n in nodes])
        self._doc = _Codes([n.metadata.get("doc") for n in nodes])
        self._periods = _Codes([f"{n.metadata.get('period') or ''}\x00{n.metadata.get('doc_period') or ''}"
                                for n in nodes])
        self._cache: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def mask(self, region: str | None = None, doc: str | None = None, period: Period | None = None,
             in_text: bool = False) -> np.ndarray | None:
        """True for each chunk the question may use; None when nothing is filtered."""
        if not (region or doc or period):
            return None
        keep = np.ones(len(self._nodes), dtype=bool)
        if region:
            keep &= self._region.equal(region)
        if doc:
            keep &= self._doc.equal(doc)
        if period is not None:
            keep &= self._period_mask(period, in_text)
        return keep

    def _period_mask(self, period: Period, in_text: bool) -> np.ndarray:
        with self._lock:
            cached = self._cache.get((period, in_text))
            if cached is not None:
                self._cache.move_to_end((period, in_text))
                return cached
        if in_text:
            found = np.fromiter((period_matches(n, period, True) for n in self._nodes), bool, len(self._nodes))
        else:  # few distinct (period, bulletin period) pairs: decide each pair once
            pairs = [_labels_match(period, *(label or None for label in value.split("\x00")))
                     for value in self._periods.values]
            found = np.asarray(pairs, dtype=bool)[self._periods.codes]
        with self._lock:
            self._cache[(period, in_text)] = found
            while len(self._cache) > CACHED_MASKS:
                self._cache.popitem(last=False)
        return found
