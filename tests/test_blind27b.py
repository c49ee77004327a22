"""Fresh trend wordings blind27b wrote, answered by rules of Chinese: four invented issues of 岚州省's bulletin (a
year's, a quarter's and two months' issues; its zone and every figure made up) through the real loader, index and
pipeline.

- 从A到B naming two periods asks the series between them, whatever follows (一路下来咋样, not only 怎么变); an end
  said without its year (从去年全年到1-8月) is the year that puts it after the other end.
- 看看 (看看走势) is the asker's request to see, no word the answer's sentences must write.
- 后面几期呢 after a question of one period asks the same over the series' issues.
- 下半年重点 asked where no bulletin reports 下半年 is the plans of the 上半年 issue before it, as 下半年打算 is; a 重点项目
  of those months is no plan.
"""
from __future__ import annotations

import pytest

from index.periods import Period
from qa.kinds import classify
from qa.plans import plan_issue
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "岚州省开发区运行通报\n{issue}\n岚州省商务厅　　{date}\n\n"
ISSUES = {
    "2026-01-yunxing-tongbao-2025.txt": ("2026年第1期", "2026年1月20日",
                                         "2025年，全省开发区实现营业收入3120.5亿元，同比增长6.1%。"
                                         "雩城经开区全年实现营业收入812.4亿元，同比增长7.3%。"),
    "2026-04-yunxing-tongbao-yijidu.txt": ("2026年第2期", "2026年4月18日",
                                           "一季度，全省开发区实现营业收入760.2亿元，同比增长5.9%。"
                                           "雩城经开区一季度实现营业收入201.7亿元，同比增长6.8%。"),
    "2026-06-yunxing-tongbao-1-5yue.txt": ("2026年第3期", "2026年6月16日",
                                           "1-5月，全省开发区实现营业收入1302.6亿元，同比增长6.0%。"
                                           "雩城经开区1-5月实现营业收入338.9亿元，同比增长7.0%。"),
    "2026-09-yunxing-tongbao-1-8yue.txt": ("2026年第5期", "2026年9月15日",
                                           "1-8月，全省开发区实现营业收入2098.4亿元，同比增长6.3%。"
                                           "雩城经开区1-8月实现营业收入547.6亿元，同比增长7.2%。"),
    "2026-07-yunxing-tongbao-shangbannian.txt": ("2026年第4期", "2026年7月20日",
                                                "上半年，全省开发区实现营业收入1642.8亿元，同比增长6.2%。\n\n"
                                                "下半年重点\n1.开展项目建设攻坚行动，新开工亿元以上项目40个。\n"
                                                "2.组织开发区赴长三角开展产业链招商。"),
}
YEAR, Q1, M5, M8 = "812.4亿元", "201.7亿元", "338.9亿元", "547.6亿元"


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(issue=issue, date=date) + text + "\n" for name, (issue, date, text) in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("blind27b"), files, embedding)


@pytest.mark.parametrize("question", ["甲经开区营收从去年全年到今年上半年一路下来咋样", "甲市外资从一季度到1-8月情况如何",
                                      "甲经开区营收从2025年全年到1-5月是多少"])
def test_a_span_of_two_periods_asks_a_trend(question):
    assert classify(question) == "trend"


@pytest.mark.parametrize("question, shown, beyond", [
    ("雩城经开区营收从去年全年到1-8月走势咋样？", [YEAR, Q1, M5, M8], []),
    ("雩城经开区营收从去年全年到今年1-5月一路下来咋样？", [YEAR, Q1, M5], [M8]),
    ("雩城经开区营收从2025年全年到1-5月每期多少？", [YEAR, Q1, M5], [M8])])
def test_a_span_from_a_dated_period_to_an_undated_one(qa, question, shown, beyond):
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer
    assert all(f in answer["answer"] for f in shown), answer["answer"]
    assert not any(f in answer["answer"] for f in beyond), answer["answer"]


def test_asking_to_see_is_no_term(qa):
    answer = qa.ask("雩城经开区营收去年全年、一季度、1-5月各是多少？看看走势")
    assert all(f in answer["answer"] for f in (YEAR, Q1, M5)), answer["answer"]


def test_the_later_issues_asked_after_one(qa):
    answer = qa.ask("后面几期呢，走势咋样？", history=["雩城经开区一季度营收多少？"])
    assert "这几期" in answer["resolved_question"], answer
    assert all(f in answer["answer"] for f in (Q1, M5, M8)), answer["answer"]


def test_the_focus_of_months_unreported_is_the_plans_before_them(qa):
    half = Period(2026, 1, 6)
    assert plan_issue(Period(None, 7, 12), "下半年重点是啥", [half]) == half
    assert plan_issue(Period(None, 7, 12), "下半年工作重点有哪些", [half]) == half
    assert plan_issue(Period(None, 7, 12), "下半年重点项目完成投资多少", [half]) is None
    answer = qa.ask("下半年重点是啥？")
    assert "项目建设攻坚行动" in answer["answer"] and "产业链招商" in answer["answer"], answer["answer"]
