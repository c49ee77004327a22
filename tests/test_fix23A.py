"""Reader faults of a province's 开发区 ledger, interview and report (places and figures invented here): a Word
table whose city cell is merged down over its zones' rows and their 小计, with two header rows (营业收入 over 本期 |
同比) and its unit in a line above (单位：亿元、%); a project table whose city is its second column, merged down
under a serial number."""
from __future__ import annotations

import docx

from index.facts import extract_facts
from index.loaders import load_file
from index.pipeline import chunk_document


def _merged_table(document, rows: list[list[str]], merges: list[tuple[int, int, int]]) -> None:
    """A table of `rows`; each (column, first row, last row) of `merges` one cell merged down."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    for col, first, last in merges:
        table.cell(first, col).merge(table.cell(last, col))


def _ledger(path):
    document = docx.Document()
    document.add_paragraph("1-9月，全省开发区实现营业收入2310.4亿元。")
    document.add_paragraph("表1 各市开发区主要指标")
    document.add_paragraph("单位：亿元、%")
    _merged_table(document, [
        ["市", "开发区", "营业收入", "", "固定资产投资"],
        ["", "", "本期", "同比", "完成率"],
        ["沅栖市", "沅栖经开区", "612.3", "8.4", "77.1"],
        ["", "沅栖高新区", "301.8", "6.2", "88.6"],
        ["", "小计", "914.1", "7.7", "80.2"],
        ["槿川市", "槿川经开区", "540.2", "5.1", "69.3"],
        ["", "槿川综保区", "120.6", "9.9", "91.4"],
        ["", "小计", "660.8", "5.9", "72.5"],
        ["合计", "", "1574.9", "7.0", "77.0"],
    ], [(0, 0, 1), (1, 0, 1), (0, 2, 4), (0, 5, 7)])
    document.add_paragraph("表2 省级重点项目推进台账")
    document.add_paragraph("单位：万元、%")
    _merged_table(document, [
        ["序号", "市", "项目名称", "1-9月完成", "完成率"],
        ["1", "沅栖市", "储能电池项目", "52300", "81.4"],
        ["2", "", "智能装备产业园项目", "27600", "64.2"],
        ["3", "槿川市", "冷链物流中心项目", "18800", "70.5"],
        ["4", "", "精密模具项目", "0", "0.0"],
    ], [(1, 1, 2), (1, 3, 4)])
    document.save(path)
    chunks, _ = chunk_document(load_file(path), path.name)
    return chunks


def test_rows_under_a_city_cell_merged_down_are_that_citys(tmp_path):
    chunks = _ledger(tmp_path / "2026-10-taizhang.docx")
    region_of = {figure: c["region"] for c in chunks for figure in ("301.8亿元", "914.1亿元", "120.6亿元", "660.8亿元")
                 if figure in c["text"]}
    assert region_of == {"301.8亿元": "沅栖", "914.1亿元": "沅栖", "120.6亿元": "槿川", "660.8亿元": "槿川"}
    total = next(c for c in chunks if "1574.9亿元" in c["text"])
    assert total["region"] is None  # the table's 合计 sums both cities


def test_a_city_in_the_second_column_under_a_serial_number_owns_its_projects(tmp_path):
    chunks = _ledger(tmp_path / "2026-10-taizhang.docx")
    region_of = {name: c["region"] for c in chunks
                 for name in ("储能电池项目", "智能装备产业园项目", "冷链物流中心项目", "精密模具项目") if name in c["text"]}
    assert region_of == {"储能电池项目": "沅栖", "智能装备产业园项目": "沅栖", "冷链物流中心项目": "槿川", "精密模具项目": "槿川"}
    row = next(c["text"] for c in chunks if "智能装备产业园项目" in c["text"])
    assert "27600万元" in row and "序号 2 " in row  # a serial number takes no unit
    facts = {f["figure"]: f for f in extract_facts(chunks)}
    assert facts["27600万元"]["entity"] == "智能装备产业园项目"  # the project names its row, not its city


def test_the_unit_line_gives_a_same_period_change_column_percent_and_two_header_rows_name_the_indicator(tmp_path):
    chunks = _ledger(tmp_path / "2026-10-taizhang.docx")
    facts = {f["figure"]: f for f in extract_facts(chunks)}
    assert "6.2%" in facts and "6.2亿元" not in facts  # 营业收入 over 同比: a change, in %
    assert facts["301.8亿元"]["entity"] == "沅栖高新区" and facts["301.8亿元"]["indicator"].startswith("营业收入")
    assert "本期" not in facts["301.8亿元"]["indicator"]  # 本期 is the amount itself


INTERVIEW = """<html><head><title>省商务厅就上半年开发区运行情况答记者问</title></head><body>
<p>记者：全省开发区上半年运行情况怎么样？</p>
<p>省商务厅副厅长乔立言：上半年，全省开发区实现营业收入2310.4亿元，同比增长7.5%。</p>
<p>记者：沅栖市开发区表现如何？</p>
<p>沅栖市商务局局长付晓川：好的。上半年，沅栖市三个开发区合计实现营业收入914.1亿元。其中沅栖经开区612.3亿元。全市开发区实际使用外资2.04亿美元，比去年同期翻了一番。</p>
<p>记者：其他几个市呢？</p>
<p>省商务厅副厅长乔立言：槿川市开发区实现营业收入660.8亿元，增长5.9%；苕溪市301.5亿元，增长6.6%。</p>
</body></html>"""


def test_an_officials_turn_is_the_city_it_names_or_the_city_of_the_office(tmp_path):
    path = tmp_path / "2026-07-da-jizhe-wen.html"
    path.write_text(INTERVIEW, encoding="utf-8")
    chunks, _ = chunk_document(load_file(path), path.name)
    region_of = {figure: c["region"] for c in chunks
                 for figure in ("914.1亿元", "2.04亿美元", "660.8亿元", "301.5亿元", "2310.4亿元") if figure in c["text"]}
    assert region_of == {"914.1亿元": "沅栖", "2.04亿美元": "沅栖", "660.8亿元": "槿川", "301.5亿元": "苕溪",
                         "2310.4亿元": None}  # the province's official speaks for the whole


REPORT = """<html><head><title>关于全省开发区发展情况的调研报告</title></head><body>
<p>二、主要成效</p>
<p>1.沅栖市。沅栖经开区和沅栖高新区两区上半年合计实现营业收入914.1亿元，同比增长7.7%，其中沅栖经开区612.3亿元、增长8.4%，沅栖高新区301.8亿元。</p>
<p>2.槿川市。槿川经开区与槿川综保区上半年合计实现营业收入660.8亿元，其中槿川经开区540.2亿元。</p>
</body></html>"""


def test_the_figure_of_two_zones_joined_as_one_subject_is_neither_zones(tmp_path):
    path = tmp_path / "2026-07-diaoyan-baogao.html"
    path.write_text(REPORT, encoding="utf-8")
    chunks, _ = chunk_document(load_file(path), path.name)
    facts = {f["figure"]: f for f in extract_facts(chunks)}
    assert facts["914.1亿元"]["entity"] not in ("沅栖高新区", "沅栖经开区") and facts["914.1亿元"]["region"] == "沅栖"
    assert facts["660.8亿元"]["entity"] not in ("槿川综保区", "槿川经开区")
    assert facts["612.3亿元"]["entity"] == "沅栖经开区" and facts["301.8亿元"]["entity"] == "沅栖高新区"
    # 其中 a zone's bare amount: of the indicator the sentence named before it
    assert facts["612.3亿元"]["indicator"] == facts["301.8亿元"]["indicator"] == facts["914.1亿元"]["indicator"] == "营业收入"
