"""A transcript's question turn is never the answer of a how question: the answer turn after it is. A scanned
project list's rows are read row by row, a merged city cell written in each row it spans, and its 续表 page goes on
with the first page's title and period.
Invented bulletins (蓼汀省, its cities, zones and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_TURNS = [
    "主持人：各位记者朋友，上午好！下面进入提问环节。",
    "【记者】蓼汀日报记者：问：项目落地遇到审批难题，怎么协调解决？",
    "柏松：答：全省推行“拿地即开工”专班服务，由开发区管委会牵头，审批事项7个工作日内办结。",
    "【记者】省电视台记者：问：开发区今年招商引资怎么开展？",
    "柏松：答：今年将组织“蓼汀招商月”活动，赴长三角开展产业链招商，力争签约项目超过80个。",
    "主持人：今天的新闻发布会到此结束，谢谢各位！",
]


def transcript_page(turns: list[str]) -> str:
    """An invented press conference's transcript saved from the web: its title, date and speaker turns."""
    title = "蓼汀省2026年一季度开发区经济运行情况新闻发布会"
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            "<p>发布时间：2026-04-20</p>" + "".join(f"<p>{t}</p>" for t in turns) + "</body></html>")


TRANSCRIPT = transcript_page(_TURNS)


@pytest.fixture(scope="module")
def transcript_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("pressB-turns"), {"2026-04-fabuhui-shilu.html": TRANSCRIPT},
                       embedding)


@pytest.mark.parametrize("question, told, asked", [
    ("项目落地遇到审批难题怎么协调解决", "拿地即开工", "审批难题，怎么协调"),
    ("开发区今年招商引资怎么开展的", "蓼汀招商月", "招商引资怎么开展"),
])
def test_a_how_question_is_answered_by_the_answer_turn(transcript_qa, question, told, asked):
    result = transcript_qa.ask(question)
    assert result["kind"] == "how" and not result["abstained"], result
    assert told in result["answer"] and asked not in result["answer"], result["answer"]
    assert told in result["citations"][0]["quote"]


# a scanned project list: ruled cells, text centred in them, the city cell merged over its zones' rows; page 2 a 续表
_WIDTHS = (90, 330, 330, 120, 210, 150)
_HEADER = (["序", "号"], ["项目名称"], ["所在开发区"], ["所在", "市"], ["总投资（亿", "元）"], ["进展"])
PAGE_ONE = [  # (serial, name lines, zone lines, city lines or None under a merged cell, investment, progress); rows
    ("1", ["智能网联汽车零部件", "项目"], ["榴溪经济技术开发", "区"], ["榴溪", "市"], "38.5", ["在建"]),
    ("2", ["高端装备产业园"], ["榴溪经济技术开发", "区"], None, "21.7", ["已投产"]),
    ("3", ["光电显示模组项目"], ["棠屿高新技术产业", "开发区"], ["棠屿", "市"], "44.2", ["在建"]),
]
PAGE_TWO = [
    ("4", ["跨境物流枢纽"], ["棠屿高新技术产业", "开发区"], ["棠屿", "市"], "16.9", ["前期"]),
    ("5", ["新型储能电池项目"], ["棠屿高新技术产业", "开发区"], None, "27.3", ["设备安", "装"]),
    ("6", ["冷链物流园"], ["棠屿高新技术产业", "开发区"], None, "12.4", ["在建"]),
]


