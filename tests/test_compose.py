"""Every kind of question answered end to end on real indexes: the sample (documents/) and the sample plus
the two synthetic later issues (evals/corpus/, one a .docx with indicator tables), each built for real.

Checks what each kind promises (numbered cited items, tables whose figures stand in their citation, the
winner, the order of periods, partial coverage, follow-ups), and the invariants every answer keeps:
verbatim citations at their offsets, [n] markers that match them, no two overlapping in one document.
"""
from __future__ import annotations

import re
import shutil

import pytest

from evals.goldset import corpus_files
from index.loaders import load_file
from index.pipeline import IndexingPipeline
from index.structure import clean_text
from qa.pipeline import BulletinQA
from tests.conftest import settings_under


@pytest.fixture(scope="module")
def sample_qa(sample_index) -> BulletinQA:
    return sample_index.qa


@pytest.fixture(scope="module")
def issues_qa(tmp_path_factory, embedding) -> BulletinQA:
    root = tmp_path_factory.mktemp("issues-index")
    settings = settings_under(root)
    for path in corpus_files("issues"):
        shutil.copy2(path, settings.docs_dir / path.name)
    report = IndexingPipeline(settings, embedding).run()
    assert not report.errors, report.errors
    return BulletinQA(settings, embedding)


def assert_well_cited(result: dict, qa: BulletinQA) -> None:
    """Quotes verbatim at their offsets, markers = citations, no overlap within a document, table rows cited."""
    assert not result["abstained"], result["answer"]
    cites = result["citations"]
    assert [c["n"] for c in cites] == list(range(1, len(cites) + 1))
    assert {int(n) for n in re.findall(r"\[(\d+)\]", result["answer"])} == {c["n"] for c in cites}
    for c in cites:
        loaded = load_file(qa.settings.docs_dir / c["doc"])
        assert clean_text(loaded.text, loaded.title).text[c["start"]:c["end"]] == c["quote"]
    for a in cites:
        for b in cites:
            assert a is b or a["doc"] != b["doc"] or a["end"] <= b["start"] or b["end"] <= a["start"]
    for row in result.get("table") or []:
        assert row["value"] in cites[row["n"] - 1]["quote"]
    assert result["generated"] is False and result["retrieval"] == "hybrid"


def test_list_gives_the_numbered_items_of_the_section_named(sample_qa) -> None:
    result = sample_qa.ask("晋中下一步打算做哪些工作？")
    assert result["kind"] == "list"
    assert_well_cited(result, sample_qa)
    lines = result["answer"].splitlines()
    assert lines[0].startswith("下一步工作计划") and "晋中" in lines[0]
    assert [line.split(".")[0] for line in lines[1:]] == ["1", "2", "3", "4"]
    assert {(c["region"], c["section"]) for c in result["citations"]} == {("晋中", "下一步工作计划")}
    # each item quoted from its title (with its first clause where no figure is within reach: 持续强化共同发力：切实…),
    # its figures quoted apart when they stand in its second sentence
    titled = [c["item"] for c in result["citations"] if c["quote"].startswith(c["item"])]
    assert len(titled) == 4 and titled == list(dict.fromkeys(c["item"] for c in result["citations"]))
    assert "发挥统筹协调作用" not in result["answer"]  # an item of 工作措施


def test_a_topic_inside_a_section_is_no_section_list(sample_qa) -> None:
    result = sample_qa.ask("晋中招商下一步主要对接哪些地区？")
    assert "京津冀" in result["answer"] and "持续强化共同发力" not in result["answer"]


def test_summary_outlines_every_section_of_the_region(sample_qa) -> None:
    result = sample_qa.ask("请总结阳泉的开发区工作")
    assert result["kind"] == "summary"
    assert_well_cited(result, sample_qa)
    assert {c["region"] for c in result["citations"]} == {"阳泉"}
    assert "【2024年一季度工作成绩" in result["answer"] and "【下一步工作计划" in result["answer"]
    assert len(result["citations"]) == 11  # nine items; two of them with their second sentence's figures cited apart


def test_how_quotes_the_best_item_from_its_title(sample_qa) -> None:
    result = sample_qa.ask("阳泉如何优化营商环境？")
    assert result["kind"] == "how"
    assert_well_cited(result, sample_qa)
    assert result["citations"][0]["quote"].startswith("三是不断优化营商环境")


def test_each_gives_one_row_per_place(sample_qa) -> None:
    result = sample_qa.ask("晋中和阳泉一季度规上工业增加值分别是多少？")
    assert result["kind"] == "each"
    assert_well_cited(result, sample_qa)
    assert [(r["entity"], r["value"]) for r in result["table"]] == [("晋中", "70.3亿元"), ("阳泉", "13.25亿元")]


def test_each_over_the_periods_named(issues_qa) -> None:
    result = issues_qa.ask("晋中一季度和上半年规上工业增加值分别是多少？")
    assert result["kind"] == "each"
    assert_well_cited(result, issues_qa)
    assert [(r["value"], r["period"]) for r in result["table"]] == [("70.3亿元", "2024年一季度"),
                                                                    ("148.6亿元", "2024年上半年")]


