"""Compare and each questions over several places and periods (rows28). Invented bulletins of 岚州省 (cities, zones and
every figure made up) through the real loader and index.

- 营收差多少: jieba makes up the word 营收差, which no bulletin writes; the thing compared is 营收, 差 the comparison
  (`qa.segment.glued_comparison`), so both cities' 营收 are stated.
- 谁最多 over a table of zones with a 所在市 column, two zones to some cities: the zones are ranked, not the cities
  whose one zone stands in for them (the cities of two zones left out).
- 去年上半年和全年 of a 全年 summary whose note states the 上半年 figure: the year is both periods', each answered.
- 不合格的是哪个开发区 over a table whose 考核等次 column holds 优秀/合格/不合格: the rows of 不合格, not of the 合格 inside
  it, the one row's name the short; 甲和乙考核等次分别是什么: each place's cell of that column (qa/compose/label_cells.py).
"""
from __future__ import annotations

import re

import jieba.posseg
import pytest

from qa.pipeline import BulletinQA
from qa.segment import recut_fragments
from tests.conftest import index_files

BRIEFING = ("2026-04-fabuhui.txt",
            "岚州省2026年一季度开发区经济运行情况新闻发布会\n岚州省人民政府新闻办公室　　2026年4月20日\n\n"
            "问：各市开发区一季度营收情况如何？\n"
            "答：分市看，澜汀市开发区实现营业收入1326.4亿元，增长7.2%；栖梧市开发区908.5亿元，增长9.1%；"
            "蓼川市开发区663.4亿元，增长4.1%；菱溪市开发区574.9亿元，同比下降0.8%；沣岭市开发区421.3亿元，增长6.6%。"
            "澜汀经开区营收和外资均居全省第一。\n"
            "问：沣岭经开区一季度表现如何？\n答：沣岭经开区一季度实现营业收入301.2亿元，同比增长8.4%。\n")
EVALUATION = ("2026-02-pingjia-tongbao.txt",
              "2025年岚州省开发区综合发展水平评价结果通报\n岚州省商务厅　　2026年2月10日\n\n"
              "2025年，全省开发区综合得分平均为82.46分，比上半年提高1.1分。\n一、主要指标完成情况\n"
              "| 所在市 | 开发区 | 营业收入（亿元） | 新签约亿元以上项目（个） |\n"
              "| 澜汀市 | 澜汀经济技术开发区 | 1148.7 | 25 |\n"
              "| 澜汀市 | 澜汀高新技术产业开发区 | 802.3 | 21 |\n"
              "| 栖梧市 | 栖梧经济技术开发区 | 815.4 | 18 |\n"
              "| 栖梧市 | 栖梧综合保税区 | 412.8 | 11 |\n"
              "| 蓼川市 | 蓼川高新技术产业开发区 | 635.6 | 14 |\n"
              "| 菱溪市 | 菱溪产业园 | 139.5 | 6 |\n")
SUMMARY = ("2026-01-fengling-zongjie.txt",
           "沣岭经济技术开发区2025年工作总结\n沣岭经济技术开发区管理委员会　　2026年1月12日\n\n"
           "一、主要成效\n2025年，我区全年实现营业收入1186.4亿元，同比增长9.3%；实际使用外资2.64亿美元。\n"
           "注：上半年营业收入为583.8亿元，同比增长7.1%。\n")
GRADES = ("2026-03-kaohe-tongbao.txt",
          "2025年度岚州省开发区高质量发展考核结果通报\n岚州省商务厅　　2026年3月5日\n\n"
          "2025年，全省开发区考核平均得分86.1分。考核结果如下。\n"
          "| 开发区 | 所在市 | 综合得分 | 考核等次 |\n"
          "| 澜汀经济技术开发区 | 澜汀市 | 95.1 | 优秀 |\n"
          "| 栖梧高新技术产业开发区 | 栖梧市 | 92.4 | 优秀 |\n"
          "| 蓼川经济技术开发区 | 蓼川市 | 86.7 | 良好 |\n"
          "| 菱溪经济技术开发区 | 菱溪市 | 78.3 | 合格 |\n"
          "| 沣岭产业园 | 沣岭市 | 66.2 | 不合格 |\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows28"), dict([BRIEFING, EVALUATION]), embedding)


