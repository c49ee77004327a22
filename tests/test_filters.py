"""Filters restrict retrieval itself: masks over the snapshot, BM25 over the allowed chunks, and both dense paths
(over-fetch and exact search over the allowed vectors) against a brute-force search, on the real sample index.
"""
from __future__ import annotations

import numpy as np
import pytest
from llama_index.core.schema import QueryBundle

import qa.dense as dense_module
from index.periods import parse_period

QUESTION = "签约项目投资额是多少？"


@pytest.fixture(scope="module")
def parts(sample_index):
    _, _, dense, lexical, _ = sample_index.qa._state
    return sample_index.qa, dense, lexical


def brute_force(qa, vector, allowed, k):
    ids = [c["id"] for c in qa.snapshot.chunks]
    stored = qa.store.vectors_of(ids)
    rows = [i for i in np.flatnonzero(allowed) if ids[i] in stored]
    sims = np.asarray([stored[ids[i]] for i in rows]) @ np.asarray(vector, dtype=np.float32)
    return [ids[rows[j]] for j in np.argsort(-sims)[:k]]


def test_masks_follow_the_metadata(parts):
    qa, _, lexical = parts
    chunks = qa.snapshot.chunks
    region = sorted(qa.regions)[0]
    assert lexical.filters.mask() is None
    mask = lexical.filters.mask(region=region)
    assert mask.tolist() == [c["region"] == region for c in chunks] and 0 < mask.sum() < len(chunks)
    assert not lexical.filters.mask(region="没有这个地区").any()
    period = parse_period(chunks[0]["period"])
    by_period = lexical.filters.mask(period=period)
    assert by_period[0] and by_period.sum() <= len(chunks)
    assert (lexical.filters.mask(region=region, period=period) == (mask & by_period)).all()


def test_bm25_ranks_only_the_allowed_chunks(parts):
    qa, _, lexical = parts
    mask = lexical.filters.mask(region=sorted(qa.regions)[-1])
    scores = qa.snapshot.lexical.scores(QUESTION)
    hits = lexical.search(QueryBundle(QUESTION), mask)
    best = int(np.argmax(np.where(mask, scores, -1)))
    assert hits and all(mask[[c["id"] for c in qa.snapshot.chunks].index(h.node.node_id)] for h in hits)
    assert hits[0].node.node_id == qa.snapshot.chunks[best]["id"]


@pytest.mark.parametrize("path", ["exact", "over-fetch"])
def test_dense_search_equals_brute_force_within_the_filter(parts, monkeypatch, path):
    qa, dense, lexical = parts
    if path == "over-fetch":  # the sample's regions are small enough for the exact path: force the other one
        monkeypatch.setattr(dense_module, "EXACT_ROWS", 0)
        monkeypatch.setattr(dense_module, "MAX_FETCH", len(qa.snapshot.chunks) * 100)
    vector = qa.embedding.get_query_embedding(QUESTION)
    for region in qa.regions:
        mask = lexical.filters.mask(region=region)
        got = [h.node.node_id for h in dense.search(QueryBundle(QUESTION, embedding=vector), mask)]
        assert got[:5] == brute_force(qa, vector, mask, 5) and len(got) == min(50, int(mask.sum()))
