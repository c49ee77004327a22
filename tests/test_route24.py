"""Name and list questions worded as a 哪个/哪些/最 question (投资最大的项目是哪个, 哪家企业落户了, 最大的亮点是什么):
the thing named or listed, not a ranking of places; and when no composer of the kind answers, the passage retrieval
found that writes the question's terms, of the region and period asked. Two small invented issues (翙川省, its
cities, zones, firms and every figure made up) through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "翙川省开发区工作情况通报\n2026年第{number}期\n翙川省商务厅　　2026年{month}月18日\n\n"
ISSUES = {  # (file, issue number, month the issue is out): its text
    ("2026-04-tongbao-di2qi.txt", 2, 4): """一、总体情况
一季度，全省开发区实现营业收入1108.6亿元，同比增长6.9%；新签约项目27个，协议投资额196.3亿元。
二、各市情况
（一）棠溪市
一季度，棠溪经开区实现营业收入231.5亿元，同比增长8.8%；棠溪高新区实现营业收入149.2亿元，同比增长10.7%。
（二）榧山市
一季度，榧山经开区实现营业收入127.4亿元，同比增长3.9%。
（三）蓂州市
一季度，蓂州综保区实现进出口总额45.1亿元，同比增长14.2%。
""",
    ("2026-07-tongbao-di3qi.txt", 3, 7): """一、总体情况
上半年，全省开发区实现营业收入2316.4亿元，同比增长7.2%；新签约项目58个，协议投资额412.6亿元。
二、各市情况
（一）棠溪市
上半年，棠溪经开区实现营业收入486.3亿元，同比增长9.4%；棠溪高新区实现营业收入312.8亿元，同比增长11.6%。棠溪经开区新签约项目12个，其中投资最大的是总投资38.5亿元的高纯硅材料项目。德瑞精密机械有限公司年产20万台工业机器人项目落户棠溪高新区，总投资16.2亿元。
主要亮点：一是建成全省首个开发区数字孪生平台，企业办事平均用时缩短40%；二是棠溪高新区获批省级知识产权示范园区。
（二）榧山市
上半年，榧山经开区实现营业收入268.1亿元，同比增长4.3%。新开工项目9个，其中凌峰新能源电池隔膜项目总投资22.4亿元，宏岳食品冷链物流项目总投资6.8亿元。
存在问题：招商引资后劲不足，新签约项目数同比下降。
（三）蓂州市
上半年，蓂州综保区实现进出口总额96.7亿元，同比增长15.8%，增速居全省开发区首位。汇通跨境电商结算中心、安诺生物医药冷链仓储中心两家企业入驻蓂州综保区。
""",
}

# (question, strings the answer must hold, strings it must not)
ASKED = [
    ("棠溪经开区投资最大的项目是哪个", ["高纯硅材料项目"], []),
    ("棠溪经开区新签约项目中规模最大的叫什么", ["高纯硅材料项目"], []),
    ("棠溪经开区最大的签约项目是啥", ["高纯硅材料项目"], []),
    ("哪家企业落户了棠溪高新区", ["德瑞精密机械"], []),
    ("落户棠溪高新区的是哪家企业", ["德瑞精密机械"], []),
    ("棠溪高新区引进的机器人项目是哪家企业的", ["德瑞精密机械"], []),
    ("榧山经开区新开工项目里投资最多的是哪个", ["凌峰新能源电池隔膜项目"], []),
    ("榧山经开区开工了哪些项目", ["凌峰新能源电池隔膜项目", "宏岳食品冷链物流项目"], []),
    ("棠溪市上半年最大的亮点是什么", ["数字孪生平台"], []),
    ("棠溪有哪些亮点", ["数字孪生平台", "知识产权示范园区"], []),
    ("哪些企业入驻了蓂州综保区", ["汇通跨境电商结算中心", "安诺生物医药冷链仓储中心"], []),
    ("蓂州综保区入驻了哪几家企业", ["汇通跨境电商结算中心", "安诺生物医药冷链仓储中心"], []),
    ("上半年进出口增速全省第一的是哪个开发区", ["蓂州综保区"], []),
    ("上半年谁的进出口增速排第一", ["蓂州综保区"], []),
    ("上半年营收过300亿的开发区有哪些", ["棠溪经开区", "棠溪高新区"], ["榧山经开区"]),
    ("上半年营收最高的开发区是哪个", ["棠溪经开区"], []),
    ("上半年哪个开发区营收增速最慢", ["榧山经开区"], []),
    ("榧山经开区存在什么问题", ["后劲不足"], []),
    ("全省首个开发区数字孪生平台是哪个市建的", ["棠溪"], []),
    ("一季度哪个开发区营收增长最快", ["棠溪高新区"], []),
    ("棠溪哪个项目投资最大", ["高纯硅材料项目"], ["凌峰"]),
    ("榧山经开区投资最大的新开工项目", ["凌峰新能源电池隔膜项目"], ["高纯硅"]),
    ("棠溪最大的亮点", ["数字孪生平台"], []),
    ("上半年营收破300亿元的有哪几个开发区", ["棠溪经开区", "棠溪高新区"], ["榧山经开区"]),
    ("上半年营收突破400亿的开发区是哪个", ["棠溪经开区"], ["棠溪高新区"]),
]


def _issue(number: int, month: int, text: str) -> str:
    return _HEAD.format(number=number, month=month) + text


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _issue(*when, text) for (name, *when), text in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("route24"), files, embedding)


@pytest.mark.parametrize("question,must,must_not", ASKED, ids=[q for q, _, _ in ASKED])
def test_a_name_or_list_asked_is_answered(qa, question, must, must_not):
    answer = qa.ask(question)
    assert not answer["abstained"], (answer["kind"], answer["answer"])
    assert all(m in answer["answer"] for m in must), (answer["kind"], answer["answer"])
    assert not any(m in answer["answer"] for m in must_not), (answer["kind"], answer["answer"])


def test_a_superlative_of_a_thing_asks_its_name_and_of_a_place_a_ranking():
    for question in ("投资最大的项目是哪个", "哪个项目投资最多", "新开工项目中投资最大的是哪个", "签约金额最大的企业是哪家",
                     "甲经开区引进的最大项目是什么"):
        assert classify(question) == "name", question
    assert classify("最大的亮点是什么") == "list"  # a section's items
    for question in ("签约项目最多的是哪个园区", "哪个开发区签约项目最多", "哪个市企业投资最多", "谁排第一"):
        assert classify(question) == "compare", question


def test_a_superlative_another_place_states_is_no_answer(qa):
    answer = qa.ask("蓂州综保区投资最大的项目是哪个")
    assert "高纯硅" not in answer["answer"], answer["answer"]  # 棠溪's project
