"""A table row's figure is read with its own cells (`qa/compose/row_cells.py`): what it counts is written in the cells
since the figure before it, not across the row, whose other columns count other things. A growth asked is found in
a city's row that also has a share column (`占全省比重`), read with the row's header (whose figure it is). Invented bulletin (椋川省), through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

YEAR_PAGE = """2031年全省开发区主要指标完成情况

2031年，全省开发区实现营业收入5120.6亿元，同比增长6.2%。

重点园区中，椋溪经开区全年实现营业收入912.4亿元，同比增长4.1%；椋溪高新区实现营业收入655.3亿元，同比增长12.8%。
檀屿经开区实现营业收入702.9亿元，同比增长3.2%。

表1 2031年各市开发区营业收入完成情况
地区\t本年（亿元）\t上年同期（亿元）\t同比增长（%）\t占全省比重（%）
椋溪市\t1873.5\t1722.1\t8.8\t36.6
檀屿市\t1204.7\t1163.9\t3.5\t23.5
蘅川市\t644.2\t652.0\t-1.2\t12.6

表2 2031年各市开发区开放型经济指标
地区\t进出口总额（亿元）\t同比增长（%）\t实际使用外资（万美元）\t同比增长（%）
椋溪市\t310.4\t9.6\t42150\t-3.3
檀屿市\t187.2\t5.1\t18630\t7.4
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("oldA"), {"2032-01-kaifaqu-zhibiao.txt": YEAR_PAGE}, embedding)


def test_a_citys_growth_is_its_table_rows_though_the_row_has_a_share_column(qa: BulletinQA) -> None:
    answer = qa.ask("2031年椋溪市和檀屿市开发区营收增速谁高？")
    assert answer["short"] in ("椋溪", "椋溪市")
    assert "8.8%" in answer["answer"] and "3.5%" in answer["answer"]
    assert "12.8%" not in answer["answer"]  # a zone's growth is no city's


def test_the_slowest_city_is_ranked_by_the_rows_growth(qa: BulletinQA) -> None:
    answer = qa.ask("2031年哪个市的开发区营业收入增长最慢？")
    assert answer["short"] in ("蘅川", "蘅川市") and "-1.2%" in answer["answer"]


def test_each_citys_growth_is_its_rows(qa: BulletinQA) -> None:
    answer = qa.ask("2031年椋溪、檀屿两市开发区营业收入同比增长分别是多少？")
    assert "8.8%" in answer["answer"] and "3.5%" in answer["answer"] and "12.8%" not in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"椋溪", "檀屿"}

