"""Fresh name wordings (name28), answered by rules of Chinese and of bulletin layout. Three invented files of 霁州省
(its cities, zones, projects and every figure made up) through the real loader, index and pipeline.

- A which-question of a table row asks one of its cells: the cell under the column whose name ends with the noun asked
  (…项目落在哪个开发区 ↔ 所在开发区 乙经开区), else, for a thing a table names one a row (哪个项目), the row's own first cell,
  never another column's value (进展 主体完工). A merged cell written after the row's first (甲项目 甲市 序号 1 …) shifts
  the column names by one: the figures tell which cells are values.
- A state asked of a place's rows (甲市哪个项目还没开工) is the rows of that place holding that state, not all its rows.
- A zone's own report (我区…, its name only in the title) tells of that zone: 甲经开区…封顶的是哪个产业园 is answered from it.
- 甲园二期等3个项目推迟开工: the item named is the one before 等 and its count (甲园二期), no 二期等3个项目.
- 通过什么平台 asks the name of the platform (a thing with a name of its own), not a way of doing.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.short import short_span
from qa.table_runs import cell_under
from tests.conftest import index_files

LEDGER = ("2026-10-zhongdian-xiangmu-qingdan.txt",
          "霁州省开发区重点项目清单\n（截至2026年9月底）\n\n"
          "| 序号 | 项目名称 | 所在开发区 | 所在市 | 总投资（亿元） | 进展 |\n"
          "| --- | --- | --- | --- | --- | --- |\n"
          "| 1 | 氢能重卡整车项目 | 霁川经济技术开发区 | 霁川市 | 48.6 | 在建 |\n"
          "| 2 | 精密齿轮产业园 | 霁川经济技术开发区 | 霁川市 | 19.3 | 已投产 |\n"
          "| 3 | 硅基负极材料项目 | 雩岭高新技术产业开发区 | 雩岭市 | 33.7 | 未开工 |\n"
          "| 4 | 智慧冷链物流园 | 雩岭高新技术产业开发区 | 雩岭市 | 21.9 | 在建 |\n"
          "| 5 | 海工装备配套项目 | 沭滨经济开发区 | 沭滨市 | 27.4 | 主体完工 |\n"
          "| 6 | 跨境电商监管中心 | 沭滨综合保税区 | 沭滨市 | 12.8 | 已投产 |\n"
          "| 7 | 生物基纤维项目 | 沭滨经济开发区 | 沭滨市 | 16.5 | 未开工 |\n")
OWN_REPORT = ("2026-01-jichuan-jingkaiqu-gongzuo-zongjie.txt",
              "霁川经济技术开发区2025年工作总结\n\n"
              "一、主要工作成效\n"
              "2025年，我区实现营业收入862.4亿元，同比增长8.1%。全年完成固定资产投资96.2亿元，增长5.4%；"
              "氢能重卡整车项目一期建成投产，精密齿轮产业园主体结构封顶。\n\n"
              "二、存在的问题\n"
              "受用地指标影响，凌峰轴承产业园二期等3个项目推迟开工。\n\n"
              "霁川经济技术开发区管理委员会\n2026年1月12日\n")
PRESS = ("2026-04-fabuhui-shilu.txt",
         "霁州省2026年一季度开发区经济运行情况新闻发布会\n\n"
         "主持人：下面请省商务厅介绍有关情况。\n"
         "记者：问：企业在开发区遇到问题，怎么反映？\n"
         "祁向远：答：企业可通过“霁企办”平台提交诉求，开发区管委会3个工作日内响应。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("name28"), dict([LEDGER, OWN_REPORT, PRESS]), embedding)


@pytest.mark.parametrize(("question", "name"), [("总投资27.4亿元的是哪个项目？", "海工装备配套项目"),
                                                ("硅基负极材料项目落在哪个开发区？", "雩岭高新技术产业开发区")])
def test_the_cell_of_a_row_asked(qa, question, name):
    answer = qa.ask(question)
    assert answer["short"] == name, (answer["short"], answer["answer"])


def test_a_merged_cell_after_the_first_shifts_the_column_names():
    row = "新材料一期项目 霁川市 序号 1 所在开发区 霁川经开区 本年计划投资 86000万元 1-9月完成 71200万元 项目状态 已投产"
    assert cell_under(row, "所在开发区") == "霁川经开区"
    assert short_span("新材料一期项目落在哪个开发区？", row) == "霁川经开区"


@pytest.mark.parametrize(("question", "held", "others"), [
    ("沭滨哪个项目还没开工？", "生物基纤维项目", ("海工装备配套项目", "跨境电商监管中心", "硅基负极材料项目")),
    ("沭滨综保区已投产的是哪个项目？", "跨境电商监管中心", ("精密齿轮产业园", "海工装备配套项目"))])
def test_a_state_asked_of_a_places_rows(qa, question, held, others):
    answer = qa.ask(question)
    assert held in answer["answer"], answer["answer"]
    assert not any(other in answer["answer"] for other in others), answer["answer"]
    assert answer["short"] == held and answer["kind"] == "name", (answer["short"], answer["kind"], answer["answer"])


def test_a_zones_own_report_tells_of_it(qa):
    answer = qa.ask("霁川经开区2025年主体结构封顶的是哪个产业园？")
    assert not answer["abstained"], answer["answer"]
    assert "精密齿轮产业园主体结构封顶" in answer["answer"], answer["answer"]
    assert answer["short"] == "精密齿轮产业园", (answer["short"], answer["answer"])


def test_the_item_named_before_its_count():
    sentence = "受用地指标影响，凌峰轴承产业园二期等3个项目推迟开工。"
    assert short_span("推迟开工的是哪个项目？", sentence) == "凌峰轴承产业园二期"


def test_a_platform_asked_is_a_name(qa):
    assert classify("企业可以通过什么平台提交诉求？") == "name"
    assert classify("企业可以通过什么方式提交诉求？") == "how"
    answer = qa.ask("企业可以通过什么平台提交诉求？")
    assert answer["kind"] == "name" and "霁企办" in answer["short"], (answer["kind"], answer["short"], answer["answer"])
