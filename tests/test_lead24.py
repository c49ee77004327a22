"""Two faults the merged gate of 2026-12-01 found (wrong region, wrong period): a kind of place asked (哪些开发区…印发了)
is no noun whose items a lead announces (…主要指标完成情况如下表), and a unit column (单位 亿元) is no column of states
that 50亿元以上 asks. One invented bulletin (苈川市, its zones and every figure made up) through the real loader, index
and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

REPORT = """# 苈川市开发区2026年前三季度工作情况

苈川市商务局　2026年10月16日

## 一、主要指标

从重点开发区看，苈川开发区、苈东经开区、苈西经开区主要指标完成情况如下表：

| 开发区 | 规上工业增加值（亿元） | 同比增长 | 工业投资（亿元） |
| --- | --- | --- | --- |
| 苈川开发区 | 48.20 | 7.5% | 19.64 |
| 苈东经开区 | 15.31 | 9.9% | 6.27 |
| 苈西经开区 | 8.06 | 12.8% | 4.85 |

表2　前三季度主要经济指标完成情况

| 指标 | 单位 | 完成值 | 同比 |
| --- | --- | --- | --- |
| 营业收入 | 亿元 | 615.8 | 6.1% |
| 固定资产投资 | 亿元 | 142.3 | 4.4% |
| 实际使用外资 | 万美元 | 3860 | 2.9% |
| 新签约项目 | 个 | 37 | 8.8% |

## 二、改革进展

苈东经开区、苈西经开区已印发实施“管委会+公司”改革方案，苈川开发区改革方案正在报批。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("lead24"), {"2026-10-lichuan-kaifaqu.md": REPORT}, embedding)


@pytest.mark.parametrize("question", ["前三季度哪些开发区的改革方案印发实施了？", "哪些开发区已经印发了改革方案"])
def test_places_asked_are_no_items_a_lead_announces(qa, question):
    answer = qa.ask(question)
    assert "19.64" not in answer["answer"] and "48.20" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["总投资50亿元以上的项目有哪些", "投资超过10亿元的重点项目有哪些？"])
def test_a_unit_column_is_no_column_of_states(qa, question):
    answer = qa.ask(question)
    assert "615.8" not in answer["answer"] and "142.3" not in answer["answer"], answer["answer"]
