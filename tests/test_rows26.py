"""List questions of the places whose figure meets a bound (增速超过8%的市有哪几个, 8%及以上的, 不低于, 不超过, 不足5%的开发区):
every row meeting it, a zone listed in full in prose and short in its table included; and of a ranking table's rows that
moved one way (名次下降的开发区有哪些) or stand last (排名倒数五位, 最后5名). Three small invented issues (璐汀省, its cities,
zones and every figure made up) through the real loader, index and pipeline: a monitoring issue whose prose names the
zones in full and whose table writes them short, a digest whose cities' figures are one sentence each, and a ranking
table with each zone's move (↑2, ↓1) (`…的市` written makes 的市 a word the corpus writes: no term of what a row counts)."""
from __future__ import annotations

import pytest

from qa.meanings import asks_problems
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "璐汀省开发区{name}\n2026年第{number}期\n璐汀省商务厅　　2026年{month}月18日\n\n"
ISSUES = {  # (file, name, issue number, month the issue is out): its text
    ("2026-04-jiance-di1qi.md", "经济运行监测", 1, 4): """各设区的市商务主管部门：
现将一季度全省开发区经济运行情况通报如下。
一、总体情况
一季度，全省开发区实现营业收入1186.5亿元，同比增长6.1%。
二、重点开发区
珉江经济技术开发区一季度实现营业收入312.4亿元。琅屿高新技术产业开发区一季度实现营业收入218.6亿元。瑁川经济开发区一季度实现营业收入96.3亿元。

表1 一季度重点开发区营业收入

| 开发区 | 所在市 | 本期（亿元） | 上年同期（亿元） | 同比增长（%） |
|---|---|---|---|---|
| 珉江经开区 | 珉江市 | 312.4 | 298.1 | 4.8 |
| 琅屿高新区 | 琅屿市 | 218.6 | 196.2 | 11.4 |
| 瑁川经开区 | 瑁川市 | 96.3 | 88.5 | 8.8 |
| 玹塘化工园区 | 玹塘市 | 74.1 | 72.2 | 2.6 |
""",
    ("2026-06-dongtai-di5qi.md", "工作动态", 5, 6): """【全省】1—5月，全省开发区实现营业收入2310.2亿元，同比增长7.0%。
【珉江市】6月5日，珉江经开区新签约项目3个。1—5月，珉江市开发区营收601.6亿元，同比增长8.7%。
【琅屿市】6月8日，琅屿高新区获批省级知识产权示范园区。1—5月，琅屿市开发区营收474.9亿元，增长10.5%。
【瑁川市】6月9日，瑁川经开区完成安全风险排查整治。1—5月，瑁川市开发区营收323.4亿元，增长8.0%。
【玹塘市】6月11日，玹塘化工园区新材料产业园开工。1—5月，玹塘市开发区营收152.7亿元，同比增长4.8%，是全省唯一增速低于5%的市。
""",
    ("2026-02-kaohe-tongbao.md", "2025年度综合考核结果通报", 1, 2): """一、总体情况
2025年全年，全省开发区实现营业收入4630.2亿元，同比增长6.4%。综合考核结果见下表。

表1 2025年度全省开发区综合考核排名

| 名次 | 开发区 | 所在市 | 综合得分 | 名次变化 |
|---|---|---|---|---|
| 1 | 琅屿高新区 | 琅屿市 | 94.2 | ↑2 |
| 2 | 珉江经开区 | 珉江市 | 92.8 | ↓1 |
| 3 | 瑁川经开区 | 瑁川市 | 90.1 | — |
| 4 | 玹塘化工园区 | 玹塘市 | 86.5 | ↓1 |
| 5 | 珉江综保区 | 珉江市 | 83.7 | ↑1 |
| 6 | 瑁川高新区 | 瑁川市 | 80.4 | — |
""",
}

# (question, strings the answer must hold, strings it must not)
ASKED = [
    ("1-5月开发区营收增速超过8%的市有哪几个", ["珉江", "琅屿"], ["瑁川", "玹塘"]),
    ("1-5月营收增速在8%及以上的市有哪些", ["珉江", "琅屿", "瑁川"], ["玹塘"]),
    ("1-5月营收增长不低于8%的是哪几个市", ["珉江", "琅屿", "瑁川"], ["玹塘"]),
    ("1-5月开发区营收增速不超过8%的市有哪些", ["瑁川", "玹塘"], ["珉江", "琅屿"]),
    ("1-5月开发区营收增速不到5%的市", ["玹塘"], ["珉江", "琅屿", "瑁川"]),
    ("一季度营收同比增速低于5%的开发区有哪些", ["珉江经开区", "玹塘化工园区"], ["琅屿", "瑁川"]),
    ("一季度哪些开发区营收增长不足5%", ["珉江经开区", "玹塘化工园区"], ["琅屿", "瑁川"]),
    ("一季度营收同比增长8%以上的园区有哪几个", ["琅屿高新区", "瑁川经开区"], ["珉江", "玹塘"]),
    # a ranking table's rows that moved one way (名次变化 ↑/↓), or its last few (倒数, 最后)
    ("2025年考核名次下降的开发区有哪些", ["珉江经开区", "玹塘化工园区"], ["琅屿", "瑁川", "综保区"]),
    ("去年考核排名上升的开发区是哪几个", ["琅屿高新区", "珉江综保区"], ["经开区", "玹塘", "瑁川"]),
    ("2025年综合排名较上年下滑的都是哪些园区", ["珉江经开区", "玹塘化工园区"], ["琅屿", "瑁川", "综保区"]),
    ("2025年考核排名倒数两位的开发区有哪些", ["瑁川高新区", "珉江综保区"], ["琅屿", "玹塘", "经开区"]),
    ("2025年考核排名最后3名都是哪些开发区", ["瑁川高新区", "珉江综保区", "玹塘化工园区"], ["琅屿", "经开区"]),
]


def _issue(name: str, number: int, month: int, text: str) -> str:
    return _HEAD.format(name=name, number=number, month=month) + text


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {file: _issue(*when, text) for (file, *when), text in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("rows26"), files, embedding)


@pytest.mark.parametrize("question,must,must_not", ASKED, ids=[q for q, _, _ in ASKED])
def test_every_place_meeting_the_bound_is_listed(qa, question, must, must_not):
    answer = qa.ask(question)
    assert not answer["abstained"], (answer["kind"], answer["answer"])
    assert all(m in answer["answer"] for m in must), (answer["kind"], answer["answer"])
    assert not any(m in answer["answer"] for m in must_not), (answer["kind"], answer["answer"])


def test_less_than_an_amount_is_no_shortcoming():
    assert not asks_problems("一季度哪些开发区营收增长不足5%")
    assert not asks_problems("利用外资不足一半的园区有哪些")
    assert asks_problems("招商工作还存在哪些不足")


def test_a_zone_is_named_once_as_its_row_writes_it(qa):
    answer = qa.ask("一季度营收同比增速低于5%的开发区有哪些")
    assert sorted(answer["short"].split("、")) == ["玹塘化工园区", "珉江经开区"], answer["answer"]
