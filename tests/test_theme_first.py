"""A province's bulletin written theme by theme: each part is a theme (一、招商引资, 二、项目建设), opening with the
province's lead (全省开发区…) and then the cities one after another, so one city's figures are spread over every
part. Each city's paragraph is that city's and stays in the theme it sits under; `（XX市）…` opens a city's
paragraph as `XX市：…` does; a ranking after the last city, a table's caption and a footnote's text are no city's.
Invented places; through the real loader, chunker and QA pipeline."""
from __future__ import annotations

import pytest

from index.facts import extract_facts
from index.loaders import load_file
from index.pipeline import chunk_document
from index.zones import find_zones
from tests.conftest import index_files, index_one

BULLETIN = """某省开发区专题通报
2026年第2期
上半年，全省开发区主要指标稳中有进。现将有关情况通报如下。
一、招商引资
全省开发区上半年新签约项目512个，协议投资额2210.4亿元，同比增长9.6%。
青崖市：青崖经开区新签约项目61个，协议投资额302.5亿元，同比增长12.3%。
白沙市：白沙高新区新签约项目 44 个，协议投资额211.8亿元，同比增长15.1%，引进白沙星河光电产业园项目。
石门市：石门产业园新签约项目30个，协议投资额118.2亿元，同比下降2.2%。
协议投资额增速居前两位的是白沙、青崖。
二、项目建设
全省开发区上半年完成固定资产投资903.6亿元，同比增长7.1%。
（青崖市）青崖经开区完成固定资产投资121.7亿元，同比增长8.4%；青崖储能电池项目竣工投产，当月产值近2亿元。
（白沙市）白沙高新区完成固定资产投资96.3亿元，同比增长6.2%。
①重点项目指计划总投资10亿元及以上的项目。
（石门市）石门产业园完成固定资产投资55.9亿元，同比增长4.8%。
表1 上半年各开发区营业收入
青崖经开区 青崖市 营业收入 640.2亿元。
白沙高新区 白沙市 营业收入 512.7亿元。
三、外贸外资
全省开发区上半年实现进出口总额1630.5亿元，同比增长5.7%。
青崖市青崖综合保税区进出口额326.4亿元，同比增长8.8%。
白沙市白沙高新区进出口额97.2亿元，同比下降1.3%。
四、营商环境
全省开发区持续优化营商环境，上半年新设立经营主体1.86万户，同比增长6.5%。
青崖市：青崖经开区推行“拿地即开工”，审批时限压缩至15个工作日。
石门市：石门产业园设立“企业诉求直通车”，办结企业诉求近300件。
五、下一步工作安排
（一）招商引资方面。开展产业链精准招商。
"""


@pytest.fixture(scope="module")
def chunks(tmp_path_factory):
    path = tmp_path_factory.mktemp("theme") / "2026-07-zhuanti-tongbao.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    return chunk_document(load_file(path), path.name)[0]


def _chunk(chunks, words: str) -> dict:
    return next(c for c in chunks if words in c["text"])


@pytest.mark.parametrize("words, region, section", [
    ("302.5亿元", "青崖", "招商引资"), ("211.8亿元", "白沙", "招商引资"), ("118.2亿元", "石门", "招商引资"),
    ("121.7亿元", "青崖", "项目建设"), ("96.3亿元", "白沙", "项目建设"), ("55.9亿元", "石门", "项目建设"),
    ("15个工作日", "青崖", "营商环境"), ("近300件", "石门", "营商环境"),
    ("2210.4亿元", None, "招商引资"), ("903.6亿元", None, "项目建设"), ("1.86万户", None, "营商环境"),
])
def test_each_citys_paragraph_is_its_region_under_its_theme(chunks, words, region, section):
    chunk = _chunk(chunks, words)
    assert (chunk["region"], chunk["section"]) == (region, section)


def test_a_paragraph_opening_with_its_city_in_brackets_is_that_citys(chunks):
    facts = {f["figure"]: f["region"] for f in extract_facts(chunks)}
    assert facts["121.7亿元"] == "青崖" and facts["96.3亿元"] == "白沙" and facts["55.9亿元"] == "石门"


