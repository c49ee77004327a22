"""A follow-up asking for one item of the list answered before (第二条具体说说, 最后一条, 第三条呢？ after
第二条) quotes that item whole, as numbered in that answer; a number past the list's end is withheld with the
list's length; 第二季度, 排第二 and 第二个开发区 are no item. A small invented bulletin, through the real loaders,
index and pipeline."""
from __future__ import annotations

import pytest

from qa.ordinal import item_number
from qa.pipeline import BulletinQA
from tests.test_layouts import index_html_issues

PARTS = {
    "白河市": {
        "一、主要成效": ["（一）招商提速。新签约项目14个，总投资52.6亿元。"],
        "二、下步打算": ["1.抓项目开工。力争新开工项目7个，年内竣工投产3个。",
                     "2.稳外贸。新增外贸企业9家，组织企业参加广交会。",
                     "3.优服务。推行帮办代办，企业开办用时压缩至1个工作日。"],
    },
    "青石市": {
        "一、主要成效": ["（一）创新提质。新认定高新技术企业11家。"],
        "二、下步打算": ["1.建平台。新建中试基地2个。", "2.引人才。引进博士团队4个。"],
    },
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_html_issues(tmp_path_factory.mktemp("items"), embedding,
                             [("2025-04-a.html", PARTS, "编者按：2025年一季度工作情况摘编如下。", "2025年第1期")])


@pytest.mark.parametrize("question, number", [
    ("第二条具体说说", 2), ("展开讲讲第3项", 3), ("第一个问题详细说说", 1), ("最后一条是什么内容？", -1),
    ("第十二项讲的啥", 12), ("第二季度呢？", None), ("排第二的是谁？", None), ("第二个开发区呢？", None),
    ("第3期的呢？", None), ("第二条里的签约项目有多少个？", None),
])
def test_an_item_asked_by_its_number_and_nothing_else(question: str, number: int | None) -> None:
    assert item_number(question) == number


@pytest.mark.parametrize("history, question, quoted, not_quoted", [
    (["白河下步有哪些打算？"], "第二条具体说说", "新增外贸企业9家", "7个"),
    (["白河下步有哪些打算？"], "最后一条是什么？", "1个工作日", "9家"),
    (["白河下步有哪些打算？", "第二条具体说说"], "第一条呢？", "年内竣工投产3个", "9家"),
    (["青石下步有哪些打算？"], "第2点展开讲讲", "博士团队4个", "中试基地"),
])
def test_the_item_numbered_so_in_the_list_before_is_quoted(qa: BulletinQA, history, question, quoted,
                                                           not_quoted) -> None:
    answer = qa.ask(question, history=history)
    assert not answer["abstained"] and answer["kind"] == "how"
    assert quoted in answer["answer"] and not_quoted not in answer["answer"]
    assert len(answer["citations"]) == 1 and quoted in answer["citations"][0]["quote"]
    assert answer["citations"][0]["region"] == history[0][:2]


def test_a_number_past_the_list_is_withheld_with_its_length(qa: BulletinQA) -> None:
    answer = qa.ask("第五条具体是什么？", history=["白河下步有哪些打算？"])
    assert answer["abstained"] and "3条" in answer["answer"] and not answer["citations"]


def test_a_numbered_follow_up_after_no_list_is_read_as_any_other(qa: BulletinQA) -> None:
    answer = qa.ask("第二条呢？", history=["白河新签约项目多少个？"])
    assert "按“白河下步有哪些打算" not in answer["answer"] and "9家" not in answer["answer"]
