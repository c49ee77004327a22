"""A city's brief whose regions are its zones: each zone's part opens with a numbered heading naming the zone in full
and the county or district it sits in (（一）XX经济技术开发区（XX区）), under one of the brief's parts; the next part
line (三、…) closes it. The bulletin below is invented (澜州市 and its zones are no real places)."""
from __future__ import annotations

import pytest

from index.headings import county_zone_of_line
from index.structure import clean_text, parse_sections
from qa.corpus import Corpus
from qa.kinds import classify
from qa.places import named_places
from qa.written_zones import with_written_zones
from qa.question import analyse_question
from tests.conftest import index_one

BRIEF = """澜州市开发区运行简报
2026年第1期
澜州市商务局编 2026年4月20日
一、全市开发区运行总体情况
一季度，全市开发区实现营业收入812.4亿元，同比增长7.2%。
二、各开发区运行情况
（一）澜州经济技术开发区（澜东区）
主要指标
一季度，澜州经开区实现营业收入402.6亿元，同比增长8.8%；实际利用外资5120万美元。
亮点工作
3月2日，澜州经开区新能源电池项目开工。
存在困难
（1）用地指标紧张。
（2）部分企业订单不足。
（二）澜州综合保税区（澜东区）主要指标
1-3月，澜州综保区完成进出口总额96.3亿元，同比增长12.1%；实际利用外资1730万美元。
主要做法
1.推行“两段准入”，通关时间压缩至1.1小时。
（三）芃溪工业园区（芃溪县）
主要指标
一季度，芃溪园区实现营业收入88.7亿元，同比下降1.6%；税收收入12340万元。
下步打算
第一，加快污水处理厂建设；第二，力争上半年营业收入由负转正。
三、下步工作安排
下一步，市商务局将一是开展“二季度攻坚”行动；二是召开全市开发区项目观摩会。
"""


@pytest.fixture(scope="module")
def chunks():
    return parse_sections(clean_text(BRIEF))


def of(chunks, phrase: str):
    return next(c for c in chunks if phrase in c.text)


@pytest.mark.parametrize("line, expected", [
    ("（一）澜州经济技术开发区（澜东区）", ("澜州经济技术开发区", None, "澜东区")),
    ("（二）澜州综合保税区（澜东区）主要指标", ("澜州综合保税区", "主要指标", "澜东区")),  # a scan's line: its first section
    ("（三）芃溪工业园区（芃溪县）", ("芃溪工业园区", None, "芃溪县")),
    ("（一）主要指标（澜东区）", None),               # no zone's name
    ("（一）澜州经济技术开发区（一季度）", None),     # no county in its brackets
    ("澜州经济技术开发区（澜东区）", None),           # not numbered: no heading of a part
    ("（一）澜州经开区（澜东区）实现营业收入402.6亿元", None),  # a sentence, not a title after it
])
def test_a_numbered_zone_with_its_county_opens_the_zones_part(line: str, expected) -> None:
    assert county_zone_of_line(line) == expected


def test_each_zone_is_its_own_region_named_as_its_text_writes_it(chunks) -> None:
    assert of(chunks, "402.6亿元").region == "澜州经开区" and of(chunks, "用地指标紧张").region == "澜州经开区"
    assert of(chunks, "96.3亿元").region == "澜州综保区"  # the same county, another zone
    assert of(chunks, "12340万元").region == "芃溪园区" and of(chunks, "污水处理厂").region == "芃溪园区"
    assert of(chunks, "96.3亿元").section == "主要指标" and of(chunks, "两段准入").section == "主要做法"


def test_the_headings_are_no_items_and_the_city_and_bureau_parts_no_zones(chunks) -> None:
    assert not any("（澜东区）" in c.text or "（芃溪县）" in c.text for c in chunks)
    assert not any(c.item and "开发区" in c.item for c in chunks)
    assert of(chunks, "812.4亿元").region is None
    assert of(chunks, "项目观摩会").region is None and of(chunks, "项目观摩会").zone is None


def test_a_zone_is_asked_by_its_short_name_and_cited_in_its_region(tmp_path, embedding) -> None:
    qa = index_one(tmp_path, "brief.txt", BRIEF, embedding)
    answer = qa.ask("澜州综保区一季度实际利用外资多少？")
    assert "1730万美元" in answer["answer"] and "5120万美元" not in answer["answer"]
    assert answer["citations"] and all(c["region"] == "澜州综保区" for c in answer["citations"])


def test_a_zone_whose_text_writes_no_short_name_is_named_by_its_kinds_short_form() -> None:
    misread = BRIEF.replace("一季度，澜州经开区实现", "一季度，州经开区实现").replace("3月2日，澜州经开区", "3月2日，园区")
    assert of(parse_sections(clean_text(misread)), "402.6亿元").region == "澜州经开区"


def test_a_kind_of_zone_alone_is_the_citys_own_zone_of_that_kind(tmp_path, embedding) -> None:
    brief = BRIEF.replace("（三）芃溪工业园区（芃溪县）", "（三）芃溪经济开发区（芃溪县）").replace("芃溪园区", "芃溪经开区")
    qa = index_one(tmp_path, "brief.txt", brief, embedding)
    corpus = Corpus.from_chunks(qa.snapshot.chunks)
    assert with_written_zones("经开区一季度实际利用外资多少？", corpus).startswith("澜州经开区")  # not 芃溪经开区
    assert with_written_zones("在全省综保区中排第几", corpus) == "在全省综保区中排第几"  # the province's, no zone
    assert with_written_zones("芃溪经开区呢", corpus) == "芃溪经开区呢"  # a zone named whole
    assert with_written_zones("前三季度经开区有什么打算", corpus) == "前三季度澜州经开区有什么打算"  # a period before it
    assert analyse_question("澜州综保区用什么办法加快企业通关？", corpus).unknown == []  # a verb before 企业: no name
    answer = qa.ask("综保区呢？", history=["经开区一季度实际利用外资多少？"])
    assert "1730万美元" in answer["answer"] and all(c["region"] == "澜州综保区" for c in answer["citations"])


def test_a_county_names_the_zones_its_headings_place_in_it(tmp_path, embedding) -> None:
    written = BRIEF.replace("同比增长7.2%。", "同比增长7.2%，其中澜东区开发区461.0亿元。")  # the county's name in text too
    qa = index_one(tmp_path, "brief.txt", written, embedding)
    places = named_places("澜东区的两个开发区一季度实际利用外资各多少？", Corpus.from_chunks(qa.snapshot.chunks))
    assert sorted(p.region for p in places) == ["澜州经开区", "澜州综保区"]
    answer = qa.ask("澜东区的两个开发区一季度实际利用外资各多少？")
    assert "5120万美元" in answer["answer"] and "1730万美元" in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"澜州经开区", "澜州综保区"}


def test_how_the_citys_zones_ran_is_a_summary_of_the_citys_own_part(tmp_path, embedding) -> None:
    assert classify("一季度全市开发区总体运行情况") == "summary"
    qa = index_one(tmp_path, "brief.txt", BRIEF, embedding)
    answer = qa.ask("一季度全市开发区总体运行情况")
    assert answer["kind"] == "summary" and "812.4亿元" in answer["answer"]
    assert answer["citations"] and all(c["region"] is None for c in answer["citations"])  # no zone's part
