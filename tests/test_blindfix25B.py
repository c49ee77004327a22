"""Fresh wordings of name and figure questions (blindfix25B).

- A zone's own report (its title names the zone alone, the text says 我区): a figure of a sentence that names a park
  only after it (…完成固定资产投资88.4亿元，…精密模具产业园主体结构封顶) is the zone's; only a place named before
  a figure owns it.
- A person asked by a title (哪位局长) in a transcript whose speaker label writes the title before the name
  (蕖澜市商务局局长温景行：): the name after the title, not the title.
- Who answered a question put at a press conference (…的问题是谁回答的): the speaker of the answer turn after the
  question turn (褚怀瑾：答：…), not the reporter's question turn that words it.
An invented province (蓁湄省, its cities, zones and every figure made up) through the real loaders, index and
pipeline."""
from __future__ import annotations

import docx
import pytest

from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from tests.conftest import settings_under

_REPORT = "2026-01-qulan-jingkaiqu-2025-zongjie.docx"
_BULLETIN = "2026-02-kaifaqu-jianbao.txt"
_TRANSCRIPT = "2026-04-fabuhui-shilu.html"
_TURNS = [
    "<strong>主持人：</strong>各位记者朋友，上午好！下面请各位嘉宾回答记者提问。",
    "<strong>【记者】蓁湄日报记者：</strong>问：蕖澜市一季度开发区运行情况如何？",
    "<strong>蕖澜市商务局局长温景行：</strong>好的。一季度，蕖澜市开发区实现营业收入312.3亿元，同比增长8.4%。",
    "<strong>【记者】蓁湄商报记者：</strong>问：今年开发区扩区调位工作怎么推进？",
    "<strong>褚怀瑾：</strong>答：今年将按照“一园多区”模式稳步推进，全省开发区新增规划面积12平方公里，年底前完成。",
]
_PAGE = ("<html><head><meta charset='utf-8'><title>蓁湄省2026年一季度开发区经济运行情况新闻发布会</title>"
         "</head><body><div class='article'><h1>蓁湄省2026年一季度开发区经济运行情况新闻发布会</h1>"
         "<div class='info'>发布时间：2026-04-20 10:00</div><div class='content'>"
         + "".join(f"<p>{turn}</p>" for turn in _TURNS) + "</div></div></body></html>")
_BULLETIN_TEXT = ("蓁湄省开发区运行简报\n2026年第1期\n蓁湄省商务厅　　2026年2月10日\n\n"
                  "2025年，全省开发区实现营业收入5120.4亿元，同比增长6.1%。\n\n"
                  "蕖澜市：2025年，蕖澜市开发区实现营业收入1460.2亿元，同比增长7.3%。\n")


def _write_report(path) -> None:
    document = docx.Document()
    document.add_paragraph("蕖澜经济技术开发区2025年工作总结")
    document.add_heading("一、2025年主要工作成效", level=1)
    document.add_paragraph("2025年，我区坚持项目为王，全区经济运行稳中有进。全年实现营业收入912.6亿元，同比增长7.9%。")
    document.add_paragraph("（一）项目建设加快推进。全年完成固定资产投资88.4亿元，增长5.2%；智能装备项目一期建成投产，"
                           "精密模具产业园主体结构封顶。")
    document.add_paragraph("（二）开放水平持续提升。全年实际使用外资2.3亿美元，增长12.7%，其中临港物流园1.1亿美元。")
    document.add_paragraph("蕖澜经济技术开发区管理委员会")
    document.add_paragraph("2026年1月12日")
    document.save(path)


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("blindfix25B"))
    _write_report(settings.docs_dir / _REPORT)
    (settings.docs_dir / _BULLETIN).write_text(_BULLETIN_TEXT, encoding="utf-8")
    (settings.docs_dir / _TRANSCRIPT).write_text(_PAGE, encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


@pytest.mark.parametrize("question", ["蕖澜经开区2025年固定资产投资多少？", "去年蕖澜经开区固投完成了多少"])
def test_a_park_named_after_the_figure_leaves_it_the_own_reports_zone(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"] and "88.4亿元" in answer["answer"], answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"蕖澜"}


def test_a_park_named_before_the_figure_keeps_it(qa):
    answer = qa.ask("蕖澜经开区2025年实际使用外资多少？")
    assert "2.3亿美元" in answer["answer"] and answer["short"] != "1.1亿美元", answer["answer"]


@pytest.mark.parametrize("question", ["发布会上介绍蕖澜情况的是哪位局长？", "哪位局长介绍了蕖澜一季度的情况"])
def test_a_person_asked_by_title_is_the_name_after_it(qa, question):
    answer = qa.ask(question)
    assert answer["short"] == "温景行" and "温景行" in answer["answer"], (answer["short"], answer["answer"])


@pytest.mark.parametrize("question", ["发布会上扩区调位的问题是谁回答的？", "扩区调位那个提问谁答的", "扩区调位怎么推进，回答的是哪位"])
def test_who_answered_is_the_speaker_of_the_answer_turn(qa, question):
    answer = qa.ask(question)
    assert answer["short"] == "褚怀瑾" and "褚怀瑾：答：" in answer["answer"], (answer["short"], answer["answer"])
