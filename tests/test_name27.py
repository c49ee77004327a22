"""Fresh name and compare wordings (name27), answered by rules of Chinese and of bulletin layout. Two invented files
of 岚州省 (its cities, zones, firms and every figure made up) through the real loader, index and pipeline.

- 倒数第二 counts from the bottom of a ranking table's positions: of eight places, the seventh.
- 交由 hands a thing to the zone after it, no part of that zone's name (甲临港产业园正式交由甲高新区托管: 甲高新区, not
  产业园正式交由甲高新区), and a name led by 全国 is the kind over the whole country (在全国综合保税区…评估中), no zone.
- A kind of figure after an indicator the documents write (进出口额|增速) asks that indicator's growth, not another
  indicator written inside it (出口增速).
- A firm asked as the partner of a deed (是和哪一家企业签的约) is the name between 与/和 and that verb in the sentence.
- A table row as the indexer writes it (… 责任单位 甲市商务局) holds a label's value after a space: 责任单位是谁 is the cell.
- Words the question writes before …的龙头是哪家 that the sentence writes as the subject of a verb (…电池产业链实现产值…)
  are no deed done by what is asked: the firm is read where it is named (龙头企业[澜峤储能]三期项目…).
"""
from __future__ import annotations

import pytest

from index.zones import find_zones
from qa.pipeline import BulletinQA
from tests.conftest import index_files

RANKING = ("2026-02-kaohe-tongbao.txt",
           "岚州省商务厅关于2025年度全省开发区综合考核结果的通报\n岚州省商务厅　　2026年2月12日\n\n"
           "一、总体情况\n2025年，全省开发区实现营业收入6120.4亿元，同比增长6.6%；出口增速比上年加快1.2个百分点。\n\n"
           "二、考核结果\n表1　2025年度全省开发区综合考核排名\n"
           "| 名次 | 开发区 | 所在市 | 综合得分 | 名次变化 |\n"
           "| 1 | 榕溪经济技术开发区 | 榕溪市 | 94.8 | — |\n"
           "| 2 | 栎阳高新技术产业开发区 | 栎阳市 | 92.1 | ↑1 |\n"
           "| 3 | 岚州综合保税区 | 岚州市 | 90.6 | ↓1 |\n"
           "| 4 | 岚州经济开发区 | 岚州市 | 88.3 | — |\n"
           "| 5 | 榕溪临港产业园 | 榕溪市 | 85.7 | ↑2 |\n"
           "| 6 | 栎阳经济开发区 | 栎阳市 | 83.9 | — |\n"
           "| 7 | 蓁川化工园区 | 蓁川市 | 78.2 | ↓2 |\n"
           "| 8 | 蓁川经济开发区 | 蓁川市 | 72.5 | — |\n")
DIGEST = ("2026-01-dongtai-di1qi.txt",
          "开发区工作动态\n2026年第1期\n岚州省商务厅开发区处　　2026年1月20日\n\n"
          "编者按：2025年，全省开发区主要指标保持平稳增长。现将各市报送的2025年全年工作情况编发如下。\n\n"
          "【信息1】岚州综保区进出口额突破300亿元\n岚州综合保税区2025年实现进出口额318.6亿元，同比增长12.1%，"
          "在全国综合保税区发展绩效评估中被评为A类。（岚州市商务局供稿）\n\n"
          "【信息2】栎阳高新区储能电池产业链产值超200亿元\n栎阳高新区2025年储能电池产业链实现产值超200亿元，同比增长18.4%，"
          "集聚上下游企业36家。龙头企业澜峤储能三期项目11月建成投产，新增产能12GWh。（栎阳市商务局供稿）\n\n"
          "【信息3】榕溪推进一区多园整合\n12月8日，榕溪临港产业园正式交由榕溪经开区托管，统一规划、统一招商。"
          "（榕溪市商务局供稿）\n\n"
          "【信息4】榕溪经开区引进高端装备项目\n榕溪经开区与澄岳精工签约高端装备制造项目，总投资约26亿元，达产后年产值约40亿元。"
          "（榕溪市商务局供稿）\n\n"
          "各市开发区下步重点工作安排\n| 地区 | 重点工作 | 责任单位 |\n"
          "| 榕溪市 | 推动榕溪经开区高端装备制造项目开工 | 榕溪市商务局 |\n"
          "| 栎阳市 | 栎阳高新区新增储能配套企业5家 | 栎阳市发展改革委 |\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("name27"), dict([RANKING, DIGEST]), embedding)


@pytest.mark.parametrize(("question", "zone"), [("2025年度综合考核倒数第二是哪个开发区？", "蓁川化工园区"),
                                                ("2025年度考核排名倒数第三的开发区是哪个", "栎阳经济开发区")])
def test_a_position_counted_from_the_bottom(qa, question, zone):
    answer = qa.ask(question)
    assert answer["short"] == zone, (answer["short"], answer["answer"])
    assert "蓁川经济开发区" not in answer["answer"], answer["answer"]


def test_a_zone_named_after_another_is_its_own():
    assert [name for _, _, name in find_zones("12月8日，榕溪临港产业园正式交由榕溪经开区托管。")] == ["榕溪临港产业园", "榕溪经开区"]
    assert find_zones("在全国综合保税区发展绩效评估中被评为A类") == []


@pytest.mark.parametrize(("question", "name"), [("榕溪临港产业园交给哪个开发区托管？", "榕溪经开区"),
                                                ("2025年哪家综合保税区在绩效评估中被评为A类？", "岚州综合保税区")])
def test_the_zone_asked_is_the_one_named(qa, question, name):
    answer = qa.ask(question)
    assert answer["short"] == name, (answer["short"], answer["answer"])


@pytest.mark.parametrize("question", ["栎阳高新区电池产业链的龙头是哪家企业", "栎阳高新区储能电池产业的龙头是哪一家"])
def test_the_head_of_a_chain_is_the_firm_named(qa, question):
    answer = qa.ask(question)
    assert "澜峤储能" in answer["answer"], answer["answer"]
    assert answer["short"] == "澜峤储能", (answer["short"], answer["answer"])


def test_the_growth_of_an_indicator_written(qa):
    answer = qa.ask("岚州综合保税区2025年进出口额增速是多少？")
    assert "12.1%" in answer["answer"] and not answer["abstained"], answer["answer"]


@pytest.mark.parametrize("question", ["榕溪经开区高端装备项目是和哪一家企业签的约？", "榕溪经开区的高端装备制造项目是跟哪家公司签约的"])
def test_the_partner_of_a_deed(qa, question):
    answer = qa.ask(question)
    assert answer["short"] == "澄岳精工", (answer["short"], answer["answer"])


def test_the_cell_under_a_label_asked(qa):
    answer = qa.ask("栎阳市下步重点工作的责任单位是谁？")
    assert answer["short"] == "栎阳市发展改革委", (answer["short"], answer["answer"])
