"""Words that mean the same thing, read as the bulletin writes them: an indicator's amount said with another ending
(进出口额 where the bulletin writes 进出口总额), a term said in full that it writes short (规模以上工业 for its 规上工业,
全省高新技术产业开发区 for its 全省高新区). An invented 檩州省 bulletin (its cities, zones and figures made up), read through
the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_one

BULLETIN = ("檩州省开发区运行简报\n2026年第2期\n檩州省商务厅　　2026年7月16日\n\n"
            "上半年，全省开发区实现营业收入2316.4亿元，同比增长6.2%；规上工业增加值同比增长7.5%。全省开发区进出口总额"
            "486.3亿元，同比增长5.1%。\n\n"
            "榧城市：上半年，榧城经开区实现营业收入318.6亿元，同比增长7.1%；规上工业增加值同比增长8.4%；进出口总额52.7亿元，"
            "同比增长9.3%。亩均税收31.6万元，居全省经开区第2位。\n\n"
            "楮阳市：上半年，楮阳高新区实现营业收入205.2亿元，同比增长6.6%；规上工业增加值同比增长6.9%；进出口总额21.4亿元，"
            "同比增长3.2%。研发投入强度3.9%，居全省高新区第5位。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("terms22"), "2026-07-yunxing-jianbao-di2qi.txt", BULLETIN, embedding)


def test_an_amount_said_with_another_ending_is_the_one_written(qa):
    # 开发区进出口额: its terms were dropped as a cut through the bulletin's 开发区进出口总额 (区进)
    answer = qa.ask("上半年榧城市开发区进出口额有多少")
    assert not answer["abstained"] and answer["short"] == "52.7亿元"


@pytest.mark.parametrize("question, figure", [("上半年榧城经开区规模以上工业增加值增长多少？", "8.4%"),
                                              ("楮阳高新区规模以上工业增加值同比增速是多少", "6.9%")])
def test_a_term_said_in_full_is_the_short_one_written(qa, question, figure):
    answer = qa.ask(question)
    assert not answer["abstained"] and answer["short"] == figure
    assert "8.4%" not in answer["answer"] or figure == "8.4%"  # the zone asked, not the other one


def test_a_kind_of_zone_after_a_whole_is_the_short_kind_written(qa):
    # 全省高新技术产业开发区: the bulletin ranks among 全省高新区
    answer = qa.ask("楮阳高新区研发投入强度在全省高新技术产业开发区里的位次")
    assert not answer["abstained"] and "第5位" in answer["answer"]
