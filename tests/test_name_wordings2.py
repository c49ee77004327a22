"""Names and one-figure questions in wordings the earlier rules were not written for (round name12): the holder of
a post asked where no sentence writes the post (负责人是谁), the date of one milestone where the sentence dates
another (哪天投产 ↔ …开工), 由 that jieba joins to the body after it, a maker asked of a thing whose sentence names
no maker (人才公寓是哪家公司建的), units of throughput (万标箱), and 多大 closing a follow-up. Pure parts, then a
real index of an invented bulletin."""
from __future__ import annotations

import pytest

from index.figures import FIGURE
from qa.dates import lacks_milestone
from qa.items import item_span
from qa.organisations import doer_span
from qa.people import lacks_post
from tests.conftest import index_one


@pytest.mark.parametrize("question, sentence, lacks", [
    ("精密冲压件项目的负责人是谁？", "6月12日，丙塘经开区与韩国世昌精密株式会社签约，引进汽车精密冲压件项目。", True),
    ("谁是电子信息产业链的链长？", "丁溪经开区由市领导担任产业链链长、园区负责人担任园长。", False),
    ("谁担任园区的园长？", "丁溪经开区由市领导担任产业链链长。", True),
    ("服务体系的负责人叫什么？", "高新区优化“六位一体”服务体系，将服务队伍扩充至61人。", True),
    ("基金是谁牵头设立的？", "区财政局牵头设立规模20亿元的产业引导基金。", False),  # a body asked: no post
])
def test_a_post_asked_needs_a_sentence_writing_it(question: str, sentence: str, lacks: bool) -> None:
    assert lacks_post(question, sentence) is lacks


@pytest.mark.parametrize("question, sentence, lacks", [
    ("仓储设备项目哪天投产？", "6月18日，丁安经开区引进的恒远智能装备有限公司年产300台仓储设备项目开工。", True),
    ("仓储设备项目是什么时候开工的？", "6月18日，丁安经开区引进的恒远智能装备有限公司年产300台仓储设备项目开工。", False),
    ("签约以后什么时候开工的？", "5月20日签约，6月18日开工建设。", False),  # the milestone nearest the question word
    ("激光器项目什么时候复产？", "激光器项目于6月18日投产。", True),
    ("园区是哪一年设立的？", "园区于2019年获批设立。", False),  # no milestone asked: any date may answer
])
def test_a_milestones_date_is_not_anothers(question: str, sentence: str, lacks: bool) -> None:
    assert lacks_milestone(question, sentence) is lacks


def test_by_joined_to_a_body_is_cut() -> None:
    # jieba reads 由岚溪 as a person's name: the body still starts after 由
    assert doer_span("共享中试基地是谁牵头建的？", "建设“共享中试基地”：由岚溪高新区管委会牵头，联合3家龙头企业共建。") \
        == "岚溪高新区管委会"


def test_a_body_written_short_leads_its_verb() -> None:
    # 口岸办: 办公室 written short
    assert doer_span("谁牵头搞的保税维修试点？", "发展“保税维修”新业态：由市口岸办牵头争取海关监管创新试点。") == "市口岸办"


def test_the_kind_asked_opens_at_its_name() -> None:
    from qa.edges import clean_edges
    assert clean_edges("中试基地是跟哪所大学一起建的？", "联合岚溪大学") == "岚溪大学"
    assert clean_edges("活动是在哪个城市办的？", "举办城市") == "举办城市"  # nothing left but the kind: kept


def test_a_things_total_is_its_own() -> None:
    from qa.targets import _another_with_head
    assert not _another_with_head("签约铝合金轮毂项目，总投资8.6亿元", "项目投资")
    assert _another_with_head("实现营业收入56.31亿元", "税收收入")


def test_another_zones_item_is_no_answer() -> None:
    sentence = "甲经开区大恒光伏项目和光存信息存储产业园项目、乙社经开区独立储能电站项目、丙县经开区中通电商产业园等一批大项目好项目签约落地、开工建设。"
    assert item_span("乙社经开区签约落地了啥项目？", sentence) == "独立储能电站项目"


def test_a_city_asked_where_none_is_written_has_no_short() -> None:
    from qa.short import short_span
    assert short_span("港城园属于哪个市？", "港城园岸线资源紧张，可用码头泊位仅剩2个。") is None
    assert short_span("港城园属于哪个市？", "丙塘市港城园岸线资源紧张。") == "丙塘市"


