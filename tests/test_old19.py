"""Old dev failures with known causes (round old19), as rules of the language and of bulletins: a figure's unit is
its whole measure word phrase (18个工作日); a ratio asked by another of its words (占比 for the 强度 written); a card's
arrow (↑9.6%) writes the change; a box's or a slide's title naming a zone makes its passage that zone's; a region's
row in a bulletin on 开发区 answers the city's 开发区 asked; a bulletin's 栏目 is no term asked; a definition or a 口径
asked is told by the sentence defining the term or the note; the attachments asked are the bulletin's 附件 list.
Invented bulletins through the real index."""
from __future__ import annotations

import pytest

from tests.conftest import index_files

_HALF = """开发区运行简报
2026年第2期
汀州省商务厅 2026年7月20日

一、沭川市
上半年，沭川经济技术开发区实现营业收入418.6亿元，同比增长6.2%；研发经费投入强度达到2.9%。
沭川经开区推行“拿地即开工”，工业项目审批时限由40个工作日压缩至18个工作日。
专栏3　沭川高新区“链长制”招商
上半年签约生物医药产业链项目9个，总投资126.4亿元，其中十亿元级项目3个。
沭川高新技术产业开发区实现营业收入231.5亿元，同比增长8.8%。

二、洺阳市
洺阳经济技术开发区上半年实现营业收入205.3亿元，同比增长7.7%。按照本期通报的统计，洺阳新签约重点产业项目①11个。
实际使用外资0.92亿美元，↑8.7%；进出口总额41.3亿元，↓2.6%。

三、有关说明
①重点产业项目指计划总投资5亿元及以上的制造业项目，不含房地产开发项目。
注：6月数据为快报数，以统计部门正式发布为准。

附件：1.上半年各市开发区主要指标.xlsx；2.上半年重点产业项目清单.xlsx
"""


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("old19"), {"2026-07-jianbao-di2qi.txt": _HALF}, embedding)


def test_a_figures_unit_is_its_whole_measure_word_phrase(bulletin) -> None:
    result = bulletin.ask("沭川经开区工业项目审批时限压缩到了多少个工作日？")
    assert result["short"] == "18个工作日"


@pytest.mark.parametrize("question", ["沭川经开区上半年研发经费投入占比多少？", "沭川经开区研发经费投入比重是多少"])
def test_a_ratio_asked_by_another_of_its_words_is_the_one_written(bulletin, question) -> None:
    assert bulletin.ask(question)["short"] == "2.9%"


def test_a_cards_arrow_writes_the_change(bulletin) -> None:
    assert bulletin.ask("洺阳上半年实际使用外资增幅是多少？")["short"] == "8.7%"
    assert bulletin.ask("洺阳上半年进出口总额降幅多少？")["short"] == "2.6%"


def test_a_boxs_title_names_the_zone_of_its_text(bulletin) -> None:
    result = bulletin.ask("沭川高新区“链长制”招商签约的产业链项目总投资多少？")
    assert result["short"] == "126.4亿元"



def test_a_part_of_the_bulletin_named_is_no_term_asked(bulletin) -> None:
    assert bulletin.ask("简报栏目里沭川经开区上半年营业收入是多少？")["short"] == "418.6亿元"


def test_a_definition_asked_is_told_by_the_sentence_defining_the_term(bulletin) -> None:
    result = bulletin.ask("本期通报里重点产业项目是怎么界定的？")
    assert result["kind"] == "how" and "计划总投资5亿元及以上的制造业项目" in result["answer"]


def test_a_basis_asked_of_a_period_is_told_by_its_note(bulletin) -> None:
    result = bulletin.ask("上半年的数据是什么口径？")
    assert "6月数据为快报数" in result["answer"]



def test_the_attachments_asked_are_the_bulletins_list(bulletin) -> None:
    answer = bulletin.ask("这期简报附了哪些表格？")["answer"]
    assert "上半年各市开发区主要指标.xlsx" in answer and "上半年重点产业项目清单.xlsx" in answer


_MONITOR = """汀州省开发区经济运行监测通报（2026年第1期）

一、总体情况

2026年1—3月，全省开发区实现营业收入1021.7亿元，同比增长6.4%；新开工亿元以上项目52个。

二、分市情况

表1 一季度各市主要指标
指标\t单位\t沭川市\t洺阳市\t岑溪市
营业收入\t亿元\t436.2\t301.2\t284.3
营业收入增速\t%\t6.9\t5.1\t7.3
新开工亿元以上项目\t个\t23\t16\t13

表2 一季度重点开发区营业收入及位次
开发区\t所在市\t营业收入（亿元）\t同比增长（%）\t位次
沭川经开区\t沭川市\t268.5\t7.2\t1
岑溪高新区\t岑溪市\t284.3\t7.3\t2
洺阳经开区\t洺阳市\t197.6\t5.4\t3
洺阳临港产业园\t洺阳市\t103.6\t4.5\t4
"""


@pytest.fixture(scope="module")
def monitor(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("old19-monitor"), {"2026-04-jiance.txt": _MONITOR}, embedding)


def test_a_citys_row_answers_its_zones_as_a_whole(monitor) -> None:
    result = monitor.ask("一季度洺阳市开发区营业收入是多少")
    assert result["short"] == "301.2亿元" and "197.6亿元" not in result["answer"]
    assert monitor.ask("沭川市开发区呢？", history=["一季度洺阳市开发区营业收入是多少"])["short"] == "436.2亿元"
