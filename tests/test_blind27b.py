"""Fresh trend wordings blind27b wrote, answered by rules of Chinese: four invented issues of 岚州省's bulletin (a
year's, a quarter's and two months' issues; its zone and every figure made up) through the real loader, index and
pipeline.

- 从A到B naming two periods asks the series between them, whatever follows (一路下来咋样, not only 怎么变); an end
  said without its year (从去年全年到1-8月) is the year that puts it after the other end.
- 看看 (看看走势) is the asker's request to see, no word the answer's sentences must write.
- 后面几期呢 after a question of one period asks the same over the series' issues.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
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
    "2026-09-yunxing-tongbao-1-8yue.txt": ("2026年第4期", "2026年9月15日",
                                           "1-8月，全省开发区实现营业收入2098.4亿元，同比增长6.3%。"
                                           "雩城经开区1-8月实现营业收入547.6亿元，同比增长7.2%。"),
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
