"""A 推进会 deck's bullets, its province's summary slide and a ranking's scores: bulleted paragraphs under a heading
are the items of a list, a score (综合得分84.15分) is a figure with its unit, a card on a slide titled for the whole
(全省小结) answers of the whole, and 下半年重点 titles plans. Invented bulletins indexed by the real pipeline with the
real model."""
from __future__ import annotations

import pytest

from index.figures import FIGURE
from index.headings import item_pieces, meaning_of_line
from tests.conftest import index_files

_DECK = """某省2026年上半年开发区工作推进会汇报材料
某省商务厅
2026年7月10日

苍梧市 | 开发区上半年运行情况
全市开发区营业收入905.3亿元，同比+6.2%。
亮点
▪ 苍梧经开区营业收入512.6亿元，同比+7.4%，新增规上工业企业21家
▪ 苍梧高新区引进新型研发机构8家，同比+3家
下一步
→ 推动苍梧经开区储能电池项目10月投产，新增产能8GWh
→ 苍梧高新区下半年新增科技型中小企业60家以上
→ 加快苍梧保税物流中心建设，年内完成投资4.2亿元

蓼原市 | 开发区上半年运行情况
全市开发区营业收入377.8亿元，同比+3.5%。
规上工业企业412家，较上年末+17家。
亮点
● 蓼原经开区营业收入251.9亿元，同比+4.1%
下一步
● 蓼原经开区力争全年签约亿元以上项目18个

全省小结
全省开发区营业收入1283.1亿元，同比+5.3%。
规上工业企业1,968家，较上年末+96家。
● 2个市开发区营业收入均同比正增长
● 苍梧市开发区营业收入占全省70.6%
下半年重点
→ 抓实招商引资，全年新签约亿元以上项目力争突破120个
→ 推进开发区扩区调区，年内完成3个开发区整合
"""

_RANKING = """某省2025年全省开发区综合发展水平评价结果通报
各市商务局，各开发区管委会：
现将2025年全省开发区综合发展水平评价结果通报如下。全省开发区综合得分平均为82.10分。
苍梧经开区：综合得分91.36分，居全省第1位，较上期上升2位。
蓼原经开区：综合得分84.15分，居全省第4位，较上期上升3位，为全省进步最大的开发区。
苍梧高新区：综合得分79.80分，居全省第6位，较上期下降1位。
"""


@pytest.fixture(scope="module")
def deck_qa(tmp_path_factory, embedding):
    files = {"2026-07-tuijinhui.txt": _DECK, "2026-02-pingjia.txt": _RANKING}
    return index_files(tmp_path_factory.mktemp("slides2"), files, embedding)


def test_a_bulleted_paragraph_is_one_item_titled_after_its_mark():
    [(at, text, title)] = item_pieces("→ 推动储能电池项目10月投产，新增产能8GWh")
    assert text.startswith("→") and title == "推动储能电池项目10月投产"
    assert item_pieces("■困难问题　用工偏紧")[0][2] is None  # ■ opens a city or a part, no item


@pytest.mark.parametrize("text, figures", [("综合得分84.15分，较上期上升3位", ["84.15分", "3位"]),
                                           ("比上半年提高0.9分", ["0.9分"]), ("12个市分别完成", ["12个"]),
                                           ("9时30分召开", []), ("5分钟", ["5分钟"]), ("3分公司", [])])
def test_a_score_is_a_figure_with_its_unit(text, figures):
    assert [m.group() for m in FIGURE.finditer(text)] == figures


@pytest.mark.parametrize("line, plans", [("下半年重点", True), ("明年主要任务", True), ("四季度工作目标", True),
                                         ("重点项目", False), ("下半年", False)])
def test_a_later_periods_focus_is_a_part_of_plans(line, plans):
    assert bool(meaning_of_line(line)) is plans


def test_every_bullet_of_a_section_is_listed(deck_qa):
    answer = deck_qa.ask("2026年上半年苍梧市开发区下一步有哪些打算？")["answer"]
    assert all(part in answer for part in ("8GWh", "60家以上", "4.2亿元")), answer


def test_every_bullet_of_the_wholes_summary_is_listed(deck_qa):
    answer = deck_qa.ask("2026年上半年全省小结有哪些要点？")["answer"]
    assert "2个市开发区营业收入均同比正增长" in answer and "70.6%" in answer, answer


def test_a_score_is_answered_with_its_unit_not_the_rank(deck_qa):
    answer = deck_qa.ask("苍梧经开区综合得分多少？")
    assert "91.36分" in answer["answer"], answer["answer"]
    follow = deck_qa.ask("蓼原呢？", history=["苍梧经开区综合得分多少？"])
    assert "84.15" in (follow["short"] or "") and "位" not in (follow["short"] or ""), follow


def test_a_card_of_the_wholes_slide_answers_of_the_whole(deck_qa):
    answer = deck_qa.ask("今年上半年全省开发区规上工业企业有多少家？")
    assert "1,968家" in answer["answer"] and "412家" not in answer["answer"], answer["answer"]


def test_how_a_later_half_is_to_be_done_is_read_in_the_plans(deck_qa):
    answer = deck_qa.ask("全省下半年怎么抓招商引资？")
    assert "120个" in answer["answer"], answer["answer"]
