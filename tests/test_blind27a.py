"""Wordings blind27a wrote blind, answered by rules of Chinese and of bulletin layout. Three small invented issues
of a provincial bulletin (汀岳省, its cities, zones and every figure made up) through the real loader, index and
pipeline.

- 后面几期呢 after a question of one issue asks the same of every issue after it, as 后两期呢 asks the next two: 几 is
  as many as the bulletins report (前几期 stays the latest issues, the one asked included).
- A lead ending in a colon (具体做法：) announces the paragraphs numbered after it; 1）…, 2）… (a closing bracket
  alone) and ①…, ②… number them as 1、… and （1）… do, so 具体做法有哪些 is answered by those paragraphs.
- 排名前五的 of a ranking a table's caption names (综合考核排名前五的开发区) are its rows of positions 1 to 5, in order, as
  排名后三位 are its last three; so are 税收收入前3位的 of a table of the first three alone (税收收入前3位开发区).
"""
from __future__ import annotations

import re

import pytest

from qa.compose.standings import asked
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "汀岳省开发区工作通报\n{issue}\n汀岳省商务厅开发区处　　{date}\n\n"
ISSUES = {
    "2026-03-tongbao-di1qi.txt": ("2026年第1期", "2026年3月16日", "1-2月", "84.6亿元", "-3.1%", "12.4亿元"),
    "2026-05-tongbao-di2qi.txt": ("2026年第2期", "2026年5月18日", "1-4月", "176.2亿元", "-1.2%", "25.7亿元"),
    "2026-07-tongbao-di3qi.txt": ("2026年第3期", "2026年7月20日", "上半年", "271.9亿元", "2.4%", "40.3亿元"),
}
_WAYS = ("二、各市工作进展\n（一）澜汀市\n主要做法\n"
         "抓项目。{period}，蘅溪经开区新开工项目{started}个，完成固定资产投资{invest}。具体做法：\n"
         "1）实行“拿地即开工”，平均审批时限压缩至约{days}个工作日；\n"
         "2）新建标准厂房{plants}万平方米，出租率达到88%；\n"
         "3）设立产业引导基金，撬动社会资本{capital}亿元。\n"
         "存在的不足\n蘅溪经开区可供工业用地不足300亩。\n")
_RANKING = ("三、综合考核\n表1 2026年上半年全省开发区综合考核排名\n| 开发区 | 排名 | 所在市 | 综合得分 |\n"
            + "".join(f"| {zone} | {k} | {city} | {95 - 2.5 * k:.1f} |\n" for k, (zone, city) in enumerate((
                ("苕汀高新区", "桤州市"), ("蘅溪经开区", "澜汀市"), ("桤州综保区", "桤州市"), ("澜汀高新区", "澜汀市"),
                ("芦湾经开区", "芦湾市"), ("芦湾高新区", "芦湾市"), ("桤州经开区", "桤州市")), 1)))
_TAX = ("附表2：税收收入前3位开发区（2026年1-6月）\n| 开发区 | 排名 | 税收收入 |\n| 桤州综保区 | 1 | 18.42亿元 |\n"
        "| 芦湾高新区 | 2 | 15.07亿元 |\n| 蘅溪经开区 | 3 | 12.66亿元 |\n")


def _issue(issue: str, date: str, period: str, revenue: str, growth: str, invest: str, k: int) -> str:
    overview = (f"一、总体情况\n{period}，全省开发区运行平稳。蘅溪经开区 澜汀市 营业收入 {revenue} 增速 {growth}。"
                f"苕汀高新区 桤州市 营业收入 {k * 61.3:.1f}亿元 增速 {k + 4.5:.1f}%。\n")
    ways = _WAYS.format(period=period, started=10 + k, invest=invest, days=20 - k, plants=8 + k, capital=9 + k)
    return _HEAD.format(issue=issue, date=date) + overview + ways + (_RANKING + _TAX if k == 3 else "")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _issue(*parts, k) for k, (name, parts) in enumerate(ISSUES.items(), 1)}
    return index_files(tmp_path_factory.mktemp("blind27a"), files, embedding)


@pytest.mark.parametrize("follow_up", ["那后面几期呢？", "后面几期呢", "之后几期呢？"])
def test_later_issues_asked_with_ji(qa, follow_up):
    answer = qa.ask(follow_up, history=["蘅溪经开区1-2月营收增速多少？"])
    assert "-1.2%" in answer["answer"] and "2.4%" in answer["answer"], answer["answer"]
    assert "1-2月" not in (answer["resolved_question"] or ""), answer["resolved_question"]
    assert {c["period"] for c in answer["citations"]} <= {"2026年1-4月", "2026年上半年"}, answer["citations"]


@pytest.mark.parametrize("question", ["蘅溪经开区上半年抓项目的具体做法有哪些？", "澜汀市上半年抓项目具体做法有哪些"])
def test_paragraphs_numbered_with_a_closing_bracket_follow_their_lead(qa, question):
    answer = qa.ask(question)
    text = answer["answer"]
    assert all(s in text for s in ("约17个工作日", "11万平方米", "12亿元")), text
    assert not re.search(r"约1[89]个工作日", text), text
    assert all(c["period"] == "2026年上半年" for c in answer["citations"]), answer["citations"]


@pytest.mark.parametrize("question", ["上半年综合考核排名前五的开发区都有哪些？", "综合考核排名前5的开发区是哪几个"])
def test_the_first_few_of_a_ranking_its_caption_names(qa, question):
    answer = qa.ask(question)
    text = answer["answer"]
    assert answer["short"] == "苕汀高新区", answer["short"]
    at = [text.find(zone) for zone in ("苕汀高新区", "蘅溪经开区", "桤州综保区", "澜汀高新区", "芦湾经开区")]
    assert -1 not in at and at == sorted(at), text
    assert "芦湾高新区" not in text and "桤州经开区" not in text, text


def test_the_first_of_a_table_of_the_first_few_alone(qa):
    text = qa.ask("上半年税收收入前3位的开发区是哪几家？")["answer"]
    at = [text.find(zone) for zone in ("桤州综保区", "芦湾高新区", "蘅溪经开区")]
    assert -1 not in at and at == sorted(at), text


def test_the_first_months_or_quarters_are_no_position():
    assert not asked("前三个月营业收入多少") and not asked("前三季度营收前后对比")
