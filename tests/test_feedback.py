"""Feedback on answers: the SQLite store (reopened, written from many processes at once) and its export
as candidate gold lines (python -m evals.feedback)."""
from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from evals import feedback as feedback_cli
from qa.feedback import FeedbackStore

ANSWER = {"answer": "签约投资额126.6亿元[1]", "short": "126.6亿元", "abstained": False, "kind": "figure",
          "citations": [{"n": 1, "doc": "a.txt", "region": "晋中", "period": "2024年一季度",
                         "quote": "共涉及投资额126.6亿元", "start": 10, "end": 24}]}


def _click_many(path: str, worker: int, n: int) -> None:
    store = FeedbackStore(path)
    for i in range(n):
        store.add("down" if i % 2 else "up", f"问题{worker}-{i}", ANSWER, history=[f"前{worker}"])


def test_feedback_survives_reopening_and_lists_newest_first(tmp_path) -> None:
    path = tmp_path / "store" / "feedback.sqlite"
    store = FeedbackStore(path)
    first = store.add("up", "晋中签约投资额？", ANSWER, index_version="v1")
    second = store.add("down", "阳泉呢？", {**ANSWER, "short": ""}, history=["晋中签约投资额？"], index_version="v1")
    assert store.comment(second, "  应当是阳泉的数  ") and not store.comment(999, "x")
    items = FeedbackStore(path).items()  # a new store object: what a restarted server opens
    assert [i.id for i in items] == [second, first]
    assert items[0].comment == "应当是阳泉的数" and items[0].history == ["晋中签约投资额？"]
    assert items[1].citations[0]["quote"] == "共涉及投资额126.6亿元" and items[1].index_version == "v1"
    assert [i.id for i in FeedbackStore(path).items(rating="down")] == [second]
    with pytest.raises(ValueError):
        store.add("meh", "q", ANSWER)


def test_concurrent_clicks_from_many_processes_are_all_kept(tmp_path) -> None:
    path = str(tmp_path / "feedback.sqlite")
    FeedbackStore(path)
    workers = [multiprocessing.get_context("spawn").Process(target=_click_many, args=(path, w, 25))
               for w in range(6)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert all(w.exitcode == 0 for w in workers)
    items = FeedbackStore(path).items()
    assert len(items) == 150 and len({i.id for i in items}) == 150
    assert {i.question for i in items} == {f"问题{w}-{i}" for w in range(6) for i in range(25)}


def _export(store_dir: Path, out: Path, *extra: str) -> list[dict]:
    assert feedback_cli.main(["--store", str(store_dir), "--export", str(out), *extra]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_export_writes_candidate_gold_lines(tmp_path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite")
    up = store.add("up", "晋中签约投资额？", ANSWER, index_version="v1")
    down = store.add("down", "阳泉呢？", ANSWER, history=["晋中签约投资额？"], comment="给了晋中的数")
    abstained = store.add("down", "大同签约投资额？", {"answer": "没有找到", "abstained": True, "citations": []})
    lines = _export(tmp_path, tmp_path / "out" / "cand.jsonl")
    assert [line["id"] for line in lines] == [f"feedback-{abstained}", f"feedback-{down}"]
    wrong = lines[1]
    assert wrong["q"] == "阳泉呢？" and wrong["history"] == ["晋中签约投资额？"] and wrong["split"] is None
    assert wrong["must"] == [] and wrong["must_not"] == ["126.6亿元"] and wrong["region"] is None
    assert wrong["feedback"]["comment"] == "给了晋中的数" and wrong["feedback"]["rating"] == "down"
    assert lines[0]["abstain"] is False and lines[0]["must_not"] == []
    every = _export(tmp_path, tmp_path / "all.jsonl", "--all")
    right = every[-1]
    assert right["id"] == f"feedback-{up}" and "history" not in right
    assert right["must"] == ["126.6亿元"] and right["short"] == "126.6亿元" and right["single"] is True
    assert right["region"] == "晋中" and right["period"] == "2024年一季度" and right["corpus"] == "sample"
    for line in every:  # every key of the gold format is there
        assert {"id", "split", "kind", "corpus", "q", "must", "must_not", "region", "period", "short", "single",
                "abstain"} <= set(line)


def test_export_without_feedback_says_so(tmp_path, capsys) -> None:
    assert feedback_cli.main(["--store", str(tmp_path), "--export", str(tmp_path / "x.jsonl")]) == 1
    assert "还没有反馈" in capsys.readouterr().err
