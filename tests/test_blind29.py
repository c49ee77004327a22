"""Rules found by blind29's questions written blind to the code, on invented bulletins of 岚州省 (its cities, zones
and every figure made up) through the real loader, index and pipeline.

- A sentence that names no place of its own (…环比增长2.6%。实际使用外资4.95亿美元，…) goes on about the whole the
  sentence before it reports on (1—5月，全省开发区实现…): its figure is the whole's point of a series too.
- A passage of the place and period asked that writes every word of the topic answers a list, how or summary that no
  composer's section, item or figure reading found (考核通报对各市提了哪些要求 → the 有关要求 paragraph), and nothing
  answers where no such passage is.
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
          "三、有关要求\n各市商务局要对照考核结果，认真查找差距。被通报批评的开发区所在市要在2026年3月20日前向省商务厅"
          "报送整改方案，整改情况纳入2026年度考核。省商务厅将对连续两年排名末位的开发区提请省政府核减用地指标。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("blind29"), dict([Q1, APRIL, MAY, REVIEW]), embedding)


@pytest.mark.parametrize("question", ["全省开发区外资今年以来咋走的？", "全省开发区实际使用外资这几期走势"])
def test_a_sentence_with_no_subject_goes_on_about_the_whole_before_it(qa, question):
    answer = qa.ask(question)["answer"]
    for figure in ("2.75亿美元", "3.62亿美元", "4.58亿美元"):
        assert figure in answer, answer
    assert "1.59亿美元" not in answer and "1.27亿美元" not in answer, answer


@pytest.mark.parametrize("question", ["考核通报对各市提了哪些要求", "考核通报给各市提了啥要求"])
def test_a_passage_writing_every_word_of_the_topic_answers(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"], answer["answer"]
    assert "2026年3月20日前向省商务厅报送整改方案" in answer["answer"] and "核减用地指标" in answer["answer"], answer["answer"]


def test_no_passage_writing_the_topic_answers_nothing(qa):
    assert qa.ask("考核通报里对各市招商引资提了哪些要求")["abstained"]
