"""What a bulletin sets apart from its running text (invented places and figures, real index): a key-figure box's
card placed by the zone its label names, a boxed case read as one passage, a note on how an indicator is counted
filed under the whole, a scan's misread place name written as the series writes it, and a WeChat image's `alt` never
answered (index/boxes.py, index/read_alike.py)."""
from __future__ import annotations

import pytest

from evals.bulletin_files import print_pdf
from index.boxes import card_place, whole_note
from index.pipeline import IndexingPipeline
from index.read_alike import restore_text
from qa.pipeline import BulletinQA
from tests.conftest import CHROMIUM, index_files, index_one, photographed_page, settings_under

CARDS = [("1836.2亿元", "全省开发区营业收入"), ("57.9亿元", "蓠江新材料园区营业收入"), ("9.6%", "蓠江新材料园区营业收入同比增长")]
ARTICLE = ("蕲原：两区齐头并进", "蕲原经济技术开发区一季度实现营业收入204.7亿元，同比增长6.9%；新签约亿元以上项目11个。")


def _box_page() -> str:
    cards = "".join(f"<div class=fig><div class=big>{v}</div><div class=small>{k}</div></div>" for v, k in CARDS)
    return ("<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:14mm 13mm}"
            "body{font-family:'Noto Serif CJK SC',serif;font-size:10.5pt;line-height:1.65;margin:0;width:60mm}"
            ".digits{border:2px solid #b00;padding:2mm;margin:3mm 0;text-align:center}"
            ".dtitle{font-weight:bold;font-size:12pt} .fig{margin:2mm 0} .big{font-size:20pt;line-height:1.2}"
            ".small{font-size:8.5pt} h3{font-size:12pt}</style></head><body>"
            "<h2>开发区工作简报</h2><p>2026年第1期</p><p>1-3月，全省开发区实现营业收入1836.2亿元，同比增长5.8%。</p>"
            f"<div class=digits><div class=dtitle>数读一季度</div>{cards}</div>"
            f"<h3>{ARTICLE[0]}</h3><p>{ARTICLE[1]}</p></body></html>")


@pytest.fixture(scope="module")
def box_index(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("box18"))
    print_pdf(_box_page(), settings.docs_dir / "2026-04-jianbao.pdf", CHROMIUM)
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def test_a_card_labelled_with_a_zone_is_the_place_the_zone_is_named_after(box_index):
    region_of = {c["text"]: c["region"] for c in box_index.snapshot.chunks}
    assert region_of["蓠江新材料园区营业收入57.9亿元。"] == "蓠江"  # no article of 蓠江: the card's own words
    assert region_of["蓠江新材料园区营业收入同比增长9.6%。"] == "蓠江"
    assert region_of["全省开发区营业收入1836.2亿元。"] is None  # the whole's card names no zone
    answer = box_index.ask("一季度蓠江新材料园区营业收入多少？")
    assert "57.9亿元" in answer["answer"] and {c["region"] for c in answer["citations"]} == {"蓠江"}


def test_card_place_reads_the_label_never_a_sentence_or_the_whole():
    assert card_place("蓠江新材料园区营业收入57.9亿元。", []) == "蓠江"
    assert card_place("蕲原高新区营业收入133.1亿元。", ["蕲", "蕲原"]) == "蕲原"  # the document's region, longest
    assert card_place("全省开发区营业收入1836.2亿元。", []) is None
    assert card_place("营业收入57.9亿元。", []) is None
    assert card_place("其中蓠江新材料园区营业收入57.9亿元；蕲原高新区营业收入133.1亿元。", []) is None
    assert card_place("蓠江新材料园区一季度集装箱吞吐量超10万标箱，同比增长22.4%。", []) is None  # a sentence of a news item


CASE = """开发区工作简报
2026年第1期
一、蕲原市
蕲原经开区一季度实现营业收入204.7亿元，同比增长6.9%。
专栏2　经验做法
蕲原高新区以“揭榜挂帅”破解共性技术难题
园区推行“揭榜挂帅”，发布技术需求榜单26项，促成校企合作项目14个，带动企业新增研发投入3.7亿元。
二、桦浦市
桦浦经开区一季度完成进出口总额36.5亿元，同比增长10.2%。
"""


TITLE = "蕲原高新区以“揭榜挂帅”破解共性技术难题"


@pytest.fixture(scope="module")
def case_index(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("case18"), "2026-04-jianbao.txt", CASE, embedding)


def test_a_box_label_its_title_and_its_text_are_one_passage(case_index):
    chunks = case_index.snapshot.chunks
    assert not [c for c in chunks if c["text"].startswith(("专栏2", "蕲原高新区以"))]  # no chunk of a label or title
    body = next(c for c in chunks if "26项" in c["text"])
    assert (body["region"], body["section"], body["item"]) == ("蕲原", f"专栏2 经验做法 {TITLE}", TITLE)
    asked = case_index.ask("蕲原高新区是怎么用揭榜挂帅破解共性技术难题的？")
    assert "26项" in asked["answer"] and {c["region"] for c in asked["citations"]} == {"蕲原"}


def test_a_box_label_under_an_open_section_is_its_item():
    from index.structure import clean_text, parse_sections
    text = "工作亮点\n专栏：营商环境\n蕲原高新区推行“拿地即开工”，今年已有26个项目享受该模式。\n"
    body = next(c for c in parse_sections(clean_text(text)) if "26个" in c.text)
    assert (body.section, body.item) == ("工作亮点", "专栏：营商环境")


