"""A zone's own report and a press conference's transcript, read into their places.

- A zone's own report (a .docx 工作总结 in the first person, 我区/本区, the zone named only in its title and its
  落款, its city nowhere): every passage, its table rows and its facts, is the zone's, in the city the zone's name
  starts with (a region another bulletin reports).
- A transcript (a saved web page): the cities stand inside the answer turns (某某：答：分市看，甲市开发区…；乙市开发区…)
  and the zones in short form; with no city heading, each clause opening with a city is that city's, a zone's
  answer its city's, a place singled out after the whole (…，其中丙综保区新设21家) that place's; a question turn
  holds no answer and stays in no region.
An invented province (棣湄省, its cities, zones, speakers and every figure made up) through the real loaders,
index and pipeline."""
from __future__ import annotations

import docx
import pytest

from index.own_report import own_zone
from qa.pipeline import BulletinQA
from tests.conftest import settings_under
from index.pipeline import IndexingPipeline

_REPORT = "2026-01-zhixi-jingkaiqu-2025-zongjie.docx"
_TRANSCRIPT = "2026-04-fabuhui-shilu.html"
_TURNS = [
    "<strong>主持人：</strong>各位记者朋友，上午好！首先请贾思远副厅长介绍有关情况。",
    "<strong>贾思远：</strong>一季度，全省开发区实现营业收入3915.2亿元，同比增长6.9%。",
    "<strong>【记者】棣湄日报记者：</strong>问：能否介绍一下各市开发区一季度的情况？",
    "<strong>柏清和：</strong>答：分市看，枳溪市开发区实现营业收入1207.6亿元，增长7.7%；蓼原市开发区954.3亿元，"
    "增长8.8%；荪江市开发区612.9亿元，同比下降2.4%。",
    "<strong>【记者】棣湄商报记者：</strong>问：一季度新设外资企业情况如何？",
    "<strong>柏清和：</strong>答：全省开发区新设外资企业97家，增长11.5%，其中荪江综保区新设21家，居全省开发区首位。",
    "<strong>【记者】新华社记者：</strong>问：枳溪经开区一季度表现如何？",
    "<strong>柏清和：</strong>答：枳溪经开区一季度实现营业收入287.4亿元，同比增长9.9%。",
]
_PAGE = ("<html><head><meta charset='utf-8'><title>省政府新闻办举行2026年一季度全省开发区经济运行情况新闻发布会</title>"
         "</head><body><div class='article'><h1>省政府新闻办举行2026年一季度全省开发区经济运行情况新闻发布会</h1>"
         "<div class='info'>发布时间：2026-04-20 10:00　来源：省政府新闻办</div><div class='content'>"
         + "".join(f"<p>{turn}</p>" for turn in _TURNS) + "</div></div></body></html>")


def _write_report(path) -> None:
    document = docx.Document()
    document.add_paragraph("枳溪经济技术开发区2025年工作总结")
    document.add_heading("一、2025年主要工作成效", level=1)
    document.add_paragraph("2025年，我区坚持项目为王，全区经济运行稳中有进。全年实现营业收入1093.8亿元，同比增长8.1%；"
                           "完成规上工业增加值276.4亿元，增长7.5%。")
    document.add_paragraph("（一）招商引资成效明显。全年新签约项目39个，总投资517.2亿元。")
    document.add_heading("二、存在的问题", level=1)
    document.add_paragraph("一是税源基础不稳，本区全年税收收入47.6亿元，同比下降2.7%。")
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [["指标", "单位", "完成值", "同比（%）"], ["营业收入", "亿元", "1093.8", "8.1"],
                                       ["税收收入", "亿元", "47.6", "-2.7"]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph("枳溪经济技术开发区管理委员会")
    document.add_paragraph("2026年1月12日")
    document.save(path)


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("pressA"))
    _write_report(settings.docs_dir / _REPORT)
    (settings.docs_dir / _TRANSCRIPT).write_text(_PAGE, encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def _chunk(qa, text: str) -> dict:
    return next(c for c in qa.snapshot.chunks if text in c["text"])


def test_a_zones_own_report_is_the_zones_in_its_city(qa):
    report = [c for c in qa.snapshot.chunks if c["doc"] == _REPORT]
    assert report and all(c["region"] == "枳溪" for c in report)
    assert all(c["zone"] == "枳溪经济技术开发区" for c in report)
    revenue = next(f for f in qa.snapshot.facts if f["doc"] == _REPORT and f["figure"] == "1093.8亿元")
    assert (revenue["region"], revenue["entity"]) == ("枳溪", "枳溪经济技术开发区")
    rate = next(f for f in qa.snapshot.facts if f["doc"] == _REPORT and f["figure"] == "-2.7%")  # the table's 同比
    assert (rate["entity"], rate["indicator"]) == ("枳溪经济技术开发区", "税收收入同比")  # no place named 税收收入
    answer = qa.ask("2025年枳溪经开区营业收入多少")
    assert "1093.8亿元" in answer["answer"] and {c["region"] for c in answer["citations"]} == {"枳溪"}


def test_a_title_naming_one_zone_alone_makes_its_own_report():
    assert own_zone(["枳溪高新区2026年上半年经济运行情况自查报告"]) == "枳溪高新区"
    assert own_zone(["枳溪市开发区2025年工作总结"]) is None  # a city's
    assert own_zone(["棣湄省开发区重点项目清单"]) is None
    assert own_zone(["全省开发区2025年工作总结"]) is None
    assert own_zone(["枳溪经开区和蓼原高新区2025年工作总结"]) is None  # two zones


def test_a_transcripts_answer_clauses_are_filed_under_the_cities_they_open_with(qa):
    assert _chunk(qa, "枳溪市开发区实现营业收入1207.6亿元")["region"] == "枳溪"
    assert _chunk(qa, "蓼原市开发区954.3亿元")["region"] == "蓼原"
    assert _chunk(qa, "荪江市开发区612.9亿元")["region"] == "荪江"
    assert _chunk(qa, "枳溪经开区一季度实现营业收入287.4亿元")["region"] == "枳溪"  # a zone's answer, its short name
    assert _chunk(qa, "全省开发区新设外资企业97家")["region"] is None  # the whole's
    assert _chunk(qa, "问：枳溪经开区一季度表现如何？")["region"] is None  # a question turn holds no answer
    assert _chunk(qa, "全省开发区实现营业收入3915.2亿元")["region"] is None
    answer = qa.ask("一季度蓼原市开发区营收多少")
    assert "954.3亿元" in answer["answer"] and {c["region"] for c in answer["citations"]} == {"蓼原"}


def test_one_citys_figure_ranks_no_cities(qa):
    """Once the own report is its city's, that city alone reports a 2025 figure: which city ranks first is not asked
    of one figure (no bulletin ranks the cities in 2025)."""
    answer = qa.ask("2025年全省开发区营收排第一的是哪个市")
    assert answer["abstained"] and "1093.8" not in answer["answer"]
