"""Answers over a results 通报 and a monthly 工作动态 (qa/): a list asked of what an item's title says (被通报批评的,
红榜上的) answered with the places its text goes on to name, not its title alone; a share of an indicator
(前二的开发区营业收入占全省的48.3%) no point of that indicator's trend; a place no bulletin writes, cut by jieba from its 市 (…市开发区), leaving the rest of an each question answered; a
follow-up 到1-5月呢？增速有变化吗 asked from the previous question's period up to it. Three invented bulletins, through
the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

REVIEW = "2026-02-kaohe-tongbao.txt"
REVIEW_TEXT = """澪岚省商务厅关于2025年度全省开发区综合考核结果的通报
各设区市商务局：
根据考核办法，省商务厅对全省6家开发区2025年度发展情况进行了综合考核。现将考核结果通报如下。
一、总体情况
2025年，全省开发区实现营业收入3260.5亿元，同比增长6.1%；实际使用外资5.2亿美元，同比增长12.4%。排名前二的开发区营业收入占全省的48.3%。
分市看，汀枫市开发区营业收入1402.6亿元，同比增长7.4%；苇桥市1108.2亿元，同比增长8.8%；榕溪市749.7亿元，同比增长2.3%。
二、考核结果
（一）予以表扬（红榜）。汀枫经开区综合得分94.1分，位居全省第一；苇桥高新区得分92.6分，名次较上年上升2位。
（二）予以通报批评（黑榜）。榕溪化工园区综合得分70.2分，排名末位；榕溪经开区得分74.8分，名次较上年下降3位。
（三）其他开发区。汀枫综保区得分85.3分；苇桥临港园得分83.9分。
三、有关要求
被通报批评的开发区所在市要在2026年3月31日前向省商务厅报送整改方案。
"""
APRIL = "2026-05-dongtai-di4qi.txt"
APRIL_TEXT = """澪岚开发区工作动态（2026年第4期）
【全省】1—4月，全省开发区实现营业收入1205.4亿元，同比增长6.5%。
【汀枫市】5月9日，汀枫综保区二期通过预验收。1—4月，汀枫市开发区实现营业收入520.3亿元，同比增长7.9%。
【苇桥市】5月11日，苇桥高新区新签约项目6个。1—4月，苇桥市开发区营收410.6亿元，增长9.1%。
【榕溪市】5月12日，榕溪化工园区完成隐患整改。1—4月，榕溪市营收274.5亿元，增长2.0%。
"""
MAY = "2026-06-dongtai-di5qi.txt"
MAY_TEXT = """澪岚开发区工作动态（2026年第5期）
【全省】1—5月，全省开发区实现营业收入1530.8亿元，同比增长6.8%。
【汀枫市】6月5日，汀枫综保区二期封关运行。1—5月，汀枫市开发区营收661.2亿元，同比增长8.2%。
【苇桥市】6月8日，苇桥临港园交由苇桥高新区托管。1—5月，苇桥市开发区营收522.9亿元，增长9.4%。
【榕溪市】6月9日，榕溪经开区新开工项目4个。1—5月，榕溪市开发区营收346.7亿元，增长2.2%。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("minutesB"),
                       {REVIEW: REVIEW_TEXT, APRIL: APRIL_TEXT, MAY: MAY_TEXT}, embedding)


def _periods(answer: dict) -> set[str | None]:
    return {c["period"] for c in answer["citations"]}


@pytest.mark.parametrize("question, named, others", [
    ("2025年被通报批评的开发区有哪些？", ["榕溪化工园区", "榕溪经开区"], ["汀枫经开区", "汀枫综保区"]),
    ("去年综合考核受到表扬的开发区都有哪些", ["汀枫经开区", "苇桥高新区"], ["榕溪化工园区", "汀枫综保区"]),
    ("红榜上有哪些开发区", ["汀枫经开区", "苇桥高新区"], ["榕溪化工园区", "汀枫综保区"]),  # no period: the 通报's
])
def test_a_list_asked_of_an_items_title_names_the_places_its_text_gives(qa: BulletinQA, question, named, others) -> None:
    answer = qa.ask(question)
    assert not answer["abstained"] and answer["kind"] == "list"
    assert all(name in answer["answer"] for name in named)
    assert not any(name in answer["answer"] for name in others)
    assert _periods(answer) == {"2025年全年"}


def test_a_share_of_the_indicator_is_no_point_of_its_trend(qa: BulletinQA) -> None:
    answer = qa.ask("全省开发区营收这几期分别是多少")
    assert answer["kind"] == "trend"
    assert all(f in answer["answer"] for f in ("3260.5亿元", "1205.4亿元", "1530.8亿元"))
    assert "48.3%" not in answer["answer"]


def test_a_city_no_bulletin_writes_leaves_the_rest_of_an_each_answered(qa: BulletinQA) -> None:
    answer = qa.ask("1-4月榕溪市、芗陂市开发区营收各多少")
    assert not answer["abstained"]
    assert "274.5亿元" in answer["answer"] and "芗陂" in answer["answer"]


@pytest.mark.parametrize("follow_up", ["到1-5月呢？增速有变化吗", "1-5月呢？增长快了还是慢了"])
def test_a_follow_up_up_to_a_later_period_starts_at_the_period_asked(qa: BulletinQA, follow_up: str) -> None:
    answer = qa.ask(follow_up, history=["1-4月汀枫市开发区营收多少？"])
    assert answer["kind"] == "trend"
    assert "7.9%" in answer["answer"] and "8.2%" in answer["answer"]
    assert _periods(answer) == {"2026年1-4月", "2026年1-5月"}
