"""The bulletin a way or plan is read in when a question names no period, on two invented issues of 沅岫省 (its cities,
zones and every figure made up) through the real loader, index and pipeline.

- A way asked with the newest said (最近, 目前, 今年以来) is the newest issue's, though an older issue tells the same
  topic as well or better.
- A problem's remedy asked with the newest said (最近…打算怎么解决) is the plan of the newest issue reporting the
  problem, though an older issue's plan names the problem in more of its words.
- A record reached (创历年新高) is a result: a way asked of it, where nothing else is written, is not answered.
- A field of work asked by its name (招商) where the place writes only its deed (招引配套企业): the way told by the deed.
- Guards: a plan asked with no period (下一步准备怎么…) is the newest issue's; a way asked with no period and no word
  of the newest is read in the issue that tells it best; a way asked of a named period is that period's.
"""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "沅岫省开发区工作通报\n{issue}\n沅岫省商务厅　　{date}\n\n"
EARLY = ("2026-03-kaifaqu-tongbao.txt", _HEAD.format(issue="2026年第1期", date="2026年3月12日") +
         "一、全省开发区运行情况\n1-2月，全省开发区实现营业收入1216.4亿元，同比增长7.2%。\n\n"
         "二、各市开发区运行情况\n"
         "（一）桤川市\n1-2月，全市开发区实现营业收入206.3亿元，同比增长9.1%。桤川市招商的做法是推行“链长+园长”双长制招商："
         "由市商务局牵头，为每条产业链明确1名链长，组织招商小分队赴长三角拜访企业52家。\n"
         "下一步，桤川市将加快盘活低效用地，3月底前盘活低效用地260亩。\n"
         "（二）榑阳市\n1-2月，全市开发区实现营业收入118.7亿元，同比增长5.4%。榑阳市的做法是推行“标准地+承诺制”供地："
         "出让前完成区域评估，企业签订承诺书后即可拿地开工。\n"
         "（三）枟溪市\n1-2月，枟溪县围绕电子信息产业链招引配套企业9家，全市开发区营业收入增长6.8%。\n\n"
         "三、存在问题\n桤川市：标准厂房供给不足，中小项目落地难。\n榑阳市：专业技术工人短缺。\n\n"
         "四、下步打算\n桤川市：新建标准厂房3万平方米，缓解标准厂房供给不足。\n榑阳市：与职业院校共建实训基地。\n")
LATE = ("2026-05-kaifaqu-tongbao.txt", _HEAD.format(issue="2026年第2期", date="2026年5月14日") +
        "一、全省开发区运行情况\n1-4月，全省开发区实现营业收入2583.9亿元，同比增长7.8%。\n\n"
        "二、各市开发区运行情况\n"
        "（一）桤川市\n1-4月，全市开发区实现营业收入431.5亿元，同比增长9.6%。桤川市的做法是“以商招商”："
        "依托已落户的龙头企业梳理配套企业清单83家，组建产业链招商专班，1-4月引进配套项目6个。\n"
        "下一步，桤川市将继续盘活低效用地，力争全年盘活低效用地1100亩。\n"
        "（二）榑阳市\n1-4月，全市开发区实现营业收入251.2亿元，同比增长6.1%。榑阳市的做法是设立“企业服务日”："
        "每周三由市直部门进园区现场办公，帮助企业解决问题74个。\n"
        "（三）栘州市\n1-4月，栘州经开区实现营业收入96.3亿元，同比增长5.2%；实际使用外资0.57亿美元，创历年新高。\n\n"
        "三、存在问题\n桤川市：标准厂房供给不足。\n榑阳市：生物医药项目审批周期长。\n\n"
        "四、下步打算\n桤川市：盘活闲置厂房8万平方米。\n榑阳市：推行生物医药项目“并联审批”。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("how30"), dict([EARLY, LATE]), embedding)


def _periods(answer: dict) -> set:
    return {c.get("period") for c in answer["citations"]}


@pytest.mark.parametrize("question", ["桤川市最近招商是怎么做的？", "桤川市今年以来招商有什么好做法？",
                                      "桤川市目前招商靠的什么？"])
def test_a_way_asked_of_the_newest_is_the_newest_issues(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"] and "以商招商" in answer["answer"], answer["answer"]
    assert _periods(answer) == {"2026年1-4月"}, answer["citations"]


def test_a_plan_asked_of_no_period_is_the_newest_issues(qa):
    answer = qa.ask("桤川市下一步准备怎么盘活低效用地？")
    assert not answer["abstained"] and "1100亩" in answer["answer"] and "260亩" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, way, period", [("榑阳市是怎么供地的？", "标准地+承诺制", "2026年1-2月"),
                                                   ("桤川市1-2月招商是怎么做的？", "链长+园长", "2026年1-2月"),
                                                   ("榑阳市1-4月有什么经验做法？", "企业服务日", "2026年1-4月")])
def test_a_way_of_no_newest_said_is_read_where_it_is_told(qa, question, way, period):
    answer = qa.ask(question)
    assert not answer["abstained"] and way in answer["answer"], answer["answer"]
    assert _periods(answer) == {period}, answer["citations"]


@pytest.mark.parametrize("question, plan, period", [("桤川市最近标准厂房不足打算怎么解决？", "8万平方米", "2026年1-4月"),
                                                    ("桤川市1-2月标准厂房不足打算怎么解决？", "3万平方米", "2026年1-2月")])
def test_a_remedy_asked_of_the_newest_is_the_newest_issues(qa, question, plan, period):
    answer = qa.ask(question)
    assert not answer["abstained"] and plan in answer["answer"], answer["answer"]
    assert _periods(answer) == {period}, answer["citations"]


def test_a_record_reached_is_no_way(qa):
    answer = qa.ask("栘州经开区实际使用外资创历年新高，靠的什么？")
    assert answer["abstained"], answer["answer"]


def test_a_field_asked_by_its_name_is_told_by_its_deed(qa):
    answer = qa.ask("枟溪市招商是怎么抓的？")
    assert not answer["abstained"] and "电子信息产业链" in answer["answer"], answer["answer"]
