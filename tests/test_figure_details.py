"""A figure's own details (issue 8, held-out figure questions):
- the period a figure is compared with is not its period (增速较一季度回落9.3个百分点 is a 上半年 figure);
- 多少人才 asks a count of 人才 in whatever measure word (1360名);
- every zone word names a zone (综保区, 保税区);
- a term asked matches a word of its own before one inside a longer word (出口 in 进出口总额);
- an indicator the documents write (税收收入) is answered neither by another of its kind (营业收入) nor by a table
  column of another;
- the zone and the year asked are no terms a sentence must write;
- a figure bounding a group (超10亿元的企业, 10亿元以上项目) is no value of what the question asks;
- a quote standing inside another of the same bulletin is shown once;
- 累计 asks the total so far (累计达到46个), not what was added (新建5个), as a figure and over the issues;
- indicators joined for one place (人才公寓和引进人才分别是多少) are answered each, as questions of their own;
- a trend asked as a change (涨了还是跌了) quotes the change each bulletin states with its figure;
- a province-wide trend (全省开发区…走势) reads the figures of no region, and its plans are listed from its own part;
- a zone asked by its short name (丹东经开区) is answered, and its trend read, from its table rows written in full, quoted with the row header;
- a zone reported in an entry of its own is no term its sentences must write, whatever is asked of it;
- a newer bulletin's figure replaces an older one only when it counts the same thing (规划面积达到48.6 is no
  新增规划面积);
- a city that reports no figure of its own is answered with its zone's, quoted from the zone's name; a zone of a
  name of its own after its city's (鹤岗临港产业园) is not the city's zones as a whole, and gets no other zone's figure.
Pure parts on their own; the answers on a small invented bulletin, really indexed."""
from __future__ import annotations

import pytest

from index.periods import compares_with_period, find_periods
from index.pipeline import IndexingPipeline
from qa.asked import Ask, figures_asked
from qa.corpus import Corpus
from qa.quote import CLAUSE, spans
from qa.targets import find_target
from qa.pipeline import BulletinQA
from qa.question import Question, analyse_question
from qa.relevance import cannot_name
from tests.conftest import index_files, index_one, settings_under

BULLETIN = """某省开发区工作简报
2025年第2期
编者按：现将鹤岗、丹东两市开发区2025年上半年工作情况摘编如下。

■鹤岗市
一、主要成效
（一）外贸稳中有升。上半年，鹤岗综保区进出口总额121.75亿元，同比增长12.3%，增速较一季度回落9.3个百分点。
（二）人才支撑加强。鹤岗高新区人才公寓累计建成980套，上半年引进各类人才1360名。
（三）营收较快增长。鹤岗经开区营业收入162.3亿元，同比增长7.7%；鹤岗临港产业园新建标准厂房3.2万平方米。
（四）园区承载力提升。鹤岗高新区完成扩区调区报批，扩区后规划面积达到48.6平方公里。
（五）创新平台增多。鹤岗高新区新建研发平台5个，累计达到46个。

■丹东市
一、主要成效
（一）经济指标平稳。上半年，全市开发区实现营业收入86.5亿元，引进各类人才420名。
"""

FIRST_ISSUE = """某省开发区工作简报
2025年第1期
编者按：现将鹤岗、丹东两市开发区2025年一季度工作情况摘编如下。

■鹤岗市
一、主要成效
（一）外贸开局平稳。一季度，鹤岗综保区进出口总额58.92亿元，同比增长21.6%。
（二）营收稳步增长。鹤岗经开区营业收入72.7亿元，同比增长7.5%。
（三）园区扩容。鹤岗高新区完成扩区调区，新增规划面积12.5平方公里。
（四）创新平台增多。鹤岗高新区新建研发平台3个，累计达到41个。
"""


def test_a_period_a_figure_is_compared_with_is_not_its_own() -> None:
    text = "上半年，进出口总额同比增长12.3%，增速较一季度回落9.3个百分点"
    assert [p.label for p in find_periods(text, bases=False)] == ["上半年"]
    assert [p.label for p in find_periods(text)] == ["上半年", "一季度"]  # a question's 比一季度 names a period
    assert compares_with_period(text) and not compares_with_period("上半年同比增长12.3%")


@pytest.mark.parametrize("asked, unit", [("引进了多少人才", None), ("引进了多少人", "人"), ("接待了多少人次", "人")])
def test_a_measure_word_that_begins_the_noun_asked_is_no_unit(asked, unit) -> None:
    assert figures_asked(asked, ["引进"], Corpus.from_chunks([]))[0].unit == unit


