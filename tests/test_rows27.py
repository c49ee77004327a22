"""A ledger's done column (an invented 岚州省 台账): `本年计划投资 | 1-6月完成 | 完成率`, and a zone table whose two-row
header writes `固定资产投资` over `本年计划投资 | 1-6月完成`. What was done is asked by its verb (完成投资多少, 完成了多少投资,
累计完成多少): the done column's cell answers, not the plan's before it, whether the question names the period (the
period inside the column's name is no cell the row is read from: the row keeps its project) or not; each place's done
figure for 各/分别; the plan asked by 计划 is still the plan. Real .docx through a real index (tests/conftest.py)."""
from __future__ import annotations

import docx
import pytest

from index.indicators import completed_column
from qa.pipeline import BulletinQA
from tests.conftest import docx_bytes, index_files, word_table

_PROJECTS = [  # 序号, 市, 项目名称, 所在开发区, 本年计划投资, 1-6月完成, 完成率, 项目状态
    ["1", "岚溪市", "储能电池模组项目", "岚溪经开区", "58000", "43100", "74.3", "已开工"],
    ["2", "岚溪市", "数据标注基地项目", "岚溪高新区", "23000", "17600", "76.5", "已投产"],
    ["3", "沣岭市", "冷链物流枢纽项目", "沣岭综保区", "36000", "12800", "35.6", "已开工"],
]
_ZONES = [["岚溪经开区", "640.2", "8.1", "150.0", "96.4", "64.3"], ["沣岭综保区", "118.5", "11.2", "42.0", "30.9", "73.6"]]


def _ledger() -> bytes:
    document = docx.Document()
    document.add_heading("岚州省开发区重点项目推进台账（2026年1-6月）", level=1)
    document.add_paragraph("截至6月底，全省开发区3个省级重点项目中已投产1个、已开工2个。")
    document.add_paragraph("表1　开发区主要指标完成情况")
    document.add_paragraph("单位：亿元、%")
    header = [["开发区", "营业收入", "营业收入", "固定资产投资", "固定资产投资", "固定资产投资"],
              ["开发区", "本期", "同比", "本年计划投资", "1-6月完成", "完成率"]]
    zones = word_table(document, header + _ZONES)
    for first, last in [((0, 1), (0, 2)), ((0, 3), (0, 5)), ((0, 0), (1, 0))]:  # merged, its text written once
        text = zones.cell(*first).text
        zones.cell(*first).merge(zones.cell(*last)).text = text
    document.add_paragraph("表2　省级重点项目推进台账")
    document.add_paragraph("单位：万元、%")
    word_table(document, [["序号", "市", "项目名称", "所在开发区", "本年计划投资", "1-6月完成", "完成率", "项目状态"]]
               + _PROJECTS)
    document.add_paragraph("下一步，对完成率低于50%的项目实行周调度。")
    return docx_bytes(document)


@pytest.fixture(scope="module")
def ledger_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("ledger27"), {"2026-07-zhongdian-xiangmu-taizhang.docx": _ledger()},
                       embedding)


@pytest.mark.parametrize("question, done, plan", [
    ("上半年储能电池模组项目完成投资多少", "43100万元", "58000万元"),  # the period asked: the row read whole
    ("储能电池模组项目1-6月完成了多少投资", "43100万元", "58000万元"),  # the noun after 多少 is what is asked
    ("冷链物流枢纽项目累计完成投资多少", "12800万元", "36000万元"),
    ("数据标注基地项目完成投资多少", "17600万元", "23000万元"),
])
def test_the_done_column_answers_what_was_done(ledger_qa, question, done, plan):
    answer = ledger_qa.ask(question)
    assert not answer["abstained"], answer["answer"]
    assert answer["short"] == done and plan not in answer["answer"], answer["answer"]
    assert "1-6月完成" in answer["answer"], answer["answer"]  # the column's name is shown with its figure


def test_the_plan_asked_is_still_the_plan(ledger_qa):
    answer = ledger_qa.ask("储能电池模组项目本年计划投资多少")
    assert answer["short"] == "58000万元", answer["answer"]


