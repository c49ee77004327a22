"""A bulletin named by its kind and the word its title writes before it (考核通报里, 监测通报中), where the kind alone names
several indexed bulletins: that one bulletin answers, even when the question also names a place. Two invented 通报 of
岚州省 (its cities and every figure made up) through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

ASSESSMENT = ("2026-01-kaohe-tongbao.txt",
              "关于2025年度全省开发区工作考核情况的通报\n岚州省商务厅　　2026年1月20日\n\n"
              "一、考核结果\n2025年度，全省开发区考核优秀等次5个。\n\n"
              "二、各市情况\n（一）蔺川市\n蔺川经开区全年实现营业收入618.4亿元，同比增长7.1%。蔺川经开区推行“园区管家”服务，"
              "为企业办结诉求312件。\n"
              "（二）茳浦市\n茳浦高新区全年实现营业收入402.6亿元，同比增长5.3%。\n")
MONITORING = ("2026-04-jiance-tongbao.txt",
              "岚州省开发区经济运行统计监测通报\n2026年第1期\n岚州省商务厅　　2026年4月16日\n\n"
              "一、总体情况\n一季度，全省开发区实现营业收入1402.5亿元，同比增长6.2%。\n\n"
              "二、分市情况\n（一）蔺川市\n蔺川经开区一季度实现营业收入166.9亿元，同比增长8.4%。\n"
              "（二）茳浦市\n茳浦高新区一季度实现营业收入98.7亿元，同比增长4.1%。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("qualified_kind"), dict([ASSESSMENT, MONITORING]), embedding)


@pytest.mark.parametrize("question, written, other", [
    ("考核通报里蔺川这块写了些啥", "618.4亿元", "166.9亿元"),
    ("监测通报中蔺川这块写了些啥", "166.9亿元", "618.4亿元"),
])
def test_the_bulletin_named_by_its_kind_and_word_answers(qa, question, written, other):
    answer = qa.ask(question)
    assert not answer["abstained"] and written in answer["answer"] and other not in answer["answer"], answer["answer"]
    assert {c["doc"] for c in answer["citations"]} == {"2026-01-kaohe-tongbao.txt" if written == "618.4亿元"
                                                       else "2026-04-jiance-tongbao.txt"}
