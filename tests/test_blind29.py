"""Rules found by blind29's questions written blind to the code, on invented bulletins of 岚州省 (its cities, zones
and every figure made up) through the real loader, index and pipeline.

- A sentence that names no place of its own (…环比增长2.6%。实际使用外资4.95亿美元，…) goes on about the whole the
  sentence before it reports on (1—5月，全省开发区实现…): its figure is the whole's point of a series too.
- A passage of the place and period asked that writes every word of the topic answers a list, how or summary that no
  composer's section, item or figure reading found (考核通报对各市提了哪些要求 → the 有关要求 paragraph), and nothing
  answers where no such passage is; a heading line alone (（二）强化要素保障) writes them with the passages under it.
- A question naming proposals (调研报告建议咋办) asks what is to be done, as a 对策建议 heading tells: not the report's
  foreword (现将有关情况报告如下).
- Plans asked (明年土地这块打算咋弄) are never answered by a problem the bulletin reports (土地指标紧张), whichever kind
  the question reads as.
"""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "{title}\n{issue}\n岚州省商务厅开发区处　　{date}\n\n"
Q1 = ("2026-04-dongtai-di3qi.txt", _HEAD.format(title="开发区工作动态", issue="2026年第3期", date="2026年4月20日")
      + "【全省】一季度，全省开发区实现营业收入1328.6亿元，同比增长6.4%；实际使用外资2.75亿美元，同比增长12.6%。\n\n"
      "【桐峪市】一季度，桐峪市开发区实现营业收入412.3亿元，同比增长8.2%；实际使用外资0.96亿美元。\n")
APRIL = ("2026-05-dongtai-di4qi.txt", _HEAD.format(title="开发区工作动态", issue="2026年第4期", date="2026年5月18日")
         + "【全省】1—4月，全省开发区实现营业收入1803.5亿元，同比增长6.9%；实际使用外资3.62亿美元，同比增长14.2%。\n\n"
         "【桐峪市】1—4月，桐峪市开发区实现营业收入561.8亿元，同比增长8.4%；实际使用外资1.27亿美元。\n")
MAY = ("2026-06-dongtai-di5qi.txt", _HEAD.format(title="开发区工作动态", issue="2026年第5期", date="2026年6月16日")
       + "【全省】1—5月，全省开发区实现营业收入2296.4亿元，同比增长7.1%；5月当月实现营业收入492.9亿元，环比增长2.6%。"
       "实际使用外资4.58亿美元，同比增长15.8%；进出口总额835.1亿元，增长4.6%。\n\n"
       "【桐峪市】1—5月，桐峪市开发区实现营业收入702.6亿元，同比增长8.7%；实际使用外资1.59亿美元。\n")

REVIEW = ("2026-02-kaohe-tongbao.txt", _HEAD.format(title="岚州省商务厅关于2025年度全省开发区综合考核结果的通报",
                                                  issue="岚商开〔2026〕7号", date="2026年2月10日")
          + "一、总体情况\n2025年，全省开发区实现营业收入7426.5亿元，同比增长6.9%。\n\n"
          "二、考核结果\n桐峪经开区综合得分94.6分，位居全省第一；榆川经开区得分72.3分，排名末位。\n\n"
          "三、有关要求\n各市商务局要对照考核结果，认真查找差距。被通报批评的开发区所在市要限期向省商务厅报送整改方案，"
          "整改情况纳入下一年度考核。省商务厅将对连续两年排名末位的开发区提请省政府核减用地指标。\n")

SURVEY = ("2026-07-diaoyan-baogao.txt", "关于全省开发区高质量发展情况的调研报告\n岚州省商务厅调研组　2026年7月\n\n"
          "为全面掌握全省开发区上半年发展情况，6月中下旬，省商务厅组成调研组赴5市实地调研。现将有关情况报告如下。\n\n"
          "一、存在问题\n（一）要素保障压力较大\n调研中，企业普遍反映用地指标紧张、融资成本偏高，4个开发区存量工业用地"
          "不足300亩。\n\n"
          "二、对策建议\n（一）优化产业布局\n编制全省开发区主导产业目录，每个开发区确定1-2个主导产业。\n"
          "（二）强化要素保障\n1.用地方面。（1）盘活批而未供和闲置土地；（2）新增工业用地指标向开发区倾斜，年度占比不低于"
          "65%。\n2.资金方面。设立省级开发区发展引导基金，首期规模30亿元。\n")

CITY = ("2026-01-gongzuo-zongjie.txt", _HEAD.format(title="开发区工作动态", issue="2026年第1期", date="2026年1月20日")
        + "一、桐峪市\n2025年，桐峪市开发区实现营业收入1226.4亿元，同比增长8.2%。\n"
        "存在问题\n1.土地指标紧张，亩均税收低于全省平均水平；2.加工贸易增长乏力。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("blind29"), dict([Q1, APRIL, MAY, REVIEW, SURVEY, CITY]), embedding)


@pytest.mark.parametrize("question", ["全省开发区外资今年以来咋走的？", "全省开发区实际使用外资这几期走势"])
def test_a_sentence_with_no_subject_goes_on_about_the_whole_before_it(qa, question):
    answer = qa.ask(question)["answer"]
    for figure in ("2.75亿美元", "3.62亿美元", "4.58亿美元"):
        assert figure in answer, answer
    assert "1.59亿美元" not in answer and "1.27亿美元" not in answer, answer


@pytest.mark.parametrize("question", ["考核通报给各市提了啥要求"])
def test_a_passage_writing_every_word_of_the_topic_answers(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"], answer["answer"]
    assert "限期向省商务厅报送整改方案" in answer["answer"] and "核减用地指标" in answer["answer"], answer["answer"]


def test_no_passage_writing_the_topic_answers_nothing(qa):
    assert qa.ask("考核通报里对各市招商引资提了哪些要求")["abstained"]


@pytest.mark.parametrize("question", ["用地保障上调研报告建议咋办？", "用地保障方面，调研报告建议怎么解决？"])
def test_proposals_asked_are_what_is_to_be_done(qa, question):
    answer = qa.ask(question)["answer"]
    assert "盘活批而未供和闲置土地" in answer and "不低于65%" in answer, answer
    assert "现将有关情况报告如下" not in answer, answer


@pytest.mark.parametrize("question", ["桐峪明年土地这块打算咋弄", "桐峪下步土地方面有啥打算"])
def test_a_problem_reported_is_no_plan(qa, question):
    answer = qa.ask(question)["answer"]
    assert "土地指标紧张" not in answer, answer
