"""Follow-ups asked in fresh wordings: a period reached (到1—5月呢？ 截至前三季度呢, 截止到上半年呢: the period up to
which, no indicator named `到`), and a period named then what is asked of it in a clause of its own (上半年呢，增长多少？
1-4月呢，增速多少: the previous indicator's growth over the new period, not an indicator `呢，增长`), asked again with
the term in full where the previous question's abbreviation (营收) is not the new period's bulletin's word (营业收入);
a city's trend with its one zone's figure where an issue writes no total of the city's own. Three small
invented issues (蓂川省, its cities, zones and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from qa.question_period import as_written
from tests.conftest import index_files

_HEAD = "蓂川省开发区运行简报\n2026年第{number}期\n蓂川省商务厅　　2026年{month}月18日\n\n"
ISSUES = {  # (file, issue number, month the issue is out): its paragraphs
    ("2026-01-niandu-tongbao.txt", 0, 1): [
        "2025年，全省开发区实现营业收入5702.3亿元，同比增长5.6%。",
        "蘅岭市：2025年，蘅岭经济开发区全年实现营业收入170.5亿元，同比增长2.9%。",
        "菖浦市：2025年，菖浦经开区全年实现营业收入66.2亿元，同比增长1.9%；菖浦综保区进出口总额40.7亿元，同比增长8.8%。"],
    ("2026-04-jianbao-di1qi.txt", 1, 4): [
        "一季度，全省开发区营收1318.6亿元，同比增长5.4%。",
        "苁溪市：一季度，苁溪经开区营收96.3亿元，同比增长4.2%；进出口总额27.5亿元，同比增长6.6%。",
        "蘅岭市：一季度，蘅岭经济开发区营收41.8亿元，同比增长3.1%。",
        "茆山市：一季度，茆山经开区营收52.7亿元，增长6.1%。"],
    ("2026-07-jianbao-di2qi.txt", 2, 7): [
        "上半年，全省开发区实现营业收入2741.9亿元，同比增长5.9%。",
        "苁溪市：上半年，苁溪经开区实现营业收入204.8亿元，同比增长4.7%；进出口总额58.1亿元，同比增长7.3%。",
        "蘅岭市：上半年，全市开发区实现营业收入88.6亿元，同比增长3.5%；其中蘅岭经济开发区营业收入同比增长3.6%。",
        "茆山市：上半年，茆山经开区实现营业收入109.4亿元，同比增长6.5%。",
        "菖浦市：上半年，全市开发区进出口总额21.6亿元，同比增长8.1%。"],
    ("2026-10-jianbao-di3qi.txt", 3, 10): [
        "前三季度，全省开发区实现营业收入4209.5亿元，同比增长6.1%。",
        "苁溪市：前三季度，苁溪经开区实现营业收入317.9亿元，同比增长5.2%；进出口总额90.4亿元，同比增长7.9%。",
        "蘅岭市：前三季度，全市开发区实现营业收入136.2亿元，同比增长3.8%；其中蘅岭经济开发区营业收入同比增长3.9%。",
        "菖浦市：前三季度，全市开发区进出口总额33.4亿元，同比增长8.4%。"],
}
REVENUE = {"一季度": ("96.3亿元", "4.2%"), "上半年": ("204.8亿元", "4.7%"), "前三季度": ("317.9亿元", "5.2%")}


def _issue(number: int, month: int, parts: list[str]) -> str:
    return _HEAD.format(number=number, month=month) + "\n\n".join(parts) + "\n"


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _issue(*when, parts) for (name, *when), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("blindfixB"), files, embedding)


@pytest.mark.parametrize("said, written", [("到1—5月呢？", "1—5月呢？"), ("截至前三季度呢", "前三季度呢"),
                                           ("那截止到上半年呢", "那上半年呢"), ("到了1-8月呢", "1-8月呢")])
def test_a_period_reached_is_the_period(said, written):
    assert as_written(said) == written


@pytest.mark.parametrize("said", ["从一季度到前三季度营收增长多少", "那到全年是涨了还是跌了？"])
def test_a_period_reached_with_a_change_asked_stays(said):
    assert as_written(said) == said  # 从…到…, 到全年…涨了还是跌了: the change up to it asked


@pytest.mark.parametrize("question, period", [("到前三季度呢？", "前三季度"), ("截至上半年呢", "上半年"),
                                              ("那截止到前三季度呢？", "前三季度")])
def test_a_follow_up_reaching_a_period_asks_the_previous_figure_of_it(qa, question, period):
    answer = qa.ask(question, history=["苁溪经开区一季度营业收入多少？"])
    assert not answer["abstained"], answer["answer"]
    assert REVENUE[period][0] in answer["answer"] and "96.3亿元" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, period", [("上半年呢，增长多少？", "上半年"), ("前三季度呢，同比增长多少", "前三季度"),
                                              ("那上半年呢？增速是多少", "上半年")])
def test_a_period_then_its_growth_asked_keeps_the_previous_indicator(qa, question, period):
    answer = qa.ask(question, history=["苁溪经开区一季度营业收入多少？"])
    assert not answer["abstained"], answer["answer"]
    assert REVENUE[period][1] in answer["answer"], answer["answer"]
    assert "进出口" not in (answer["resolved_question"] or ""), answer["resolved_question"]


@pytest.mark.parametrize("question", ["蘅岭开发区营收这几期变化说一下", "蘅岭市开发区营业收入各期走势咋样"])
def test_a_city_of_one_zone_over_the_issues_takes_the_zones_figure_where_it_writes_no_total(qa, question):
    answer = qa.ask(question)  # the 一季度 issue writes 蘅岭's one zone, the later ones the city's 开发区 (and the zone's
    # growth alone: the zone's amount joins the city's amounts all the same)
    assert answer["kind"] == "trend", answer
    assert all(figure in answer["answer"] for figure in ("41.8亿元", "88.6亿元", "136.2亿元")), answer["answer"]


@pytest.mark.parametrize("question, shown", [("上半年呢？", "109.4亿元"), ("上半年呢，增长多少？", "6.5%")])
def test_a_follow_up_of_an_abbreviation_one_issue_writes_in_full_is_asked_in_full(qa, question, shown):
    answer = qa.ask(question, history=["茆山经开区一季度营收多少？"])  # 营收 the 一季度 issue's word, 营业收入 the next's
    assert not answer["abstained"] and shown in answer["answer"], answer["answer"]
    assert "52.7亿元" not in answer["answer"], answer["answer"]


def test_a_year_of_the_lone_zone_is_no_point_of_the_months_asked(qa):
    over_issues = qa.ask("蘅岭开发区营收这几期变化说一下")["answer"]
    over_months = qa.ask("蘅岭开发区营收这几个月怎么变的")["answer"]
    assert "170.5亿元" in over_issues, over_issues  # the year's issue writes 蘅岭's one zone alone
    assert "170.5亿元" not in over_months and "88.6亿元" in over_months, over_months


def test_one_zone_of_several_a_bulletin_writes_is_not_the_citys(qa):
    answer = qa.ask("菖浦开发区进出口总额这几期走势")["answer"]
    assert "21.6亿元" in answer and "33.4亿元" in answer, answer
    assert "40.7亿元" not in answer, answer  # the year's issue writes two of 菖浦's zones: 综保区's is not the city's