def _ruled_page(path, above: list[str], rows: list[tuple], font) -> None:
    from PIL import Image, ImageDraw
    row_height, left, top = 112, 60, 90 + 60 * len(above)
    image = Image.new("RGB", (sum(_WIDTHS) + 2 * left, top + row_height * (len(rows) + 1) + 120), "white")
    draw = ImageDraw.Draw(image)
    for k, line in enumerate(above):
        draw.text((left + 300, 50 + 60 * k), line, font=font, fill="black")
    edges = [left + sum(_WIDTHS[:k]) for k in range(len(_WIDTHS) + 1)]

    def cell(column: int, y0: float, y1: float, lines: list[str]) -> None:
        for k, line in enumerate(lines):
            width = draw.textlength(line, font=font)
            y = (y0 + y1) / 2 - 20 * len(lines) + 40 * k
            draw.text(((edges[column] + edges[column + 1] - width) / 2, y), line, font=font, fill="black")
    for column, lines in enumerate(_HEADER):
        cell(column, top, top + row_height, lines)
    spans = []  # the city cell of each run of rows it is merged over
    for k, (serial, name, zone, city, figure, progress) in enumerate(rows):
        y0 = top + row_height * (k + 1)
        for column, lines in enumerate([[serial], name, zone, None, [figure], progress]):
            if lines:
                cell(column, y0, y0 + row_height, lines)
        if city:
            spans.append([city, y0, y0 + row_height])
        else:
            spans[-1][2] = y0 + row_height
    for city, y0, y1 in spans:
        cell(3, y0, y1, city)
        draw.line((edges[3], y1, edges[4], y1), fill="black", width=2)
    bottom = top + row_height * (len(rows) + 1)
    for k in range(len(rows) + 2):  # row rules, but across the merged city cells
        y = top + row_height * k
        draw.line((edges[0], y, edges[3], y), fill="black", width=2)
        draw.line((edges[4], y, edges[-1], y), fill="black", width=2)
    draw.line((edges[3], top, edges[4], top), fill="black", width=2)
    draw.line((edges[3], top + row_height, edges[4], top + row_height), fill="black", width=2)
    for x in edges:
        draw.line((x, top, x, bottom), fill="black", width=2)
    image.save(path)


def scanned_list_pages(docs_dir, title: str, page_one: list[tuple], page_two: list[tuple]) -> None:
    """A project list scanned one PNG a page: its title and period over page 1, page 2 a 续表."""
    from PIL import ImageFont
    from tests.conftest import NOTO_SERIF
    font = ImageFont.truetype(NOTO_SERIF, 28)
    _ruled_page(docs_dir / "2026-10-zhongdian-xiangmu-qingdan-p1.png", [title, "（截至2026年9月底）"], page_one, font)
    _ruled_page(docs_dir / "2026-10-zhongdian-xiangmu-qingdan-p2.png", ["续表"], page_two, font)


def index_scanned_list(root, embedding, title: str, page_one: list[tuple], page_two: list[tuple]) -> BulletinQA:
    """A real index under `root` of the two scanned pages, and the QA over it."""
    from tests.conftest import settings_under
    from index.pipeline import IndexingPipeline
    settings = settings_under(root)
    scanned_list_pages(settings.docs_dir, title, page_one, page_two)
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


@pytest.fixture(scope="module")
def scanned_list(tmp_path_factory, embedding) -> BulletinQA:
    return index_scanned_list(tmp_path_factory.mktemp("pressB-scan"), embedding, "蓼汀省开发区重点项目清单", PAGE_ONE,
                              PAGE_TWO)


@pytest.mark.parametrize("name, figure, region", [
    ("高端装备产业园", "21.7亿元", "榴溪"),  # under the city cell merged over it
    ("汽车", "38.5亿元", "榴溪"),  # its name wrapped in its cell (零部件 OCR may misread)
    ("新型储能电池项目", "27.3亿元", "棠屿"),  # on the 续表 page, under a merged cell
])
def test_a_scanned_project_row_is_read_whole_in_its_city_and_period(scanned_list, name, figure, region):
    rows = [c for c in scanned_list.snapshot.chunks if name in c["text"]]
    assert len(rows) == 1, [c["text"] for c in scanned_list.snapshot.chunks]
    row = rows[0]
    assert f"总投资 {figure}" in row["text"] and "项目名称" not in row["text"], row["text"]
    assert f"所在市 {region}市" in row["text"] and row["period"] == "2026年前三季度", row
    facts = [f for f in scanned_list.snapshot.facts if f["chunk"] == row["id"]]
    assert [(f["figure"], f["period"]) for f in facts] == [(figure, "2026年前三季度")]
