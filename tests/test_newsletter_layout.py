"""A newsletter's layout (invented places and figures): a three-column PDF printed by the real Chromium whose city
articles are headed `城市：标题`, with a key-figure box (a big figure, its small label under or over it) and a boxed
case set into its column; a WeChat page whose sections are titled the same way. A headline opens its city's part only
when the document lists that place (its zones are named after it); a paragraph on the whole province after the last
article is no city's."""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.bulletin_files import print_pdf
from index.layout import Line
from index.layout_tables import read_tables
from index.loaders import load_file
from index.news_items import city_of_headline, headline_places
from index.pipeline import chunk_document
from tests.conftest import CHROMIUM, index_files

DIGITS = [("1836.2亿元", "全省开发区营业收入"), ("57.9亿元", "蓠江新材料园区营业收入"), ("9.6%", "蓠江新材料园区营业收入同比增长")]
ARTICLES = [("蕲原：两区齐头并进", ["蕲原经济技术开发区一季度实现营业收入204.7亿元，同比增长6.9%；新签约亿元以上项目11个，总投资"
                               "88.3亿元，一批项目实现当年签约当年开工，园区综合承载能力进一步提升，服务企业水平持续提高。",
                               "蕲原高新区一季度实现营业收入133.1亿元，同比增长8.4%。"]),
            ("桦浦：外贸稳中有升", ["桦浦经开区一季度完成进出口总额36.5亿元，同比增长10.2%。",
                                "下一步，桦浦经开区将办好跨境电商产业对接会。"])]
CASE = ("专栏2　经验做法", "蕲原高新区以“揭榜挂帅”破解共性技术难题",
        "蕲原高新区推行“揭榜挂帅”，发布技术需求榜单26项，促成校企合作项目14个，带动企业新增研发投入3.7亿元。")
CLOSING = "二季度，全省开发区将聚焦项目建设，开展“项目攻坚月”活动，确保上半年营业收入增长6%以上。"


def _newsletter() -> str:
    digits = "".join(f"<div class=fig><div class=big>{v}</div><div class=small>{k}</div></div>" for v, k in DIGITS)
    flow = ["<h2>一季度全省开发区运行良好</h2>", "<p>1-3月，全省开发区实现营业收入1836.2亿元，同比增长5.8%。</p>",
            f"<div class=digits><div class=dtitle>数读一季度</div>{digits}</div>"]
    for headline, paras in ARTICLES:
        flow += [f"<h3>{headline}</h3>"] + [f"<p>{p}</p>" for p in paras]
        if headline.startswith("蕲原"):
            flow.append(f"<div class=box><div class=boxlabel>{CASE[0]}</div><h4>{CASE[1]}</h4><p>{CASE[2]}</p></div>")
    flow.append(f"<p>{CLOSING}</p>")
    return ("<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:14mm 13mm}"
            "body{font-family:'Noto Serif CJK SC',serif;font-size:10.5pt;line-height:1.65;margin:0}"
            ".cols{column-count:3;column-gap:6mm} h2{font-size:14pt} h3{font-size:12pt;margin:3mm 0 1mm}"
            "p{text-indent:2em;text-align:justify;margin:0 0 1.5mm} h4{margin:1mm 0;font-size:11pt}"
            ".box{border:1.5px solid #00f;padding:2mm 3mm;margin:3mm 0;break-inside:avoid}"
            ".boxlabel{display:inline-block;font-size:9.5pt}"
            ".digits{border:2px solid #b00;padding:2mm;margin:3mm 0;text-align:center;break-inside:avoid}"
            ".dtitle{font-weight:bold;font-size:12pt} .fig{margin:2mm 0} .big{font-size:20pt;line-height:1.2}"
            f".small{{font-size:8.5pt}}</style></head><body><div class=cols>{''.join(flow)}</div></body></html>")


