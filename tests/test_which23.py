"""Name and compare questions (哪个/谁/什么) worded as staff say them, on a bulletin shaped unlike the tuned corpora.
One small invented issue (蕖陵省, its cities, zones and every figure made up) through the real loader, index and
pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.labelled import labelled_span, lacks_deed
from qa.pipeline import BulletinQA
from tests.conftest import index_files

ISSUE = """蕖陵省开发区上半年运行情况通报
2026年第3期
蕖陵省商务厅　　2026年7月25日

一、总体情况

上半年，全省开发区实现营业收入3,215.4亿元，同比增长6.8%。芷桥经开区营业收入增速居全省第二。蘅溪高新区营业收入增速位列全省末位，拖累全省增速。

二、各市开发区运行情况

芷桥市：上半年，芷桥经开区实现营业收入612.4亿元，同比增长9.7%；实际使用外资2.31亿美元。芷桥经开区获评“省级绿色低碳示范园区”，是全省首家获此称号的开发区。芷桥经开区在全省率先推行“拿地即开工”审批模式。

蘅溪市：上半年，蘅溪高新区实现营业收入408.9亿元，同比增长1.2%；实际使用外资1.05亿美元。由蘅溪高新区牵头建设的蕖陵半导体中试平台投入运行。

葭川市：上半年，葭川综保区完成营业收入296.5亿元，同比增长11.3%；实际使用外资0.87亿美元。全省唯一的跨境电商零售进口试点设在葭川综保区，葭川综保区也是全省规划面积最大的综合保税区。年产20万吨高端铝箔项目落户葭川综保区，投资方为瀚拓新材料有限公司。

蓼原市：上半年，蓼原经开区完成营业收入296.5亿元，同比增长4.6%；实际使用外资0.42亿美元。蓼原经开区被商务部评为国家外贸转型升级基地。

三、下一步工作

（一）开展“园区服务月”活动。（责任单位：省商务厅开发区处；完成时限：2026年8月底）

（二）组织开发区赴长三角开展产业链招商。（责任单位：省投资促进局；完成时限：2026年9月底）
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("which23"), {"2026-07-yunxing-tongbao-di3qi.txt": ISSUE}, embedding)


# a named thing with no figure to rank: the question asks who or what, the sentence names it
NAMED = [
    ("全省首家获评省级绿色低碳示范园区的是哪个开发区？", "芷桥经开区"),
    ("哪个园区是全省第一个拿到绿色低碳示范园区称号的", "芷桥经开区"),
    ("芷桥经开区获得了什么称号？", "省级绿色低碳示范园区"),
    ("蕖陵半导体中试平台是谁牵头建设的？", "蘅溪高新区"),
    ("哪个开发区牵头建半导体中试平台", "蘅溪高新区"),
    ("跨境电商零售进口试点设在哪个园区？", "葭川综保区"),
    ("全省唯一的跨境电商零售进口试点在哪", "葭川综保区"),
    ("高端铝箔项目落户哪个开发区？", "葭川综保区"),
    ("铝箔项目的投资方是哪家企业？", "瀚拓新材料有限公司"),
    ("蓼原经开区被评为什么基地？", "国家外贸转型升级基地"),
    ("哪个开发区被商务部评为国家外贸转型升级基地", "蓼原经开区"),
    ("“园区服务月”活动的责任单位是哪个？", "省商务厅开发区处"),
    ("赴长三角产业链招商由谁负责？", "省投资促进局"),
    ("营收增速居全省第二的是哪个开发区？", "芷桥经开区"),
    ("营收增速排在全省末位的是哪个园区", "蘅溪高新区"),
    ("哪个开发区率先推行“拿地即开工”", "芷桥经开区"),
    ("规划面积最大的综保区是哪个", "葭川综保区"),
    ("服务月活动谁负责", "省商务厅开发区处"),
]


