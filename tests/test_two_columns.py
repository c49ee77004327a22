"""Two-column pages read in the right order: each column of a band whole, left before right, bands top down.

Small invented bulletins (places and figures made up here) are printed by headless Chromium with the layouts
bulletins arrive in: column runs parted by full-width elements (a heading, a caption, a borderless table), columns
of unequal length, a zone heading at the bottom of the left column whose text starts the right one, a footer under
both columns; then each page is rendered to an image-only PDF and read by OCR (results kept in pytest's cache).
A paragraph read whole (its sentences in one run of text) is the test: interleaved columns cut every paragraph.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from evals.bulletin_files import print_pdf, scan_pdf
from index.loaders import load_file
from index.ocr import OcrReader
from tests.conftest import CHROMIUM

STYLE = """@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; line-height: 1.7; }
h1 { text-align: center; font-size: 20pt; } h2 { font-size: 13pt; margin: 10pt 0 4pt 0; }
h3 { font-size: 11.5pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 4pt 0; text-indent: 2em; text-align: justify; }
p.caption { font-weight: bold; text-indent: 0; text-align: center; margin-top: 10pt; }
.cols { column-count: 2; column-gap: 9mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 9mm; align-items: start; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; margin-bottom: 8pt; }
td { border: none; padding: 3pt 6pt; text-align: right; white-space: nowrap; }
td:first-child { text-align: left; }
.foot { border-top: 1px solid #333; margin-top: 14pt; font-size: 9.5pt; }
.foot p { text-indent: 0; margin: 0; }"""

OVERVIEW = ("上半年，全市开发区主要指标总体平稳，实现营业收入1836.5亿元，同比增长7.2%；固定资产投资265.4亿元，"
            "同比增长6.1%；实际利用外资2.87亿美元，同比增长9.8%；进出口总额316.2亿元，同比增长8.4%。")
ZONE_A = [("h3", "（一）霁川经济开发区（霁川县）"),
          ("p", "上半年，霁川经开区实现营业收入612.4亿元，同比增长8.3%，总量居全市开发区第1位；规上工业增加值"
                "同比增长7.7%；固定资产投资88.6亿元，同比增长9.2%；实际利用外资9320万美元，同比增长15.6%。"),
          ("p", "5月12日，霁川经开区年产20万台智能家电项目开工建设，总投资36亿元，计划明年底前建成投产，达产后"
                "年产值约80亿元；园区新增规上工业企业11家，累计达到238家，其中高新技术企业96家。"),
          ("p", "下一步，霁川经开区将力争三季度新开工亿元以上项目12个，加快推进智能家电产业园二期建设，"
                "组织赴长三角开展产业链招商活动三次以上，确保全年营业收入增长8%以上。")]
ZONE_B = [("h3", "（二）棠岭高新技术产业开发区（棠岭区）"),
          ("p", "1-6月，棠岭高新区实现营业收入433.9亿元，同比增长10.7%，增速居全市开发区第1位；研发投入强度"
                "4.3%；新增高新技术企业27家，累计达到311家；技术合同成交额18.6亿元，同比增长21.4%。"),
          ("p", "4月18日，棠岭高新区激光器件产业园一期投用，标准厂房面积6.8万平方米，已入驻企业14家；"
                "园区科技企业孵化器获评省级优秀孵化器，在孵企业达到126家。"),
          ("p", "目前，棠岭高新区科技型中小企业融资难问题仍较突出，首贷获得率不足三成；高层次人才引进难，"
                "人才公寓供给不足，用工缺口约500-700人。")]
ZONE_C = [("h3", "（三）蒲汀工业园区（蒲汀县）"),
          ("p", "上半年，蒲汀园区实现营业收入184.2亿元，同比下降1.6%，降幅比1-5月收窄0.9个百分点；"
                "固定资产投资27.3亿元，同比增长12.8%；税收收入6.45亿元，同比增长3.3%。"),
          ("p", "6月26日，蒲汀园区污水处理厂提标改造工程完成，日处理能力提高到3万吨；园区与枫渚港签订"
                "港园联动合作协议，新增集装箱航线两条，物流成本平均下降约一成。")]
TABLE = [("开发区", "营业收入（亿元）", "增速（%）", "固定资产投资（亿元）", "增速（%）"),
         ("霁川经开区", "612.4", "8.3", "88.6", "9.2"),
         ("棠岭高新区", "433.9", "10.7", "62.1", "7.5"),
         ("蒲汀园区", "184.2", "-1.6", "27.3", "12.8")]
CLOSING = [("h3", "四、下步工作安排"),
           ("p", "下一步，市商务局将一是7月下旬开展开发区半年度综合评价；二是推进开发区亩均效益评价全覆盖；"
                 "三是组织赴深圳、苏州开展产业链招商，力争全年新签约亿元以上项目160个、总投资1100亿元以上。"),
           ("p", "同时，市商务局将会同市发展改革委、市自然资源和规划局建立开发区低效用地处置联席会议制度，"
                 "对批而未供、供而未用土地逐宗制定处置方案，力争年底前盘活低效用地1500亩以上；"
                 "推动各开发区完善企业服务专员制度，做到企业诉求一般事项3个工作日内回复、复杂事项15个工作日内办结。")]
FOOT = ["报送：市委办公室、市政府办公室", "抄送：各县（区）人民政府，市直有关部门"]


def _tags(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(f"<{tag}>{html.escape(text)}</{tag}>" for tag, text in blocks)


def _table() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in TABLE)
    return f'<p class="caption">表1 上半年各开发区主要指标</p><table>{rows}</table>'


def _page(body: str) -> str:
    foot = "".join(f"<p>{html.escape(line)}</p>" for line in FOOT)
    return (f'<!doctype html><html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>'
            f'<h1>枫渚市开发区运行简报</h1><h2>一、全市开发区运行总体情况</h2><p>{html.escape(OVERVIEW)}</p>'
            f'{body}<div class="foot">{foot}</div></body></html>')


LAYOUTS = {
    # column runs parted by a zone heading across the page, then a caption and a borderless table across it
    "bands": _page(f'<h2>二、各开发区运行情况</h2><div class="cols">{_tags(ZONE_A)}</div>'
                   f'<h2>三、重点开发区</h2><div class="cols">{_tags(ZONE_B)}</div>{_table()}'),
    # a long left column beside a short right one, a table under both
    "unequal": _page(f'<div class="grid"><div>{_tags(ZONE_A + ZONE_B[:2])}</div><div>{_tags(ZONE_C)}</div></div>'
                     f'{_table()}'),
    # the left column ends with a zone's heading; its text starts the right column (level with the left, as a
    # column flows); the footer under both
    "heading-at-foot": _page(f'<div class="grid"><div>{_tags(ZONE_A + ZONE_B[:2] + ZONE_C[:1])}</div>'
                             f'<div>{_tags(ZONE_C[1:] + CLOSING)}</div></div>'),
}
EXPECTED = {  # the blocks each layout holds, in reading order
    "bands": ZONE_A + ZONE_B,
    "unequal": ZONE_A + ZONE_B[:2] + ZONE_C,
    "heading-at-foot": ZONE_A + ZONE_B[:2] + ZONE_C + CLOSING,
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("two-columns")
    out = {}
    for name, page in LAYOUTS.items():
        out[name] = folder / f"{name}.pdf"
        print_pdf(page, out[name], CHROMIUM)
        out[f"{name}-scan"] = folder / f"{name}-scan.pdf"
        scan_pdf(out[name], out[f"{name}-scan"])
    return out


@pytest.fixture(scope="module")
def ocr(request) -> OcrReader:
    return OcrReader(Path(request.config.cache.mkdir("bqa-ocr")))


def _flat(text: str) -> str:
    """The text without spaces and line breaks: a paragraph read whole is a substring of it."""
    return re.sub(r"\s+", "", text)


def _pages(printed: dict[str, Path], name: str, ocr: OcrReader) -> str:
    return load_file(printed[name], ocr=ocr).text


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_each_paragraph_of_a_column_is_read_whole_and_in_order(printed, ocr, name) -> None:
    text = _flat(_pages(printed, name, ocr))
    positions = [text.find(_flat(block)) for _, block in EXPECTED[name]]
    missing = [block[:20] for (_, block), at in zip(EXPECTED[name], positions) if at < 0]
    assert not missing, f"paragraphs cut by the other column: {missing}\n{text}"
    assert positions == sorted(positions), text


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_what_stands_across_the_page_is_read_between_the_column_runs(printed, ocr, name) -> None:
    text = _flat(_pages(printed, name, ocr))
    last_column = max(text.find(_flat(block)) for _, block in EXPECTED[name])
    assert text.find(_flat(OVERVIEW)) < text.find(_flat(EXPECTED[name][0][1])), "the overview comes first"
    assert text.find(_flat(FOOT[0])) > last_column, f"the footer comes after both columns:\n{text}"
    if "表1" in LAYOUTS[name]:
        assert text.find("表1") > last_column, "the table comes after the columns above it"


@pytest.mark.parametrize("name", ["bands", "unequal"])
def test_a_borderless_table_across_the_page_is_read_row_by_row(printed, ocr, name) -> None:
    lines = _pages(printed, name, ocr).splitlines()
    for row in TABLE[1:]:
        holding = [ln for ln in lines if ln.startswith(row[0])]
        assert holding and all(cell in holding[0] for cell in row[1:]), (row, holding)


# ---- the same pages scanned ------------------------------------------------------------------

# OCR may misread an ideograph, so the scans are checked by their figures (each with its unit, as written):
# a figure cut by the other column's line, or read from the wrong column, is not in one run with its neighbours.
def _figures(text: str) -> list[str]:
    return re.findall(r"\d[\d.\-]*(?:亿美元|万美元|亿元|个百分点|%|家|万平方米|万吨)", _flat(text))


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_scanned_page_reads_its_columns_in_order(printed, ocr, name) -> None:
    text = _pages(printed, f"{name}-scan", ocr)
    expected = [f for _, block in EXPECTED[name] for f in _figures(block)]
    got = _figures(text)
    # the column paragraphs' figures, in order, as one stretch of the page's figures
    joined, wanted = " ".join(got), " ".join(expected)
    assert wanted in joined, f"{wanted}\n{joined}\n{text}"
    assert _flat(text).find(FOOT[0][:2]) > _flat(text).rfind(expected[-1]), f"the footer comes last:\n{text}"
