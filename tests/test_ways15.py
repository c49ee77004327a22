"""Ways, lists and summaries of bulletins written theme by theme (a city's parts spread over 招商引资, 外贸外资, 营商环境
and a table), and of a city's brief whose ways stand under title lines of their own: a heading's words are the bulletin's
words (a theme no passage repeats), a theme asked of no place with the whole's lead, a way asked of a theme from the part
it heads, a place's table rows in its summary, a way's title line in its answer, 干了些啥 and 主要抓手 as asked.
Small invented bulletins through the real loaders, index and pipeline, with the real model."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_one

THEMES = """某省开发区专题通报
2026年第2期
2026年上半年全省开发区招商引资和外贸外资情况通报
一、招商引资
全省开发区上半年新签约项目896个，协议投资额3978.6亿元，同比增长13.1%。
青崖市：青崖高新区新签约项目121个，协议投资额702.4亿元，同比增长16.4%。
白沙市：白沙经开区新签约项目88个，协议投资额438.9亿元，同比增长10.5%。
二、外贸外资
全省开发区上半年实现进出口总额2587.2亿元，同比增长7.6%。
青崖市：青崖综合保税区进出口额452.8亿元，同比增长12.1%。
白沙市：白沙经开区进出口额203.5亿元，同比增长5.2%。
表1  上半年各开发区营业收入
市\t开发区\t营业收入（亿元）\t同比增长（%）
青崖市\t青崖高新区\t1286.5\t9.9
白沙市\t白沙经开区\t846.1\t7.8
三、营商环境
全省开发区上半年新设立经营主体2.37万户，同比增长8.8%。
青崖市：青崖高新区推行“拿地即开工”，工业项目审批时限由45个工作日压缩至20个工作日。
白沙市：白沙经开区设立“企业诉求直通车”，上半年办结企业诉求近400件。
四、下一步工作安排
（一）招商引资方面。开展“开发区招商月”活动，下半年力争协议投资额突破4000亿元。
（二）外贸外资方面。用好综合保税区政策，支持企业开拓东盟、中东等新兴市场。
"""

COUNTIES = """某市开发区工作专报
2025年第4期
一、全年总体情况
2025年，全市开发区实现营业收入1457.7亿元，同比增长8.9%。
表1 2025年各县开发区主要指标
县	园区	营业收入（亿元）	同比增长（%）
蓟川县	蓟川经开区	219.6	10.8
蔚平县	蔚平工业园	131.2	8.8
合计		350.8	9.9
注：1.柘浦县材料未报送，合计不含柘浦县。2.蔚平工业园营业收入按工业企业营业收入口径统计，不含贸易收入。
二、亮点工作
蓟川县：蓟川经开区组建“链长+园长”双长制专班，围绕铝材产业链招引配套企业12家。
蔚平县：蔚平工业园盘活闲置厂房3.2万平方米，引进小微企业18家。
三、经验做法
（一）“链长+园长”双长制。
蓟川县由县领导任链长、园区主任任园长，按“一链一专班”全年招引配套企业27家。
（二）闲置厂房“腾笼换鸟”。
蔚平县建立闲置厂房台账，通过“以租代售”“先租后让”盘活厂房5.7万平方米。
四、下步打算
一是实施开发区扩区调区；二是开展“双招双引”攻坚，全年新签约亿元以上项目100个以上。
"""

CITIES = """某省开发区工作通报
2026年第2期
一、全省开发区运行情况
1-4月，全省开发区实现营业收入3346.17亿元，同比增长8.4%。
二、各市开发区工作进展
青崖市：1-4月，全市开发区实现营业收入363.52亿元，同比增长7.1%；固定资产投资同比增长10.6%；新投产项目21个，其中恒屹化纤项目1-4月实现产值7.8亿元；青崖高新区数字经济产业园一期于4月22日竣工，入驻企业38家。青崖市的做法是推进“管委会+公司”改革，1-4月公司化招商签约项目14个。
白沙市：1-4月，全市开发区实现营业收入318.45亿元，同比增长9.7%。
"""


@pytest.fixture(scope="module")
def cities(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("cities"), "2026-05-gongzuo-tongbao.txt", CITIES, embedding)


@pytest.fixture(scope="module")
def themes(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("themes"), "2026-07-zhuanti-tongbao.txt", THEMES, embedding)


@pytest.fixture(scope="module")
def counties(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("counties"), "2026-01-gongzuo-zhuanbao.txt", COUNTIES, embedding)


@pytest.mark.parametrize("question, kind", [("白沙经开区办结企业诉求的主要抓手是什么？", "how"),
                                            ("青崖高新区有啥法宝？", "how"),
                                            ("下一步工作重点是什么？", "list")])
def test_the_means_asked_by_its_own_noun_is_a_way(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_a_theme_asked_of_no_place_gives_the_whole_then_each_city(themes) -> None:
    answer = themes.ask("盘点一下上半年外贸外资方面的情况")
    assert answer["kind"] == "summary" and not answer["abstained"]
    text = answer["answer"]
    assert "2587.2亿元" in text and "452.8亿元" in text and "203.5亿元" in text  # 外贸 of the heading is not 进出口
    assert "702.4亿元" not in text and "近400件" not in text  # no other theme
    assert text.index("2587.2亿元") < text.index("452.8亿元")  # the whole's lead first, as the bulletin writes it


def test_what_every_city_did_under_a_theme_is_listed(themes) -> None:
    answer = themes.ask("营商环境方面各市都干了些啥？")  # 干了 asks what was done, no 干扰 nor other verb
    assert not answer["abstained"]
    assert "拿地即开工" in answer["answer"] and "企业诉求直通车" in answer["answer"]


def test_a_way_asked_of_a_theme_only_its_heading_names(themes) -> None:
    answer = themes.ask("青崖高新区在营商环境上有啥好做法？")  # no passage writes 营商环境
    assert not answer["abstained"]
    assert "拿地即开工" in answer["answer"] and "企业诉求直通车" not in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"青崖"}


def test_a_place_summarised_with_its_table_rows(themes) -> None:
    answer = themes.ask("上半年青崖市整体情况怎么样？")
    text = answer["answer"]
    assert "702.4亿元" in text and "452.8亿元" in text and "1286.5" in text  # the row of the table too
    assert "846.1" not in text  # another city's row
    assert {c["region"] for c in answer["citations"]} == {"青崖"}


def test_a_way_is_told_with_the_title_line_over_it(counties) -> None:
    answer = counties.ask("蓟川县是怎么招引配套企业的？")
    assert not answer["abstained"]
    assert "“链长+园长”双长制" in answer["answer"] and "27家" in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"蓟川"}


def test_an_item_titled_by_its_theme_alone_is_shown_by_its_whole_statement(themes) -> None:
    answer = themes.ask("上半年通报提出的下一步重点在哪？")
    assert "4000亿元" in answer["answer"]
    assert "支持企业开拓东盟、中东等新兴市场" in answer["answer"]  # not its first clause alone


def test_a_table_row_is_no_way_its_note_tells_how_it_is_counted(counties) -> None:
    answer = counties.ask("全年表里的合计是怎么算的？")
    assert "合计不含柘浦县" in answer["answer"]


def test_a_way_named_in_quotes_is_told_by_the_item_it_titles(counties) -> None:
    answer = counties.ask("蓟川县的“链长+园长”双长制是咋搞的？")  # 亮点工作 names it; 经验做法 tells how it works
    assert "县领导任链长" in answer["answer"]


def test_a_sentence_of_figure_parts_under_no_heading_is_summarised_part_by_part(cities) -> None:
    text = cities.ask("简要说说1-4月青崖市开发区")["answer"]
    assert "363.52亿元" in text and "38家" in text  # the last part, past a hundred characters
    assert "管委会+公司" in text and "318.45亿元" not in text


def test_aspects_named_before_fang_mian_pick_the_parts_their_headings_write(themes) -> None:
    text = themes.ask("上半年青崖市在招商和外资方面有哪些数据？")["answer"]  # 招商 of 招商引资, 外资 of 外贸外资
    assert "702.4亿元" in text and "452.8亿元" in text
    assert "拿地即开工" not in text
