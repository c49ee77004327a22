"""Summaries, lists and ways asked in words and shapes the earlier rules were not written for: a whole's figures in one
sentence of parts with thousands separators (25,963.4亿元；…；…), 盘点一下/情况汇总一下 (a summary), a heading of work
under way (重点工作推进: what was done, not plans), problems asked where a place reports none, the first N of a
ranking, the bulletin's own bureau (市商务局…准备做哪些工作), a way of a zone whose measures write no word of its topic.
Small invented bulletins through the real loaders, index and pipeline, with the real model."""
from __future__ import annotations

import pytest

from qa.compose.gist import lead_end
from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_one

PROVINCE = """某省开发区运行监测通报
2025年第11期
一、总体运行情况
1—11月，全省开发区实现营业收入25,963.4亿元，同比增长6.8%；固定资产投资3,027.6亿元，同比增长5.6%；实际使用外资15.37亿美元，同比增长-1.2%；进出口总额4,528.3亿元，同比增长6.4%。
二、各市开发区运行情况
（一）青崖市
主要成效
1—11月，青崖市开发区实现营业收入8,046.2亿元，同比增长8.7%。
重点工作推进
1.青崖高新区实施“揭榜挂帅”，发布企业技术需求27项。
2.青崖经开区新建标准厂房12万平方米，已入驻企业18家。
存在问题
（1）外资项目到资慢，签约未到资项目9个。
（2）用工缺口较大，集中在电子行业。
（二）白沙市
主要成效
1—11月，白沙市开发区实现营业收入2,887.5亿元，同比增长3.5%。
重点工作推进
1.白沙经开区实行“一企一策”服务，为企业解决用地、用能问题43个。
2.白沙综保区开通跨境电商专线，进出口额增长两成。
三、下一阶段工作要求
年底前，各地要对照全年目标查漏补缺：第一，全力冲刺四季度，确保全年营业收入增长8.5%以上；第二，各市要提前谋划整改；第三，各市于12月31日前报送亩均效益评价结果。
"""

CITY = """某市开发区运行简报
2026年第2期
一、全市开发区运行总体情况
上半年，全市开发区主要指标稳中有进。1-6月，全市开发区实现营业收入2596.8亿元，同比增长8.6%；固定资产投资348.2亿元，同比增长7.3%；进出口总额438.7亿元，同比增长11.6%。
二、各开发区运行情况
（一）青崖经济技术开发区（青东区）
主要指标
上半年，青崖经开区实现营业收入1012.6亿元，同比增长9.4%。
主要做法
1．实行“拿地即开工”2.0版，项目从签约到开工平均用时缩短至58天。
2．设立5亿元产业引导基金，撬动社会资本23亿元。
存在困难
（1）土地指标紧张，新增建设用地指标缺口约1200亩。
（2）部分汽车零部件企业利润下滑。
下步打算
第一，力争三季度新开工亿元以上项目10个；第二，推进启衡电驱项目一期8月底前主体封顶。
（二）白沙高新技术产业开发区（白沙县）
主要指标
上半年，白沙高新区实现营业收入748.3亿元，同比增长11.2%。
下步打算
第一，筹办第二届科技成果交易会；第二，力争前三季度新增高新技术企业45家。
三、下半年工作安排
下一步，市商务局将一是7月下旬开展开发区半年度综合评价；二是推进开发区“亩均效益”评价全覆盖；三是组织赴深圳开展产业链招商。
"""

COUNTIES = """某市园区经济运行简报（2026年第1期）
2026年一季度，全市园区主要经济指标实现“开门红”。
芷川区
运行情况
■ 1-3月，芷川区2个园区规上工业增加值42.16亿元，同比增长10.2%。
亮点工作
★ 链式招商成效明显。区投资促进中心牵头，组建6个产业链招商小分队，实行“链长+链主+专班”工作机制。
★ 数字经济产业园推行“拎包入驻”。园区建成人才公寓1.2万平方米，一季度新入驻企业23家。
下步举措
■ 全年力争招引亿元以上项目45个以上。
桐岭县
运行情况
■ 一季度，桐岭县园区完成规上工业增加值26.4亿元，同比增长7.1%。
"""

_ROWS = [("1", "鹭湾经开区", "鹭湾市", "93.4"), ("2", "苇川高新区", "苇川市", "91.2"), ("3", "鹭湾综保区", "鹭湾市", "88.7"),
         ("4", "苇川经开区", "苇川市", "85.0"), ("5", "鹭湾高新区", "鹭湾市", "81.3")]
