"""A list of the places an item of a results 通报 names (红榜, 黑榜), asked in staff's words: 名单 (a list of names,
beside 清单), 都有谁 (谁 made several by 都), and a verb before the places asked (表扬了哪些开发区, 批评了哪些园区:
the verb picks them out; it is the topic, not the verb a list is asked with as in 提了哪些要求). An invented 通报,
through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

REVIEW = "2026-02-kaohe-tongbao.txt"
REVIEW_TEXT = """沄岘省商务厅关于2025年度全省开发区综合考核结果的通报
各设区市商务局：
根据考核办法，省商务厅对全省6家开发区2025年度发展情况进行了综合考核。现将考核结果通报如下。
一、总体情况
2025年，全省开发区实现营业收入2980.4亿元，同比增长5.8%；实际使用外资4.6亿美元，同比增长10.2%。
分市看，泷汀市开发区营业收入1288.1亿元，同比增长6.9%；岑芜市1035.7亿元，同比增长7.7%；蒿湄市656.6亿元，同比增长1.9%。
二、考核结果
（一）予以表扬（红榜）。泷汀经开区综合得分93.7分，位居全省第一；岑芜高新区得分91.4分，名次较上年上升2位。
（二）予以通报批评（黑榜）。蒿湄化工园区综合得分69.8分，排名末位；蒿湄经开区得分73.5分，名次较上年下降2位。
（三）其他开发区。泷汀综保区得分84.6分；岑芜临港园得分82.9分。
三、有关要求
被通报批评的开发区所在市要在2026年3月31日前向省商务厅报送整改方案，整改情况纳入下一年度考核。
"""
PRAISED = ["泷汀经开区", "岑芜高新区"]
CRITICISED = ["蒿湄化工园区", "蒿湄经开区"]


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("minutes25"), {REVIEW: REVIEW_TEXT}, embedding)


@pytest.mark.parametrize("question, named, others", [
    ("红榜名单给我列一下", PRAISED, CRITICISED),  # 名单: the names listed
    ("去年考核的表扬名单", PRAISED, CRITICISED),
    ("去年考核黑榜上都有谁？", CRITICISED, PRAISED),  # 都有谁: several names
    ("红榜上的开发区都是谁", PRAISED, CRITICISED),
    ("考核通报表扬了哪些开发区", PRAISED, CRITICISED),  # the verb before the places asked is the topic
    ("去年考核通报批评了哪些园区？", CRITICISED, PRAISED),
])
def test_the_places_an_item_names_asked_in_staffs_words(qa: BulletinQA, question, named, others) -> None:
    answer = qa.ask(question)
    assert not answer["abstained"] and answer["kind"] == "list"
    assert all(name in answer["answer"] for name in named)
    assert not any(name in answer["answer"] for name in others)
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}

