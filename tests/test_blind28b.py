"""Function words jieba fuses to a place name (blind28b), read apart from it. Two invented files of 岚州省 (its cities,
zones, projects and every figure made up) through the real loader, index and pipeline.

- A joiner before a place no bulletin names (榕溪市、栎阳市和檀州市2025年…: jieba cuts 和檀|州市) leaves that place
  whole: the places covered are answered, the other said to be covered by none.
- A locative after what the question points into (清单里栎阳市…: jieba cuts 里栎阳市) is no part of the city's name.
"""
from __future__ import annotations

import pytest

from qa.corpus import Corpus
from qa.pipeline import BulletinQA
from qa.question import analyse_question
from tests.conftest import index_files

YEARLY = ("2026-01-zhuyao-zhibiao-2025.txt",
          "岚州省2025年全省开发区主要经济指标完成情况\n岚州省商务厅　　2026年1月26日\n\n"
          "2025年，全省开发区实现营业收入8436.2亿元，同比增长6.2%。\n\n"
          "2025年各市开发区营业收入完成情况\n"
          "| 市 | 本年 | 上年同期 | 同比增长 |\n"
          "| 榕溪市 | 2875.4亿元 | 2690.1亿元 | 6.9% |\n"
          "| 栎阳市 | 1964.8亿元 | 1873.5亿元 | 4.9% |\n"
          "| 杉溪市 | 1210.6亿元 | 1150.2亿元 | 5.3% |\n")
PROJECTS = ("2026-10-zhongdian-xiangmu-qingdan.txt",
            "岚州省开发区重点项目清单\n（截至2026年9月底）\n岚州省商务厅　　2026年10月12日\n\n"
            "| 序号 | 项目名称 | 所在开发区 | 所在市 | 总投资 | 进展 |\n"
            "| 1 | 氢能重卡整车项目 | 榕溪经济技术开发区 | 榕溪市 | 48.2亿元 | 在建 |\n"
            "| 2 | 海上风电装备产业园 | 榕溪经济技术开发区 | 榕溪市 | 31.6亿元 | 主体完工 |\n"
            "| 3 | 碳化硅功率器件项目 | 栎阳高新技术产业开发区 | 栎阳市 | 36.9亿元 | 设备安装 |\n"
            "| 4 | 医用敷料智能工厂 | 栎阳高新技术产业开发区 | 栎阳市 | 12.4亿元 | 已投产 |\n"
            "| 5 | 锂电隔膜扩产项目 | 杉溪经济开发区 | 杉溪市 | 22.7亿元 | 在建 |\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("blind28b"), dict([YEARLY, PROJECTS]), embedding)


@pytest.mark.parametrize("question", ["榕溪市、栎阳市和檀州市2025年开发区营收比较一下",
                                      "栎阳市和檀州市2025年开发区营业收入对比一下"])
def test_a_place_after_a_joiner_that_no_bulletin_names(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"] and "1964.8亿元" in answer["answer"], answer["answer"]
    assert "没有关于“檀州市”" in answer["answer"], answer["answer"]


@pytest.mark.parametrize(("question", "projects", "other"), [
    ("清单里榕溪市有哪几个重点项目", ["氢能重卡整车项目", "海上风电装备产业园"], "碳化硅功率器件项目"),
    ("清单里杉溪市有哪几个重点项目", ["锂电隔膜扩产项目"], "氢能重卡整车项目")])
def test_a_locative_before_a_city_is_no_part_of_it(qa, question, projects, other):
    q = analyse_question(question, Corpus.from_chunks(qa.snapshot.chunks))
    assert q.unknown == [] and "清单" in q.terms, (q.unknown, q.terms)  # the city no unknown name, 清单 a term
    answer = qa.ask(question)
    assert not answer["abstained"] and all(p in answer["answer"] for p in projects), answer["answer"]
    assert other not in answer["answer"], answer["answer"]