@pytest.fixture(scope="module")
def qa_zone(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows28_zone"), dict([BRIEFING, SUMMARY]), embedding)


def test_a_comparison_glued_to_the_thing_compared_is_cut_off():
    words = list(jieba.posseg.cut("开发区营收差多少"))
    assert "营收差" in [w.word for w in words]  # jieba's own word, which no document writes
    cut = [w.word for w in recut_fragments(words, lambda phrase: phrase in "营收和外资均居全省第一")]
    assert cut[-3:] == ["营收", "差", "多少"], cut


@pytest.mark.parametrize("question", ["一季度蓼川和菱溪开发区营收差多少", "一季度栖梧和蓼川开发区营收差多少？"])
def test_both_figures_of_a_difference_asked(qa, question):
    answer = qa.ask(question)
    expected = {"蓼川": "663.4亿元", "菱溪": "574.9亿元", "栖梧": "908.5亿元"}
    for place, figure in expected.items():
        if place in question:
            assert figure in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, first, figure", [("2025年新签约亿元以上项目谁最多？", "澜汀经济技术开发区", "25"),
                                                     ("2025年营业收入谁最高？", "澜汀经济技术开发区", "1148.7")])
def test_the_zones_of_a_table_of_zones_are_ranked(qa, question, first, figure):
    answer = qa.ask(question)
    assert answer["short"] == first, (answer["short"], answer["answer"])
    assert figure in answer["answer"] and "澜汀高新技术产业开发区" in answer["answer"], answer["answer"]


def test_cities_asked_of_a_table_of_zones_stay_cities(qa):
    answer = qa.ask("2025年哪个市新签约亿元以上项目最多？")
    assert answer["short"] != "澜汀经济技术开发区", answer["answer"]


@pytest.mark.parametrize("question", ["沣岭经开区去年上半年和全年营收各是多少？", "沣岭经开区去年上半年、全年营业收入分别多少"])
def test_one_year_before_periods_listed(qa_zone, question):
    answer = qa_zone.ask(question)
    assert "583.8亿元" in answer["answer"] and "1186.4亿元" in answer["answer"], answer["answer"]


@pytest.fixture(scope="module")
def qa_grades(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows28_grades"), dict([GRADES]), embedding)


@pytest.mark.parametrize("question", ["2025年考核不合格的是哪个开发区？", "去年考核等次为不合格的开发区是哪个"])
def test_a_label_holding_another_is_the_one_asked(qa_grades, question):
    answer = qa_grades.ask(question)
    assert answer["short"] == "沣岭产业园", (answer["short"], answer["answer"])
    assert "菱溪" not in answer["answer"], answer["answer"]


def test_the_rows_of_a_label(qa_grades):
    answer = qa_grades.ask("2025年哪几个开发区考核评为优秀？")
    assert "澜汀经济技术开发区" in answer["answer"] and "栖梧高新技术产业开发区" in answer["answer"], answer["answer"]
    assert "蓼川" not in answer["answer"] and not answer["answer"].startswith("中"), answer["answer"]


@pytest.mark.parametrize("question", ["澜汀经开区和蓼川经开区考核等次分别是什么", "2025年菱溪经开区、蓼川经开区考核等次各是什么？"])
def test_each_place_s_label(qa_grades, question):
    answer = qa_grades.ask(question)
    expected = {"澜汀": "优秀", "蓼川": "良好", "菱溪": "合格"}
    for place, label in expected.items():
        if place in question:
            assert re.search(place + r"[^\n]*" + label, answer["answer"]), answer["answer"]
    assert len(answer["table"]) == sum(place in question for place in expected), answer["table"]
