"""Lists asked as staff ask them, in words the rules had not met: the plans asked as how the work is arranged
(下半年工作怎么安排的), the things to do counted (重点抓哪三件事), a section's items qualified by a clause after them
(哪些经验做法值得推广), a doing asked with 点 (打算干点啥), the whole year's issue named (全年通报里的下步打算) where
later issues plan too, a word of the bulletin's own name (运行 of 开发区经济运行监测: 运行中存在哪些问题), which names
no topic inside a section, a problem whose point comes after 但 (titled with it), and every place asked (各市) where
each city heads its plans its own way (下步打算) and the province another (下一步工作安排), and a section named
with no question word (各市存在的问题). Three invented issues of 蓁原省 (its cities and every figure made up) through the real
loaders, index and pipeline, with the real model."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "蓁原省开发区经济运行监测\n{issue}\n蓁原省商务厅　　{date}\n"
ISSUES = {
    "2025-07-yunxing-jiance-di2qi.html": ("2025年第2期", "2025年7月20日", """上半年，全省开发区运行总体平稳，实现营业收入2310.5亿元，同比增长6.1%。
一、主要做法
（一）芃城市
芃城经开区上半年实现营业收入612.3亿元，同比增长7.4%，新签约亿元以上项目18个。
（二）葳川市
葳川高新区上半年实现营业收入408.6亿元，同比增长9.2%，新增高新技术企业37家。
二、经验做法
（一）“园长+链长”联动。各开发区由园区主任任园长，按产业链组建招商专班。
（二）“拿地即开工”审批。推行并联审批，工业项目拿地到开工平均用时缩短至9天。
三、存在问题
一是部分开发区新增用地指标不足。二是中小企业融资成本偏高。
四、下半年工作安排
1.开展“项目攻坚月”行动，推动签约项目早开工。
2.推进开发区扩区调区，年底前完成方案审核。
3.组织开发区赴长三角开展产业链招商。
"""),
    "2026-01-yunxing-jiance-di1qi.txt": ("2026年第1期", "2026年1月22日", """2025年，全省开发区实现营业收入4806.2亿元，同比增长6.4%。
一、主要做法
（一）芃城市
芃城经开区全年实现营业收入1288.5亿元，同比增长7.0%。
（二）葳川市
葳川高新区全年实现营业收入842.7亿元，同比增长8.8%。
二、存在问题
（一）芃城市
芃城综保区保税研发、保税维修等新业态占进出口总额的比重提高到4.6%，但总体规模仍然偏小；高层次人才缺口近300人。
三、下步打算
（一）芃城市
芃城市将一是推动芃城经开区储能产业园二期开工；二是建设芃城高新区中试基地。
（二）葳川市
葳川市将一是新增高新技术企业60家；二是建成葳川高新区科创大厦。
"""),
    "2026-04-yunxing-jiance-di2qi.txt": ("2026年第2期", "2026年4月21日", """一季度，全省开发区实现营业收入1190.4亿元，同比增长5.8%。
一、主要做法
（一）芃城市
芃城经开区一季度实现营业收入318.2亿元，同比增长6.6%。
（二）葳川市
葳川高新区一季度实现营业收入206.9亿元，同比增长8.1%。
二、下步打算
（一）芃城市
芃城市将重点抓好三件事：一是加快储能产业园二期主体施工；二是举办芃城综保区跨境电商对接会；三是盘活芃城经开区闲置厂房5万平方米。
（二）葳川市
葳川市将启动葳川高新区孵化器扩建，力争二季度新增在孵企业40家。
三、下一步工作安排
一要抓好项目攻坚。全省开发区二季度新开工亿元以上项目不少于40个。
二要抓好专题招商。组织开发区赴粤港澳大湾区开展产业链招商。
"""),
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(issue=issue, date=date) + text for name, (issue, date, text) in ISSUES.items()}
    files = {name: _as_page(text) if name.endswith(".html") else text for name, text in files.items()}
    return index_files(tmp_path_factory.mktemp("list20"), files, embedding)


def _as_page(text: str) -> str:
    """The issue as a saved web page, whose <title> is the bulletin's name."""
    lines = text.strip().splitlines()
    return (f"<html><head><title>{lines[0]}</title></head><body><h1>{lines[0]}</h1>"
            + "".join(f"<p>{line}</p>" for line in lines[1:]) + "</body></html>")