@pytest.mark.parametrize("words", ["居前两位的是白沙、青崖", "①重点项目指", "表1 上半年各开发区营业收入"])
def test_a_ranking_a_footnote_and_a_caption_are_no_citys(chunks, words):
    assert _chunk(chunks, words)["region"] is None


def test_a_city_first_bulletin_keeps_its_city_parts_out_of_the_heading_above(tmp_path):
    """Each city under one heading only (二、各市工作进展): the heading is no theme of theirs."""
    path = tmp_path / "2026-03-tongbao.txt"
    path.write_text("某省开发区工作通报\n一、总体情况\n全省开发区实现营业收入1820.6亿元。\n二、各市工作进展\n"
                    "青崖市：青崖经开区实现营业收入212.4亿元。\n白沙市：白沙高新区实现营业收入145.3亿元。\n",
                    encoding="utf-8")
    chunk = _chunk(chunk_document(load_file(path), path.name)[0], "212.4亿元")
    assert (chunk["region"], chunk["section"]) == ("青崖", None)


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("theme-qa"), "2026-07-zhuanti-tongbao.txt", BULLETIN, embedding)


def test_a_question_over_every_city_under_a_theme_gathers_the_cities(qa):
    answer = qa.ask("上半年营商环境方面各市有哪些做法？")
    assert "15个工作日" in answer["answer"] and "近300件" in answer["answer"]


@pytest.mark.parametrize("text, zone", [
    ("青崖市青崖综合保税区进出口额326.4亿元", "青崖综合保税区"),  # the zone written after its city
    ("晋中市榆次经开区营业收入", "榆次经开区"),  # a known place before the zone of another name
    ("智慧城市产业园", None),  # 城市 inside a name: no city before it
    ("推动晋中开发区建设", "晋中开发区"),
])
def test_a_zone_written_after_its_city_is_named_from_its_own_place(text, zone):
    found = find_zones(text)
    assert (found[0][2] if found else None) == zone


def test_two_zones_written_after_their_cities_are_compared(qa):
    answer = qa.ask("上半年青崖综合保税区和白沙高新区进出口额谁大？")
    assert "326.4亿元" in answer["answer"] and "97.2亿元" in answer["answer"] and answer["short"] == "青崖综合保税区"


@pytest.mark.parametrize("question, short", [
    ("青崖经开区上半年竣工投产的是哪个项目？", "青崖储能电池项目"),  # the place opening its name stays
    ("白沙高新区上半年引进了哪个项目？", "白沙星河光电产业园项目"),  # not 新签约项目 44 个, a count; a park in its name
    ("青崖储能电池项目当月产值多少？", "近2亿元"),  # nearly that much, as written
])
def test_a_short_answer_is_the_name_or_figure_as_written(qa, question, short):
    assert qa.ask(question)["short"] == short


def test_which_zone_of_two_cities_grew_faster_is_answered_by_the_zone(qa):
    answer = qa.ask("上半年青崖和白沙哪个开发区协议投资额增长更快？")
    assert "12.3%" in answer["answer"] and "15.1%" in answer["answer"] and answer["short"] == "白沙高新区"


def test_the_wholes_figure_over_several_issues_is_given_for_each_period(tmp_path, embedding):
    lead = "某省开发区专题通报\n{n}\n一、招商引资\n全省开发区{p}新签约项目{k}个，协议投资额{v}，同比增长{r}。\n" \
           "青崖市：青崖经开区新签约项目{c}个，协议投资额{z}，同比增长6.1%。\n"
    qa = index_files(tmp_path, {
        "2026-04-zhuanti.txt": lead.format(n="2026年第1期", p="一季度", k=210, v="905.2亿元", r="8.8%", c=21, z="98.1亿元"),
        "2026-07-zhuanti.txt": lead.format(n="2026年第2期", p="上半年", k=455, v="1930.6亿元", r="9.4%", c=47, z="205.3亿元"),
    }, embedding)
    answer = qa.ask("全省开发区协议投资额一季度和上半年分别多少？")
    assert "905.2亿元" in answer["answer"] and "1930.6亿元" in answer["answer"]
    assert "98.1亿元" not in answer["answer"] and "205.3亿元" not in answer["answer"]  # a city's, no whole's
