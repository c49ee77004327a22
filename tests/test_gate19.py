"""A follow-up pointing at the periods the conversation asked (这两期数据比较一下增速变化, 那这两个季度谁快, 这两期的增速
各是多少) is answered over those periods only: not over every issue the bulletins report, nor the last one asked alone;
the whole's figures of two periods compared are not a ranking of its cities' zones.
Three small invented issues (桤源省, its cities and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.corpus import Corpus
from qa.pipeline import BulletinQA
from qa.thread_periods import over_thread_periods
from tests.conftest import index_files

_HEAD = "桤源省园区运行简报\n2026年第{number}期\n桤源省工业和信息化厅　　2026年{month}月18日\n\n"
ISSUES = {  # (file, issue number, month the issue is out): its paragraphs
    ("2026-04-yuanqu-di1qi.txt", 1, 4): [
        "一季度，全省园区实现营业收入1507.3亿元，同比增长5.2%；完成进出口总额311.4亿元，同比增长4.1%。",
        "蒿岑市：一季度，蒿岑经开区实现营业收入96.2亿元，同比增长6.3%；进出口总额14.1亿元。",
        "樗阳市：一季度，樗阳高新区实现营业收入71.5亿元，同比增长12.6%；进出口总额9.3亿元。"],
    ("2026-07-yuanqu-di2qi.txt", 2, 7): [
        "上半年，全省园区实现营业收入3172.8亿元，同比增长5.9%；完成进出口总额652.6亿元，同比增长4.7%。",
        "蒿岑市：上半年，蒿岑经开区实现营业收入201.7亿元，同比增长6.8%；进出口总额29.3亿元。",
        "樗阳市：上半年，樗阳高新区实现营业收入150.2亿元，同比增长11.9%；进出口总额19.6亿元。"],
    ("2026-10-yuanqu-di3qi.txt", 3, 10): [
        "前三季度，全省园区实现营业收入4893.5亿元，同比增长6.6%；完成进出口总额1004.9亿元，同比增长5.5%。",
        "蒿岑市：前三季度，蒿岑经开区实现营业收入309.4亿元，同比增长7.4%；进出口总额45.0亿元。"],
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(number=number, month=month) + "\n\n".join(parts) + "\n"
             for (name, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("gate19"), files, embedding)


_THREAD = ["一季度全省园区营收多少？", "上半年全省园区营收多少？"]


def test_the_periods_pointed_at_are_the_threads(qa):
    corpus = Corpus.from_chunks(qa.snapshot.chunks)
    assert over_thread_periods("这两期数据比较一下增速变化", _THREAD, corpus) == "一季度和上半年全省园区营收比较一下增速变化？"
    assert over_thread_periods("那这两个季度谁增长快？", _THREAD, corpus) == "一季度和上半年全省园区营收谁增长快？"
    assert over_thread_periods("这几期的增速呢", _THREAD, corpus) == "一季度和上半年全省园区营收增速？"
    assert over_thread_periods("这两期营收增速呢", _THREAD, corpus) == "一季度和上半年全省园区营收增速？"  # said once
    three = _THREAD + ["前三季度全省园区营收多少？"]
    assert over_thread_periods("这三期增速如何", three, corpus) == "一季度、上半年和前三季度全省园区营收增速如何？"
    assert over_thread_periods("这两期增速如何", three, corpus) == "上半年和前三季度全省园区营收增速如何？"


def test_no_periods_are_made_up_nor_other_periods_or_places_taken(qa):
    corpus = Corpus.from_chunks(qa.snapshot.chunks)
    assert over_thread_periods("这两期数据比较一下", _THREAD[:1], corpus) is None  # one period asked
    assert over_thread_periods("这三期比较一下", _THREAD, corpus) is None
    assert over_thread_periods("这两期和全年比呢", _THREAD, corpus) is None
    assert over_thread_periods("蒿岑这两期呢", _THREAD, corpus) is None  # a place of its own
    assert over_thread_periods("这期的增速呢", _THREAD, corpus) is None  # 这期: the one issue asked
    assert over_thread_periods("近两期比较一下", _THREAD, corpus) is None  # the newest two, not those asked


def test_a_change_over_the_two_periods_asked(qa):
    answer = qa.ask("这两期数据比较一下增速变化", history=["一季度全省园区营收多少？", "上半年呢？"])
    assert not answer["abstained"], answer
    for rate in ("5.2%", "5.9%"):
        assert rate in answer["answer"], (rate, answer["answer"])
    assert "6.6%" not in answer["answer"] and "4893.5亿元" not in answer["answer"]  # 前三季度: not asked
    assert {c["period"] for c in answer["citations"]} == {"2026年一季度", "2026年上半年"}


def test_each_over_the_two_periods_asked_of_a_zone(qa):
    answer = qa.ask("这两期的增速各是多少", history=["蒿岑经开区一季度营收多少？", "上半年呢？"])
    for rate in ("6.3%", "6.8%"):
        assert rate in answer["answer"], (rate, answer["answer"])
    assert "7.4%" not in answer["answer"]
    assert all(c["region"] == "蒿岑" for c in answer["citations"]), answer["citations"]


def test_the_wholes_periods_compared_are_not_a_ranking_of_its_parts(qa):
    answer = qa.ask("一季度和上半年全省园区营收增速比较一下")
    for rate in ("5.2%", "5.9%"):
        assert rate in answer["answer"], (rate, answer["answer"])
    assert "12.6%" not in answer["answer"] and "6.3%" not in answer["answer"]  # the cities' zones: not asked
    assert {c["region"] for c in answer["citations"]} == {None}
