"""Readings real bulletins hit that invented ones showed missing: a figure written in Chinese numerals (一百二十亿元,
三十五个, 两千余人, 百分之十二点五) is a figure, verbatim, worth its numeral's value, while numbered items, slogans and
idioms (一是, 第一批, 三个一批, 十四五, 千方百计) are none; a bare year (2025年，…) of a full-year issue, under a masthead
line 2025年全年 or only opening its paragraphs in an issue of the January after, dates its figures to that year's
全年; a zone's full name alone on an undecorated line opens its entry; a folder's README is documentation, not a
bulletin. The bulletins are invented (栎原市, 青崖, 芃溪 are no real places); through the real loader, index and
pipeline."""
from __future__ import annotations

import pytest

from index.facts import chunk_facts
from index.figures import CN_FIGURE, WRITTEN_FIGURE, cn_number, split_figure
from index.headings import zone_of_line
from index.periods import Period, document_period
from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from tests.conftest import index_files, settings_under

NUMERALS = """栎原市开发区工作通报
2025年第2期
栎原市商务局  2025年7月20日
一、总体情况
上半年，全市开发区新签约项目三十五个，协议总投资一百二十亿元，新增就业两千余人；规上工业增加值同比增长百分之十二点五，营业收入412.4亿元。
栎原综合保税区跨境电商进出口额12.6亿元，约为上年同期的两倍。
二、主要做法
一是强化招商。开展“三个一批”活动，第一批项目已开工，千方百计推进一体化发展，谋划“十四五”后续项目。
"""

FULL_YEAR = """栎原市开发区工作通报
2026年第1期
栎原市商务局  2026年1月20日
2025年全年
2025年，全市开发区实现营业收入812.4亿元，同比增长7.2%；实际利用外资5120万美元。
2025年，栎原经开区新签约项目42个，总投资96.3亿元。
2026年，力争全市开发区营业收入突破900亿元。一是开展招商攻坚，全年新签约亿元以上项目60个以上；二是推进扩区。
"""

ZONE_LINES = """芃溪市开发区工作通报
2025年第2期
芃溪市商务局  2025年7月20日
上半年，全市开发区实现营业收入412.4亿元，同比增长6.2%。
青崖高新技术产业开发区
上半年，青崖高新区实现营业收入102.6亿元，同比增长8.8%；新签约项目18个。
芃溪经济技术开发区
上半年，实现营业收入88.7亿元，同比下降1.6%；新签约项目9个。
"""


@pytest.mark.parametrize("written, number, unit", [
    ("三十五个", 35, "个"), ("一百二十亿元", 120, "亿元"), ("两千余人", 2000, "人"), ("百分之十二点五", 12.5, "%"),
    ("一千四百亿元", 1400, "亿元"), ("一万二千人", 12000, "人"), ("三点五亿元", 3.5, "亿元"), ("两倍", 2, "倍"),
    ("一百零五家", 105, "家"), ("三千万元", 3000, "万元"),
])
def test_a_figure_in_chinese_numerals_is_worth_its_value(written: str, number: float, unit: str) -> None:
    assert CN_FIGURE.fullmatch(written)
    assert split_figure(written) == (number, unit)


@pytest.mark.parametrize("numeral, value", [("一亿二千万", 120_000_000), ("一万亿", 10 ** 12), ("两千零五", 2005),
                                            ("十", 10), ("十二点五", 12.5)])
def test_chinese_numerals_values(numeral: str, value: float) -> None:
    assert cn_number(numeral) == value


@pytest.mark.parametrize("text", [
    "一是强化招商", "第一批项目开工", "推出一批项目", "推进一体化发展", "开展“三个一批”活动", "三个 一批", "谋划十四五项目",
    "千方百计保投产", "数十家企业", "上千人参加", "五位一体", "三次产业", "营业收入2.8万亿元", "一季度", "四周道路",
])
def test_numbered_items_slogans_and_idioms_are_no_figures(text: str) -> None:
    assert not CN_FIGURE.search(text)


def test_a_chinese_numeral_figure_stands_verbatim_at_its_offsets() -> None:
    text = NUMERALS.split("一、总体情况\n")[1].split("\n")[0]
    chunk = {"text": text, "start": 100, "doc": "d", "id": "c", "period": "2025年上半年", "as_of": 202506}
    facts = {f["figure"]: f for f in chunk_facts(chunk)}
    assert set(facts) == {"三十五个", "一百二十亿元", "两千余人", "百分之十二点五", "412.4亿元"}
    for figure, fact in facts.items():
        assert text[fact["start"] - 100:fact["end"] - 100] == figure
    assert (facts["一百二十亿元"]["number"], facts["一百二十亿元"]["unit"]) == (120, "亿元")
    assert facts["三十五个"]["indicator"].endswith("新签约项目")
    items = {"text": NUMERALS.split("二、主要做法\n")[1], "start": 0, "doc": "d", "id": "i", "as_of": 202506}
    assert not chunk_facts(items)
    assert [m.group() for m in WRITTEN_FIGURE.finditer("签约三十五个，总投资96.3亿元")] == ["三十五个", "96.3亿元"]