def test_what_was_made_is_no_maker() -> None:
    assert item_span("白鹭高新区的人才公寓是哪家公司建的？", "白鹭高新区人才公寓累计建成980套，上半年引进人才1360名。") is None
    assert item_span("要升规入统的储能电站是哪家的？", "要加快推动新投产的弘远通500MW独立储能电站等项目升规入统。") == "弘远通"


def test_a_name_cut_apart_names_no_head_noun() -> None:
    from qa.counted import asked_noun
    assert asked_noun("新增了几家专精特新？") is None  # 专精/n 特新/d: not a count of 专精
    assert asked_noun("新增了几家专精特新企业？") == "企业"


def test_units_of_throughput_are_part_of_the_figure() -> None:
    assert FIGURE.search("上半年完成集装箱吞吐量4.6万标箱，同比增长38.2%").group() == "4.6万标箱"
    assert FIGURE.search("跨境电商进出口单量达到2730万单").group() == "2730万单"


_BULLETIN = """<html><head><title>某市园区简报（2026年第2期）</title></head><body>
<h1>某市园区简报</h1>
<h2>丙塘市</h2>
<p>上半年，丙塘市园区规上工业增加值83.27亿元，同比增长10.6%。6月12日，丙塘经开区与韩国博雅精密株式会社签约，引进汽车精密冲压件项目，总投资1500万美元。
丙塘港城园上半年完成集装箱吞吐量4.6万标箱，同比增长38.2%。</p>
<h2>丁安县</h2>
<p>上半年，丁安县2个园区完成规上工业增加值66.48亿元。6月18日，丁安经开区引进的浙江恒远智能装备有限公司年产300台仓储设备项目开工，总投资6.8亿元。
丁安高新区建成人才公寓980套，引进各类人才1360名。</p>
<p>丁安县工业集中区固定资产投资27.4亿元。园区现有规上工业企业93家、高新技术企业46家。</p>
<h2>戊湖市</h2>
<p>戊湖综保区推行“一单到底”通关改革，企业货物通关时间由原来的36小时压缩至8小时以内。</p>
<p>戊湖综保区加工贸易占比偏高，达到67.3%；园区配套不足。</p>
<p>相关链接：《戊湖市开发区高质量发展三年行动方案》</p>
</body></html>"""


@pytest.fixture(scope="module")
def wordings_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("name-wordings2"), "2026-07-jianbao.html", _BULLETIN, embedding)


def test_a_post_no_bulletin_writes_is_withheld(wordings_qa) -> None:
    answer = wordings_qa.ask("博雅精密冲压件项目的负责人是谁？")
    assert answer["abstained"] and "1500万美元" not in answer["answer"]


def test_a_milestone_not_written_is_withheld(wordings_qa) -> None:
    answer = wordings_qa.ask("丁安经开区那个仓储设备项目哪天投产？")
    assert answer["abstained"] and "6月18日" not in answer["answer"]
    assert wordings_qa.ask("丁安经开区那个仓储设备项目哪天开工的？")["short"] == "6月18日"


def test_a_maker_no_sentence_names_is_withheld(wordings_qa) -> None:
    assert wordings_qa.ask("丁安高新区的人才公寓是哪家公司建的？")["abstained"]


def test_throughput_keeps_its_unit(wordings_qa) -> None:
    assert wordings_qa.ask("港城园上半年集装箱吞吐量有多少？")["short"] == "4.6万标箱"


def test_a_projects_investment_asked_in_words(wordings_qa) -> None:
    assert wordings_qa.ask("丁安经开区那个仓储设备项目投了多少钱？")["short"] == "6.8亿元"


def test_a_bulletin_writing_yuanqu_keeps_it(wordings_qa) -> None:
    # these bulletins say 园区 and name 开发区 once: 园区 is not read as 开发区
    assert wordings_qa.ask("丁安县园区有多少家规上工业企业？")["short"] == "93家"


def test_a_share_linked_to_its_clause(wordings_qa) -> None:
    assert wordings_qa.ask("戊湖综保区加工贸易占比是多少？")["short"] == "67.3%"


def test_the_level_reached_not_the_one_left(wordings_qa) -> None:
    assert wordings_qa.ask("戊湖综保区通关时间压到了多少？")["short"] == "8小时"
    assert wordings_qa.ask("戊湖综保区通关时间原来要多少？")["short"] == "36小时"


def test_how_large_closes_a_follow_up(wordings_qa) -> None:
    answer = wordings_qa.ask("这个项目投资多大？", history=["丙塘经开区6月12日签约的那家外企叫什么名字？"])
    assert "什么名字" not in answer["resolved_question"] and answer["short"] == "1500万美元"
