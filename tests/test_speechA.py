"""The reader's side of papers that are not bulletins of one series: a leader's speech dated early in a year about the
year before, its speaker's line. An invented province (榀川省, its cities, zones, speaker and every figure made up)
through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from tests.conftest import index_files

SPEECH = """在全省园区高质量发展推进会上的讲话
榀川省人民政府副省长　费立言
（2026年2月12日）

同志们：
今天召开全省园区推进会，主要任务是总结去年工作，部署今年任务。下面，我讲两点意见。
一、充分肯定过去一年的成绩
过去一年，全省园区顶住压力，主要指标好于预期。全年全省园区实现营业收入5321.4亿元，同比增长6.8%；实际使用外资7.35亿美元，同比增长9.1%。
二、扎实抓好今年重点工作
综合考虑各方面因素，今年全省园区工作的主要预期目标是：营业收入增长7%左右，力争突破5700亿元；新开工亿元以上项目300个以上。
同志们，希望大家坚定信心、真抓实干！
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("speechA"), {"2026-02-tuijinhui-jianghua.txt": SPEECH}, embedding)


def test_a_paper_dated_early_in_a_year_reports_the_year_before(qa):
    assert {c["period"] for c in qa.snapshot.chunks} == {"2025年全年"}
    answer = qa.ask("2025年全省园区营收多少")
    assert not answer["abstained"], answer
    assert "5321.4亿元" in answer["answer"] and "5700亿元" not in answer["answer"], answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}
