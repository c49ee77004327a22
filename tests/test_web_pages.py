"""A city's bulletin saved as a government web page: the article is read apart from the site around it (its menus,
related links and footer digits are no bulletin text), the title apart from the site's name, a table's merged header
cells over every column they span, an ordered list's items by their numbers, and each county's or district's line
opens its region. Invented places; through the real loader and chunker."""
from __future__ import annotations


import pytest

from index.facts import extract_facts
from index.figures import FIGURE
from index.headings import city_of_line
from index.loaders import load_file
from index.owners import is_table_row
from index.pipeline import chunk_document
from index.zones import find_zones
from qa.pipeline import BulletinQA
from tests.conftest import index_one

PAGE = """<html><head><title>某市园区运行简报（2026年第1期）_工作动态_某市商务局</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>
<div class="info">发布时间：2026-04-15　来源：市商务局　浏览次数：1286</div>
<div class="content">
<p>　　2026年一季度，全市园区实现营业收入312.6亿元，同比增长7.4%。</p>
<table><tr><th rowspan="2">园区</th><th colspan="2">营业收入</th></tr>
<tr><th>绝对值（亿元）</th><th>增速（%）</th></tr>
<tr><td>岚溪高新园</td><td>96.3</td><td>11.2</td></tr><tr><td>桐岭经开区</td><td>58.1</td><td>-2.4</td></tr>
<tr><td>桐岭集中区</td><td>23.9</td><td>5.6</td></tr></table>
<h3>岚溪区</h3>
<p>■ 岚溪区园区规上工业增加值21.46亿元，同比增长9.1%，其中岚溪高新园占六成。</p>
<p>■ 岚溪高新园一季度新认定高新技术企业12家。</p>
<h3>桐岭县</h3>
<p>（1）运行情况。桐岭县园区固定资产投资13.27亿元。</p>
<p>（2）下步举措：</p>
<ol><li>新建标准厂房4.5万平方米。</li><li>组织用工对接会5场。</li></ol>
</div>
<div class="related"><h4>相关链接</h4><ul><li><a href="/a.html">某市园区运行简报（2025年第4期）</a></li></ul></div>
<div class="footer"><p>联系电话：0739-8821365　备案号：X ICP备12034567号-1</p></div>
</body></html>"""


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "2026-04-page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path, load_file(path)


def test_the_article_is_read_without_the_site_around_it(loaded):
    _, page = loaded
    assert "312.6亿元" in page.text and "组织用工对接会5场" in page.text
    for furniture in ("首页", "发布时间", "相关链接", "8821365", "备案号"):
        assert furniture not in page.text


def test_the_title_leaves_out_the_column_and_site_names(loaded):
    assert loaded[1].title == "某市园区运行简报（2026年第1期）"


def test_merged_header_cells_name_every_column_they_span(loaded):
    text = loaded[1].text
    assert "岚溪高新园 营业收入 96.3亿元 营业收入增速 11.2%" in text
    assert "桐岭经开区 营业收入 58.1亿元 营业收入增速 -2.4%" in text


def test_an_ordered_lists_items_carry_their_numbers(loaded):
    assert "1.新建标准厂房4.5万平方米。" in loaded[1].text and "2.组织用工对接会5场。" in loaded[1].text


def test_each_county_or_district_line_opens_its_region(loaded):
    path, page = loaded
    chunks, doc = chunk_document(page, path.name)
    assert doc["regions"] == ["岚溪", "桐岭"]
    region = {f["figure"]: f["region"] for f in extract_facts(chunks)}
    assert region["21.46亿元"] == "岚溪" and region["13.27亿元"] == "桐岭" and region["312.6亿元"] is None
    assert region["96.3亿元"] == "岚溪" and region["58.1亿元"] == "桐岭"  # a table row goes to its zone's county
    assert region["23.9亿元"] == "桐岭"  # its header starts with the county's name, whatever its zone word


def test_a_park_a_table_lists_is_a_zone_in_the_prose_too(loaded):
    path, page = loaded
    entity = {f["figure"]: f["entity"] for f in extract_facts(chunk_document(page, path.name)[0])}
    assert entity["12家"] == "岚溪高新园"  # no zone word ends its name; the table's row says it is a park
    assert not is_table_row("■ 岚溪高新园一季度新认定高新技术企业12家。")  # a marker and a space: prose


@pytest.mark.parametrize("line, region", [
    ("岚溪区", "岚溪"), ("■桐岭县", "桐岭"), ("平定县", "平定县"), ("城南区", "城南"),
    ("高新区", None), ("园区", None), ("核心区", None), ("招生地区", None), ("各县区", None), ("功能区", None),
])
def test_a_county_line_is_a_name_before_its_suffix_never_a_word_of_the_language(line, region):
    assert city_of_line(line) == region


def test_a_figure_per_mu_keeps_its_unit():
    assert FIGURE.search("亩均税收 9.86万元/亩。").group() == "9.86万元/亩"


def test_a_time_or_a_goals_verb_ends_no_zones_name():
    assert find_zones("岚溪区一季度园区外资用了多少？") == []
    assert [z[2] for z in find_zones("一季度岚溪经开区外资用了多少？")] == ["岚溪经开区"]
    assert find_zones("全年力争园区规上工业增加值增长10%") == []  # a goal's verb, no name


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("web-qa"), "2026-04-page.html", PAGE, embedding)


def test_a_county_asked_with_its_suffix_is_its_region(qa):
    answer = qa.ask("桐岭县园区固定资产投资多少？")
    assert answer["short"] == "13.27亿元" and answer["citations"][0]["region"] == "桐岭"


def test_a_county_no_bulletin_covers_is_named_whole(qa):
    answer = qa.ask("岚溪区和桦林区规上工业增加值分别多少？")
    assert "21.46亿元" in answer["answer"] and "没有关于“桦林区”" in answer["answer"]


def test_parks_a_table_lists_are_places_of_a_question(qa):
    answer = qa.ask("岚溪高新园和桐岭集中区营业收入各是多少？")
    assert "96.3亿元" in answer["answer"] and "23.9亿元" in answer["answer"] and "没有找到" not in answer["answer"]


def test_the_city_as_a_whole_is_its_own_lead_paragraph(qa):
    answer = qa.ask("一季度全市园区营业收入多少？")
    assert answer["short"] == "312.6亿元" and answer["citations"][0]["region"] is None
