"""Name and list questions over a table of projects or firms (哪个项目投资最多, 总投资排前三的项目, 哪家企业营收最高) and
over prose naming who did something (谁牵头, 哪个开发区获评了…): the row or the thing named, not a ranking of places.
Two small invented issues (瑄河省, its cities, zones, projects, firms and every figure made up) through the real loader,
index and pipeline: a project table with a place column, one without, a table of firms, prose naming them."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "瑄河省开发区运行情况通报\n2026年第{number}期\n瑄河省商务厅　　2026年{month}月20日\n\n"
ISSUES = {  # (file, issue number, month the issue is out): its text
    ("2026-07-tongbao-di3qi.md", 3, 7): """一、总体情况
上半年，全省开发区实现营业收入1876.4亿元，同比增长6.3%；新开工亿元以上项目5个，总投资114.2亿元。
二、各市情况
（一）琇州市
上半年，琇州经开区实现营业收入412.7亿元，同比增长7.5%。琇州高新区获评国家级绿色工业园区。
（二）玳山市
上半年，玳山经开区实现营业收入236.9亿元，同比增长5.1%。由恒泰重工集团牵头，玳山经开区组建了装备制造产业联盟。
（三）璟川市
上半年，璟川综保区实现进出口总额58.3亿元，同比增长12.4%。新签约项目6个，其中澜合冷链科技有限公司年产10万吨冷链食品加工项目总投资9.6亿元，是今年以来全市签约的最大食品加工项目。

附表1 上半年全省开发区新开工亿元以上重点项目

| 序号 | 项目名称 | 所在开发区 | 所在市 | 总投资（亿元） | 进展 |
|---|---|---|---|---|---|
| 1 | 高端轴承智能制造项目 | 琇州经开区 | 琇州市 | 28.6 | 主体施工 |
| 2 | 生物基可降解材料项目 | 玳山经开区 | 玳山市 | 12.4 | 设备安装 |
| 3 | 氢燃料电池电堆项目 | 琇州高新区 | 琇州市 | 45.2 | 主体施工 |
| 4 | 冷链物流分拨中心项目 | 璟川综保区 | 璟川市 | 8.7 | 场地平整 |
| 5 | 光伏玻璃深加工项目 | 玳山经开区 | 玳山市 | 19.3 | 设备安装 |
""",
    ("2026-10-tongbao-di4qi.md", 4, 10): """一、总体情况
前三季度，全省开发区实现营业收入2915.8亿元，同比增长6.6%。
二、各市情况
（一）琇州市
前三季度，琇州经开区实现营业收入633.5亿元，同比增长7.9%，新签约项目4个。

琇州经开区前三季度签约项目

| 序号 | 项目名称 | 签约企业 | 投资额（亿元） |
|---|---|---|---|
| 1 | 精密数控机床项目 | 瀚钧机械有限公司 | 16.8 |
| 2 | 半导体封装测试项目 | 芯禾微电子有限公司 | 33.5 |
| 3 | 新型建材产业园项目 | 固垣建材有限公司 | 6.2 |
| 4 | 工业机器人减速器项目 | 擎衡传动有限公司 | 21.9 |

（二）玳山市
前三季度，玳山经开区实现营业收入371.2亿元，同比增长5.4%。

玳山经开区重点企业营业收入

| 企业名称 | 营业收入（亿元） | 同比增长（%） |
|---|---|---|
| 恒泰重工集团 | 86.4 | 6.2 |
| 绿禾生物材料有限公司 | 23.7 | 18.5 |
| 晶昱光伏玻璃有限公司 | 41.9 | -3.6 |
""",
}

_TOP = "氢燃料电池电堆项目"
# (question, strings the answer must hold, strings it must not)
ASKED = [
    ("上半年新开工项目中哪个项目总投资最多", [_TOP], ["冷链物流"]),
    ("总投资最大的新开工重点项目叫什么", [_TOP], ["冷链物流"]),
    ("附表1里投资额最高的项目是哪个", [_TOP], ["冷链物流"]),
    ("上半年哪个项目投资最多", [_TOP], ["冷链物流"]),
    ("新开工亿元以上项目里规模最大的是哪个", [_TOP], ["冷链物流"]),
    ("上半年新开工重点项目投资最少的是哪个", ["冷链物流分拨中心项目"], [_TOP]),
    ("总投资排前三的项目是哪几个", [_TOP, "高端轴承智能制造项目", "光伏玻璃深加工项目"], ["冷链物流"]),
    ("上半年哪些项目总投资超过20亿元", [_TOP, "高端轴承智能制造项目"], ["冷链物流", "生物基"]),
    ("琇州经开区签约项目中投资额最大的是哪个", ["半导体封装测试项目"], ["新型建材"]),
    ("琇州经开区前三季度投资最多的签约项目是什么", ["半导体封装测试项目"], ["新型建材"]),
    ("琇州经开区投资最小的签约项目", ["新型建材产业园项目"], ["半导体"]),
    ("玳山经开区哪家企业营收最高", ["恒泰重工集团"], ["晶昱"]),
    ("玳山经开区营业收入最低的企业是哪家", ["绿禾生物材料"], ["恒泰"]),
    ("玳山经开区重点企业里营收增速最快的是哪家", ["绿禾生物材料"], ["晶昱"]),
    ("璟川今年签约的最大食品加工项目叫什么", ["年产10万吨冷链食品加工项目"], []),
    ("璟川综保区上半年投资最多的签约项目是哪个", ["年产10万吨冷链食品加工项目"], ["氢燃料"]),
    ("谁牵头组建了装备制造产业联盟", ["恒泰重工集团"], []),
    ("玳山经开区装备制造产业联盟由哪家企业牵头", ["恒泰重工集团"], []),
    ("哪个开发区获评了国家级绿色工业园区", ["琇州高新区"], []),
    ("获评国家级绿色工业园区的是哪个开发区", ["琇州高新区"], []),
    ("上半年营收最高的开发区是哪个", ["琇州经开区"], []),
    ("上半年哪个开发区营收增速最快", ["琇州经开区"], []),
]


def _issue(number: int, month: int, text: str) -> str:
    return _HEAD.format(number=number, month=month) + text


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _issue(*when, text) for (name, *when), text in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("route25"), files, embedding)


@pytest.mark.parametrize("question,must,must_not", ASKED, ids=[q for q, _, _ in ASKED])
def test_a_row_or_thing_named_is_answered(qa, question, must, must_not):
    answer = qa.ask(question)
    assert not answer["abstained"], (answer["kind"], answer["answer"])
    assert all(m in answer["answer"] for m in must), (answer["kind"], answer["answer"])
    assert not any(m in answer["answer"] for m in must_not), (answer["kind"], answer["answer"])


def test_a_thing_asked_is_no_ranking_of_places():
    for question in ("哪家企业营收最高", "营业收入最低的企业是哪家", "总投资最大的新开工重点项目叫什么", "谁牵头组建了产业联盟"):
        assert classify(question) == "name", question
    for question in ("哪个开发区营收最高", "营收最高的开发区是哪个", "排名靠后的是哪几个"):
        assert classify(question) == "compare", question
