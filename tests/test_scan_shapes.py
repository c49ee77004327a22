"""Shapes of a city's quarterly brief whose regions are its zones, as scans, two-column PDFs and Word deliver it: a
borderless table's rows at a page's foot and top (no running footer), a unit note over a table of bare numbers
(单位：亿元、%), every zone asked across (各开发区, 哪个开发区最高, 综合排名第一), 各季度 as a trend, and a zone's name
misread by OCR in its own part (茗 for 苕). The briefs and zones below are invented (澜州市 is no real place)."""
from __future__ import annotations

import docx
import pytest

from index.layout import Line, page_texts
from index.loaders import load_file
from index.tables import table_lines
from index.zones import misread_of
from qa.conversation import resolve_history
from qa.corpus import Corpus
from qa.kinds import classify
from qa.written_zones import with_written_zones
from tests.conftest import index_one


def _row(y: float, cells: list[str], xs: tuple[float, ...] = (50, 170, 290, 410)) -> list[Line]:
    return [Line(x, y, x + 10 * len(text), y + 9, text) for x, text in zip(xs, cells)]


def _page_number(n: int) -> list[Line]:
    return [Line(290, 780, 330, 789, f"- {n} -")]


def test_a_tables_rows_at_a_pages_foot_and_top_keep_their_figures():
    """Rows of a borderless table at the foot of a page and continued at the top of the next: figures alone recur in
    the edge zones of every page (as page numbers do), but a figure in a table's row is no running footer."""
    prose = [Line(50, 100 + 20 * k, 450, 109 + 20 * k, "上半年，全市开发区主要指标稳中有进，重点项目建设有序推进。")
             for k in range(5)]
    first = prose + _row(690, ["开发区", "营业收入（亿元）", "增速（%）", "外资（万美元）"]) \
        + _row(710, ["澜州经开区", "412.6", "9.4", "14260"]) + _row(730, ["芃溪园区", "206.4", "-2.9", "2860"]) \
        + _row(750, ["蒿岭经开区", "152.1", "5.8", "2940"]) + _page_number(1)
    second = _row(40, ["澜州综保区", "121.9", "7.1", "4730"]) + _row(56, ["合计", "893.0", "8.6", "24790"]) \
        + prose + _page_number(2)
    third = prose + _page_number(3)
    pages = page_texts([first, second, third], [800, 800, 800])
    assert "蒿岭经开区 营业收入 152.1亿元 增速 5.8% 外资 2940万美元。" in pages[0].splitlines()
    assert pages[1].splitlines()[:2] == ["澜州综保区 营业收入 121.9亿元 增速 7.1% 外资 4730万美元。",
                                         "合计 营业收入 893.0亿元 增速 8.6% 外资 24790万美元。"]
    assert not any("- 1 -" in page or "- 2 -" in page for page in pages)  # page numbers still go


@pytest.mark.parametrize("note, expected", [
    ("单位：亿元、%", "澜州经开区 营业收入 412.6亿元 增速 9.6% 进出口总额 98.5亿元 综合排名 1。"),
    ("（单位：亿元）", "澜州经开区 营业收入 412.6亿元 增速 9.6 进出口总额 98.5亿元 综合排名 1。"),  # a rate's unit unsaid
    ("单位：亿元、万美元、%", "澜州经开区 营业收入 412.6 增速 9.6% 进出口总额 98.5 综合排名 1。"),  # whose is which unsaid
    ("", "澜州经开区 营业收入 412.6 增速 9.6 进出口总额 98.5 综合排名 1。"),
])
def test_a_unit_note_gives_the_bare_numbers_their_units(note: str, expected: str):
    rows = [["开发区", "营业收入", "增速", "进出口总额", "综合排名"], ["澜州经开区", "412.6", "9.6", "98.5", "1"]]
    assert table_lines(rows, note=note) == [expected]