def test_a_term_written_as_a_word_of_its_own_beats_one_inside_a_longer_word() -> None:
    text = "全市开发区实现进出口总额33.48亿元，同比增长9.7%，其中出口24.15亿元。"
    ask = Ask(["出口"], "元", True, "出口")
    assert find_target(text, spans(CLAUSE, text, 0), {"出口": 1.0}, ask).figure == "24.15亿元"


ROW = "白河经开区 营业收入 331.5亿元 同比增长 6.6% 实际使用外资 2050万美元。"


@pytest.mark.parametrize("text", ["白河经开区营业收入331.5亿元，居全省开发区第8位。", ROW])
def test_an_indicator_the_documents_write_is_not_answered_by_another_of_its_kind(text) -> None:
    weights = {"税收": 1.0, "收收": 1.0, "收入": 1.0}
    asked = Ask(["税收收入"], "元", True, "税收收入", focus_written=True)
    assert find_target(text, spans(CLAUSE, text, 0), weights, asked) is None
    own = Ask(["营业收入"], "元", True, "营业收入", focus_written=True)
    weights = {"营业": 1.0, "业收": 1.0, "收入": 1.0}
    assert find_target(text, spans(CLAUSE, text, 0), weights, own).figure == "331.5亿元"


def test_a_space_inside_prose_makes_no_table_cell() -> None:
    text = "朔州开发区引进项目 <b> 共37个，总投资88.8亿元。"  # spaces left by markup in prose: <b> is no column header
    ask = Ask(["引进", "项目"], "个", True, "引进项目", focus_written=True)
    weights = {"引进": 1.0, "进项": 1.0, "项目": 1.0}
    assert find_target(text, spans(CLAUSE, text, 0), weights, ask).figure == "37个"


@pytest.mark.parametrize("text", ["①龙头企业偏少，营业收入超10亿元的企业仅4家。",
                                  "签约营业收入10亿元以上项目6个。", "营业收入不足5亿元的园区有3个。"])
def test_a_figure_bounding_a_group_is_no_value(text) -> None:
    ask = Ask(["营业收入"], "元", True, "营业收入")
    weights = {"营业": 1.0, "业收": 1.0, "收入": 1.0}
    target = find_target(text, spans(CLAUSE, text, 0), weights, ask)
    assert target is None or not target.figure.endswith("亿元")  # the count of the group, if anything
    stated = "营业收入超10亿元，同比增长5.3%。"  # 超 before a value the sentence states
    assert find_target(stated, spans(CLAUSE, stated, 0), weights, ask).figure == "10亿元"


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("details"),
                       {"2025-04-bulletin.txt": FIRST_ISSUE, "2025-07-bulletin.txt": BULLETIN}, embedding)


def test_a_change_against_an_earlier_period_answers_for_the_later_one(qa) -> None:
    answer = qa.ask("鹤岗综保区上半年外贸增速比一季度回落了几个百分点？")
    assert answer["short"] == "9.3个百分点"
    assert [c["period"] for c in answer["citations"]] == ["2025年上半年"]


def test_a_city_without_a_figure_of_its_own_gets_its_zones_quoted_from_the_zones_name(qa) -> None:
    zone = qa.ask("鹤岗上半年引进了多少人才？")
    assert zone["short"] == "1360名" and "鹤岗高新区" in zone["citations"][0]["quote"]
    city = qa.ask("丹东上半年引进了多少人才？")
    assert city["short"] == "420名" and "1360名" not in city["answer"]


def test_a_change_against_a_period_named_is_no_change_against_last_year(qa) -> None:
    """No sentence states it: both periods' figures answer, not the later one's 同比 rate."""
    answer = qa.ask("鹤岗经开区上半年营业收入比一季度涨了多少？")
    assert "162.3亿元" in answer["answer"] and "72.7亿元" in answer["answer"] and "7.7%" not in answer["answer"]
    follow_up = qa.ask("上半年比一季度涨了多少？", history=["鹤岗经开区一季度营业收入多少？"])
    assert "162.3亿元" in follow_up["answer"] and "72.7亿元" in follow_up["answer"]
    assert follow_up["resolved_question"].count("一季度") == 1