def test_partial_coverage_answers_the_covered_place_and_names_the_other(sample_qa) -> None:
    result = sample_qa.ask("晋中、大同签约项目投资额分别是多少？")
    assert_well_cited(result, sample_qa)
    assert "126.6亿元" in result["answer"] and "没有关于“大同”" in result["answer"]
    assert {c["region"] for c in result["citations"]} == {"晋中"}
    assert sample_qa.ask("忻州签约项目投资额是多少？")["abstained"]  # no named place covered: abstain


def test_compare_names_the_winner_and_states_every_figure(sample_qa) -> None:
    result = sample_qa.ask("一季度工业投资晋中和阳泉比哪个多？")
    assert result["kind"] == "compare" and result["short"] == "晋中"
    assert_well_cited(result, sample_qa)
    assert "22亿元" in result["answer"] and "9.85亿元" in result["answer"]
    assert [r["entity"] for r in result["table"]] == ["晋中", "阳泉"]


def test_compare_across_the_zones_of_a_table(issues_qa) -> None:
    result = issues_qa.ask("前三季度阳泉哪个开发区规上工业增加值增长最慢？")
    assert result["kind"] == "compare" and result["short"] == "盂县经开区"
    assert_well_cited(result, issues_qa)
    assert [r["value"] for r in result["table"]] == ["4.4%", "5.4%", "7.8%"]
    assert all(c["quote"].startswith(r["entity"]) for r, c in zip(result["table"], result["citations"]))


def test_trend_over_every_issue_oldest_first(issues_qa) -> None:
    result = issues_qa.ask("阳泉投产率的变化趋势？")
    assert result["kind"] == "trend"
    assert_well_cited(result, issues_qa)
    assert [r["value"] for r in result["table"]] == ["18.76%", "21.67%", "25.96%"]
    assert [r["period"].split("截至")[-1] for r in result["table"]] == ["2024年一季度", "2024年上半年", "2024年前三季度"]


@pytest.mark.parametrize("history, follow_up, expected, region", [
    (["晋中签约项目投资额是多少？"], "阳泉呢？", "301.75亿元", "阳泉"),  # the newest issue
    (["阳泉前三季度开工率是多少？"], "上半年呢？", "78.63%", "阳泉"),
    (["阳泉高新区前三季度规上工业增加值是多少？"], "那平定经开区呢？", "13.84亿元", "阳泉"),
    (["晋中规上工业增加值这几期分别是多少？"], "阳泉呢？", "44.97亿元", "阳泉"),
])
def test_follow_up_answers_the_question_as_resolved(issues_qa, history, follow_up, expected, region) -> None:
    result = issues_qa.ask(follow_up, history=history)
    assert_well_cited(result, issues_qa)
    assert result["resolved_question"] and result["answer"].startswith(f"按“{result['resolved_question'][:4]}")
    assert expected in result["answer"] and {c["region"] for c in result["citations"]} == {region}
    assert issues_qa.ask(history[0])["resolved_question"] is None


@pytest.mark.parametrize("history, follow_up, expected, not_expected, region", [
    (["阳泉前三季度工业投资是多少？"], "这个指标上半年呢？", "23.16亿元", "36.48亿元", "阳泉"),
    (["阳泉上半年开工率是多少？"], "投产率是多少？", "21.67%", "25.96%", "阳泉"),
    (["阳泉前三季度规上工业增加值是多少？"], "那晋中的呢", "231.4亿元", "44.97亿元", "晋中"),
])
def test_follow_up_with_its_own_question_words_inherits_the_rest(issues_qa, history, follow_up, expected,
                                                                 not_expected, region) -> None:
    result = issues_qa.ask(follow_up, history=history)
    assert_well_cited(result, issues_qa)
    assert result["resolved_question"] and expected in result["answer"] and not_expected not in result["answer"]
    assert {c["region"] for c in result["citations"]} == {region}


@pytest.mark.parametrize("question", ["晋中", "阳泉？", "平定经开区"])
def test_a_bare_place_asks_what_about_it(issues_qa, question) -> None:
    result = issues_qa.ask(question)
    assert result["abstained"] and not result["citations"] and not re.search(r"\d", result["answer"])
    assert f"“{question.rstrip('？')}”" in result["answer"]


@pytest.mark.parametrize("history, question, withheld", [
    ([], "去年阳泉开发区工业投资完成了多少？", "2023年全年"),
    ([], "2023年晋中规上工业增加值是多少", "2023年全年"),
    ([], "晋中2025年规上工业增加值目标是多少", "2025年全年"),
    (["阳泉上半年工业投资是多少？"], "去年同期呢？", "2023年上半年"),
])
def test_a_year_the_bulletins_do_not_report_is_withheld(issues_qa, history, question, withheld) -> None:
    result = issues_qa.ask(question, history=history)
    assert result["abstained"] and not result["citations"]
    assert f"“{withheld}”" in result["answer"] and "2024年前三季度" in result["answer"]  # the periods reported


def test_how_a_place_is_doing_is_summarised(issues_qa) -> None:
    result = issues_qa.ask("阳泉上半年情况如何")
    assert result["kind"] == "summary"
    assert_well_cited(result, issues_qa)
    assert "主要指标稳步增长" in result["answer"] and {c["region"] for c in result["citations"]} == {"阳泉"}
