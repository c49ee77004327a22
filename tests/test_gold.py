"""The eval gate cannot pass when it should not: whole-figure matching, forbidden figures on every question,
no free pass for an empty set, and a gold set that agrees with its documents.

Points 1-3 run the real gate (`python -m evals.run --answers`) on doctored answer files and gold sets; the
grading reads the real sample corpus as the indexer cuts it.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evals.check_gold import check_gold
from evals.goldset import CorpusView, holds, load_gold
from evals.grade import grade
from settings import ROOT

CASE = {"id": "d1", "split": "dev", "kind": "figure", "corpus": "sample", "q": "晋中农高区建了几个有机旱作农业示范项目？",
        "must": ["3个"], "must_not": [], "region": "晋中", "short": "3个", "single": True, "abstain": False}
WITHHELD = {"id": "d2", "split": "dev", "kind": "figure", "corpus": "sample", "q": "晋中一季度新申报“四上”企业几家？",
            "must": [], "must_not": ["20家"], "region": "晋中", "abstain": True}


def answer(text: str, short: str = "", abstained: bool = False, region: str = "晋中", quote: str | None = None) -> dict:
    cites = [] if abstained else [{"n": 1, "doc": "x.txt", "region": region, "period": None, "quote": quote or text}]
    return {"question": "?", "answer": text, "short": short, "abstained": abstained, "citations": cites,
            "retrieved": [], "timings_ms": {"total": 10.0}}


def run_gate(tmp_path: Path, cases: list[dict], answers: list[dict]) -> tuple[int, dict]:
    gold, saved = tmp_path / "gold.jsonl", tmp_path / "answers.jsonl"
    gold.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    saved.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "evals.run", "--set", str(gold), "--answers", str(saved), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    return done.returncode, json.loads(done.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def sample_view() -> CorpusView:
    return CorpusView.build("sample")


@pytest.mark.parametrize("expected,text", [("3个", "签约项目23个"), ("5个", "15个"), ("1.8亿元", "121.8亿元"),
                                           ("7项", "87项"), ("41个", "441个"), ("3.5", "3.52")])
def test_a_figure_is_not_found_inside_a_longer_one(expected, text):
    assert not holds(text, expected)


@pytest.mark.parametrize("expected,text", [("3个", "建成3个示范项目"), ("1.8亿元", "投资1.8亿元，"), ("32%", "占全市32%。")])
def test_a_whole_figure_is_found(expected, text):
    assert holds(text, expected)


def test_gate_fails_a_figure_found_only_inside_a_longer_one(tmp_path):
    code, m = run_gate(tmp_path, [CASE], [answer("建成有机旱作农业示范项目23个。", short="23个")])
    assert code == 1 and m["answer_acc"] == 0.0 and m["citation_acc"] == 0.0 and m["short_em"] == 0.0


def test_forbidden_figure_counts_on_a_question_that_must_be_withheld(tmp_path, sample_view):
    assert sample_view.regions_holding("20家") - {"晋中"}, "the guard must be another region's figure"
    cited = answer("新申报“四上”企业20家。", region="阳泉")
    uncited = {**answer("新申报“四上”企业20家。"), "citations": []}
    code, m = run_gate(tmp_path, [WITHHELD, {**WITHHELD, "id": "d3"}], [cited, uncited])
    assert code == 1 and m["wrong_region"] == 2 and m["abstain_acc"] == 0.0


def test_failures_are_counted_by_cause(tmp_path):
    answers = [answer("", abstained=True), answer("建成有机旱作农业示范项目23个。", short="23个"),
               answer("建成3个有机旱作农业示范项目。", short="3个")]
    code, m = run_gate(tmp_path, [{**CASE, "id": f"d{i}"} for i in range(3)], answers)
    assert m["failure_causes"] == {"abstained": 1, "missing": 2} and m["kind_misread"] == 0


def test_an_empty_or_truncated_gold_set_fails(tmp_path):
    code, m = run_gate(tmp_path, [], [])
    assert code == 1 and m["n"] == 0 and any("too few questions" in f for f in m["failed"])
    code, m = run_gate(tmp_path, [CASE], [answer("建成3个有机旱作农业示范项目。", short="3个")])
    assert code == 1 and m["answer_acc"] == 1.0 and any("too few questions: n " in f for f in m["failed"])


def test_a_chunk_counts_for_hit_at_1_only_when_it_holds_every_expected_figure(sample_view):
    two = {**CASE, "must": ["126.6亿元", "94.7亿元"], "short": None, "single": False}
    holding = [cid for cid, c in sample_view.chunks.items() if holds(c["text"], "126.6亿元")]
    only_one = [cid for cid in holding if not holds(sample_view.chunks[cid]["text"], "94.7亿元")]
    assert only_one
    g = grade(two, {**answer("126.6亿元 94.7亿元"), "retrieved": only_one}, sample_view)
    assert g["rank"] is None


def test_the_gold_set_agrees_with_its_documents():
    cases = load_gold()
    assert len(cases) >= 131
    assert check_gold(cases) == []


def test_check_gold_catches_a_figure_of_the_wrong_region_and_a_guard_no_document_holds():
    wrong_region = {**CASE, "id": "w1", "must": ["76.45%"]}         # a figure of the other city
    unguarded = {**WITHHELD, "id": "w2", "must_not": ["987.65亿元"]}  # in no document
    problems = check_gold([wrong_region, unguarded])
    assert any(p.startswith("w1:") and "76.45%" in p for p in problems)
    assert any(p.startswith("w2:") and "guards nothing" in p for p in problems)


def test_check_gold_reads_a_zone_entry_by_the_city_its_heading_line_names():
    """In the zone-first PDF issue, 栖凤经开区's entry follows `◆ 雁丘市`: the indexer files it under 栖凤 (its heading
    names the city), so its figure checks for 栖凤, while a figure of 雁丘's own entry fails for 栖凤."""
    pdf = {**CASE, "corpus": "pdf", "region": "栖凤", "short": None}
    own = {**pdf, "id": "z1", "must": ["297.5亿元"]}           # 栖凤经开区, under `◆ 栖凤经济技术开发区（栖凤市）`
    neighbour = {**pdf, "id": "z2", "must": ["402.7亿元"]}     # 雁丘经开区, under `◆ 雁丘市`
    problems = check_gold([own, neighbour])
    assert not any(p.startswith("z1:") for p in problems)
    assert any(p.startswith("z2:") and "402.7亿元" in p for p in problems)