RANKING = ("<html><head><title>某省开发区运行监测通报（2025年第10期）</title></head><body>"
           "<h1>某省开发区运行监测通报</h1><p>2025年第10期</p>"
           "<p>1—10月，全省开发区实现营业收入2,351.9亿元，同比增长6.4%。</p>"
           "<p>表1 2025年1—10月全省开发区综合考核排名</p><table>"
           "<tr><td>排名</td><td>开发区</td><td>所在市</td><td>综合得分</td></tr>"
           + "".join(f"<tr><td>{n}</td><td>{z}</td><td>{c}</td><td>{s}</td></tr>" for n, z, c, s in _ROWS)
           + "</table></body></html>")

_PROJECTS = [("1", "电驱系统项目", "青崖经开区", "28.0"), ("2", "压铸车身件项目", "青崖经开区", "11.5"),
             ("3", "半导体外延片项目", "白沙高新区", "18.0")]
PROJECTS = ("<html><head><title>某市开发区运行简报（2026年第2期）</title></head><body>"
            "<h1>某市开发区运行简报</h1><p>2026年第2期</p>"
            "<p>上半年，全市开发区实现营业收入2596.8亿元，同比增长8.6%。</p>"
            "<p>附表1 上半年开发区新开工亿元以上重点项目</p><table>"
            "<tr><td>序号</td><td>项目名称</td><td>所在开发区</td><td>总投资（亿元）</td></tr>"
            + "".join(f"<tr><td>{n}</td><td>{p}</td><td>{z}</td><td>{i}</td></tr>" for n, p, z, i in _PROJECTS)
            + "</table><p>附表2 上半年各开发区主要指标</p><table>"
            "<tr><td>开发区</td><td>营业收入（亿元）</td></tr><tr><td>青崖经开区</td><td>1012.6</td></tr>"
            "<tr><td>白沙高新区</td><td>748.3</td></tr></table></body></html>")


@pytest.fixture(scope="module")
def projects(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("projects"), "2026-07-yunxing-jianbao.html", PROJECTS, embedding)


@pytest.fixture(scope="module")
def counties(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("counties"), "2026-04-yuanqu-jianbao.txt", COUNTIES, embedding)


@pytest.fixture(scope="module")
def province(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("province"), "2025-12-jiance-tongbao.txt", PROVINCE, embedding)


@pytest.fixture(scope="module")
def city(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("city"), "2026-07-yunxing-jianbao.txt", CITY, embedding)


@pytest.fixture(scope="module")
def ranking(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("ranking"), "2025-11-jiance-tongbao.html", RANKING, embedding)


