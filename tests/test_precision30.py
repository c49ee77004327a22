"""Never another period's figure for the one asked (precision30). Three small invented monthly issues of 岚州省 (its
cities, zones and every figure made up) through the real loader, index and pipeline.

- A whole year no bulletin reports (2025年全年 over issues of 1—8月 … 1—11月) is read as the year's target only if a
  target answers it: a figure of the months reported is no answer to it, and the question is withheld.
- A year gone asked with a plan word (去年的下步打算) keeps its period: the plans of that year's own issue, not the
  newest issue's plans.
- A target asked of such a year (2026年全年…目标) where no issue writes one is withheld, whichever composer reads the
  question: a passage of a result (…全年实现营业收入…) is no target.
"""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "{title}\n{issue}\n岚州省商务厅开发区处　　{date}\n\n"
AUGUST = ("2025-09-yunxing-1-8yue.txt", _HEAD.format(title="2025年1—8月全省开发区运行监测通报", issue="2025年第8期",
                                                    date="2025年9月16日")
          + "1—8月，全省开发区实现营业收入3126.4亿元，同比增长6.2%。\n\n"
          "【桐峪市】1—8月，桐峪市开发区实现营业收入1208.3亿元，同比增长7.4%。\n"
          "【榆川市】1—8月，榆川市开发区实现营业收入486.2亿元，同比增长3.1%。\n")
NOVEMBER = ("2025-12-yunxing-1-11yue.txt", _HEAD.format(title="2025年1—11月全省开发区运行监测通报", issue="2025年第11期",
                                                       date="2025年12月18日")
            + "1—11月，全省开发区实现营业收入4318.6亿元，同比增长6.5%。确保全年全省开发区营业收入突破4700亿元。\n\n"
            "【桐峪市】1—11月，桐峪市开发区实现营业收入1672.5亿元，同比增长7.8%。\n"
            "【榆川市】1—11月，榆川市开发区实现营业收入663.9亿元，同比增长3.6%。\n")
YEAR = ("2026-01-yunxing-quannian.txt", _HEAD.format(title="2025年全年全省开发区运行监测通报", issue="2026年第1期",
                                                  date="2026年1月20日")
        + "2025年，全省开发区实现营业收入4726.8亿元，同比增长6.6%。\n\n"
        "【桐峪市】2025年，桐峪市开发区实现营业收入1841.2亿元，同比增长7.9%。重点园区中，桐峪经开区全年实现营业收入"
        "1206.4亿元，同比增长8.3%。\n"
        "下一步，桐峪市将一是推动桐峪经开区储能产业园二期开工；二是举办桐峪高新区科技成果对接会。\n")
SPRING = ("2026-05-yunxing-1-4yue.txt", _HEAD.format(title="2026年1—4月全省开发区运行监测通报", issue="2026年第4期",
                                                   date="2026年5月15日")
          + "1—4月，全省开发区实现营业收入1574.2亿元，同比增长6.9%。\n\n"
          "【桐峪市】1—4月，桐峪市开发区实现营业收入603.7亿元，同比增长8.1%。\n"
          "下一步，桐峪市将一是开展桐峪综保区保税维修业务试点；二是5月底前完成桐峪经开区低效用地清理。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("precision30"), dict([AUGUST, NOVEMBER]), embedding)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("precision30y"), dict([AUGUST, YEAR, SPRING]), embedding)


@pytest.mark.parametrize("question", ["榆川市2025年全年开发区营业收入多少", "榆川市全年开发区营业收入是多少"])
def test_a_whole_year_no_bulletin_reports_is_not_answered_with_its_months(qa, question):
    answer = qa.ask(question)
    assert "663.9亿元" not in answer["answer"] and "486.2亿元" not in answer["answer"], answer["answer"]
    assert all(c["period"] in (None, "2025年全年") for c in answer["citations"]), answer["citations"]


def test_the_years_target_still_answers_a_target_asked(qa):
    answer = qa.ask("全省2025年全年开发区营业收入目标是多少")["answer"]
    assert "4700亿元" in answer, answer


def test_a_year_gone_asked_with_a_plan_word_keeps_its_issue(two_years):
    answer = two_years.ask("桐峪市去年的下步打算是什么")
    assert "储能产业园二期开工" in answer["answer"], answer["answer"]
    assert "保税维修业务试点" not in answer["answer"], answer["answer"]


def test_a_target_asked_where_none_is_written_is_no_result(two_years):
    answer = two_years.ask("桐峪经开区2026年全年营收目标")
    assert "1206.4亿元" not in answer["answer"] and "1841.2亿元" not in answer["answer"], answer["answer"]
