"""Fresh wordings of list, summary and how questions (blind25) on invented bulletins (蘅汀省, its cities, zones and
every figure made up) through the real loaders, index and pipeline.

A part of a bulletin asked by its heading of no place (存在的问题给我捋一下, 对策建议简单说说), where only the whole's part
has that heading and the cities' parts tell their figures alone: the whole's part, not every city's figures."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

MONITOR = """蘅汀省开发区经济运行监测
2026年第2期
蘅汀省商务厅　　2026年7月22日

一、总体运行情况
上半年，全省开发区实现营业收入3126.8亿元，同比增长6.2%；实际使用外资3.41亿美元，同比增长4.7%。

二、重点开发区运行情况
茈川市：茈川经开区上半年实现营业收入612.5亿元，同比增长7.4%；新引进亿元以上项目11个。茈川高新区实现营业收入388.1亿元，同比增长9.2%。

芷陂市：芷陂经开区上半年实现营业收入402.6亿元，同比增长5.1%。芷陂综合保税区完成进出口总额96.3亿元，同比增长12.4%。

荪原市：荪原高新区上半年实现营业收入217.9亿元，同比增长3.3%；新增高新技术企业42家。

三、存在的问题
1. 部分开发区招商后劲偏弱。（1）新签约项目数量同比减少；（2）在谈项目储备不足。
2. 产业链配套能力不强。本地配套率不足三成。

四、下半年工作安排
1. 开展“招商提质年”行动，推动签约项目落地。
2. 推进产业链强链补链，提高本地配套率。
3. 深化开发区体制机制改革。
"""
PROBLEMS = ("招商后劲偏弱", "产业链配套能力不强")
PLANS = ("招商提质年", "强链补链", "体制机制改革")
CITY_FIGURES = ("612.5亿元", "402.6亿元", "217.9亿元")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("blindfix25A"), {"2026-07-jiance-di2qi.txt": MONITOR}, embedding)


@pytest.mark.parametrize("question,wanted", [
    ("监测通报里存在的问题简单捋一捋", PROBLEMS),
    ("存在的问题概括一下", PROBLEMS),
    ("通报的下半年工作安排大概讲讲", PLANS),
])
def test_a_part_only_the_whole_has_is_summarised_from_the_whole(qa, question, wanted):
    answer = qa.ask(question)
    assert answer["kind"] == "summary" and not answer["abstained"], answer
    assert all(word in answer["answer"] for word in wanted), answer["answer"]
    assert not any(figure in answer["answer"] for figure in CITY_FIGURES), answer["answer"]  # no city's figures


WHOLE_ONLY = MONITOR.split("二、重点开发区运行情况")[0] + "二、存在的问题" + MONITOR.split("三、存在的问题")[1]


@pytest.fixture(scope="module")
def qa_whole(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("blindfix25A_whole"), {"2026-07-jiance-di2qi.txt": WHOLE_ONLY}, embedding)


def test_a_bulletin_of_no_city_gives_each_item_once(qa_whole):
    answer = qa_whole.ask("存在的问题概括一下")
    assert all(answer["answer"].count(word) == 1 for word in PROBLEMS), answer["answer"]


# A place's news asked as 动态, 动向, 大事 (蓟塬市都有哪些动态) in a digest of dated items under no heading: what the place did,
# its paragraphs' sentences, as achievements asked are.
DIGEST = """开发区工作动态
2026年第3期
蘅汀省商务厅开发区处　　2026年6月16日

【全省】1—5月，全省开发区实现营业收入2516.4亿元，同比增长6.0%。

【茈川市】6月3日，茈川综保区跨境电商监管中心通过验收。1—5月，茈川市开发区营收802.3亿元，同比增长7.2%。

【芷陂市】6月5日，芷陂经开区举办“夏季招商周”签约活动，新签约项目7个。1—5月，芷陂市开发区营收511.6亿元，增长5.0%。

【茈川市】6月9日，茈川高新区获批省级知识产权示范园区。
"""


@pytest.fixture(scope="module")
def qa_digest(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("blindfix25A_digest"), {"2026-06-dongtai-di3qi.txt": DIGEST}, embedding)


@pytest.mark.parametrize("question", ["茈川市都有哪些动态？", "第3期动态里茈川有哪些新动向", "茈川那边有哪些大事"])
def test_a_places_news_are_its_items(qa_digest, question):
    answer = qa_digest.ask(question)
    assert not answer["abstained"], answer
    assert "跨境电商监管中心" in answer["answer"] and "知识产权示范园区" in answer["answer"], answer["answer"]
    assert "夏季招商周" not in answer["answer"], answer["answer"]  # another city's