@pytest.fixture(scope="module")
def newsletter(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("newsletter") / "2026-04-gongzuo-jianbao.pdf"
    print_pdf(_newsletter(), out, CHROMIUM)
    return out


def test_key_figure_box_reads_label_and_figure_as_one_line(newsletter):
    lines = load_file(newsletter).text.split("\n")
    for value, label in DIGITS:
        assert f"{label}{value}。" in lines
    assert "数读一季度" in lines  # the box's title labels no figure


def test_stacked_card_takes_the_label_over_its_figure_when_that_one_is_nearer():
    rows = [Line(80, 100, 150, 109, "规上工业企业"), Line(70, 112, 160, 134, "1,204家"),
            Line(75, 150, 155, 159, "实际使用外资"), Line(70, 162, 160, 184, "2.17亿美元")]
    assert [ln.text for ln in read_tables(rows, 10.5)] == ["规上工业企业1,204家。", "实际使用外资2.17亿美元。"]


def test_headlines_open_their_cities_and_the_box_keeps_its_title_whole(newsletter):
    chunks, _ = chunk_document(load_file(newsletter), newsletter.name)
    region_of = {c["text"]: c["region"] for c in chunks}
    for headline, paras in ARTICLES:
        for para in paras:
            assert region_of[next(t for t in region_of if para[10:30] in t)] == headline[:2]
    body = next(c for c in chunks if c["text"] == CASE[2])  # the case's title, whole, is its text's item (index.boxes)
    assert (body["region"], body["item"], body["section"]) == ("蕲原", CASE[1], f"{CASE[0]} {CASE[1]}".replace("　", " "))
    assert CASE[1] not in region_of
    assert region_of[CLOSING] is None  # the whole province's next quarter, after the last article
    cards = {c["text"]: c["region"] for c in chunks if c["text"].startswith(tuple(k for _, k in DIGITS))}
    assert cards == {f"{k}{v}。": ("蓠江" if k.startswith("蓠江") else None) for v, k in DIGITS}  # by the zone named


def test_a_headline_opens_a_city_only_when_the_document_lists_that_place():
    text = "蕲原经济技术开发区一季度实现营业收入204.7亿元。桦浦经开区完成进出口总额36.5亿元。"
    places = headline_places(text)
    assert city_of_headline("蕲原：两区齐头并进", places) == "蕲原"
    assert city_of_headline("桦浦：外贸稳中有升", places) == "桦浦"
    for line in ("亮点：项目建设提速", "专栏：营商环境持续优化", "编辑：林晓", "蕲原：一季度实现营业收入204.7亿元，同比增长6.9%。",
                 "全省：开发区运行良好", "高新区：创新动能集聚"):
        assert city_of_headline(line, places) is None


WECHAT = """<html><head><meta charset="utf-8"><title>数说一季度｜全省开发区开局良好</title></head><body>
<div id="js_content"><section><p>一季度，全省开发区实现营业收入<strong>1836.2亿元</strong>，同比增长5.8%。</p></section>
<section style="border-radius:16px;background:#0b3d91;color:#fff"><span>蕲原：两区营收双增</span></section>
<section><p>一季度，蕲原经济技术开发区实现营业收入<strong><span style="color:#b00">204.7亿元</span></strong>，同比增长6.9%。</p></section>
<section style="border-radius:16px;background:#0b3d91;color:#fff"><span>亮点：新业态加速成长</span></section>
<section><p>跨境电商进出口额<strong>12.4亿元</strong>，同比增长31.0%。</p></section>
<section style="border-radius:16px;background:#0b3d91;color:#fff"><span>桦浦：外贸稳中有升</span></section>
<section><p>桦浦经开区一季度完成进出口总额<strong>36.5亿元</strong>，同比增长10.2%。</p></section>
<section><p>二季度，全省开发区将聚焦项目建设，确保上半年营业收入增长6%以上。</p></section>
</div></body></html>"""


def test_wechat_section_titles_open_their_cities_and_a_whole_paragraph_closes_the_last(tmp_path, embedding):
    qa = index_files(tmp_path, {"2026-04-weixin.html": WECHAT}, embedding)
    region_of = {c["text"]: c["region"] for c in qa.snapshot.chunks}
    assert region_of[next(t for t in region_of if "204.7亿元" in t)] == "蕲原"
    assert region_of[next(t for t in region_of if "12.4亿元" in t)] == "蕲原"  # 亮点： is no place: still 蕲原's part
    assert region_of[next(t for t in region_of if "36.5亿元" in t)] == "桦浦"
    assert region_of[next(t for t in region_of if "二季度，全省开发区将" in t)] is None
    answer = qa.ask("一季度桦浦经开区进出口总额多少？")
    assert "36.5亿元" in answer["answer"] and {c["region"] for c in answer["citations"]} == {"桦浦"}
    asked = qa.ask("公众号推文里桦浦经开区一季度进出口总额是多少？")  # where the issue was put out: no term of it
    assert not asked["abstained"] and "36.5亿元" in asked["answer"]


PLANS_ONLY = """开发区工作简报
2026年第2期
一、蕲原市
蕲原经开区上半年实现营业收入204.7亿元，同比增长6.9%。
下一步工作：
1.举办跨境电商产业对接会，签约项目12个以上。
2.推进标准厂房二期建设。
二、桦浦市
桦浦经开区上半年完成进出口总额36.5亿元，同比增长10.2%。
下一步：
1.推动保税维修业务扩量。
三、下一步工作安排
1.开展开发区综合发展水平评价。
"""


def test_plans_are_found_where_every_heading_of_the_corpus_is_a_plan(tmp_path, embedding):
    """下一步 / 下一步工作 / 下一步工作安排 are the only headings: 下一步 names what they tell, no word every heading shares."""
    qa = index_files(tmp_path, {"2026-07-jianbao.txt": PLANS_ONLY}, embedding)
    answer = qa.ask("蕲原上半年下一步工作有哪些？")
    assert "跨境电商产业对接会" in answer["answer"] and "标准厂房二期" in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"蕲原"}
