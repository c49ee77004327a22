"""Answers over the real sample index (built once per session), and the command line of CONTRACT.md.

The gold set (evals/) measures answer quality in bulk; here: the issue's acceptance questions, the
citation invariants of the answer JSON, abstentions, odd input, and the CLI's output format.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from index.loaders import load_file
from index.structure import clean_text
from settings import ROOT

ANSWER_KEYS = {"question", "answer", "short", "abstained", "citations", "timings_ms", "kind", "resolved_question",
               "generated", "retrieval"}
CITATION_KEYS = {"n", "doc", "title", "issue", "period", "region", "section", "item", "text", "quote",
                 "start", "end", "score"}
INDEX_KEYS = {"added", "updated", "removed", "unchanged", "skipped", "chunks", "embedded", "seconds", "errors"}
ANSWERED = ["晋中签约项目投资额是多少？", "阳泉签约一批项目的开工率", "平定经开区湖大特塑年产多少吨聚酰胺系列产品",
            "晋中农高区对农业科技投入多少？", "阳泉高新区服务队伍扩充至多少人？"]


@lru_cache(maxsize=None)
def cleaned_text(path: Path) -> str:
    """The cleaned document the offsets refer to, rebuilt from the file as the indexer does."""
    loaded = load_file(path)
    return clean_text(loaded.text, loaded.title).text


def assert_answer_shape(result: dict) -> None:
    assert ANSWER_KEYS <= set(result)
    assert isinstance(result["answer"], str) and result["answer"].strip()
    assert isinstance(result["abstained"], bool)
    assert {"retrieve", "answer", "total"} <= set(result["timings_ms"])
    json.dumps(result, ensure_ascii=False)


def assert_citations_hold(result: dict, docs_dir: Path) -> None:
    """Every citation is verbatim: quote in its chunk text, and cleaned[start:end] == quote."""
    cites = result["citations"]
    assert [c["n"] for c in cites] == list(range(1, len(cites) + 1))
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", result["answer"])}
    assert markers == {c["n"] for c in cites}, "every [n] refers to a citation and every citation is referred to"
    for c in cites:
        assert CITATION_KEYS <= set(c)
        assert c["quote"] and c["quote"] in c["text"]
        cleaned = cleaned_text(docs_dir / c["doc"])
        assert cleaned[c["start"]:c["end"]] == c["quote"]
        assert c["text"] in cleaned


@pytest.fixture(scope="module")
def qa(sample_index):
    return sample_index.qa


@pytest.fixture(scope="module")
def answers(qa) -> dict[str, dict]:
    return {q: qa.ask(q) for q in ANSWERED}


def test_the_sample_index(sample_index):
    report = sample_index.report
    assert report.added == 1 and report.errors == [] and report.embedded == report.chunks > 0
    assert sample_index.qa.regions == ["晋中", "阳泉"]


def test_jinzhong_signed_investment_never_yangquan(answers):
    result = answers["晋中签约项目投资额是多少？"]
    assert not result["abstained"]
    assert "126.6亿元" in result["answer"]
    assert "222.39亿元" not in result["answer"]
    assert result["citations"]
    for c in result["citations"]:
        assert c["region"] == "晋中"
        assert "222.39亿元" not in c["quote"]


def test_yangquan_start_rate_short_answer(answers):
    result = answers["阳泉签约一批项目的开工率"]
    assert result["short"] == "76.45%"
    assert "76.45%" in result["answer"]
    assert {c["region"] for c in result["citations"]} == {"阳泉"}


@pytest.mark.parametrize("question,figure,region", [("晋中农高区对农业科技投入多少？", "6124.6万元", "晋中"),
                                                      ("阳泉高新区服务队伍扩充至多少人？", "61人", "阳泉")])
def test_single_figures_with_their_region(answers, question, figure, region):
    result = answers[question]
    assert result["short"] == figure and figure in result["answer"]
    assert any(figure in c["quote"] for c in result["citations"])
    assert {c["region"] for c in result["citations"]} == {region}


def test_pingding_output_needs_the_page_break_join(answers):
    result = answers["平定经开区湖大特塑年产多少吨聚酰胺系列产品"]
    assert "10000吨" in result["answer"]
    assert any("平定经开区湖大特塑" in c["quote"] for c in result["citations"])


@pytest.mark.parametrize("question", ANSWERED)
def test_citations_are_verbatim_with_offsets(answers, sample_index, question):
    result = answers[question]
    assert_answer_shape(result)
    assert not result["abstained"] and result["citations"]
    assert_citations_hold(result, sample_index.docs_dir)
    for c in result["citations"]:
        # the bulletin's period, or a cumulative one as of it ("2023年以来，截至2024年一季度")
        assert c["doc"] == "2024-kaifaqu-tekan-jinzhong-yangquan.txt" and c["period"].endswith("2024年一季度")


@pytest.mark.parametrize("question", ["长治签约项目投资额是多少？", "晋中财政收入是多少？"])
def test_abstains_when_the_store_does_not_answer(qa, question):
    result = qa.ask(question)
    assert_answer_shape(result)
    assert result["abstained"] is True
    assert result["citations"] == []
    assert not result.get("short")
    assert not re.search(r"\d", result["answer"]), "an abstention quotes no figure"


LONG_QUESTION = ("晋中签约项目投资额是多少？" * 160)[:2000]


@pytest.mark.parametrize("question", ["", "   ", "？！。，……", LONG_QUESTION],
                         ids=["empty", "blank", "punctuation", "2000-characters"])
def test_odd_questions_get_a_clear_answer(qa, sample_index, question):
    assert len(LONG_QUESTION) == 2000
    result = qa.ask(question)
    assert_answer_shape(result)
    if result["abstained"]:
        assert result["citations"] == []
    else:
        assert_citations_hold(result, sample_index.docs_dir)


def test_region_flag_forces_the_region(qa):
    result = qa.ask("签约项目投资额是多少？", region="阳泉")
    assert result["citations"] and {c["region"] for c in result["citations"]} == {"阳泉"}
    assert "126.6亿元" not in result["answer"]


# --- command line ------------------------------------------------------------------------------------

def run_app(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BQA_", "CHROMA_"))}
    return subprocess.run([sys.executable, str(ROOT / "app.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def cli_ask(sample_index, tmp_path_factory):
    """One `ask --json` run: a positional question, then two from a --file with ids (models load once)."""
    questions = tmp_path_factory.mktemp("cli") / "questions.jsonl"
    questions.write_text('{"id": "q1", "q": "晋中签约项目投资额是多少？"}\n\n'
                         '{"id": 7, "q": "长治签约项目投资额是多少？"}\n'
                         '{"id": "f1", "q": "阳泉呢？", "history": ["晋中签约项目投资额是多少？"]}\n', encoding="utf-8")
    return run_app("ask", "--json", "--store", str(sample_index.store_dir), "阳泉签约一批项目的开工率",
                   "--file", str(questions))


def test_cli_ask_prints_one_json_line_per_question(cli_ask, sample_index):
    assert cli_ask.returncode == 0, cli_ask.stderr
    lines = json_lines(cli_ask.stdout)
    assert len(lines) == 4
    for result in lines:
        assert_answer_shape(result)
        assert "retrieved" not in result
        assert_citations_hold(result, sample_index.docs_dir)
    positional = lines[0]
    assert "id" not in positional
    assert positional["question"] == "阳泉签约一批项目的开工率" and positional["short"] == "76.45%"


def test_cli_ask_file_echoes_ids(cli_ask):
    lines = json_lines(cli_ask.stdout)
    assert [r.get("id") for r in lines] == [None, "q1", 7, "f1"]
    assert "126.6亿元" in lines[1]["answer"] and lines[1]["resolved_question"] is None
    assert lines[2]["abstained"] is True and lines[2]["citations"] == []


def test_cli_ask_file_follow_up_takes_the_rest_from_history(cli_ask):
    follow_up = json_lines(cli_ask.stdout)[3]
    assert follow_up["resolved_question"] == "阳泉签约项目投资额是多少？"
    assert "222.39亿元" in follow_up["answer"] and "按“阳泉签约项目投资额" in follow_up["answer"]
    assert {c["region"] for c in follow_up["citations"]} == {"阳泉"}


def test_cli_index_json_summary(tmp_path, small_bulletin):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    (docs / "broken.pdf").write_bytes(b"")
    done = run_app("index", "--json", "--docs", str(docs), "--store", str(tmp_path / "store"))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert INDEX_KEYS <= set(summary)
    assert (summary["added"], summary["skipped"]) == (1, 1)
    assert summary["chunks"] > 0 and summary["embedded"] == summary["chunks"]
    assert [e["file"] for e in summary["errors"]] == ["broken.pdf"]
    assert isinstance(summary["seconds"], (int, float))
