"""Ways and summaries asked in staff's words (靠的啥, 是怎么…的, 情况简要介绍一下), answered by rules of Chinese and of
bulletin layout. Two invented issues of 岚州省 (its cities, zones and every figure made up) through the real loader,
index and pipeline.

- A way asked (靠的啥, 是怎么做到的) is told by a passage doing something or naming a way (我们的做法是…), not by one
  of results alone (实现营业收入…，增速居全省首位): of an earlier issue's passage that tells the way after the zone's
  figures and a newer one that gives figures only, the way is the earlier one's.
- A zone asked (not its city) is summarised by its own lines, each to its sentence's end (…增长3.8%；完成封闭化管理
  改造), not by the lines of its city's other zone.
"""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

Q1 = ("2026-04-yunxing-di1qi.txt",
      "岚州省开发区运行情况通报\n2026年第1期\n岚州省商务厅　　2026年4月20日\n\n"
      "一、总体情况\n一季度，全省开发区实现营业收入1862.4亿元，同比增长7.1%。\n\n"
      "二、分市情况\n（一）蘅溪市\n蘅溪高新区一季度新落户光电企业二十多家，规上工业增加值增长14.6%。蘅溪市的做法是“链长+园长”"
      "双长制，每条产业链由一名市领导牵头，园区主任跟进项目，问题不过周。\n"
      "（二）苎川市\n苎川经济开发区一季度实现营业收入203.6亿元，同比增长7.8%；实际使用外资2150万美元，同比增长5.6%。\n"
      "（三）莘塘市\n莘塘食品园获评省级现代农业产业园，预制菜产值15.3亿元。\n")
H1 = ("2026-07-yunxing-di2qi.txt",
      "岚州省开发区运行情况通报\n2026年第2期\n岚州省商务厅　　2026年7月22日\n\n"
      "一、总体情况\n上半年，全省开发区实现营业收入3986.2亿元，同比增长7.4%。\n\n"
      "二、分市情况\n（一）蘅溪市\n蘅溪高新区上半年实现营业收入418.2亿元，同比增长12.1%，增速继续居全省首位；实际使用外资0.85亿美元。\n"
      "（二）苎川市\n苎川经济开发区上半年实现营业收入421.3亿元，同比增长7.5%。\n"
      "苎川化工园区上半年实现营业收入364.8亿元，同比增长3.8%；完成封闭化管理改造。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("howsum27"), dict([Q1, H1]), embedding)


@pytest.mark.parametrize("question", ["蘅溪高新区增速这么快靠的啥？", "蘅溪高新区增长这么快是怎么做到的"])
def test_the_way_is_the_passage_doing_something_not_a_newer_result(qa, question):
    answer = qa.ask(question)
    assert "双长制" in answer["answer"], answer["answer"]
    assert all(c["period"] == "2026年一季度" for c in answer["citations"]), answer["citations"]


def test_a_way_written_is_still_answered(qa):
    answer = qa.ask("蘅溪市有啥好的经验做法")
    assert not answer["abstained"] and "双长制" in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["苎川化工园区上半年情况简要介绍一下", "苎川化工园区情况怎么样"])
def test_a_zone_is_summarised_by_its_own_lines(qa, question):
    answer = qa.ask(question)
    assert "完成封闭化管理改造" in answer["answer"] and "364.8亿元" in answer["answer"], answer["answer"]
    assert "421.3亿元" not in answer["answer"], answer["answer"]


def test_a_city_is_summarised_by_every_zone(qa):
    answer = qa.ask("苎川市上半年情况简要介绍一下")
    assert "421.3亿元" in answer["answer"] and "364.8亿元" in answer["answer"], answer["answer"]