def test_the_period_compared_with_is_not_the_period_asked(qa) -> None:
    corpus = Corpus.from_chunks(qa.snapshot.chunks)
    assert analyse_question("鹤岗综保区进出口总额比一季度末增加了多少？", corpus).period is None
    assert analyse_question("鹤岗综保区上半年进出口总额比一季度增加了多少？", corpus).period.label == "上半年"


def test_a_zone_named_after_its_city_gets_no_other_zones_figure(qa) -> None:
    assert qa.ask("鹤岗临港产业园营业收入多少？")["abstained"]
    assert qa.ask("鹤岗临港产业园新建标准厂房多少？")["short"] == "3.2万平方米"


def test_the_zone_and_the_year_asked_are_no_terms_a_sentence_must_write(qa) -> None:
    """The zone filters (its entry's sentences need not name it), the year dates: neither is a word to match."""
    q = analyse_question("鹤岗经开区2025年营业收入多少？", Corpus.from_chunks(qa.snapshot.chunks))
    assert q.zone == "鹤岗经开区" and q.terms and not any(t in "鹤岗经开区2025年" for t in q.terms)


def test_a_newer_figure_of_something_else_does_not_replace_the_best(qa) -> None:
    assert qa.ask("鹤岗高新区扩区调区新增规划面积多少平方公里？")["short"] == "12.5平方公里"
    assert qa.ask("鹤岗经开区营业收入多少？")["short"] == "162.3亿元"  # the same indicator: the newest bulletin's


def test_a_date_asked_is_not_withheld_for_naming_nothing_new() -> None:
    """A date answers 什么时候 with no new noun (CMRC 2018's dates); a name asked still needs a new one."""
    asked = Question(text="该站什么时候建成？", single=True, wants_figure=False, asks_date=True)
    assert not cannot_name(asked, "该站于1998年建成。")
    assert cannot_name(Question(text="该站是哪家公司建成的？", single=True, wants_figure=False), "该站于1998年建成。")


NESTED = """某省开发区工作简报
2025年第2期
■丹东市
一、主要成效
（一）经济指标平稳。上半年，全市3个开发区实现营业收入1012.4亿元，同比增长9.2%；税收收入49.75亿元，同比增长6.4%。丹东高新区营业收入448.9亿元，跃居全省开发区第1位。
"""


def test_a_quote_inside_another_of_the_same_bulletin_is_shown_once(tmp_path, embedding) -> None:
    qa = index_one(tmp_path, "2025-07-bulletin.txt", NESTED, embedding)
    answer = qa.ask("丹东 营收 上半年")  # no question word: every fact nearly as relevant is shown
    assert answer["answer"].count("448.9亿元") == 1
    assert answer["answer"].count("1012.4亿元") == 1


ZONE_ENTRIES = """某省开发区建设动态
2026年第1期
◆ 丹东高新技术产业开发区（丹东市）
（一）发展成效
1. 营收增长。2025年，丹东高新区实现营业收入436.2亿元。
（二）工作安排
①3月底前完成扩区调区报批；②新建中试平台6个。
◆ 锦州经济技术开发区（锦州市）
（一）发展成效
1. 营收增长。2025年，锦州经开区实现营业收入297.5亿元。
（二）工作安排
①6月底前建成跨境电商监管中心；②推动园区循环化改造。
"""


def test_a_zone_reported_in_an_entry_of_its_own_is_no_term_its_sentences_must_write(tmp_path, embedding) -> None:
    qa = index_one(tmp_path, "2026-01-dongtai.txt", ZONE_ENTRIES, embedding)
    answer = qa.ask("丹东高新区3月底前要完成什么？")  # 3月底前: a deadline, no period asked
    assert "扩区调区报批" in answer["short"] and answer["citations"][0]["zone"] == "丹东高新区"


def test_a_running_total_asked_is_the_total_so_far(qa) -> None:
    assert qa.ask("鹤岗高新区研发平台累计多少个？")["short"] == "46个"
    assert qa.ask("鹤岗高新区新建了多少个研发平台？")["short"] == "5个"
    trend = qa.ask("鹤岗高新区研发平台累计数量是怎么变的？")
    assert trend["kind"] == "trend" and [row["value"] for row in trend["table"]] == ["41个", "46个"]
    assert all("研发平台" in c["quote"] for c in trend["citations"])  # the total quoted with what it counts


def test_indicators_joined_for_one_place_are_answered_each(qa) -> None:
    answer = qa.ask("上半年鹤岗高新区人才公寓和引进人才分别是多少？")
    assert answer["kind"] == "each"
    assert "980套" in answer["answer"] and "1360名" in answer["answer"]
    assert [line.split("：")[0] for line in answer["answer"].splitlines()] == ["人才公寓", "引进人才"]


