"""Bulletins shaped unlike the sample, on small inline documents (places and zones of no corpus): a city line
(■XX市, XX市：) opens a region's part, `一、` headings are sections, items restart per section and region, a
title line that is no place is no region, and a summary table after the last city puts each zone's row in the
zone's city. Through the real loaders (.html, .docx built here) and the real chunker."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from index.facts import extract_facts
from index.headings import city_of_line, item_pieces, section_of_line, zone_of_line
from index.layout import Line, paragraphs
from index.loaders import load_file
from index.pipeline import IndexingPipeline, chunk_document
from index.structure import clean_text, parse_sections
from qa.zone_facts import city_zones
from qa.corpus import Corpus
from qa.pipeline import BulletinQA
from tests.conftest import settings_under

PARTS = {
    "鹤岗市": {
        "一、主要成效": ["（一）经济指标稳中有进。全市开发区实现营业收入86.5亿元。鹤岗高新区营业收入40.1亿元。",
                     "（二）招商引资持续发力。新签约项目12个。", "重点项目", "鹤岗高新区材料项目5月开工，总投资8亿元。"],
        "二、存在问题": ["一是项目落地偏慢，开工率仅为40%；二是外贸订单不足；三是用地不足。"],
        "三、下步打算": ["1.聚焦项目建设。力争新开工项目10个。"],
    },
    "丹东市": {
        "一、主要成效": ["1.对外贸易增长。全市开发区进出口总额20.3亿元。", "重点项目",
                     "丹东经开区储能项目3月开工，总投资5亿元。"],
        "二、存在问题": ["主要是：配套不足；人才缺乏。"],
    },
}
TABLE = [["开发区", "营业收入(亿元)"], ["鹤岗高新区", "40.1"], ["丹东经开区", "30.2"]]
NOTE = "编者按：现将鹤岗、丹东两市开发区一季度工作情况摘编如下。"


def _html(path: Path, parts: dict = PARTS, note: str = NOTE, issue: str = "2025年第3期") -> Path:
    body = [f"<h1>某省开发区工作简报</h1><p>{note}</p>"]
    for city, sections in parts.items():
        body.append(f"<h2>■{city}</h2>")
        for section, paragraphs in sections.items():
            body.append(f"<h3>{section}</h3>" + "".join(f"<p>{p}</p>" for p in paragraphs))
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE)
    body.append(f"<p><strong>附表：各开发区主要指标</strong></p><table>{rows}</table>")
    path.write_text(f"<html><head><title>某省开发区工作简报（{issue}）</title></head><body>"
                    + "".join(body) + "</body></html>", encoding="utf-8")
    return path


def index_html_issues(root: Path, embedding, issues: list[tuple[str, dict, str, str]]) -> BulletinQA:
    """A real index under `root` of web-page issues (file name, parts, editor's note, issue), and the QA over it."""
    settings = settings_under(root)
    for name, parts, note, issue in issues:
        _html(settings.docs_dir / name, parts, note, issue)
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def _docx(path: Path) -> Path:
    document = Document()
    document.core_properties.title = "某省开发区工作简报（2025年第3期）"
    document.add_paragraph("某省开发区工作简报", style="Title")
    document.add_paragraph(NOTE)
    for city, sections in PARTS.items():
        document.add_paragraph().add_run(f"{city}：").bold = True
        for section, paragraphs in sections.items():
            document.add_paragraph().add_run(section).bold = True
            for paragraph in paragraphs:
                document.add_paragraph(paragraph)
    document.add_paragraph().add_run("附表：各开发区主要指标").bold = True
    table = document.add_table(rows=len(TABLE), cols=2)
    for row, cells in zip(table.rows, TABLE):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(path)
    return path


@pytest.fixture(scope="module", params=["html", "docx"])
def chunked(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("layouts") / f"bulletin.{request.param}"
    loaded = load_file(_html(path) if request.param == "html" else _docx(path))
    return chunk_document(loaded, path.name)


def _chunk(chunks: list[dict], text: str) -> dict:
    return next(c for c in chunks if c["text"].startswith(text))


@pytest.mark.parametrize("line, city", [
    ("■鹤岗市", "鹤岗"), ("丹东市：", "丹东"), ("鹤岗市", "鹤岗"), ("●晋中", "晋中"), ("◆平定县：", "平定县"),
    ("重点项目", None), ("招商引资", None), ("工作措施:", None), ("全市开发区", None), ("■丹东经开区", None),
    ("鹤岗市营业收入86.5亿元。", None), ("【鹤岗市】", "鹤岗"), ("一、鹤岗市", "鹤岗"), ("（二）丹东市", "丹东"),
    ("一、主要成效", None), ("【工作成绩及亮点】", None),
    ("1.鹤岗市", "鹤岗"), ("（2）丹东市", "丹东"), ("2．丹东市", "丹东"), ("1.招商引资", None), ("2.开发区", None),
    ("1.2025年", None),
])
def test_a_city_line_is_a_short_place_line_alone_or_decorated(line, city):
    assert city_of_line(line) == city


def test_numbered_headings_and_enumerations():
    assert section_of_line("一、主要成效") == "主要成效"
    assert section_of_line("一、全市开发区实现营业收入86.5亿元。") is None
    assert item_pieces("一是慢；二是少。三是缺。") == [(0, "一是慢；", "一是慢"), (4, "二是少。", "二是少"),
                                                (8, "三是缺。", "三是缺")]
    assert item_pieces("二是抓好项目。其中一是多；二是快。") == [(0, "二是抓好项目。其中一是多；二是快。", "二是抓好项目")]
    eleven = "；".join(["一是甲"] + [f"{n}是乙" for n in "二三四五六七八九十"]) + "；二是丙。"  # past 十: kept whole, no crash
    assert item_pieces(eleven) == [(0, eleven, "一是甲")]
    assert item_pieces("主要是：配套不足，成本高；人才缺乏。") == [(4, "配套不足，成本高；", "配套不足"), (13, "人才缺乏。", "人才缺乏")]
    assert item_pieces("主要是：配套不足。") == [(0, "主要是：配套不足。", None)]  # one part: no list


def test_each_city_line_opens_its_region(chunked):
    chunks, doc = chunked
    assert doc["regions"] == ["丹东", "鹤岗"]
    assert doc["issue"] == "2025年第3期"  # from the metadata title, not the shorter title line
    assert _chunk(chunks, "编者按")["region"] is None
    assert _chunk(chunks, "（二）招商引资")["region"] == "鹤岗"
    assert _chunk(chunks, "1.对外贸易增长")["region"] == "丹东"
    assert not any(c["text"] in ("重点项目", "■鹤岗市", "丹东市：") for c in chunks)


def test_sections_and_items_restart_per_section_and_region(chunked):
    chunks, _ = chunked
    assert _chunk(chunks, "（一）经济指标")["section"] == "主要成效"
    assert [_chunk(chunks, t)["item"] for t in ("一是", "二是", "三是")] == ["一是项目落地偏慢", "二是外贸订单不足",
                                                                         "三是用地不足"]
    assert _chunk(chunks, "1.聚焦项目建设")["section"] == "下步打算"
    first = _chunk(chunks, "1.对外贸易增长")
    assert (first["section"], first["item"]) == ("主要成效", "1.对外贸易增长")
    assert [_chunk(chunks, t)["item"] for t in ("配套不足", "人才缺乏")] == ["配套不足", "人才缺乏"]  # 主要是：…；…
    assert _chunk(chunks, "丹东经开区储能项目")["region"] == "丹东"
    # a subtitle printed in each city's part is no page header: it titles the paragraph after it each time
    assert [_chunk(chunks, t)["item"] for t in ("鹤岗高新区材料项目", "丹东经开区储能项目")] == ["重点项目"] * 2


def test_a_summary_table_after_the_last_city_puts_each_row_in_its_zones_city(chunked):
    chunks, _ = chunked
    assert _chunk(chunks, "鹤岗高新区 营业收入")["region"] == "鹤岗"
    assert _chunk(chunks, "丹东经开区 营业收入")["region"] == "丹东"
    assert _chunk(chunks, "鹤岗高新区 营业收入")["item"] is None


def test_answers_from_such_a_bulletin_keep_to_the_city_asked(tmp_path, embedding):
    settings = settings_under(tmp_path)
    _html(settings.docs_dir / "bulletin.html")
    assert not IndexingPipeline(settings, embedding).run().errors
    qa = BulletinQA(settings, embedding)
    problems = qa.ask("鹤岗存在哪些问题？")
    assert all(t in problems["answer"] for t in ("项目落地偏慢", "外贸订单不足", "用地不足"))
    assert "一是" not in problems["answer"] and {c["region"] for c in problems["citations"]} == {"鹤岗"}
    results = qa.ask("鹤岗取得了哪些成绩？")  # the heading says 主要成效
    assert "1. 经济指标稳中有进" in results["answer"] and "2. 招商引资持续发力" in results["answer"]
    assert "（一）" not in results["answer"] and "项目落地偏慢" not in results["answer"]
    row = qa.ask("丹东经开区营业收入是多少？")  # a row of the table after the last city
    assert "30.2亿元" in row["answer"] and {c["region"] for c in row["citations"]} == {"丹东"}


def test_a_planned_measure_answers_how_dated_by_its_bulletin(tmp_path, embedding):
    settings = settings_under(tmp_path)
    first = {"鹤岗市": {"一、主要成效": ["（一）工业投资增长。一季度，全市开发区完成工业投资31.5亿元，同比增长9.6%。"],
                     "二、下步打算": ["（一）抓好项目。确保上半年工业投资增长7%以上。"]}}
    second = {"鹤岗市": {"一、主要成效": ["（一）工业投资增长。上半年，全市开发区完成工业投资66.1亿元，同比增长8.2%。"]}}
    _html(settings.docs_dir / "2025-04-a.html", first, "编者按：2025年一季度工作情况摘编如下。", "2025年第1期")
    _html(settings.docs_dir / "2025-07-b.html", second, "编者按：2025年上半年工作情况摘编如下。", "2025年第2期")
    assert not IndexingPipeline(settings, embedding).run().errors
    qa = BulletinQA(settings, embedding)
    how = qa.ask("鹤岗怎样抓好项目？")  # 上半年 in a 一季度 issue: a plan, which answers how
    assert "确保上半年工业投资增长7%以上" in how["answer"]
    assert [c["period"] for c in how["citations"]] == ["2025年一季度"]


def test_the_same_city_line_again_is_a_running_header():
    text = "■鹤岗市\n一、主要成效\n（一）指标增长。营业收入86.5亿元。\n鹤岗市\n投资增长12%。\n■丹东市\n（一）外贸增长。"
    chunks = parse_sections(clean_text(text))
    assert [(c.region, c.section, c.item) for c in chunks] == [
        ("鹤岗", "主要成效", "（一）指标增长"), ("鹤岗", "主要成效", "（一）指标增长"), ("丹东", None, "（一）外贸增长")]


def test_cities_numbered_as_top_headings_have_bracketed_sections():
    text = ("一、鹤岗市\n（一）主要成效\n1.指标增长。营业收入86.5亿元。\n2.投资加快。工业投资12.1亿元。\n（二）下步打算\n"
            "1.抓项目。力争开工10个。\n二、丹东市\n（一）主要成效\n1.外贸增长。进出口20.3亿元。")
    chunks = parse_sections(clean_text(text))
    assert [(c.region, c.section, c.item) for c in chunks] == [
        ("鹤岗", "主要成效", "1.指标增长"), ("鹤岗", "主要成效", "2.投资加快"), ("鹤岗", "下步打算", "1.抓项目"),
        ("丹东", "主要成效", "1.外贸增长")]


def test_under_a_top_heading_a_bracketed_line_is_an_item():
    text = "■鹤岗市\n一、下步打算\n（一）抓好重点项目\n建立调度机制，确保开工10个。\n（二）强化要素保障\n盘活土地1200亩。"
    chunks = parse_sections(clean_text(text))
    assert {c.section for c in chunks} == {"下步打算"}
    assert [c.item for c in chunks] == ["（一）抓好重点项目"] * 2 + ["（二）强化要素保障"] * 2


def test_a_page_layout_starts_a_paragraph_at_a_city_line_and_a_numbered_item():
    block = [Line(50, 100, 450, 110, "全市开发区实现营业收入86.5亿元，同比增长8.4%，税收收入3.2亿元，同比增"),
             Line(50, 116, 450, 126, "长5.1%，占全市的比重提高到37.8%，较上年同期提高一点二个百分点，保持"),
             Line(50, 132, 450, 142, "■丹东市"),
             Line(50, 148, 450, 158, "1.对外贸易增长。全市开发区实现进出口总额20.3亿元，同比增长9.7%，其中出"),
             Line(50, 164, 450, 174, "口12.1亿元，进口8.2亿元，跨境电商交易额4.3亿元，同比增长44.7%，增速居"),
             Line(50, 180, 450, 190, "2.营业收入稳步提升。全市开发区实现营业收入30.2亿元。")]
    assert [p[:6] for p in paragraphs([block])] == ["全市开发区实", "■丹东市", "1.对外贸易", "2.营业收入"]


# ---- bulletins reported zone by zone (◆ XX开发区（XX市）) -----------------------------------------------------

ZONE_FIRST = ("◆ 榕溪高新技术产业开发区（榕溪市）\n（一）发展成效\n1. 规模扩大。2025年，榕溪高新区实现营业收入90.1亿元，"
              "同比增长6.2%，降幅较上半年收窄1.5个百分点；固定资产投资30.4亿元。\n（二）短板弱项\n"
              "①龙头偏少，超十亿元企业仅2家；②人才引进难；③转化率偏低。\n◆ 桐川市\n（一）发展成效\n"
              "1. 稳中有进。桐川市开发区营业收入50.2亿元，其中桐川农业科技园区营业收入8.3亿元。\n"
              "◆ 苇塘经济技术开发区（苇塘市）\n（一）发展成效\n1. 招商见效。全年签约项目12个。\n专栏：营商环境\n"
              "苇塘经开区推行“拿地即开工”，用时压缩至15个工作日。\n（二）短板弱项\n1. 配套率仍不足45%。\n"
              "◆ 桐川农业科技园区\n（一）发展成效\n1. 园区扩容。新建智能温室3.2万平方米。\n"
              "◆ 雁川市\n（一）发展成效\n1. 止跌回稳。2025年，雁川经开区实现营业收入40.7亿元。\n2. 梯队壮大。入驻企业568家。\n"
              "报：省政府办公厅 送：各市商务局\n某省商务厅 2026年1月22日印发")


def _zone_first_chunks() -> list:
    return parse_sections(clean_text(ZONE_FIRST))


def test_a_zone_entry_opens_the_region_of_the_city_in_its_brackets():
    assert zone_of_line("◆ 榕溪高新技术产业开发区（榕溪市）") == ("榕溪高新技术产业开发区", "榕溪")
    assert zone_of_line("◆ 榕溪临港产业园（榕溪市）") == ("榕溪临港产业园", "榕溪")
    assert zone_of_line("◆ 典型案例（榕溪市）") is None and zone_of_line("◆ 全省开发区") is None
    assert zone_of_line("榕溪经开区") is None  # undecorated, a zone's name alone is no heading
    chunks = {c.text[:6]: c for c in _zone_first_chunks()}
    # the entry's chunks name the zone as its text writes it (榕溪高新区)
    assert (chunks["1. 规模扩"].region, chunks["1. 规模扩"].zone) == ("榕溪", "榕溪高新区")
    assert chunks["1. 稳中有"].region == "桐川"
    # the zone entry after a city's own entry belongs to the city in its brackets, not to that city
    assert (chunks["1. 招商见"].region, chunks["1. 招商见"].zone) == ("苇塘", "苇塘经开区")
    # a zone entry naming no city: the region whose text names the zone
    assert (chunks["1. 园区扩"].region, chunks["1. 园区扩"].zone) == ("桐川", "桐川农业科技园区")
    # a city's entry among zones' reports through the zone of its name it is about; not the city's zones as a whole
    assert (chunks["2. 梯队壮"].region, chunks["2. 梯队壮"].zone) == ("雁川", "雁川经开区")
    assert chunks["1. 稳中有"].zone is None


def test_zone_entries_keep_items_sections_and_the_footer_apart():
    chunks = {c.text[:6]: c for c in _zone_first_chunks()}
    assert [chunks[t].item for t in ("①龙头偏少，", "②人才引进难", "③转化率偏低")] == ["①龙头偏少", "②人才引进难", "③转化率偏低"]
    assert chunks["1. 配套率"].item == "1. 配套率仍不足45%"  # `1. 某某。` is an item, not a table row
    assert chunks["苇塘经开区推"].item == "专栏：营商环境" and "专栏：营商" not in chunks
    footer = chunks["报：省政府办"]
    assert (footer.region, footer.section, footer.item) == (None, None, None)


def test_the_period_reported_is_the_year_the_text_names_not_the_issues(tmp_path):
    path = tmp_path / "2026-01-dongtai-di1qi.html"
    body = "".join(f"<p>{line}</p>" for line in ZONE_FIRST.split("\n"))
    path.write_text(f"<html><head><title>某省开发区动态（2026年第1期）</title></head><body><p>本期摘编2025年全年（1-12月）"
                    f"工作情况。</p>{body}</body></html>", encoding="utf-8")
    chunks, doc = chunk_document(load_file(path), path.name)
    assert (doc["issue"], doc["period"]) == ("2026年第1期", "2025年全年")
    facts = {f["figure"]: f["period"] for f in extract_facts(chunks)}
    assert facts["30.4亿元"] == "2025年全年"  # 较上半年: the period compared with is not the figure's


def test_a_zone_entry_answers_for_its_zone_though_its_sentences_do_not_name_it(tmp_path, embedding):
    settings = settings_under(tmp_path)
    path = settings.docs_dir / "2026-01-dongtai.html"
    path.write_text("<html><head><title>某省开发区动态（2026年第1期）</title></head><body>"
                    + "".join(f"<p>{line}</p>" for line in ZONE_FIRST.split("\n")) + "</body></html>", encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    signed = BulletinQA(settings, embedding).ask("苇塘经开区签约项目多少个？")
    assert "12个" in signed["answer"] and {c["region"] for c in signed["citations"]} == {"苇塘"}


def test_a_city_with_a_zones_own_name_is_one_zone_not_the_citys_zones():
    corpus = Corpus.from_chunks([{"text": "榕溪高新区营业收入90.1亿元。", "region": "榕溪", "doc": "a"}])
    assert city_zones("榕溪开发区", corpus)  # the city's zones as a whole
    assert not city_zones("榕溪临港产业园", corpus) and not city_zones("榕溪经开区", corpus)
