"""The reader's side of papers that are not bulletins of one series: a leader's speech dated early in a year about the
year before, whose zones are named inside the paragraphs of the whole (比如甲经开区…, 一是…，甲经开区…). An invented
province (榀川省, its cities, zones, speaker and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from tests.conftest import index_files

SPEECH = """在全省园区高质量发展推进会上的讲话
榀川省人民政府副省长　费立言
（2026年2月12日）

同志们：
今天召开全省园区推进会，主要任务是总结去年工作，部署今年任务。下面，我讲两点意见。
一、充分肯定过去一年的成绩
过去一年，全省园区顶住压力，主要指标好于预期。全年全省园区实现营业收入5321.4亿元，同比增长6.8%；实际使用外资7.35亿美元，同比增长9.1%。特别是重点园区带动明显，比如檩江经开区全年营收达到1502.3亿元，同比增长8.4%；桴山高新区营收402.6亿元，同比增长5.5%。
成绩主要体现在两个方面。第一，项目建设提速。全年全省园区新开工亿元以上项目236个。比如桴山高新区引进的储能项目，从签约到开工只用了38天；檩江经开区新开工亿元以上项目31个，比上年翻了一番。第二，创新动能集聚。全省园区高新技术企业达到2156家，比上年增加233家。
在肯定成绩的同时，也要看到问题：一是发展不平衡，桴山高新区营收增速回落2.1个百分点，低于全省平均；二是亩均效益偏低，全省园区亩均税收只有21.7万元。
二、扎实抓好2026年重点工作
综合考虑各方面因素，今年全省园区工作的主要预期目标是：营业收入增长7%左右，力争突破5700亿元；新开工亿元以上项目300个以上。檩江市要继续当好排头兵，园区营收增长9%以上。
同志们，希望大家坚定信心、真抓实干！
"""
NOTICE = """榀川省园区运行通报
2026年第1期
榀川省商务厅　　2026年4月20日

一、檩江市
檩江市园区一季度实现营业收入388.1亿元，同比增长7.2%。

二、桴山市
桴山市园区一季度实现营业收入96.4亿元，同比增长4.1%。

三、存在短板
一是外资到位偏慢，檩江临港物流园实际使用外资仅320万美元。
二是亩均效益偏低，桴山工业园亩均税收9.6万元，低于全省平均。
"""
_SPEECH_FILE = "2026-02-tuijinhui-jianghua.txt"


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("speechA"), {_SPEECH_FILE: SPEECH, "2026-04-tongbao.txt": NOTICE},
                       embedding)


def _chunk_holding(qa, words: str) -> dict:
    return next(c for c in qa.snapshot.chunks if words in c["text"])


@pytest.mark.parametrize("question", ["2025年全省园区营收多少", "去年全省园区营业收入是多少"])
def test_a_paper_dated_early_in_a_year_reports_the_year_before(qa, question):
    assert {c["period"] for c in qa.snapshot.chunks if c["doc"] == _SPEECH_FILE} == {"2025年全年"}
    answer = qa.ask(question)
    assert not answer["abstained"], answer
    assert "5321.4亿元" in answer["answer"], answer["answer"]
    assert "5700亿元" not in answer["answer"] and "9%以上" not in answer["answer"], answer["answer"]  # 2026's targets
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}


@pytest.mark.parametrize(("words", "region"), [
    ("1502.3亿元", "檩江"),  # 比如 after a comma: the example opens the zone's clause
    ("38天", "桴山"),  # 比如 opening the sentence
    ("回落2.1个百分点", "桴山"),  # 一是 and its topic before the zone
])
def test_a_zone_led_by_an_example_or_a_point_is_its_citys(qa, words, region):
    assert _chunk_holding(qa, words)["region"] == region


def test_a_clause_of_the_whole_after_a_zones_is_no_regions(qa):
    assert _chunk_holding(qa, "2156家")["region"] is None
    assert _chunk_holding(qa, "21.7万元")["region"] is None
    assert all(f["region"] is None for f in qa.snapshot.facts if f["figure"] in ("2156家", "21.7万元"))


def test_a_zones_figure_inside_the_wholes_paragraph_is_answered_for_its_city(qa):
    answer = qa.ask("去年檩江经开区营收多少")
    assert "1502.3亿元" in answer["answer"], answer["answer"]
    assert any("1502.3亿元" in c["quote"] and c["region"] == "檩江" for c in answer["citations"]), answer["citations"]


def test_the_speakers_line_is_read(qa):
    assert any("副省长　费立言" in c["text"] or "副省长 费立言" in c["text"]
               for c in qa.snapshot.chunks if c["doc"] == _SPEECH_FILE)
    assert not any("（2026年2月12日）" in c["text"] for c in qa.snapshot.chunks)  # the date stays the masthead's


def test_figures_under_a_heading_of_the_next_year_are_its_targets(qa):
    periods = {f["figure"]: f["period"] for f in qa.snapshot.facts if f["doc"] == _SPEECH_FILE}
    assert periods["5321.4亿元"] == "2025年全年"
    assert periods["5700亿元"] == "2026年全年" and periods["300个"] == "2026年全年", periods


def test_a_point_that_is_an_item_of_its_own_stays_in_the_wholes_list(qa):
    assert _chunk_holding(qa, "320万美元")["region"] is None
    assert _chunk_holding(qa, "9.6万元")["region"] is None