def _holds(result: dict, *items: str) -> None:
    assert not result["abstained"], result["answer"]
    for item in items:
        assert item in result["answer"], (item, result["answer"])


@pytest.mark.parametrize("question", ["下半年全省开发区工作怎么安排的", "全省开发区下半年各方面工作咋安排的，列一下"])
def test_how_the_work_is_arranged_asks_the_plans_listed(qa, question) -> None:
    result = qa.ask(question)
    assert classify(question) == "list" and result["kind"] == "list", result
    _holds(result, "项目攻坚月", "扩区调区", "产业链招商")
    assert {c["period"] for c in result["citations"]} == {"2025年上半年"}


@pytest.mark.parametrize("question", ["芃城下一步重点抓哪三件事", "芃城市下步要干哪两件事"])
def test_the_things_to_do_counted_are_the_items_of_the_plans(qa, question) -> None:
    result = qa.ask(question)
    assert classify(question) == "list" and result["kind"] == "list", result
    _holds(result, "储能产业园二期主体施工", "跨境电商对接会", "闲置厂房5万平方米")
    assert len(result["citations"]) == 3 and {c["region"] for c in result["citations"]} == {"芃城"}


def test_items_qualified_by_a_clause_after_them_are_the_sections_list(qa) -> None:
    question = "上半年全省开发区有哪些经验做法值得推广"
    result = qa.ask(question)
    assert classify(question) == "list", result
    _holds(result, "“园长+链长”联动", "“拿地即开工”审批")
    assert "项目攻坚月" not in result["answer"]


@pytest.mark.parametrize("question, item", [("芃城下一步打算干点啥", "储能产业园二期主体施工"),
                                            ("葳川市下一步打算干点啥？", "孵化器扩建"), ("葳川接下来准备做些什么", "孵化器扩建")])
def test_a_doing_asked_with_a_bit_of_is_no_term(qa, question, item) -> None:
    _holds(qa.ask(question), item)


def test_the_whole_years_issue_named_is_the_issue_asked(qa) -> None:
    result = qa.ask("芃城全年通报里的下步打算列一下")
    _holds(result, "储能产业园二期开工", "中试基地")
    assert "主体施工" not in result["answer"]
    assert {c["period"] for c in result["citations"]} == {"2025年全年"}


def test_a_word_of_the_bulletins_name_names_no_topic(qa) -> None:
    result = qa.ask("上半年开发区运行中存在哪些问题")
    _holds(result, "新增用地指标不足", "融资成本偏高")


def test_a_problem_turned_against_its_lead_is_titled_with_the_turn(qa) -> None:
    result = qa.ask("芃城全年通报里存在哪些问题")
    _holds(result, "但总体规模仍然偏小", "高层次人才缺口近300人")


@pytest.mark.parametrize("question", ["各市下一步有什么打算", "每个市接下来准备干啥"])
def test_every_place_asked_is_each_places_part_under_its_own_heading(qa, question) -> None:
    result = qa.ask(question)
    _holds(result, "储能产业园二期主体施工", "孵化器扩建")
    assert {c["region"] for c in result["citations"]} == {"芃城", "葳川"}


@pytest.mark.parametrize("question", ["芃城全年通报里存在的问题", "芃城全年通报里的问题和不足。"])
def test_a_section_named_alone_asks_its_list(qa, question) -> None:
    result = qa.ask(question)
    assert classify(question) == "list" and result["kind"] == "list", result
    _holds(result, "但总体规模仍然偏小", "高层次人才缺口近300人")