def test_check_gold_reads_a_city_clause_of_a_province_overview_by_the_city_it_names():
    """In the word corpus, each city's 规上 stands only in `一、总体情况` (其中，瑞川市开发区…412.36亿元…；赭岭市…), a chunk
    of no region: the figure checks for the city its clause names, not for the city of the next clause."""
    word = {**CASE, "corpus": "word", "short": None}
    own = {**word, "id": "o1", "region": "瑞川", "must": ["412.36亿元"]}
    next_clause = {**word, "id": "o2", "region": "赭岭", "must": ["412.36亿元"]}
    table_row = {**word, "id": "o3", "region": "赭岭", "must": ["14960"]}   # 表1: 赭岭综合保税区 … 14960
    problems = check_gold([own, next_clause, table_row])
    assert not any(p.startswith(("o1:", "o3:")) for p in problems)
    assert any(p.startswith("o2:") and "412.36亿元" in p for p in problems)



def test_check_gold_reads_a_zone_of_the_scan_corpus_in_the_zones_own_region():
    """The scan corpus's zones are the regions of its parts (（二）琮州综合保税区（琮东区）, evals/corpus_scan/README.md):
    a figure of a zone's part checks for that zone, not for the next zone; a table row for the zone it opens with."""
    scan = {**CASE, "corpus": "scan", "short": None}
    own = {**scan, "id": "s1", "region": ["琮州综合保税区", "琮州综保区"], "must": ["276.4亿元"]}
    next_zone = {**scan, "id": "s3", "region": ["琮州高新技术产业开发区", "琮州高新区"], "must": ["276.4亿元"]}
    table_row = {**scan, "id": "s4", "region": ["琮州经开区"], "must": ["98.5"]}      # 表1 of 前三季度: 琮州经开区 … 98.5
    other_row = {**scan, "id": "s5", "region": ["琮州高新区"], "must": ["98.5"]}
    problems = check_gold([own, next_zone, table_row, other_row])
    assert not any(p.startswith(("s1:", "s4:")) for p in problems)
    assert any(p.startswith("s3:") and "276.4亿元" in p for p in problems)
    assert any(p.startswith("s5:") and "98.5" in p for p in problems)
