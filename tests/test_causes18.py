"""Causes of the language (round causes18): a part's indicator is not the whole's (跨境电商进出口额 answers no question
after 进出口总额, nor 进出口额 one after 跨境电商进出口额; 其中出口 answers 出口额); a measure's verb said otherwise than
written (引进外资 for 实际使用外资, 缩短 for 压缩); two questions in one, each answered. Invented bulletins through the
real index."""
from __future__ import annotations

import pytest

from qa.part_indicator import lacks_part, written_part
from qa.two_asks import parts_asked, with_first_period
from tests.conftest import index_files

_HALF = """开发区运行简报
2026年第2期
汀州省商务厅 2026年7月20日

一、沭川市
上半年，沭川综合保税区完成进出口额132.5亿元，同比增长9.1%，其中跨境电商进出口额21.7亿元，同比增长28.4%。
沭川经开区实现营业收入418.6亿元，同比增长6.2%；完成固定资产投资57.3亿元，其中工业投资39.8亿元。
沭川经开区实际使用外资1.28亿美元，同比增长12.5%。
沭川经开区推行“拿地即开工”，项目审批时限由40个工作日压缩至18个工作日。

二、洺阳市
上半年，洺阳高新区完成进出口总额64.2亿元，同比增长5.3%，其中出口47.9亿元。
洺阳综合保税区保税维修业务进出口额3.6亿元，同比增长41.2%。
洺阳经济技术开发区上半年实现营业收入205.3亿元，同比增长7.7%。新签约亿元以上项目18个，协议投资额96.4亿元。
"""


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("causes18"), {"2026-07-jianbao-di2qi.txt": _HALF}, embedding)


def test_a_parts_figure_does_not_answer_the_whole(bulletin) -> None:
    result = bulletin.ask("洺阳综保区上半年进出口额是多少？")
    assert result["abstained"] and "3.6亿元" not in result["answer"]


def test_the_wholes_figure_does_not_answer_a_part(bulletin) -> None:
    assert bulletin.ask("洺阳高新区上半年跨境电商进出口额多少？")["abstained"]
    assert bulletin.ask("沭川综保区上半年跨境电商进出口额多少？")["short"] == "21.7亿元"


def test_the_whole_asked_takes_the_whole_beside_its_part(bulletin) -> None:
    assert bulletin.ask("沭川综保区上半年进出口额是多少？")["short"] == "132.5亿元"
    assert bulletin.ask("沭川经开区上半年固定资产投资多少？")["short"] == "57.3亿元"


def test_a_part_written_inside_the_wholes_word_is_asked_by_its_own(bulletin) -> None:
    assert bulletin.ask("洺阳高新区上半年出口额多少？")["short"] == "47.9亿元"


@pytest.mark.parametrize("question", ["沭川经开区上半年引进外资多少？", "沭川经开区上半年利用外资是多少？"])
def test_a_measure_said_with_another_verb_is_the_one_written(bulletin, question) -> None:
    assert bulletin.ask(question)["short"] == "1.28亿美元"


def test_a_verb_no_bulletin_writes_reads_as_the_one_they_write_for_it(bulletin) -> None:
    result = bulletin.ask("沭川经开区怎么缩短项目审批时间的？")
    assert not result["abstained"] and "18个工作日" in result["answer"]


def test_two_questions_in_one_are_each_answered(bulletin) -> None:
    result = bulletin.ask("沭川经开区上半年营业收入是多少，实际使用外资又是多少？")
    assert "418.6亿元" in result["answer"] and "1.28亿美元" in result["answer"]
    assert {c["n"] for c in result["citations"]} == {1, 2} and "[2]" in result["answer"]


def test_a_part_nothing_answers_is_said_beside_the_other(bulletin) -> None:
    result = bulletin.ask("洺阳高新区上半年进出口总额是多少，营业收入又是多少？")
    assert not result["abstained"] and "64.2亿元" in result["answer"] and "营业收入" in result["answer"]
    assert bulletin.ask("洺阳高新区上半年营业收入是多少，税收收入又是多少？")["abstained"]


def test_a_figure_of_one_zone_and_another_of_another_are_each_answered(bulletin) -> None:
    answer = bulletin.ask("沭川综保区上半年跨境电商进出口额和洺阳高新区出口分别是多少？")["answer"]
    assert "21.7亿元" in answer and "47.9亿元" in answer


def test_a_sentence_of_a_zones_passage_is_that_zones(bulletin) -> None:
    assert bulletin.ask("洺阳经开区上半年协议投资额多少？")["short"] == "96.4亿元"


def test_a_later_part_naming_no_period_is_asked_of_the_firsts() -> None:
    assert with_first_period(["甲经开区2025年营收多少？", "协议投资额多少？"])[1] == "2025年协议投资额多少？"
    assert with_first_period(["上半年排第几？", "前三季度呢？"])[1] == "前三季度呢？"


def test_what_splits_into_questions_and_what_stays_one() -> None:
    assert parts_asked("哪家企业停产技改？什么时候复产的？") == ["哪家企业停产技改？", "什么时候复产的？"]
    assert parts_asked("上半年排第几？前三季度呢？") == ["上半年排第几？", "前三季度呢？"]
    assert parts_asked("甲市营收是多少，乙区进出口又是多少？") == ["甲市营收是多少？", "乙区进出口又是多少？"]
    for one in ("甲乙两市营收相比，哪个多？多出多少？", "甲经开区呢？谁快？", "签了几个项目？总投资多少？",
                "甲市营收是多少，同比增长多少？"):
        assert parts_asked(one) == [one]


def test_a_narrowing_word_is_told_from_a_measure_or_a_scope() -> None:
    assert written_part("1-4月累计跨境电商进出口额", "进出口总额", "进出口总额多少")
    assert written_part("其中对东盟进出口", "进出口额", "进出口额多少")
    assert written_part("完成进出口总额", "出口额", "出口额多少")  # the word written names more
    assert not written_part("实际使用外资", "外资", "引进外资多少")
    assert not written_part("规上工业增加值", "工业增加值", "工业增加值多少")
    assert not written_part("货邮吞吐量", "吞吐量", "货运吞吐量多少")  # 货运 and 货邮: one 吞吐量
    assert lacks_part("湛屿高新区进出口额181.6亿元", "跨境电商") and not lacks_part("其中跨境电商进出口额23.4亿元", "跨境电商")
