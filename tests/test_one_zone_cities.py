"""A city reported only through its one zone, written in full in prose and short in a table (蓟原经济技术开发区,
蓟原经开区), is compared as a city; a zone a table ranks is named as its cited row writes it. An invented bulletin
indexed by the real pipeline with the real model."""
from __future__ import annotations

import pytest

from tests.conftest import index_one

_BULLETIN = """<html><head><title>某省开发区工作通报（2026年第2期）</title></head><body>
<h1>某省开发区工作通报</h1><p>2026年1-4月，全省开发区运行总体平稳。</p>
<h2>二、各市开发区工作进展</h2>
<p>鹭湾市：全市开发区实现营业收入210.4亿元，同比增长7.3%。鹭湾综合保税区新设外贸企业12家。</p>
<p>苇川市：全市开发区实现营业收入150.8亿元，同比增长5.6%。</p>
<p>蓟原市：蓟原经济技术开发区1-4月实现营业收入61.5亿元，同比下降2.8%，主要是龙头企业停产检修。</p>
<table><caption>附表 各开发区主要指标（2026年1-4月）</caption>
<tr><td>开发区</td><td>营业收入（亿元）</td><td>增速（%）</td><td>进出口总额（亿元）</td></tr>
<tr><td>鹭湾综保区</td><td>48.1</td><td>9.9</td><td>96.2</td></tr>
<tr><td>蓟原经开区</td><td>61.5</td><td>-2.8</td><td>12.7</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def cities_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("one-zone"), "2026-05-tongbao.html", _BULLETIN, embedding)


@pytest.mark.parametrize("question", ["1-4月营业收入增速哪个市垫底？", "哪个市开发区营收增速最低？"])
def test_a_city_reported_through_its_one_zone_is_compared(cities_qa, question) -> None:
    answer = cities_qa.ask(question)
    assert not answer["abstained"] and answer["short"] == "蓟原"
    assert "2.8%" in answer["answer"] and "5.6%" in answer["answer"] and "7.3%" in answer["answer"]
    assert "没有找到" not in answer["answer"]


def test_a_zone_is_named_as_its_cited_row_writes_it(cities_qa) -> None:
    answer = cities_qa.ask("1-4月哪个开发区进出口总额最高？")
    assert not answer["abstained"] and answer["short"] == "鹭湾综保区" and "96.2亿元" in answer["answer"]
