"""One reader of the bulletin a question names (qa/bulletin_named.py): the words pointing at a bulletin after its kind
are one list for every caller, so a way asked of a report named with a pointer that only the kind reader knew (发现,
列出, 所列, 时) is looked for by the way's own words, not the report's name its foreword writes; and a kind said in
staff's words (记者采访时…) names the bulletin for the way's words too. A real index of an invented
report (tests/conftest.py)."""
from __future__ import annotations

import pytest

from qa.bulletin_named import naming_the_bulletin, topic_beyond_the_bulletin
from qa.pipeline import BulletinQA
from tests.conftest import index_files, index_one

_REPORT = [  # an invented 调研报告 whose foreword writes the words naming it (调研组, 调研, 报告); its ways inline items
    "关于琮溪省开发区要素保障情况的调研报告",
    "为摸清全省开发区要素保障情况，8月，省商务厅组成调研组，赴璜口、珀川2市开展调研，召开座谈会6场，走访企业23家。"
    "现将有关情况报告如下。",
    "一、主要做法",
    "1.推行“项目管家”制度。（1）每个重点项目配备一名管家；（2）审批事项全程代办；（3）难点问题每旬会商一次。"
    "2.推进工业用地弹性出让。全省开发区弹性出让地块达到37宗。",
    "二、对策建议",
    "1.资金方面。设立省级开发区产业发展基金，首期规模12亿元。",
]


@pytest.fixture(scope="module")
def report_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("unify25"), "2026-08-yaosu-baozhang-diaoyan-baogao.txt",
                     "\n\n".join(_REPORT), embedding)


_WAYS_ASKED = {  # a pointer after the report's kind that only the kind reader knew -> the way the report writes
    "调研报告发现的审批难题怎么解决": "审批事项全程代办",
    "调研报告列出的资金方面有什么办法": "首期规模12亿元",
}


@pytest.mark.parametrize("question", list(_WAYS_ASKED))
def test_a_report_named_with_any_pointer_is_not_the_way_asked(report_qa, question):
    answer = report_qa.ask(question)["answer"]
    assert _WAYS_ASKED[question] in answer, answer
    assert "现将有关情况报告如下" not in answer, answer  # the foreword writes the report's name, no way


def test_a_kind_in_staffs_words_names_the_bulletin_for_the_ways_words():
    titles = {"省商务厅就上半年全省开发区运行情况答记者问"}  # the title writes 记者问, the question 记者采访
    question = "记者采访时说的项目管家制度是怎么推行的"
    assert naming_the_bulletin("采访", titles, question) and naming_the_bulletin("记者", titles, question)
    assert topic_beyond_the_bulletin(["记者", "采访", "项目管家", "制度"], titles, question) == ["项目管家", "制度"]
    assert not naming_the_bulletin("采访", titles, "采访了哪些企业")  # no pointer after it: what is asked


_MINUTES_AND_NEWS = {  # an invented 纪要 and a later 工作动态 that both tell of one 托管; only the 纪要 demands
    "2026-04-hongxi-huiyi-jiyao.txt": "\n\n".join([
        "琮溪省开发区整合工作推进会会议纪要（2026年一季度）",
        "会议议定以下事项：",
        "一、璜口市推进“一区多园”整合，由璜口经开区托管璜口滨江产业园，统一规划、统一招商。"
        "（责任单位：璜口市人民政府；完成时限：2026年6月30日前）",
    ]),
    "2026-06-hongxi-gongzuo-dongtai.txt": "\n\n".join([
        "琮溪省开发区工作动态（2026年1-5月）",
        "【璜口市】6月8日，璜口滨江产业园正式交由璜口经开区托管。1—5月，璜口市开发区营收574.9亿元，增长9.5%。",
    ]),
}


@pytest.fixture(scope="module")
def minutes_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("unify25_towards"), _MINUTES_AND_NEWS, embedding)


@pytest.mark.parametrize("question", ["纪要对璜口经开区托管滨江产业园有什么要求",
                                      "会议纪要对滨江产业园托管提了啥要求"])
def test_a_kind_followed_by_towards_names_the_bulletin(minutes_qa, question):
    result = minutes_qa.ask(question)
    assert "统一规划" in result["answer"], result["answer"]
    assert "574.9亿元" not in result["answer"]  # the 工作动态's figure, of another period
    assert all("jiyao" in c["doc"] for c in result["citations"]), result["citations"]