def test_each_places_done_figure(ledger_qa):
    answer = ledger_qa.ask("岚溪两个省级重点项目截至6月底分别完成投资多少")["answer"]
    assert "43100万元" in answer and "17600万元" in answer, answer
    assert "58000万元" not in answer and "23000万元" not in answer, answer


def test_a_zones_done_column_under_its_indicator(ledger_qa):
    answer = ledger_qa.ask("截至6月底沣岭综保区固定资产投资完成了多少")
    assert answer["short"] == "30.9亿元" and "42.0亿元" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("column, before, counts", [
    ("1-9月完成", ["本年计划投资"], "完成投资"),        # the plan column before it says what
    ("累计完成", ["年度计划投资"], "完成投资"),
    ("固定资产投资1-9月完成", [], "固定资产投资完成"),  # the indicator written before the period
    ("1-9月完成", ["营业收入"], ""),                    # no plan before it: not known
    ("完成率", ["本年计划投资"], ""),                   # a rate, no done column
])
def test_completed_column(column, before, counts):
    assert completed_column(column, before) == counts


_TARGETS = [["指标", "单位", "完成值", "同比（%）", "目标", "完成率（%）"],
            ["营业收入", "亿元", "842.6", "7.9", "820", "102.8"], ["规上工业增加值", "亿元", "205.3", "6.4", "215", "95.5"],
            ["实际使用外资", "万美元", "16800", "12.1", "15000", "112.0"], ["税收收入", "亿元", "41.2", "-2.4", "46", "89.6"],
            ["进出口总额", "亿元", "133.7", "3.3", "140", "95.5"]]


def _summary() -> bytes:
    document = docx.Document()
    document.add_heading("沣岭经济技术开发区2025年工作总结", level=0)
    document.add_heading("一、2025年主要工作成效", level=1)
    document.add_paragraph("2025年，我区全年实现营业收入842.6亿元，同比增长7.9%。主要指标完成情况如下：")
    word_table(document, _TARGETS)
    document.add_paragraph("沣岭经济技术开发区管委会　2026年1月12日")
    return docx_bytes(document)


@pytest.fixture(scope="module")
def targets_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("targets27"),
                       {"2026-01-fengling-jingkaiqu-2025-gongzuo-zongjie.docx": _summary()}, embedding)


@pytest.mark.parametrize("question, asked", [
    ("2025年沣岭经开区没完成目标的指标有哪些", {"规上工业增加值", "税收收入", "进出口总额"}),
    ("沣岭经开区2025年完成了目标的指标有哪些", {"营业收入", "实际使用外资"}),
    ("2025年沣岭经开区哪项指标完成率最高", {"实际使用外资"}),
    ("沣岭经开区去年完成率最低的指标是啥", {"税收收入"}),
])
def test_an_indicator_tables_rows_by_their_completion_rate(targets_qa, question, asked):
    answer = targets_qa.ask(question)["answer"]
    others = {row[0] for row in _TARGETS[1:]} - asked
    assert all(name in answer for name in asked), answer
    assert not any(name in answer for name in others), answer


_FLASH = """岚州省开发区运行快报
2026年1-5月　　岚州省商务厅　　2026年6月12日
1-5月，全省开发区实现营业收入2410.6亿元，同比增长6.8%；5月当月实现营业收入512.3亿元，环比增长3.1%。
"""


@pytest.fixture(scope="module")
def flash_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("flash27"), {"2026-06-kaifaqu-yunxing-kuaibao.txt": _FLASH}, embedding)


@pytest.mark.parametrize("question", ["5月单月全省开发区营收多少", "全省开发区5月单月营业收入是多少"])
def test_a_single_month_is_the_months_own_figure(flash_qa, question):
    answer = flash_qa.ask(question)  # 单月 is what the bulletin writes 当月
    assert answer["short"] == "512.3亿元" and "2410.6亿元" not in answer["answer"], answer["answer"]