def test_a_trend_asked_as_a_change_quotes_the_change_each_bulletin_states(qa) -> None:
    trend = qa.ask("鹤岗经开区营业收入涨了还是跌了？")
    assert trend["kind"] == "trend"
    assert "同比增长7.5%" in trend["answer"] and "同比增长7.7%" in trend["answer"]  # not two cumulative amounts alone


def _province_issue(issue: int, period: str, jobs: str, city_jobs: str) -> str:
    return (f"某省开发区工作通报\n2025年第{issue}期\n一、总体情况\n{period}，全省开发区新增就业{jobs}。\n"
            f"二、各市工作进展\n（一）丹东市\n{period}，丹东市开发区新增就业{city_jobs}。\n")


def test_a_province_wide_trend_reads_the_figures_of_no_region(tmp_path, embedding) -> None:
    settings = settings_under(tmp_path)
    (settings.docs_dir / "2025-07-tongbao.txt").write_text(_province_issue(2, "上半年", "5.26万人", "1.02万人"), "utf-8")
    (settings.docs_dir / "2025-12-tongbao.txt").write_text(_province_issue(4, "1-11月", "9.84万人", "2.13万人"), "utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    trend = BulletinQA(settings, embedding).ask("全省开发区新增就业走势如何？")
    assert trend["kind"] == "trend" and trend["answer"].startswith("全省，按期")
    assert [row["value"] for row in trend["table"]] == ["5.26万人", "9.84万人"]


PROVINCE_PLANS = """某省开发区工作通报
2025年第4期
一、总体情况
1-11月，全省开发区新增就业9.84万人。
二、各市工作进展
（一）丹东市
1-11月，丹东市开发区新增就业2.13万人。
下阶段重点
一是建成标准厂房二期。二是启动飞地园区首批项目。
三、下一步工作安排
一要确保全年收官。全省开发区全力冲刺全年目标。
二要谋划明年项目。各市提前储备2026年重点项目。
"""


def test_the_whole_provinces_plans_are_listed_from_its_own_part(tmp_path, embedding) -> None:
    qa = index_one(tmp_path, "2025-12-tongbao.txt", PROVINCE_PLANS, embedding)
    plans = qa.ask("那期通报对全省下一步有哪些要求？")  # 通报: the bulletin itself, no topic
    assert plans["kind"] == "list" and "确保全年收官" in plans["answer"] and "谋划明年项目" in plans["answer"]
    assert not any(c["region"] for c in plans["citations"])  # the province's part, no city's


TABLE_ROWS = """某省开发区工作通报
2025年第2期
■丹东市
一、主要成效
（一）外资稳步增长。丹东市开发区实际使用外资同比增长6.2%，丹东经开区新签约项目3个。
附表：上半年各开发区主要指标
丹东经济技术开发区 实际使用外资 4372万美元 同比增长 -3.2% 技改投资 31.08亿元 全省排名 7。
丹东高新技术产业开发区 实际使用外资 8630万美元 同比增长 12.4% 技改投资 38.62亿元 全省排名 2。
"""


def test_a_zone_asked_short_is_answered_from_its_row_written_in_full_quoted_with_its_header(tmp_path, embedding) -> None:
    qa = index_one(tmp_path, "2025-07-tongbao.txt", TABLE_ROWS, embedding)
    answer = qa.ask("上半年丹东经开区外资多少万美元？")
    assert answer["short"] == "4372万美元"
    assert answer["citations"][0]["quote"].startswith("丹东经济技术开发区")  # whose row it is


def test_a_zones_trend_reads_its_rows_written_in_full(tmp_path, embedding) -> None:
    settings = settings_under(tmp_path)
    for issue, period, amount in ((2, "上半年", "4372万美元"), (4, "1-11月", "8117万美元")):
        text = TABLE_ROWS.replace("2025年第2期", f"2025年第{issue}期").replace("上半年", period).replace("4372万美元", amount)
        (settings.docs_dir / f"2025-{issue:02d}-tongbao.txt").write_text(text, "utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    trend = BulletinQA(settings, embedding).ask("丹东经开区外资走势咋样？")
    assert trend["kind"] == "trend" and [row["value"] for row in trend["table"]] == ["4372万美元", "8117万美元"]
