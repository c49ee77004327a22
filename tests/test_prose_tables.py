"""Tables whose cells are prose, and the formats a 工作动态 comes in, on invented bulletins written as real files:

- a .docx whose city cell is merged down over its zones' rows (python-docx), each cell several sentences: each
  row is its zone's, in that city;
- a .txt pasted from an OA e-mail: mail headers, `◆` headlines, bodies typed with the full-width indent and
  hard-wrapped (a figure cut over a line end), a `（…供稿）` note after the last sentence, the table as `|` lines;
- a PDF printed by the real Chromium whose `【信息N】` headlines stand on their own lines above their bodies.
"""
from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest
from docx import Document

from evals.bulletin_files import print_pdf
from index.loaders import load_file
from index.pipeline import IndexingPipeline, chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import settings_under

HEADER = ["主要指标完成情况", "重点项目进展", "存在问题", "下步打算"]
# (city, zone, cells): two cities, the first with two zones
ROWS = [("青崖市", "青崖经开区", ["实现营业收入88.6亿元，同比增长5.1%。", "1.轴承产业园一期开工；2.物流港完成选址。",
                                   "1.用地指标紧张。", "1.二季度新签约项目12个。"]),
        ("青崖市", "青崖高新区", ["实现营业收入61.2亿元，同比增长7.4%。", "1.光学镜片项目主体封顶。",
                                   "1.高端人才短缺。", "1.上半年新增高新技术企业9家。"]),
        ("白洢市", "白洢产业园", ["实现营业收入23.5亿元，同比下降1.2%。", "1.冷库二期投入使用。",
                                   "1.污水管网建设滞后。", "1.6月底前建成污水管网一期。"])]


def _merged_docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("开发区工作动态")
    doc.add_paragraph("2026年第2期（2026年一季度）")
    doc.add_paragraph("一季度，全省开发区运行平稳。")
    doc.add_paragraph("附件：各市开发区重点工作进展情况汇总表")
    table = doc.add_table(rows=len(ROWS) + 1, cols=6)
    for cell, text in zip(table.rows[0].cells, ["城市", "开发区", *HEADER]):
        cell.text = text
    start = 1
    for r, (city, zone, cells) in enumerate(ROWS, 1):
        for cell, text in zip(table.rows[r].cells[1:], [zone, *cells]):
            cell.text = text
        if r == len(ROWS) or ROWS[r][0] != city:
            merged = table.cell(start, 0).merge(table.cell(r, 0)) if r > start else table.cell(r, 0)
            merged.text = city
            start = r + 1
    out = path / "2026-04-dongtai.docx"
    doc.save(out)
    return out


def _chunks(path: Path) -> list[dict]:
    return chunk_document(load_file(path), path.name)[0]


def test_a_merged_city_cell_places_each_zone_row_of_prose_in_its_city(tmp_path):
    chunks = _chunks(_merged_docx(tmp_path))
    cells = {(c["zone"], c["section"]): c for c in chunks if c["zone"]}
    assert {zone for zone, _ in cells} == {"青崖经开区", "青崖高新区", "白洢产业园"}
    assert {c["region"] for (zone, _), c in cells.items() if zone.startswith("青崖")} == {"青崖"}
    assert {c["region"] for (zone, _), c in cells.items() if zone.startswith("白洢")} == {"白洢"}
    # each prose cell a part of its own: its zone's, in the section its column names
    assert cells[("青崖高新区", "存在问题")]["text"] == "1.高端人才短缺。"
    assert cells[("白洢产业园", "下步打算")]["text"] == "1.6月底前建成污水管网一期。"
    # the first cell is the row's sentence, its names written beside its figures
    assert cells[("青崖高新区", None)]["text"] == "青崖高新区 青崖市 主要指标完成情况 实现营业收入61.2亿元，同比增长7.4%。"


def test_a_table_of_figures_stays_a_sentence_per_row(tmp_path):
    path = tmp_path / "2026-04-figures.md"
    path.write_text("# 开发区工作动态\n\n| 城市 | 营业收入（亿元） | 增速（%） |\n|---|---|---|\n| 青崖市 | 88.6 | 5.1 |\n"
                    "| 白洢市 | 23.5 | -1.2 |\n", encoding="utf-8")
    assert "青崖市 营业收入 88.6亿元 增速 5.1%。" in load_file(path).text


def _wrapped(text: str, width: int = 38) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


MAIL = [
    "发件人：某省商务厅开发区处 <kfq@example.gov.cn>", "发送时间：2026年5月19日 上午9:42", "收件人：各市商务局",
    "主题：转发：开发区工作动态（2026年第6期）", "", "开发区工作动态", "2026年第6期", "",
    "　　编者按：4月份，全省开发区实现营业收入510.4亿元，同比增长6.6%。", "",
    "◆青崖经开区4月营业收入同比增长9.3%",
    # hard-wrapped every 38 characters as the mail client did, a figure cut over a line end, the note after the end
    *_wrapped("　　青崖经开区4月当月实现营业收入31.6亿元，同比增长9.3%，增速比上月提高2.4个百分点；1-4月累计实现营业收入"
              "120.8亿元，同比增长7.5%。（青崖市商务局供稿）"), "",
    "◆白洢产业园冷库二期投入使用",
    *_wrapped("　　白洢产业园冷库二期4月投入使用，新增库容超3万吨，带动冷链物流企业入驻12家，全园冷链营收同比增长21.5%。"
              "（白洢市商务局供稿）"), "",
    "附件：各市开发区重点工作进展情况汇总表", "|".join(["城市", *HEADER]),
    *("|".join([city, *cells]) for city, _, cells in ROWS[1:]), "", "--", "综合组",
]


