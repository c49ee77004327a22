"""A 会议纪要 and a 工作动态 as their writers lay them out (index/cleaning.py, index/news_items.py, index/structure.py):
the 纪要's opening paragraph (某日，某某主持召开…会议。会议听取了…。现将会议主要精神纪要如下：) is text, not its title; its
decisions (`一、X市…。（责任单位：…；完成时限：…）`) are paragraphs of their own, each its city's, one naming no city the
whole's; a 工作动态's item led by a city written short (`【X】5月12日，…` in a page writing X市) is that city's, and an
item led by a name of no city (`【省商务厅】`) after a city's item is no city's. Invented bulletins (a .docx written with
python-docx, a saved web page), through the real loader and pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.loaders import load_file
from index.pipeline import chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import index_files, word_file

MINUTES = [
    "琼禾省商务厅办公室",
    "〔2026〕第2期　　2026年4月20日",
    "全省开发区一季度工作推进会会议纪要",
    "4月17日，省商务厅副厅长宓知远在省商务厅五楼会议室主持召开全省开发区一季度工作推进会。会议听取了各市工作汇报，"
    "苇汀市、栾岭市、砚泽市商务局分别作了发言。现将会议主要精神纪要如下：",
    "会议听取了一季度工作汇报",
    "一季度，全省开发区实现营业收入812.4亿元，同比增长5.6%。",
    "会议要求",
    "各市要盯紧全年目标，确保上半年营业收入增长6%以上。会议议定以下事项：",
    "一、苇汀市加快苇汀综保区围网验收，力争上半年进出口额新增15亿元以上。（责任单位：苇汀市商务局、苇汀综合保税区管委会；完成时限：2026年6月底前）",
    "二、栾岭市组织栾岭化工园区开展隐患排查，隐患整改率达到95%。（责任单位：栾岭市应急管理局、栾岭化工园区管委会；完成时限：2026年5月底前）",
    "三、砚泽市制定砚泽经开区提质增效工作方案，报省商务厅备案。（责任单位：砚泽市人民政府；完成时限：2026年4月30日前）",
    "四、省商务厅开发区处按月编发工作动态，对各市开展一次专项督导。（责任单位：省商务厅开发区处；完成时限：2026年5月31日前）",
    "出席：宓知远、省商务厅开发区处负责同志。",
]
NEWS = "2026-06-kaifaqu-dongtai.html"
NEWS_PAGE = """<html><head><title>琼禾开发区工作动态（2026年第5期）</title></head><body>
<div class="nav">首页 &gt; 工作动态</div>
<div class="article"><h1>琼禾开发区工作动态（2026年第5期）</h1>
<p>2026年第5期 琼禾省商务厅开发区处编 2026年6月15日</p>
<p>【全省】1—5月，全省开发区实现营业收入1420.6亿元，同比增长6.1%。</p>
<p>【苇汀市】6月3日，苇汀综保区围网通过验收。1—5月，苇汀市开发区营收512.3亿元，同比增长7.4%。</p>
<p>【栾岭市】6月5日，栾岭高新区新引进项目6个。1—5月，栾岭市开发区营收388.1亿元，增长5.2%。</p>
<p>【砚泽】6月8日，砚泽化工园区完成隐患整改，整改隐患214处，整改率100%。1—5月，砚泽市开发区营收276.5亿元，增长4.1%。</p>
<p>【省商务厅】6月10日，省商务厅通报专项督导情况：督导组发现问题31个，已整改22个。</p>
</div><div class="footer">版权所有</div></body></html>"""


def _chunk(chunks: list[dict], words: str) -> dict:
    return next(c for c in chunks if words in c["text"])


@pytest.fixture(scope="module")
def minutes_chunks(tmp_path_factory) -> list[dict]:
    path = tmp_path_factory.mktemp("minutes") / "2026-04-jiyao.docx"
    return chunk_document(load_file(word_file(path, MINUTES)), path.name)[0]


@pytest.fixture(scope="module")
def news_chunks(tmp_path_factory) -> list[dict]:
    path = tmp_path_factory.mktemp("news") / NEWS
    path.write_text(NEWS_PAGE, encoding="utf-8")
    return chunk_document(load_file(path), NEWS)[0]


def test_the_opening_paragraph_of_minutes_is_text_not_title(minutes_chunks: list[dict]) -> None:
    opening = _chunk(minutes_chunks, "主持召开")
    assert "宓知远" in opening["text"] and opening["region"] is None
    assert not any("一季度，全省开发区" in c["text"] and "主持召开" in c["text"] for c in minutes_chunks)


def test_each_decision_is_its_own_paragraph_in_the_city_it_opens_with(minutes_chunks: list[dict]) -> None:
    for words, city, deadline in (("苇汀综保区围网验收", "苇汀", "2026年6月底前"), ("隐患整改率达到95%", "栾岭", "2026年5月底前"),
                                  ("提质增效工作方案", "砚泽", "2026年4月30日前")):
        decision = _chunk(minutes_chunks, words)
        assert decision["region"] == city and deadline in decision["text"]
        assert decision["text"].count("责任单位") == 1  # never run into the next decision
    assert _chunk(minutes_chunks, "按月编发工作动态")["region"] is None  # the 省商务厅's own decision: no city's
    assert "苇汀" not in _chunk(minutes_chunks, "会议议定以下事项")["text"]  # the sentence announcing them stays apart


def test_an_item_led_by_a_city_written_short_is_that_citys(news_chunks: list[dict]) -> None:
    assert _chunk(news_chunks, "整改隐患214处")["region"] == "砚泽"
    assert _chunk(news_chunks, "新引进项目6个")["region"] == "栾岭"


def test_an_item_led_by_no_city_after_a_citys_item_is_the_wholes(news_chunks: list[dict]) -> None:
    assert _chunk(news_chunks, "发现问题31个")["region"] is None


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("minutes-qa"), {NEWS: NEWS_PAGE}, embedding)


def test_a_short_led_items_figure_is_answered_for_its_city(qa: BulletinQA) -> None:
    result = qa.ask("1-5月砚泽化工园区整改隐患多少处")
    assert not result["abstained"] and result["short"] == "214处"  # 处 counts places: the figure asked, not 100%
    assert {c["region"] for c in result["citations"]} == {"砚泽"}