NOTES = """开发区信息专报
2026年第6期
一、蕲原市
蕲原经开区上半年实际使用外资1.63亿美元，同比增长12.1%。
注：实际使用外资按商务部外资统计口径，不含外商投资企业境内再投资，下同。
二、桦浦市
桦浦经开区上半年实际使用外资0.82亿美元，同比增长5.0%。
注：桦浦经开区数据为快报数。
"""


def test_a_note_on_how_an_indicator_is_counted_is_the_wholes_one_naming_a_place_stays(tmp_path, embedding):
    qa = index_one(tmp_path, "2026-07-zhuanbao.txt", NOTES, embedding)
    region_of = {c["text"]: c["region"] for c in qa.snapshot.chunks}
    assert region_of["注：实际使用外资按商务部外资统计口径，不含外商投资企业境内再投资，下同。"] is None
    assert region_of["注：桦浦经开区数据为快报数。"] == "桦浦"
    assert region_of[next(t for t in region_of if "1.63亿美元" in t)] == "蕲原"


def test_whole_note_reads_what_the_note_says():
    assert whole_note("注：规上工业增加值按可比价格计算。", ["蕲原"])
    assert not whole_note("注：蕲原经开区数据为快报数。", ["蕲原"])  # names a place
    assert not whole_note("注：图为园区新建厂房。", [])  # says nothing of how a figure is counted
    assert not whole_note("实际使用外资按商务部口径统计。", [])  # a sentence, no note


WRITTEN = """芦阳市开发区工作专报
上半年
蒹塘市：蒹塘港物流园集装箱吞吐量21.4万标箱，同比增长17.2%。
芦水区：芦水经开区实现营业收入98.1亿元。
"""


def test_a_scan_writes_a_misread_place_as_the_series_writes_it(tmp_path_factory, embedding):
    settings = settings_under(tmp_path_factory.mktemp("misread18"))
    (settings.docs_dir / "2025-07-brief.txt").write_text(WRITTEN, encoding="utf-8")
    photographed_page(settings.docs_dir / "2025-10-brief.jpg",  # the photograph writes 兼塘 for 蒹塘
                      ["二、亮点工作", "兼塘市：兼塘港物流园开通海铁联运班列，集装箱吞吐量32.6万标箱。"])
    assert not IndexingPipeline(settings, embedding).run().errors
    qa = BulletinQA(settings, embedding)
    scanned = next(c for c in qa.snapshot.chunks if c["doc"].endswith(".jpg") and "32.6" in c["text"])
    assert "蒹塘港物流园" in scanned["text"] and "兼塘" not in scanned["text"]
    assert "蒹塘港物流园" in next(f for f in qa.snapshot.facts if f["figure"] == "32.6万标箱")["quote"]
    answer = qa.ask("哪个园区开通了海铁联运班列？")
    assert answer["short"] == "蒹塘港物流园" and "蒹塘港物流园" in answer["citations"][0]["quote"]


def _chunk(cid: str, doc: str, region: str | None, text: str, ocr: bool) -> dict:
    return {"id": cid, "doc": doc, "region": region, "text": text, "ocr": ocr}


def test_a_zones_own_part_restores_the_zone_it_names_a_character_off():
    part = [_chunk("1", "a.pdf", "苕峪经开区", "1-3月，茗峪经开区实现营业收入168.5亿元。", True),
            _chunk("2", "a.pdf", "苕峪经开区", "茗峪县绿色建材产业园获评省级绿色工业园区。", True)]
    facts = [{"chunk": "2", "quote": "茗峪县绿色建材产业园获评省级绿色工业园区"}]
    restore_text(part, facts, {})
    assert [c["text"][:8] for c in part] == ["1-3月，苕峪经", "苕峪县绿色建材产"] and facts[0]["quote"].startswith("苕峪县")
    typed = [_chunk("1", "a.pdf", "苕峪经开区", "1-3月，茗峪经开区实现营业收入168.5亿元。", False)]
    restore_text(typed, [], {})  # a text read from the file itself is never rewritten
    assert typed[0]["text"].startswith("1-3月，茗峪")
    two = [_chunk("1", "a.pdf", "苕峪经开区", "茗峪经开区营业收入16亿元。", True),
           _chunk("2", "b.txt", "茗峪经开区", "茗峪经开区营业收入4亿元。", False)]
    restore_text(two, [], {})  # a zone the series reports as a place of its own is no misreading
    assert two[0]["text"].startswith("茗峪")


WECHAT = """<html><head><meta charset="utf-8"><title>数说一季度｜全省开发区开局良好</title></head><body>
<div id="js_content"><section><p>一季度，全省开发区实现营业收入<strong>1836.2亿元</strong>，同比增长5.8%。</p>
<p>蕲原经济技术开发区实现营业收入<strong>204.7亿元</strong>，同比增长6.9%。</p>
<p><img src="table.png" alt="2026年一季度各市开发区主要指标一览表 蓠江新材料园区营业收入57.9亿元"></p>
<figure><img src="photo.jpg" alt="蓠江新材料园区"><figcaption>图为蓠江新材料园区新建厂房，一季度新入驻企业12家。</figcaption></figure>
<p>二季度，全省开发区将聚焦项目建设，确保上半年营业收入增长6%以上。</p></section>
</div></body></html>"""


def test_an_images_alt_is_never_answered_its_caption_is_read(tmp_path, embedding):
    qa = index_files(tmp_path, {"2026-04-weixin.html": WECHAT}, embedding)
    text = " ".join(c["text"] for c in qa.snapshot.chunks)
    assert "57.9" not in text and "一季度新入驻企业12家" in text
    answer = qa.ask("一季度蓠江新材料园区营业收入多少？")
    assert answer["abstained"] and "57.9" not in answer["answer"]
