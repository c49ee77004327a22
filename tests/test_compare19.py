"""Comparisons asked in staff's words on an invented provincial bulletin (a web page: a table of the cities with two
indicators, a ranking table of the zones with a tie, a comment on a zone the table leaves out), indexed by the real
pipeline with the real model: the last N (后三位), a tie asked by its position (并列第二), a count of the places past
a figure given (超过600亿元的市有几个), and a score written bare in a table against one written with 分."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_one

_CITIES = [("岑岭市", "820.5", "7.2", "210.4", "12.6"), ("渚阳市", "615.3", "9.8", "98.7", "4.1"),
           ("蔺川市", "433.9", "3.5", "57.2", "-2.3"), ("榆塘市", "388.1", "5.1", "71.6", "8.8"),
           ("桦口市", "256.4", "-1.7", "33.9", "6.2")]
_ZONES = [("1", "岑岭经济技术开发区", "岑岭市", "92.15", "—"), ("2", "渚阳高新技术产业开发区", "渚阳市", "88.40", "↑1"),
          ("2", "蔺川经济开发区", "蔺川市", "88.40", "↓1"), ("4", "榆塘综合保税区", "榆塘市", "84.72", "—"),
          ("5", "桦口产业园", "桦口市", "79.06", "↑2"), ("6", "蔺川临港园区", "蔺川市", "76.30", "↓2")]
_PAGE = ("<html><head><title>某省2025年上半年开发区运行情况通报</title></head><body>"
         "<h1>某省2025年上半年开发区运行情况通报</h1><p>2025年7月18日</p>"
         "<p>2025年上半年，全省开发区实现营业收入2514.2亿元，同比增长6.1%；进出口总额471.8亿元，同比增长7.9%。</p>"
         "<p>表1 2025年上半年各市开发区主要指标</p><table>"
         "<tr><td>市</td><td>营业收入（亿元）</td><td>同比增长（%）</td><td>进出口总额（亿元）</td><td>同比增长（%）</td></tr>"
         + "".join(f"<tr><td>{c}</td><td>{a}</td><td>{b}</td><td>{d}</td><td>{e}</td></tr>" for c, a, b, d, e in _CITIES)
         + "</table><p>表2 2025年上半年开发区综合评价排名</p><table>"
         "<tr><td>位次</td><td>开发区</td><td>所在市</td><td>综合得分</td><td>较上期位次变化</td></tr>"
         + "".join(f"<tr><td>{n}</td><td>{z}</td><td>{c}</td><td>{s}</td><td>{m}</td></tr>" for n, z, c, s, m in _ZONES)
         + "</table><p>桦口临港物流园新纳入评价，综合得分81.30分，暂不参与排名。</p></body></html>")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("compare19"), "2025-07-yunxing-tongbao.html", _PAGE, embedding)


@pytest.mark.parametrize("question", ["一季度营收增速后三位是哪几个市？", "进出口排名后两名的开发区", "营业收入前三位是哪几个市？",
                                      "综合得分并列第二的是哪两个开发区？", "营收超过600亿元的开发区有几个？",
                                      "进出口增速高于10%的市有几个"])
def test_the_last_few_a_tie_and_a_count_past_a_figure_are_comparisons(question) -> None:
    assert classify(question) == "compare"


@pytest.mark.parametrize("question", ["新签约亿元以上项目有几个？", "营收超过600亿元的项目有几个？", "前三季度营收多少？",
                                      "后三季度有什么打算？"])
def test_a_count_of_no_places_and_a_period_are_no_comparison(question) -> None:
    assert classify(question) != "compare"


def test_the_last_three_are_the_lowest_three(qa) -> None:
    answer = qa.ask("上半年营收增速后三位是哪几个市？")
    assert answer["short"] == "桦口市"
    text = answer["answer"]
    assert all(c in text for c in ("桦口", "蔺川", "榆塘")) and not any(c in text for c in ("岑岭", "渚阳"))
    assert text.index("桦口") < text.index("蔺川") < text.index("榆塘")


def test_a_tie_asked_by_its_position_names_both(qa) -> None:
    answer = qa.ask("上半年综合得分并列第二的是哪两个开发区？")
    assert "渚阳高新技术产业开发区" in answer["answer"] and "蔺川经济开发区" in answer["answer"]
    assert "岑岭经济技术开发区" not in answer["answer"]


def test_the_places_past_a_figure_given_are_counted(qa) -> None:
    answer = qa.ask("上半年营收超过600亿元的市有几个？")
    assert "2个" in answer["answer"] and "岑岭" in answer["answer"] and "渚阳" in answer["answer"]
    assert "蔺川" not in answer["answer"] and "433.9" not in answer["answer"]


def test_a_score_in_a_table_ranks_with_one_written_with_its_unit(qa) -> None:
    answer = qa.ask("上半年榆塘综保区和桦口临港物流园综合得分谁高？")
    assert "84.72" in answer["answer"] and "81.30" in answer["answer"]
    assert answer["short"] in ("榆塘综保区", "榆塘综合保税区")


def test_the_zones_past_a_figure_given_are_counted(qa) -> None:
    answer = qa.ask("上半年综合得分超过85分的开发区有几个？")
    assert "3个" in answer["answer"]
    assert all(z in answer["answer"] for z in ("岑岭经济技术开发区", "渚阳高新技术产业开发区", "蔺川经济开发区"))
    assert "榆塘" not in answer["answer"]


def test_the_last_few_of_a_ranking_are_its_greatest_positions(qa) -> None:
    answer = qa.ask("上半年综合评价排名后两位的开发区")
    text = answer["answer"]
    assert "蔺川临港园区" in text and "桦口产业园" in text and "榆塘" not in text
    assert text.index("蔺川临港园区") < text.index("桦口产业园")


def test_a_tie_at_the_top_is_said_as_one(qa) -> None:
    answer = qa.ask("上半年渚阳高新区和蔺川经济开发区综合得分谁高？")
    assert "并列最高（88.40）" in answer["answer"]
    assert "渚阳" in answer["short"] and "蔺川" in answer["short"]
