"""Tables, page breaks and figures of bulletins printed by LibreOffice (the `theme` corpus' formats), on invented
bulletins: a Word table whose header spans two rows, saved as Word 97 .doc; a ruled table a PDF page break cuts,
its header repeated and a cell cut in two; LibreOffice's space between a figure and its unit; a footnote.

The files are written by python-docx and printed/saved by the real LibreOffice (`soffice`), as the corpus' are
(evals/corpus_theme/make_issues.py)."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from index.loaders import load_file
from index.pipeline import IndexingPipeline, chunk_document
from qa.pipeline import BulletinQA
from settings import ROOT
from tests.conftest import settings_under

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")

_spec = importlib.util.spec_from_file_location("make_issues", ROOT / "evals" / "corpus_theme" / "make_issues.py")
make_issues = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_issues)

ZONES = [("青崖市", "青崖高新技术产业开发区"), ("白洢市", "白洢经济技术开发区"), ("萁阳市", "萁阳综合保税区"),
         ("岚溪市", "岚溪现代农业产业园区"), ("朔溪市", "朔溪临港经济开发区"), ("蒿岭市", "蒿岭高新技术产业开发区")]
FOOTNOTE = "亿元以上项目指计划总投资1亿元及以上的项目。"
# enough of 青崖's paragraphs before the table that LibreOffice's page break cuts a row (`青崖高新技术` / `产业开发区`)
FILLER = 15


def _quarter_pdf(path: Path) -> Path:
    blocks = [("title", "某省开发区专题通报"), ("meta", "2026年第1期    某省商务厅    2026年4月20日"),
              ("para", "2026年一季度全省开发区招商引资情况通报"), ("part", "一、招商引资"),
              ("para", "全省开发区一季度新签约项目57个，协议投资额312.6亿元，同比增长8.4%；其中亿元以上项目①23个。"
                       "从产业看，新签约项目以装备制造为主。")]
    blocks += [("para", f"青崖市：青崖高新区推进项目建设第{i + 1}项工作，完成投资{10 + i}.5亿元，同比增长{3 + i}.2%，"
                        f"新增企业{20 + i}家。") for i in range(FILLER)]
    blocks += [("table", "表1  一季度各开发区主要指标", [["市", "开发区", "营业收入（亿元）", "同比增长（%）"]],
                [[c, z, f"{100 + 7 * k}.{k}", f"{5 + k}.{k + 1}"] for k, (c, z) in enumerate(ZONES)]
                + [["合计", "", "999.9", "7.7"]]),
               ("part", "二、项目建设"), ("para", "白洢市：白洢经开区新开工项目12个，完成固定资产投资45.6亿元。")]
    source = path.with_suffix(".docx")
    make_issues.write_docx(blocks, source, header="某省商务厅 专题通报", footnote=FOOTNOTE)
    make_issues.soffice_convert(source, path, "pdf")
    return path


def _autumn_doc(path: Path) -> Path:
    blocks = [("title", "某省开发区专题通报"), ("meta", "2026年第3期    某省商务厅    2026年10月20日"),
              ("para", "2026年前三季度全省开发区招商引资和外贸情况通报"), ("para", "前三季度，全省开发区主要指标稳中有进。"), ("part", "一、招商引资"),
              ("city", "朔溪市", "朔溪经开区新签约项目31个，协议投资额208.4亿元，同比增长6.6%。"),
              ("city", "蒿岭市", "蒿岭综合保税区新签约项目12个，协议投资额96.1亿元，同比增长3.3%。"),
              ("table", "表1  前三季度各开发区营业收入和进出口",
               [["市", "开发区", "营业收入", "", "进出口", ""], ["", "", "绝对值(亿元)", "增速(%)", "绝对值(亿元)", "增速(%)"]],
               [["朔溪市", "朔溪经开区", "812.5", "8.4", "96.2", "4.7"],
                ["蒿岭市", "蒿岭综合保税区", "233.8", "12.1", "388.6", "10.9"],
                ["岚溪市", "岚溪产业园", "120.4", "2.5", "18.3", "1.2"]]),
              ("part", "二、项目建设"),
              ("city", "朔溪市", "朔溪经开区完成固定资产投资61.2亿元，同比增长5.1%；芯航封测项目一期投产，当月产值近2亿元。"),
              ("part", "三、营商环境"), ("para", "岚溪市：岚溪产业园推行“标准地+承诺制”，出让标准地9宗、面积约380亩。")]
    source = path.with_suffix(".docx")
    make_issues.write_docx(blocks, source)
    make_issues.soffice_convert(source, path, "doc")
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("theme-files")
    return {"pdf": _quarter_pdf(root / "2026-04-zhuanti-di1qi.pdf"), "doc": _autumn_doc(root / "2026-10-zhuanti-di3qi.doc")}


@pytest.fixture(scope="module")
def theme_qa(printed, embedding, tmp_path_factory) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("theme-index"))
    for path in printed.values():
        shutil.copy(path, settings.docs_dir / path.name)
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def test_a_two_row_header_names_each_column_by_both_rows_and_gives_its_cells_their_unit(printed) -> None:
    text = load_file(printed["doc"]).text
    assert "朔溪市 开发区 朔溪经开区 营业收入 812.5亿元 营业收入增速 8.4% 进出口 96.2亿元 进出口增速 4.7%。" in text, text
    assert "绝对值" not in text  # the sub-header only says the column holds the amount itself


def test_a_table_over_a_page_break_is_one_table_and_the_cell_cut_by_it_one_cell(printed) -> None:
    pages = pdfium.PdfDocument(printed["pdf"])
    assert not any(ZONES[0][1] in page.get_textpage().get_text_range() for page in pages)  # the break cuts it
    rows = [ln for ln in load_file(printed["pdf"]).text.splitlines() if "营业收入" in ln]
    assert len(rows) == len(ZONES) + 1, rows
    for (city, zone), row in zip(ZONES, rows):
        assert row.startswith(f"{city} 开发区 {zone} 营业收入 "), rows  # whole, no stray piece of the cut cell
    assert rows[1] == "白洢市 开发区 白洢经济技术开发区 营业收入 107.1亿元 同比增长 6.2%。"
    assert rows[-1] == "合计 营业收入 999.9亿元 同比增长 7.7%。"


def test_libreoffices_gap_between_a_figure_and_its_unit_is_no_space(printed) -> None:
    text = load_file(printed["pdf"]).text
    assert "新签约项目57个，协议投资额312.6亿元，同比增长8.4%" in text
    assert "新开工项目12个" in text and " 亿元" not in text and " 个" not in text


def test_a_footnote_follows_the_paragraph_of_its_mark_in_no_city(printed) -> None:
    loaded = load_file(printed["pdf"])
    lines = loaded.text.splitlines()
    marked = next(i for i, ln in enumerate(lines) if "其中亿元以上项目①23个" in ln)  # the mark stays in its sentence
    assert lines[marked + 1] == "①" + FOOTNOTE
    chunks, _ = chunk_document(loaded, printed["pdf"].name)
    note = next(c for c in chunks if c["text"].startswith("①"))
    assert note["region"] is None, note  # not the 青崖 paragraph above the page's foot


@pytest.mark.parametrize("question, short", [
    ("前三季度朔溪经开区营收增速是多少？", "8.4%"),
    ("前三季度蒿岭市开发区进出口额多少？", "388.6亿元"),
    ("一季度白洢经济技术开发区营业收入多少？", "107.1亿元"),
    ("一季度全省开发区新签约项目多少个？", "57个"),
    ("前三季度朔溪市芯航封测项目投产当月产值多少？", "近2亿元"),  # a bound says so
    ("前三季度岚溪产业园出让标准地面积多少亩？", "380亩"),  # 约 (about) gives the amount
])
def test_table_cells_and_spaced_figures_answer_as_written(theme_qa: BulletinQA, question: str, short: str) -> None:
    answer = theme_qa.ask(question)
    assert answer["short"] == short, answer["answer"]


def test_a_city_leading_its_bold_paragraphs_is_known_from_the_tables_zone_rows(theme_qa: BulletinQA) -> None:
    answer = theme_qa.ask("前三季度朔溪市开发区协议投资额多少？")
    assert answer["short"] == "208.4亿元", answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"朔溪"}