@pytest.mark.parametrize("question, kind", [
    ("盘点一下1—11月青崖市开发区的情况", "summary"), ("一季度全市园区情况汇总一下", "summary"),
    ("梳理一下上半年高新区的进展", "summary"), ("汇总一下各市的营业收入", "each"),
])
def test_gone_over_as_a_whole_asks_a_summary(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_a_thousands_comma_ends_no_clause() -> None:
    text = "前10个月，全省开发区实现营业收入23,518.6亿元，同比增长6.6%。"
    assert text[:lead_end(text)] == "前10个月，全省开发区实现营业收入23,518.6亿元，同比增长6.6%"


def test_a_sentence_of_figure_parts_is_summarised_part_by_part(province, city) -> None:
    answer = province.ask("总体来看，1—11月全省开发区运行怎么样？")
    assert answer["kind"] == "summary"
    for figure in ("25,963.4亿元", "3,027.6亿元", "15.37亿美元", "4,528.3亿元"):  # the last beyond one lead's reach
        assert figure in answer["answer"]
    assert "\n4. 进出口总额4,528.3亿元，同比增长6.4%[4]" in answer["answer"]
    # after a sentence with no figure (上半年，…稳中有进。): the parts still each an item
    answer = city.ask("上半年全市开发区总体运行情况")
    assert "438.7亿元" in answer["answer"] and "2596.8亿元" in answer["answer"]


def test_a_place_gone_over_is_summarised(province) -> None:
    answer = province.ask("盘点一下1—11月青崖市开发区的情况")
    assert answer["kind"] == "summary" and "8,046.2亿元" in answer["answer"] and "揭榜挂帅" in answer["answer"]
    assert "2,887.5亿元" not in answer["answer"]


def test_work_under_way_is_listed_when_asked_and_is_no_plan(province) -> None:
    answer = province.ask("白沙市1-11月重点工作有哪些？")
    assert "一企一策" in answer["answer"] and "跨境电商专线" in answer["answer"]
    assert "一企一策" not in province.ask("白沙市下一步重点工作有哪些？")["answer"]


def test_problems_asked_where_none_are_reported_are_withheld(province) -> None:
    answer = province.ask("1—11月白沙市存在什么问题？")
    assert answer["abstained"] and "43个" not in answer["answer"]
    answer = province.ask("青崖市存在哪些问题？")  # a numbered paragraph of no figure: its sentence whole
    assert "用工缺口较大，集中在电子行业" in answer["answer"] and "9个" in answer["answer"]


def test_the_first_n_of_a_ranking_are_those_n(ranking) -> None:
    answer = ranking.ask("前10个月综合得分前三的开发区有哪些？")
    for zone in ("鹭湾经开区", "苇川高新区", "鹭湾综保区"):
        assert zone in answer["answer"]
    assert "苇川经开区" not in answer["answer"] and "85.0" not in answer["answer"]


def test_the_bureau_asks_the_wholes_own_part(city) -> None:
    for question in ("市商务局下半年准备做哪些工作？", "上半年通报中市商务局下半年有何打算？"):
        answer = city.ask(question)
        assert "半年度综合评价" in answer["answer"] and "启衡" not in answer["answer"], question


def test_a_way_whose_topic_no_measure_writes_lists_the_zones_measures(city) -> None:
    answer = city.ask("青崖经开区上半年推进重点项目有什么做法？")
    assert answer["kind"] == "how" and "拿地即开工" in answer["answer"] and "产业引导基金" in answer["answer"]
    assert "启衡" not in answer["answer"]  # its plans are no way it took
    assert city.ask("白沙高新区上半年推进重点项目有什么做法？")["abstained"]  # no measures section: nothing to list
    assert city.ask("青崖经开区上半年是怎么压缩审批时限的？")["abstained"]  # its measures write no piece of the topic


def test_a_places_projects_are_the_rows_of_the_table_naming_it(projects) -> None:
    answer = projects.ask("上半年青崖经开区有哪些新开工重点项目？")
    assert answer["kind"] == "list" and "电驱系统项目" in answer["answer"] and "压铸车身件项目" in answer["answer"]
    assert "半导体外延片项目" not in answer["answer"] and "1012.6" not in answer["answer"]  # nor the next table's row


def test_a_way_asked_of_a_place_alone_lists_its_measures(city) -> None:
    for question in ("青崖经开区上半年具体怎么抓的？", "青崖经开区上半年用了什么招？"):
        answer = city.ask(question)
        assert answer["kind"] == "how" and "拿地即开工" in answer["answer"] and "产业引导基金" in answer["answer"]


def test_numbered_paragraphs_are_summarised_once(city) -> None:
    answer = city.ask("青崖经开区上半年情况如何？")
    assert answer["kind"] == "summary" and answer["answer"].count("利润下滑") == 1 and "1200亩" in answer["answer"]


def test_a_lead_in_before_the_first_item_is_no_item(province) -> None:
    answer = province.ask("1—11月全省开发区后续安排有哪些？")
    assert "\n1. 全力冲刺四季度，确保全年营业收入增长8.5%以上[1]" in answer["answer"]


def test_the_whole_named_by_its_own_word_is_no_topic(city) -> None:
    answer = city.ask("上半年全市开发区下一步有何打算？")  # 全市 of a city's bulletin: its own part, no word inside it
    assert answer["kind"] == "list" and "半年度综合评价" in answer["answer"] and "启衡" not in answer["answer"]


def test_bulleted_paragraphs_are_each_an_item(counties) -> None:
    answer = counties.ask("芷川区一季度有什么亮点？")
    assert "链式招商成效明显" in answer["answer"] and "拎包入驻" in answer["answer"] and "6个" in answer["answer"]


def test_a_county_written_with_its_division_asked_how_it_is_doing(counties) -> None:
    answer = counties.ask("芷川区一季度情况如何？")
    assert answer["kind"] == "summary" and "42.16亿元" in answer["answer"]
    answer = counties.ask("芷川区一季度用了什么招？")  # its measures: 下步举措 is a plan, no way it took
    assert "45个" not in answer["answer"]


def test_a_way_telling_part_of_its_topic_gives_every_measure(city) -> None:
    answer = city.ask("青崖经开区上半年是怎么抓开工和创新的？")  # a measure writes 开工, none 创新
    assert "拿地即开工" in answer["answer"] and "产业引导基金" in answer["answer"]
    answer = city.ask("青崖经开区上半年怎么缩短项目从签约到开工用时的？")  # one measure tells it all: that one
    assert "拿地即开工" in answer["answer"] and "产业引导基金" not in answer["answer"]
