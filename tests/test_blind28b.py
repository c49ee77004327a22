"""A joiner jieba fuses to a place name (blind28b), read apart from it. An invented file of 岚州省 (its cities and
every figure made up) through the real loader, index and pipeline.

- A joiner before a place no bulletin names (榕溪市、栎阳市和檀州市2025年…: jieba cuts 和檀|州市) leaves that place
  whole, and the name listed after the joiner ends where the period asked starts: the places covered are answered,
  the other said to be covered by none.
"""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

YEARLY = ("2026-01-zhuyao-zhibiao-2025.txt",
          "岚州省2025年全省开发区主要经济指标完成情况\n岚州省商务厅　　2026年1月26日\n\n"
          "2025年，全省开发区实现营业收入8436.2亿元，同比增长6.2%。\n\n"
          "2025年各市开发区营业收入完成情况\n"
          "| 市 | 本年 | 上年同期 | 同比增长 |\n"
          "| 榕溪市 | 2875.4亿元 | 2690.1亿元 | 6.9% |\n"
          "| 栎阳市 | 1964.8亿元 | 1873.5亿元 | 4.9% |\n"
          "| 杉溪市 | 1210.6亿元 | 1150.2亿元 | 5.3% |\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("blind28b"), dict([YEARLY]), embedding)


@pytest.mark.parametrize("question", ["榕溪市、栎阳市和檀州市2025年开发区营收比较一下",
                                      "栎阳市和檀州市2025年开发区营业收入对比一下"])
def test_a_place_after_a_joiner_that_no_bulletin_names(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"] and "1964.8亿元" in answer["answer"], answer["answer"]
    assert "没有关于“檀州市”" in answer["answer"], answer["answer"]