def test_a_unit_note_over_a_word_table(tmp_path):
    document = docx.Document()
    document.add_paragraph("表1　前三季度各开发区主要指标")
    document.add_paragraph("单位：亿元、%")
    rows = [["开发区", "营业收入", "增速", "综合排名"], ["澜州经开区", "1263.8", "9.6", "1"], ["芃溪园区", "322.7", "-2.3", "2"]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(table.rows, rows):
        for cell, text in zip(cells.cells, row):
            cell.text = text
    document.save(str(tmp_path / "brief.docx"))
    lines = load_file(tmp_path / "brief.docx").text.splitlines()
    assert "澜州经开区 营业收入 1263.8亿元 增速 9.6% 综合排名 1。" in lines
    assert "芃溪园区 营业收入 322.7亿元 增速 -2.3% 综合排名 2。" in lines


BRIEF = """澜州市开发区运行简报
2026年第3期
澜州市商务局编 2026年10月20日
一、全市开发区运行总体情况
前三季度，全市开发区实现营业收入2012.4亿元，同比增长7.2%。
表1 前三季度各开发区主要指标
澜州经开区 营业收入 1263.8亿元 增速 9.6% 实际利用外资 15120万美元 综合排名 2。
澜州综保区 营业收入 190.4亿元 增速 7.8% 实际利用外资 4730万美元 综合排名 3。
芃溪园区 营业收入 322.7亿元 增速 2.3% 实际利用外资 2860万美元 综合排名 1。
蒿岭经开区 营业收入 235.5亿元 增速 -1.4% 实际利用外资 1930万美元 综合排名 4。
二、各开发区运行情况
（一）澜州经济技术开发区（澜东区）
前三季度，澜州经开区实现营业收入1263.8亿元，同比增长9.6%；实际利用外资15120万美元。新开工项目12个。
（二）澜州综合保税区（澜东区）
1-9月，澜州综保区完成进出口总额396.3亿元，同比增长12.1%，居全省综合保税区第2位；实际利用外资4730万美元。
（三）芃溪工业园区（芃溪县）
前三季度，芃溪园区实现营业收入322.7亿元，同比增长2.3%；税收收入12340万元。
（四）蒿岭经济开发区（蒿岭县）
前三季度，篙岭经开区实现营业收入235.5亿元，同比下降1.4%；税收收入8.03亿元，同比增长3.6%。
三、下步工作安排
下一步，市商务局将开展“四季度攻坚”行动。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("scan_shapes"), "2026-10-brief.txt", BRIEF, embedding)


def test_every_zone_is_answered_when_the_zones_are_the_regions(qa):
    """各开发区 in a brief whose zones are its regions: each zone's figure, not the city's total."""
    answer = qa.ask("前三季度各开发区营业收入分别多少？")
    assert answer["kind"] == "each"
    assert all(figure in answer["answer"] for figure in ("1263.8亿元", "190.4亿元", "322.7亿元", "235.5亿元"))
    assert "2012.4亿元" not in answer["answer"]


@pytest.mark.parametrize("question, winner, figure", [("前三季度哪个开发区实际利用外资最高？", "澜州经开区", "15120万美元"),
                                                      ("前三季度营业收入最低的是哪个开发区？", "澜州综保区", "190.4亿元")])
def test_a_ranking_over_the_zones_that_are_the_regions(qa, question: str, winner: str, figure: str):
    answer = qa.ask(question)
    assert answer["short"] == winner and figure in answer["answer"]
    assert "公报中没有找到" not in answer["answer"]  # every zone ranked: none left out, no row number taken for one


def test_a_rank_written_in_a_column_answers_who_is_first(qa):
    """排名第一: the rank a table's column writes (综合排名 1), not a figure 1 given as a value (第1位 is a position)."""
    answer = qa.ask("前三季度综合排名第一的是哪个开发区？")
    assert answer["short"] == "芃溪园区" and "综合排名 1" in answer["answer"]


def test_a_zone_misread_in_its_own_part_is_that_zone(qa):
    """篙岭经开区 (OCR's 篙 for 蒿) in 蒿岭经济开发区's own part: its figures are that zone's, named short (经开区)."""
    facts = [f for f in qa.snapshot.facts if f["figure"] == "8.03亿元"]
    assert facts and all(f["entity"] == f["region"] == "蒿岭经开区" for f in facts)
    assert misread_of("篙岭经开区", "蒿岭经济开发区") and misread_of("茗峪经开区", "苕峪经开区")
    assert not misread_of("澜州综保区", "澜州经开区")  # another kind
    assert not misread_of("东山经开区", "西岭经开区")  # two characters apart
    assert not misread_of("澜州经开区", "澜州经开区")  # itself


@pytest.mark.parametrize("question", ["澜州综保区进出口总额各季度情况？", "澜州综保区每个季度的营业收入是多少"])
def test_each_quarter_asks_a_trend(question: str):
    assert classify(question, 1) == "trend"


def test_a_zones_place_alone_is_that_zone(qa):
    """芃溪呢 asks of 芃溪园区 (the one zone region of that place); 芃溪县 and a port of that place stay as written."""
    corpus = Corpus.from_chunks(qa.snapshot.chunks)
    assert with_written_zones("芃溪呢", corpus) == "芃溪园区呢"
    assert with_written_zones("芃溪前三季度税收收入多少", corpus) == "芃溪园区前三季度税收收入多少"
    assert with_written_zones("芃溪县有几个开发区", corpus) == "芃溪县有几个开发区"
    assert with_written_zones("芃溪港二期泊位多大", corpus) == "芃溪港二期泊位多大"
    assert with_written_zones("澜州呢", corpus) == "澜州呢"  # the place of two zones: which one is not said


def test_two_places_named_in_a_follow_up_are_the_ones_asked_each(qa):
    answer = qa.ask("澜州综保区和芃溪呢？分别多少", history=["前三季度澜州经开区实际利用外资多少？"])
    assert "4730万美元" in answer["answer"] and "2860万美元" in answer["answer"]
    assert "15120万美元" not in answer["answer"]  # the previous place is not asked again


def test_an_amount_named_with_nothing_asked_is_its_figure(qa):
    """芃溪园区前三季度税收收入: no question word, an amount named: its figure, not the paragraph."""
    answer = qa.ask("芃溪园区前三季度税收收入")
    assert answer["short"] == "12340万元" and "322.7亿元" not in answer["answer"]


def test_a_table_row_of_a_zone_named_in_full_in_its_heading_is_that_zones(qa):
    """蒿岭经开区's row, its part's heading writing 蒿岭经济开发区 and its text a misread: the row is in its region."""
    rows = [f for f in qa.snapshot.facts if f["figure"] == "1930万美元"]
    assert rows and all(f["region"] == "蒿岭经开区" for f in rows)


def test_a_period_then_a_comparison_asks_over_both_periods(qa):
    corpus = Corpus.from_chunks(qa.snapshot.chunks)
    assert resolve_history("一季度呢？比较一下", ["芃溪园区上半年固定资产投资增长多少？"], corpus) \
        == "芃溪园区上半年和一季度固定资产投资增长多少？"
    assert resolve_history("澜州综保区呢？比较一下", ["芃溪园区上半年固定资产投资增长多少？"], corpus) \
        != "芃溪园区上半年和澜州综保区固定资产投资增长多少？"  # a place compared is no period


def test_two_asks_of_one_sentence_after_two_question_marks(qa):
    """…几个？总投资多少？ asks two figures, as …几个，总投资多少？ does."""
    answer = qa.ask("芃溪园区前三季度营业收入多少？税收收入多少？")
    assert "322.7亿元" in answer["answer"] and "12340万元" in answer["answer"]