def test_an_email_text_keeps_its_items_apart_and_reads_its_bar_table_by_city(tmp_path):
    path = tmp_path / "2026-05-dongtai.txt"
    path.write_text("\r\n".join(MAIL) + "\r\n", encoding="utf-8")
    texts = {c["text"]: c for c in _chunks(path)}
    body = next(t for t in texts if t.startswith("青崖经开区4月当月"))
    assert "31.6亿元" in body and "120.8亿元" in body and "◆" not in body  # joined over the wraps, no next item
    assert not any(t.startswith("（青崖市商务局供稿）") for t in texts)  # the note closes its item, opens none
    assert next(t for t in texts if t.startswith("白洢产业园冷库二期")).endswith("（白洢市商务局供稿）")
    assert not any("综合组" in t for t in texts)  # the mail's signature, after its `--` line, is no part's
    cells = {(c["region"], c["section"]): t for t, c in texts.items() if c["section"]}
    assert texts["白洢市 主要指标完成情况 实现营业收入23.5亿元，同比下降1.2%。"]["region"] == "白洢"
    assert cells[("白洢", "存在问题")] == "1.污水管网建设滞后。"
    assert cells[("青崖", "下步打算")] == "1.上半年新增高新技术企业9家。"


def test_a_bar_line_alone_is_no_table(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("开发区工作动态\n\n青崖经开区|白洢产业园两地签约。\n一季度实现营业收入12.5亿元。\n", encoding="utf-8")
    assert "青崖经开区|白洢产业园两地签约。" in load_file(path).text


def test_a_zone_row_under_a_merged_city_answers_for_that_zone(tmp_path, embedding):
    settings = settings_under(tmp_path)
    _merged_docx(settings.docs_dir)
    assert not IndexingPipeline(settings, embedding).run().errors
    answer = BulletinQA(settings, embedding).ask("一季度青崖高新区存在什么问题？")
    assert "高端人才短缺" in answer["answer"] and not answer["abstained"]
    assert {c["region"] for c in answer["citations"]} == {"青崖"}


CITIES = ["青崖", "白洢", "萁阳", "岚溪", "朔溪", "蒿岭", "枫城"]


def _printed_items(path: Path, items: list[tuple[str, str]]) -> list[str]:
    body = "".join(f"<h3>【信息{i}】{html.escape(h)}</h3><p style='text-indent:2em'>{html.escape(b)}</p>"
                   f"<p style='text-align:right'>（{CITIES[i - 1]}市商务局供稿）</p>" for i, (h, b) in enumerate(items, 1))
    out = path / "2026-01-dongtai.pdf"
    print_pdf(f"<!doctype html><html><head><meta charset='utf-8'><style>body{{font-size:12.5pt;line-height:1.7}}"
              f"</style></head><body><h1>开发区工作动态</h1><p>2026年第1期</p>"
              f"<p>编者按：2025年，全省开发区主要指标保持平稳增长。</p>{body}</body></html>", out)
    return [c["text"] for c in _chunks(out)]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Chromium")
def test_a_printed_headline_stands_apart_from_its_body(tmp_path):
    items = [("青崖经开区全年实现营业收入356.8亿元", "青崖经济技术开发区2025年实现营业收入356.8亿元，同比增长7.4%；新签约项目63个。"),
             ("青崖、白洢两市开发区进出口增速并列全省第一", "据海关统计，2025年青崖经开区进出口总额86.4亿元，同比增长18.3%。")]
    texts = _printed_items(tmp_path, items)
    for i, (headline, text) in enumerate(items, 1):
        assert f"【信息{i}】{headline}" in texts  # a paragraph of its own
        # the body opens a chunk (an item about two cities is then cut where a clause names one: index.news_items)
        assert any(text.startswith(t) or t.startswith(text) for t in texts)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Chromium")
def test_source_lines_flush_right_are_no_column_of_their_own(tmp_path):
    # items whose bodies end in short last lines, each closed by a flush-right source line: a gap between the short
    # lines and the source lines runs down the page, yet the source lines stand apart, no column
    items = [(f"{city}经开区重点项目建设取得进展", f"{city}经济技术开发区推进重点项目建设，完成固定资产投资12.5亿元，同比增长"
              f"7.4%，其中工业投资8.1亿元，新开工项目{n + 10}个。") for n, city in enumerate(CITIES, 1)]
    texts = _printed_items(tmp_path, items)
    assert all(f"（{city}市商务局供稿）" in texts for city in CITIES), texts
    assert all(f"【信息{i}】{h}" in texts for i, (h, _) in enumerate(items, 1))


def test_a_bound_written_before_a_figure_stays_in_the_short_answer(tmp_path, embedding):
    settings = settings_under(tmp_path)
    (settings.docs_dir / "2026-05-dongtai.txt").write_text("\r\n".join(MAIL) + "\r\n", encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    answer = BulletinQA(settings, embedding).ask("白洢产业园冷库二期新增库容多少？")
    assert answer["short"] == "超3万吨", answer["answer"]  # more than 3万吨, not 3万吨
