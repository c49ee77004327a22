"""A scanned project list asked by place: the rows of the city or zone asked, over both its pages.

- A document that no metadata titles and no publication's name heads (a scanned 清单, a zone's own 工作总结) takes
  the first line above its text as its title (not a label's line such as 发件人：…, nor a 续表 mark); its page 2 (a 续表)
  carries it (index/continued_pages.py). A table that opens its document is captioned by that title, and a table
  continued on the next page, captioned alike, is one table with it.
- A list of a city's things takes the rows whose cells name it; of a zone, the rows of that zone (its 所在开发区 cell,
  written in full where the question writes it short), not the other zones of its city.
- 哪几个项目 and 项目都有啥 ask the things a list names (a list; 哪个项目 asks one: a name); 列入清单的 says where the
  things stand, no word their rows write.
Invented bulletins (柏川市, 青屿市, 石湾市 of an invented province, every name and figure made up) through the real
loaders, OCR, index and pipeline."""
from __future__ import annotations

import pytest

from index.cleaning import clean_text
from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.test_pressB import index_scanned_list

PAGE_ONE = [  # (serial, name lines, zone lines, city lines or None under a merged cell, investment, progress)
    ("1", ["氢能重卡整车项目"], ["柏川经济技术开发", "区"], ["柏川", "市"], "48.6", ["在建"]),
    ("2", ["精密铸件产业园"], ["柏川经济技术开发", "区"], None, "19.3", ["已投产"]),
    ("3", ["海洋装备试验场"], ["柏川临港产业园"], None, "15.7", ["前期"]),
    ("4", ["功率芯片封测项目"], ["青屿高新技术产业", "开发区"], ["青屿", "市"], "36.4", ["在建"]),
]
PAGE_TWO = [
    ("5", ["光学膜材料项目"], ["青屿高新技术产业", "开发区"], ["青屿", "市"], "22.8", ["在建"]),
    ("6", ["保税维修中心"], ["石湾综合保税区"], ["石湾", "市"], "11.5", ["已投产"]),
    ("7", ["航材分拨基地"], ["石湾经济开发区"], None, "19.6", ["前期"]),
]


@pytest.fixture(scope="module")
def project_list(tmp_path_factory, embedding) -> BulletinQA:
    return index_scanned_list(tmp_path_factory.mktemp("press25-list"), embedding, "某省开发区重点项目清单", PAGE_ONE,
                              PAGE_TWO)


@pytest.mark.parametrize("question, names, not_names", [
    ("青屿市有哪些重点项目", ["功率芯片封测项目", "光学膜材料项目"], ["保税维修中心"]),  # over both pages
    ("柏川那边的重点项目都有啥", ["氢能重卡整车项目", "精密铸件产业园", "海洋装备试验场"], ["功率芯片封测项目"]),
    ("石湾综保区有哪几个重点项目", ["保税维修中心"], ["航材分拨基地"]),  # the zone asked short, not its city's other
    ("柏川经开区列入清单的项目有哪些", ["氢能重卡整车项目", "精密铸件产业园"], ["海洋装备试验场"]),
])
def test_a_project_lists_rows_are_listed_for_the_place_asked(project_list, question, names, not_names):
    result = project_list.ask(question)
    assert not result["abstained"] and result["kind"] == "list", result["answer"]
    assert all(name in result["answer"] for name in names), result["answer"]
    assert not any(name in result["answer"] for name in not_names), result["answer"]


@pytest.mark.parametrize("question, names, not_names", [
    ("清单里已投产的项目有哪些", ["精密铸件产业园", "保税维修中心"], ["氢能重卡整车项目"]),  # a state, over both pages
    ("总投资20亿元以上的重点项目有哪些", ["氢能重卡整车项目", "功率芯片封测项目", "光学膜材料项目"],
     ["精密铸件产业园", "航材分拨基地"]),  # a bound, the table's rows captioned by its title
])
def test_a_project_lists_rows_are_filtered_over_both_its_pages(project_list, question, names, not_names):
    result = project_list.ask(question)
    assert not result["abstained"], result["answer"]
    assert all(name in result["answer"] for name in names), result["answer"]
    assert not any(name in result["answer"] for name in not_names), result["answer"]


def test_the_scanned_lists_title_is_its_first_line_and_its_next_page_carries_it(project_list):
    titles = {c["doc"]: c["title"] for c in project_list.snapshot.chunks}
    assert set(titles.values()) == {"某省开发区重点项目清单"}, titles


@pytest.mark.parametrize("text, title", [
    ("某省开发区重点项目清单\n（截至2026年9月底）\n甲项目 序号 1 总投资 2.0亿元。", "某省开发区重点项目清单"),
    ("某某经济技术开发区2025年工作总结\n一、主要工作成效\n全年实现营业收入10亿元。", "某某经济技术开发区2025年工作总结"),
    ("续表\n乙项目 序号 2 总投资 3.0亿元。", None),  # a table's page mark, no title
    ("发件人：某处 <a@b.cn>\n主题：转发\n正文在此。", None),  # a label's line
])
def test_an_untitled_documents_first_line_above_its_text_is_its_title(text, title):
    assert clean_text(text).title == title


@pytest.mark.parametrize("question, kind", [
    ("截至9月底甲市列了哪几个重点项目", "list"), ("甲市那边的重点项目都有啥", "list"),
    ("园区入驻了哪几家企业", "list"),
    ("下一步要推动哪几个项目加快前期手续办理", "name"),  # the names a sentence gives them (a guard)
    ("哪个项目投资最大", "name"), ("投资最大的项目是哪个", "name"),  # one asked: a name (guards)
])
def test_several_things_asked_are_a_list(question, kind):
    assert classify(question) == kind