def test_a_full_year_issues_bare_year_is_that_years_whole() -> None:
    masthead = "栎原市开发区工作通报 2026年第1期 2026年1月20日"
    text = "2025年，全市开发区实现营业收入812.4亿元。\n2025年，栎原经开区新签约项目42个。"
    assert document_period(text, 2025, masthead) == Period(2025)
    assert document_period(text, 2025, masthead.replace("2026年第1期 2026年1月20日", "2025年第4期")) is None
    assert document_period("2025年，全市将力争营业收入突破900亿元。", 2025, masthead) is None  # a plan, no result


def test_the_sentences_after_next_years_opener_go_on_with_its_plans() -> None:
    text = FULL_YEAR.split("\n")[-2]
    chunk = {"text": text, "start": 0, "doc": "d", "id": "c", "period": "2025年全年", "as_of": 202512}
    periods = {f["figure"]: f["period"] for f in chunk_facts(chunk)}
    assert periods == {"900亿元": "2026年全年", "60个": "2026年全年"}
    chunk["text"] = "2025年，全市开发区营业收入812.4亿元。全年新签约项目42个。"  # the reported year's: no plans
    assert {f["period"] for f in chunk_facts(chunk)} == {"2025年全年"}


def test_an_undecorated_full_zone_name_opens_its_entry() -> None:
    assert zone_of_line("青崖高新技术产业开发区") == ("青崖高新技术产业开发区", None)
    assert zone_of_line("芃溪经济技术开发区") == ("芃溪经济技术开发区", None)
    assert zone_of_line("青崖高新区") is None  # a short name alone may be a subtitle's word; decorated, it opens one
    assert zone_of_line("◆青崖高新区") == ("青崖高新区", None)
    assert zone_of_line("全市开发区") is None


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2025-07-liyuan-tongbao-di2qi.txt": NUMERALS, "2026-01-liyuan-tongbao-di1qi.txt": FULL_YEAR,
             "2025-07-pengxi-tongbao-di2qi.txt": ZONE_LINES}
    return index_files(tmp_path_factory.mktemp("reading-gaps"), files, embedding)


@pytest.mark.parametrize("question, figure", [
    ("栎原市上半年新签约项目多少个？", "三十五个"),
    ("栎原市开发区上半年协议总投资多少？", "一百二十亿元"),
    ("栎原上半年新增就业多少人？", "两千余人"),
])
def test_a_figure_written_in_chinese_numerals_answers_verbatim(qa: BulletinQA, question: str, figure: str) -> None:
    answer = qa.ask(question)
    assert figure in answer["answer"] and answer["citations"]
    assert all(figure in c["quote"] or "412.4" not in answer["answer"] for c in answer["citations"])


def test_the_year_before_as_a_ratios_base_is_not_the_period_asked(qa: BulletinQA) -> None:
    answer = qa.ask("栎原综保区上半年跨境电商进出口额是上年同期的几倍？")
    assert "12.6亿元" in answer["answer"] and {c["period"] for c in answer["citations"]} == {"2025年上半年"}


def test_a_bare_years_figures_are_of_its_whole_year(qa: BulletinQA) -> None:
    answer = qa.ask("2025年全年栎原市开发区营业收入多少？")
    assert "812.4亿元" in answer["answer"] and "412.4" not in answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}


def test_next_years_plans_answer_no_question_on_the_year_reported(qa: BulletinQA) -> None:
    answer = qa.ask("2025年全年栎原市新签约亿元以上项目多少个？")
    assert "60个" not in answer["answer"]


def test_a_zone_under_its_undecorated_line_is_that_zones(qa: BulletinQA) -> None:
    answer = qa.ask("芃溪经开区上半年营业收入多少？")
    assert "88.7亿元" in answer["answer"] and "102.6" not in answer["answer"]
    answer = qa.ask("青崖高新区上半年营业收入多少？")
    assert "102.6亿元" in answer["answer"] and "88.7" not in answer["answer"]


def test_a_folders_readme_is_no_bulletin(tmp_path, embedding) -> None:
    settings = settings_under(tmp_path)
    (settings.docs_dir / "README.md").write_text("# 通报目录\n\n本目录存放2025年各期通报，营业收入单位为亿元。\n", "utf-8")
    (settings.docs_dir / "2026-01-liyuan-tongbao-di1qi.txt").write_text(FULL_YEAR, "utf-8")
    report = IndexingPipeline(settings, embedding).run()
    assert report.documentation == ["README.md"] and not report.errors
    assert [f["file"] for f in report.files] == ["2026-01-liyuan-tongbao-di1qi.txt"]