@pytest.mark.parametrize("question,named", NAMED)
def test_a_named_thing_is_answered_with_its_name(qa, question, named):
    answer = qa.ask(question)
    assert not answer["abstained"], (question, answer["answer"])
    assert named in answer["answer"], (question, answer["answer"])
    assert named in (answer["short"] or ""), (question, answer["short"])  # the name itself, whole, as the short


# a figure to rank: the winner and its figure
RANKED = [
    ("上半年哪个开发区营业收入最高？", "芷桥经开区", ["612.4亿元"]),
    ("哪个开发区利用外资最少", "蓼原经开区", ["0.42亿美元"]),
    ("营收增速最快的开发区是哪个？", "葭川综保区", ["11.3%"]),
    ("谁的营收增速最低？", "蘅溪", ["1.2%"]),  # 谁, no zone word: its city answers
    ("芷桥经开区和蘅溪高新区谁的外资多？", "芷桥经开区", ["2.31亿美元", "1.05亿美元"]),
    ("外资排后两位的是哪两个开发区", "蓼原经开区", ["0.87亿美元", "0.42亿美元"]),
    ("营收排前三的开发区是哪几个", "芷桥经开区", ["612.4亿元", "408.9亿元", "296.5亿元"]),
]


@pytest.mark.parametrize("question,winner,figures", RANKED)
def test_a_ranking_names_the_winner_with_its_figures(qa, question, winner, figures):
    answer = qa.ask(question)
    assert not answer["abstained"], (question, answer["answer"])
    assert winner in (answer["short"] or ""), (question, answer["short"], answer["answer"])
    assert all(f in answer["answer"] for f in figures), (question, answer["answer"])


def test_a_tie_for_last_names_both(qa):
    answer = qa.ask("营业收入倒数第一的是哪个开发区")
    assert not answer["abstained"], answer["answer"]
    assert "葭川综保区" in (answer["short"] or "") and "蓼原经开区" in (answer["short"] or ""), answer["answer"]


def test_the_first_to_do_a_thing_is_a_name_and_the_first_ranked_a_comparison():
    for question in ("哪家企业第一个投产", "哪个园区是全省第一家通过验收的"):
        assert classify(question) == "name", question
    for question in ("营收排第一的是哪个开发区", "哪个开发区营收第一"):
        assert classify(question) == "compare", question


def test_a_label_asked_is_read_after_its_link():
    assert labelled_span("甲项目的投资方是哪家企业", "甲项目落户乙园区，投资方为丙科技有限公司。") == "丙科技有限公司"
    assert labelled_span("这项工作谁牵头", "（牵头单位：市发展改革委；配合单位：市财政局）") == "市发展改革委"
    assert labelled_span("这项工作谁负责", "（责任单位：市商务局；完成时限：6月底）") == "市商务局"
    assert labelled_span("这项工作谁负责", "甲园区为主，乙园区配合。") is None  # 为主: no label's link


def test_who_does_a_deed_is_told_by_its_verb_or_its_label_only() -> None:
    # 交由甲高新区托管 tells who took the park over, not who is responsible for the handover
    asked = "甲高新区托管乙产业园这件事由谁负责？"
    assert lacks_deed(asked, "6月8日，乙产业园正式交由甲高新区托管。")
    assert not lacks_deed(asked, "由甲高新区托管乙产业园。（责任单位：甲市人民政府；完成时限：2026年6月30日前）")
    assert not lacks_deed(asked, "托管工作由甲市人民政府负责。")
    assert not lacks_deed("乙产业园什么时候交由甲高新区托管？", "6月8日，乙产业园正式交由甲高新区托管。")
    # the deed asked after 负责 (统筹协调, 牵头) may be written without it
    assert not lacks_deed("谁负责甲市开发区工作的统筹协调？", "甲市开发区建设工作领导小组办公室统筹协调全市开发区工作。")
    assert not lacks_deed("甲县的改革由谁负责牵头？", "改革由县发展改革局牵头，各部门配合。")
