"""A monthly 快报 as the reader takes it: a column of the month alone (`5月`, `当月`, `当月环比`) beside the months so far
(`1-5月`, `累计`); a sentence of the month alone (`5月当月…`) that does not date the sentences after it; a bold city
lead-in (`甲市　1-8月开发区营业收入…`) that says whose and when, not what; a table after the last city's paragraph whose
caption names the whole (`全省开发区主要指标`), which is no city's; a city table whose caption names its indicator
(`各市开发区营业收入完成情况`). Invented bulletins (梣陵省, its cities and every figure made up) through the real loaders,
index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from qa.question import analyse_question
from qa.unwritten_places import PLACE_SET
from tests.conftest import index_files

_HEAD = "<html><head><title>{title}-梣陵省商务厅</title></head><body><div class=\"article\"><h1>{title}</h1>"
_WHOLE_TABLE = ("<tr><th>指标名称</th><th>计量单位</th><th>当月</th><th>累计</th><th>当月环比（%）</th><th>累计同比（%）</th></tr>"
                "<tr><td>营业收入</td><td>亿元</td><td>{month}</td><td>{so_far}</td><td>{change}</td><td>{growth}</td></tr>"
                "<tr><td>规上工业增加值</td><td>亿元</td><td>97.3</td><td>{added}</td><td>2.2</td><td>{added_growth}</td></tr>"
                "</table>")
_CITY_TABLE = ("<tr><th>地区</th><th>{m}月（亿元）</th><th>1-{m}月（亿元）</th><th>累计同比增长（%）</th>"
               "<th>当月环比增长（%）</th></tr>{rows}</table>")


def _page(title: str, paragraphs: str, whole_caption: str, whole: dict, city_caption: str, month: int,
          rows: list[tuple]) -> str:
    """A 快报 web page: its paragraphs, the whole's indicator table, the cities' table of `month` and 1-`month`."""
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (_HEAD.format(title=title) + paragraphs + f"<p class=\"cap\">{whole_caption}</p><table border=\"1\">"
            + _WHOLE_TABLE.format(**whole) + f"<p class=\"cap\">{city_caption}</p><table border=\"1\">"
            + _CITY_TABLE.format(m=month, rows=cells) + "</div></body></html>")


MAY = _page("2026年1-5月全省开发区经济运行快报",
            "<p>1-5月，全省开发区实现营业收入1873.6亿元，同比增长6.3%；5月当月实现营业收入402.7亿元，环比增长3.6%。"
            "实际使用外资2.84亿美元，同比增长9.1%。</p>",
            "表1　全省开发区主要指标完成情况",
            {"month": "402.7", "so_far": "1873.6", "change": "3.6", "growth": "6.3", "added": "468.2",
             "added_growth": "7.4"},
            "表2　各市开发区营业收入完成情况", 5,
            [("栲川市", "142.8", "668.3", "7.7", "4.9"), ("檀岙市", "97.1", "455.9", "5.2", "-0.8"),
             ("杼汀市", "63.5", "301.4", "6.6", "2.7")])
AUGUST = _page("全省开发区经济运行快报（2026年第8期）",
               "<p>1-8月，全省开发区实现营业收入3027.4亿元，同比增长6.6%；8月当月实现营业收入391.5亿元，环比下降0.9%。"
               "实际使用外资46120万美元，同比增长10.2%。</p>"
               "<p><strong>栲川市</strong>　1-8月开发区营业收入1083.1亿元，同比增长7.9%。</p>"
               "<p><strong>檀岙市</strong>　1-8月开发区营业收入736.6亿元，同比增长5.4%，8月当月环比增长1.3%。</p>"
               "<p><strong>杼汀市</strong>　1-8月开发区营业收入489.2亿元，同比增长6.8%。</p>",
               "全省开发区主要指标",
               {"month": "391.5", "so_far": "3027.4", "change": "-0.9", "growth": "6.6", "added": "761.9",
                "added_growth": "7.6"},
               "各市开发区营业收入", 8,
               [("栲川", "138.4", "1083.1", "7.9", "-1.6"), ("檀岙", "94.7", "736.6", "5.4", "1.3"),
                ("杼汀", "61.2", "489.2", "6.8", "2.4")])


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-06-yuanqu-kuaibao-1-5yue.html": MAY, "2026-09-yuanqu-kuaibao-di8qi.html": AUGUST}
    return index_files(tmp_path_factory.mktemp("speechC"), files, embedding)


def _facts(qa: BulletinQA, figure: str) -> list[dict]:
    return [f for f in qa.snapshot.facts if f["figure"] == figure]


# fault 1: the month alone beside the months so far
@pytest.mark.parametrize("alone, so_far", [(("142.8亿元", "2026年5月"), ("668.3亿元", "2026年1-5月")),
                                           (("4.9%", "2026年5月"), ("7.7%", "2026年1-5月")),
                                           (("138.4亿元", "2026年8月"), ("1083.1亿元", "2026年1-8月")),
                                           (("-1.6%", "2026年8月"), ("7.9%", "2026年1-8月"))])
def test_a_column_of_the_month_alone_dates_its_figures_to_that_month(qa, alone, so_far):
    assert {f["period"] for f in _facts(qa, alone[0])} == {alone[1]}
    assert so_far[1] in {f["period"] for f in _facts(qa, so_far[0])}


def test_a_sentence_of_the_month_alone_does_not_date_the_sentences_after_it(qa):
    assert [f["period"] for f in _facts(qa, "2.84亿美元")] == ["2026年1-5月"]
    assert [f["period"] for f in _facts(qa, "46120万美元")] == ["2026年1-8月"]


@pytest.mark.parametrize("question", ["5月份栲川市开发区当月营业收入是多少", "栲川市5月当月开发区营收多少"])
def test_the_month_alone_asked_is_answered_from_its_column(qa, question):
    result = qa.ask(question)
    assert not result["abstained"] and "142.8" in result["answer"] and "668.3" not in result["answer"], result["answer"]


# fault 2: a bold city lead-in says whose and when
def test_a_city_lead_in_is_no_part_of_the_indicator(qa):
    lead = [f for f in _facts(qa, "736.6亿元") if f["quote"].startswith("檀岙市")]
    assert [(f["region"], f["indicator"], f["period"]) for f in lead] == [("檀岙", "营业收入", "2026年1-8月")]


@pytest.mark.parametrize("question", ["1到8月杼汀和檀岙两市开发区营收哪个多", "1-8月檀岙和杼汀两市开发区营收谁高"])
def test_a_city_lead_in_figure_is_answered_for_its_city(qa, question):
    result = qa.ask(question)
    assert not result["abstained"] and "736.6亿元" in result["answer"], result["answer"]


# fault 3: the whole's table after the last city's paragraph
def test_a_table_whose_caption_names_the_whole_is_no_citys(qa):
    rows = [f for f in qa.snapshot.facts if f["doc"].endswith("di8qi.html") and f["quote"].startswith("规上工业增加值")]
    assert rows and all(f["region"] is None and f["entity"] is None for f in rows)
    assert {f["indicator"] for f in rows} == {"规上工业增加值", "规上工业增加值环比", "规上工业增加值同比"}
    # the row's 计量单位 cell gives its bare amounts their unit (97.3 当月, 761.9 累计): facts of the whole too
    assert {(f["number"], f["unit"]) for f in rows if f["indicator"] == "规上工业增加值"} == {(97.3, "亿元"), (761.9, "亿元")}


def test_a_city_is_not_answered_with_the_wholes_table(qa):
    result = qa.ask("杼汀市开发区1-8月规上工业增加值同比增长多少")
    assert "7.6%" not in result["answer"], result["answer"]


# fault 4: a city table whose caption names its indicator
def test_a_captions_indicator_is_its_figure_columns(qa):
    assert {f["indicator"] for f in qa.snapshot.facts if f["figure"] in ("668.3亿元", "142.8亿元")} == {"营业收入"}
    assert {f["indicator"] for f in _facts(qa, "-0.8%")} == {"营业收入环比增长"}


@pytest.mark.parametrize("question", ["1-5月各市开发区营业收入分别多少", "1至5月栲川、檀岙、杼汀三市开发区营收各是多少"])
def test_each_city_of_a_captioned_table_is_answered(qa, question):
    result = qa.ask(question)
    assert not result["abstained"], result["answer"]
    assert all(figure in result["answer"] for figure in ("668.3", "455.9", "301.4")), result["answer"]


# a name no bulletin writes, cut into characters before its 市: the 市 closes that name, no term (市开发区 of 各市开发区
# is written, and would be asked of every row)
@pytest.mark.parametrize("question", ["1-8月檀岙市和漷阳市开发区营收增速比较", "1-8月檀岙市和洑阳市开发区营收增速分别多少"])
def test_an_unwritten_citys_suffix_is_no_term(qa, question):
    corpus = qa._state[1]
    assert not any(term.startswith("市") for term in analyse_question(question, corpus).terms)
    result = qa.ask(question)
    assert not result["abstained"] and "5.4%" in result["answer"], result["answer"]


# 各设区市 is a set of places as 各市 is (an each question over it is never answered by the whole's passage: gatefix20)
@pytest.mark.parametrize("question", ["5月各设区市开发区营业收入当月环比分别是多少", "各设区的市营收分别多少"])
def test_every_city_with_districts_is_a_set_of_places(question):
    assert PLACE_SET.search(question)
