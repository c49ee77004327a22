"""Two ranking issues and a 推进会 deck asked as staff ask: a word of several bulletins' titles followed by where in
them (评价里) names the kind of bulletin the answer is in, which its sentences need not write; 往下掉 is 下降; a place
asked how it did in a bulletin by its title's words (评价结果怎么样) is a summary; a period then a change asked
colloquially (全年的呢？和上半年相比有啥变化) is the previous question over both periods. Invented bulletins indexed
by the real pipeline with the real model."""
from __future__ import annotations

import pytest

from tests.conftest import index_files

_RANKING = """某省2025年全年开发区综合发展水平评价结果通报
各市商务局，各开发区管委会：
2025年，全省开发区综合得分平均为82.10分，比上半年提高1.2分。现将2025年全年综合发展水平评价结果通报如下。
位次 | 开发区 | 所在市 | 综合得分
1 | 苍梧经济技术开发区 | 苍梧市 | 91.36
2 | 蓼原经济技术开发区 | 蓼原市 | 84.15
3 | 苍梧高新技术产业开发区 | 苍梧市 | 79.80
开发区点评
1.苍梧经开区综合得分91.36分，居全省第1位，较上期上升2位。
2.蓼原经开区综合得分84.15分，居全市第1位，较上期上升3位，为全省进步最大的开发区。
3.苍梧高新区综合得分79.80分，居全市第2位，较上期下降1位，主要是科技创新指标得分偏低。
"""

_HALF_YEAR = """某省2025年上半年开发区综合发展水平评价结果通报
现将2025年上半年全省开发区综合发展水平评价结果通报如下。全省开发区综合得分平均为80.90分。
位次 | 开发区 | 所在市 | 综合得分
1 | 蓼原经济技术开发区 | 蓼原市 | 86.02
2 | 苍梧经济技术开发区 | 苍梧市 | 85.47
3 | 苍梧高新技术产业开发区 | 苍梧市 | 81.13
"""

_DECK = """某省2026年上半年开发区工作推进会汇报材料
某省商务厅
2026年7月10日

苍梧市 | 开发区上半年运行情况
全市开发区营业收入905.3亿元，同比+6.2%。
亮点
▪ 苍梧经开区营业收入512.6亿元，同比+7.4%，新增规上工业企业21家
下一步
→ 推动苍梧经开区储能电池项目10月投产，新增产能8GWh
"""


@pytest.fixture(scope="module")
def ranking_qa(tmp_path_factory, embedding):
    files = {"2026-02-pingjia.txt": _RANKING, "2025-08-pingjia.txt": _HALF_YEAR, "2026-07-tuijinhui.txt": _DECK}
    return index_files(tmp_path_factory.mktemp("slides26"), files, embedding)


@pytest.fixture(scope="module")
def two_rankings_qa(tmp_path_factory, embedding):
    files = {"2026-02-pingjia.txt": _RANKING, "2025-08-pingjia.txt": _HALF_YEAR}
    return index_files(tmp_path_factory.mktemp("slides26b"), files, embedding)


def test_a_title_word_pointed_into_names_the_bulletin(ranking_qa):
    """评价里 beside two …评价结果通报: the kind of bulletin the answer is in, no word its comment writes."""
    answer = ranking_qa.ask("2025年全年评价里苍梧高新区在全市排老几？")
    assert not answer["abstained"], answer["answer"]
    assert "全市第2位" in answer["answer"]
    assert all(c["region"] == "苍梧" for c in answer["citations"])


def test_the_zones_a_bulletin_is_about_are_still_asked(ranking_qa):
    """开发区中: among the zones, the title's 开发区 is what is asked, not the bulletin."""
    answer = ranking_qa.ask("2025年全年全省开发区中综合得分最高的是哪个？")
    assert not answer["abstained"], answer["answer"]
    assert "苍梧经" in answer["short"]


@pytest.mark.parametrize("question", [
    "苍梧高新区2025年全年排名为什么往下掉了",
    "2025年全年苍梧高新区位次往下掉的原因是啥？",
])
def test_a_fall_said_colloquially_is_the_fall_written(ranking_qa, question):
    """往下掉: what bulletins write 下降."""
    answer = ranking_qa.ask(question)
    assert "科技创新指标得分偏低" in answer["answer"]
    assert all(c["region"] == "苍梧" for c in answer["citations"])


@pytest.mark.parametrize("question", [
    "苍梧市开发区2025年全年的评价结果怎么样？",
    "2025年全年苍梧综合发展水平评价结果如何",
])
def test_a_place_asked_how_it_did_in_a_bulletin_its_title_names_is_summarised(ranking_qa, question):
    """评价结果怎么样 of a …评价结果通报: how the place did in it, its zones' scores; no passage writes 评价结果."""
    answer = ranking_qa.ask(question)
    assert answer["kind"] == "summary"
    assert "91.36" in answer["answer"] and "79.80" in answer["answer"]
    assert all(c["region"] == "苍梧" and c["period"] == "2025年全年" for c in answer["citations"])


@pytest.mark.parametrize("follow_up", ["全年的呢？和上半年相比有啥变化？", "全年呢？跟上半年比有哪些变化"])
def test_a_period_then_a_change_asked_colloquially_is_asked_over_both_periods(two_rankings_qa, follow_up):
    """有啥变化, 有哪些变化: 有什么变化 as staff say it; the previous question's figure over both periods."""
    answer = two_rankings_qa.ask(follow_up, history=["2025年上半年苍梧经开区综合得分多少？"])
    assert "85.47" in answer["answer"] and "91.36" in answer["answer"], answer["answer"]
