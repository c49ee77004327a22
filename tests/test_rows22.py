"""An answer line shows of a table row only the row's header and the cells of the figure asked
(`qa/compose/row_cells.py`, `shown_cells`): the row's other columns count other things (another indicator, another
period, a share, a rank) and a reader would take their figures for the one asked. The citation still quotes the row
whole. A zone's name an answer states in its short form (芮溪经开区) is cited where the bulletin writes it so, when the
heading of its passage writes it in full (◆ 芮溪经济技术开发区（芮溪市）; `qa/compose/base.py`, `place_evidence`).
Invented bulletins (芮澜省, 2033; 澜沔省, 2034), through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

HALF = """2033年上半年全省开发区主要经济指标完成情况

上半年，全省开发区实现营业收入3120.9亿元，同比增长6.1%。

表1 上半年各开发区主要指标
开发区\t所在市\t营业收入（亿元）\t同比增长（%）\t进出口总额（亿元）\t同比增长（%）\t实际使用外资（万美元）\t全省排名
芮溪经开区\t芮溪市\t447.2\t6.8\t81.5\t5.2\t6620\t2
芮溪高新区\t芮溪市\t395.1\t10.2\t45.3\t13.6\t5110\t3
澜沔综保区\t澜沔市\t128.6\t4.1\t203.7\t9.4\t2750\t6

表2 上半年各市开发区营业收入
地区\t本年（亿元）\t上年同期（亿元）\t同比增长（%）\t占全省比重（%）
芮溪市\t842.3\t781.6\t7.8\t27.0
澜沔市\t128.6\t123.5\t4.1\t4.1
"""

DIGEST = """澜沔省开发区工作动态
2034年第1期（总第9期）

2034年全年重点开发区工作情况

一、芮溪市

◆ 芮溪经济技术开发区（芮溪市）

1. 主要指标平稳增长。2034年，芮溪经开区实现营业收入512.3亿元，同比增长6.1%。

2. 集约用地成效明显。亩均税收达到28.6万元，居全省经开区第3位；新建标准厂房12.4万平方米。

◆ 芮溪高新技术产业开发区（芮溪市）

1. 创新能力增强。2034年，芮溪高新区研发经费投入21.4亿元，同比增长15.2%。

2. 新业态加快发展。跨境电商进出口单量达到1520万单；保税维修产值8.3亿元。

二、澜沔市

◆ 澜沔综合保税区（澜沔市）

1. 外贸规模扩大。2034年，澜沔综保区实现外贸进出口206.5亿元，同比增长12.7%。

2. 通关改革见效。推行“一单到底”改革，通关时间压缩至6小时以内。
"""


@pytest.fixture(scope="module")
def digest(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows22d"), {"2035-01-kaifaqu-dongtai-di1qi.txt": DIGEST}, embedding)


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows22"), {"2033-07-kaifaqu-shangbannian.txt": HALF}, embedding)


def _quoted(answer: dict) -> str:
    return "".join(c["quote"] for c in answer["citations"])


def test_a_ranking_shows_the_growth_asked_with_its_indicator_not_the_rows_other_figures(qa: BulletinQA) -> None:
    answer = qa.ask("上半年芮溪经开区和澜沔综保区进出口增速哪个快？")
    assert "9.4%" in answer["answer"] and "5.2%" in answer["answer"]
    assert "进出口总额" in answer["answer"]  # whose growth it is
    for other in ("447.2亿元", "6.8%", "6620万美元", "4.1%"):  # another indicator, its growth, the rank's row
        assert other not in answer["answer"]
    assert "447.2亿元" in _quoted(answer)  # the row is still cited whole


def test_each_shows_the_figure_asked_with_its_rows_header(qa: BulletinQA) -> None:
    answer = qa.ask("上半年芮溪高新区、澜沔综保区实际使用外资分别是多少")
    assert "5110万美元" in answer["answer"] and "2750万美元" in answer["answer"]
    assert "芮溪高新区" in answer["answer"] and "澜沔综保区" in answer["answer"]
    for other in ("395.1亿元", "45.3亿元", "13.6%", "203.7亿元"):
        assert other not in answer["answer"]


def test_a_growth_in_a_table_of_period_columns_shows_no_share(qa: BulletinQA) -> None:
    answer = qa.ask("上半年芮溪市和澜沔市开发区营收同比增长谁快")
    assert "7.8%" in answer["answer"] and "芮溪市" in answer["answer"]
    assert "27.0%" not in answer["answer"]  # the share column is no growth


@pytest.mark.parametrize("question, zone", [
    ("亩均税收居全省经开区第3位的是哪个开发区", "芮溪经开区"),          # a written position
    ("跨境电商进出口单量达到1520万单的是哪个园区", "芮溪高新区"),      # a figure's sentence naming no zone
    ("推行“一单到底”改革的是哪个园区", "澜沔综保区"),                # a measure's sentence naming no zone
])
def test_a_zone_named_short_is_cited_where_its_bulletin_writes_it_so(digest: BulletinQA, question: str,
                                                                   zone: str) -> None:
    answer = digest.ask(question)
    assert answer["short"] == zone
    assert any(zone in c["quote"] for c in answer["citations"])
