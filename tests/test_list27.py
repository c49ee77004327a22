"""Fresh list wordings list27 wrote, answered by rules of Chinese and of bulletin layout. Three small invented issues
of 岚州省 (its cities, zones and every figure made up) through the real loader, index and pipeline.

- A lead-in closed by a comma before the first item (省商务厅将对照年度目标任务，一是…；二是…) is no item: the items start
  at 一是.
- Every place as whom the whole's words go to (对各地提了哪些要求, 给各市布置了什么任务) asks the whole's own list, not each
  place's part under a heading of the same meaning.
- A verb of telling or assigning before what is listed (反映的困难, 指出的问题, 部署的工作要求) frames the question, no
  topic its items must write.
- A count asked with which the things counted are (议定了几个事项，分别交给谁办; 议定了几个事项？都是什么) is one list:
  the items the lead announces, not a figure nor a figure of each.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.two_asks import parts_asked
from tests.conftest import index_files

_HEAD = "{title}\n{issue}\n岚州省商务厅开发区处　　{date}\n\n"
MONTHLY = ("2026-06-yunxing-1-5yue.txt", _HEAD.format(title="2026年1—5月全省开发区经济运行情况", issue="2026年第5期",
                                                      date="2026年6月18日")
           + "1—5月，全省开发区实现营业收入1862.4亿元，同比增长7.1%；进出口总额512.8亿元，同比增长9.4%。\n\n"
           "下一步，省商务厅将对照年度目标任务，一是开展开发区项目建设“攻坚月”活动，推动已签约项目早开工；"
           "二是支持综合保税区拓展保税维修业务；三是对营业收入负增长的开发区开展专项调度。\n")
HALF_YEAR = ("2026-07-gongzuo-tongbao-shangbannian.txt", _HEAD.format(title="岚州省开发区工作通报", issue="2026年第3期",
                                                                       date="2026年7月22日")
             + "一、全省开发区运行情况\n上半年，全省开发区实现营业收入2437.6亿元，同比增长7.4%。7月10日，省商务厅召开推进会"
             "部署下半年工作。\n\n"
             "二、各市开发区工作进展\n"
             "【桐峪市】上半年，桐峪市开发区实现营业收入812.3亿元，同比增长8.2%。下一步，桐峪市将一是推动桐峪经开区储能"
             "产业园二期开工；二是举办桐峪高新区科技成果对接会。\n"
             "【榆川市】上半年，榆川市开发区实现营业收入402.6亿元，同比增长5.4%。下一步，榆川市将一是盘活榆川经开区"
             "闲置厂房5万平方米；二是引进跨境电商企业12家。\n\n"
             "三、存在问题\n（一）用地指标偏紧。企业普遍反映新增工业用地指标不足，项目落地周期拉长。\n"
             "（二）融资成本偏高。中小企业贷款平均利率4.9%。\n\n"
             "四、下一步工作要求\n"
             "下半年，各地要对照全年目标查漏补缺：第一，全力冲刺三季度，确保全年营业收入增长8%以上；第二，做好年度考核"
             "评价材料报送；第三，各市于7月31日前报送亩均效益评价结果。\n")
MINUTES = ("2026-04-fenxihui-jiyao.txt", _HEAD.format(title="全省开发区一季度经济运行分析会议纪要", issue="2026年第2期",
                                                    date="2026年4月16日")
           + "一季度，全省开发区实现营业收入1128.6亿元，同比增长6.4%。\n\n"
           "会议要求，各市要盯紧全年目标。会议议定以下事项：\n"
           "一、桐峪市加快桐峪综保区二期封关验收，力争上半年进出口额新增15亿元。（责任单位：桐峪市商务局；完成时限：2026年6月底前）\n"
           "二、榆川市推进“一区多园”整合，由榆川高新区托管榆川临港产业园。（责任单位：榆川市人民政府；完成时限：2026年6月30日前）\n"
           "三、省商务厅开发区处按月编发工作动态，5月下旬开展一次专项督导。（责任单位：省商务厅开发区处）\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("list27"), dict([MONTHLY, HALF_YEAR, MINUTES]), embedding)


@pytest.mark.parametrize("question", ["1—5月通报里省商务厅下一步要做哪几件事", "1—5月省里下一步打算干什么"])
def test_a_lead_in_closed_by_a_comma_is_no_item(qa, question):
    answer = qa.ask(question)["answer"]
    for item in ("开展开发区项目建设“攻坚月”活动", "支持综合保税区拓展保税维修业务", "对营业收入负增长的开发区开展专项调度"):
        assert item in answer, answer
    assert "1. 省商务厅将对照年度目标任务" not in answer, answer


@pytest.mark.parametrize("question", ["上半年通报对各地提了哪些工作要求？", "上半年通报向各市提了哪些工作要求",
                                      "上半年通报部署的下一步工作要求有哪几条"])
def test_every_place_addressed_asks_the_wholes_own_list(qa, question):
    answer = qa.ask(question)
    for item in ("全力冲刺三季度", "做好年度考核评价材料报送", "各市于7月31日前报送亩均效益评价结果"):
        assert item in answer["answer"], answer["answer"]
    assert "储能产业园二期" not in answer["answer"] and "跨境电商企业12家" not in answer["answer"], answer["answer"]


def test_every_place_as_whose_part_is_still_each_places(qa):
    answer = qa.ask("上半年各市下一步有什么打算")["answer"]
    assert "储能" in answer and "跨境电商企业12家" in answer, answer


@pytest.mark.parametrize("question", ["会议议定了几个事项，分别交给谁办？", "会议议定了几个事项？都是什么",
                                      "会议一共议定了几项事项？具体是哪些"])
def test_a_count_and_which_they_are_is_one_list(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "list", answer["kind"]
    for item in ("桐峪综保区二期封关验收", "“一区多园”整合", "5月下旬开展一次专项督导"):
        assert item in answer["answer"], answer["answer"]


def test_count_and_which_reads_as_a_list_and_one_question():
    assert classify("会议议定了几个事项，分别交给谁办？") == "list"
    assert classify("今年提了几条要求，分别是什么") == "list"
    assert parts_asked("会议议定了几个事项？都是什么") == ["会议议定了几个事项？都是什么"]
    assert classify("两个市分别签约了几个项目") == "each"  # no which asked: the count of each
    assert len(parts_asked("签了几个项目？总投资多少？", loose=True)) == 2


@pytest.mark.parametrize("question", ["上半年通报反映的困难有哪几点", "上半年通报指出了哪些问题"])
def test_a_verb_of_telling_names_no_topic(qa, question):
    answer = qa.ask(question)["answer"]
    assert "用地指标偏紧" in answer and "融资成本偏高" in answer, answer
