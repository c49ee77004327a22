"""Tests for index.loaders with real files (fixtures in tests/data/loaders, others built in tmp_path): the formats it
reads; the files it refuses are tests/test_unusable_files.py."""
from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import pytest

from index.loaders import (DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, LoadedFile, LoadError,
                           load_file)

DATA = Path(__file__).parent / "data" / "loaders"

ROW_1 = "祁县经开区 规模以上工业增加值 12.3亿元 同比增长 8.1%。"
ROW_2 = "太谷经开区 规模以上工业增加值 9.8亿元 同比增长 6.5%。"


def _error(path: Path, **kwargs) -> str:
    with pytest.raises(LoadError) as info:
        load_file(path, **kwargs)
    return str(info.value)


def test_public_constants() -> None:
    assert SUPPORTED_SUFFIXES == frozenset({".txt", ".md", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm",
                                            ".png", ".jpg", ".jpeg", ".tif", ".tiff"})
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


# ---- text files ------------------------------------------------------------------------------

def test_gbk_txt_decodes_chinese_and_normalises_newlines() -> None:
    path = DATA / "gbk_report.txt"
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really GBK, not UTF-8
    loaded = load_file(path)
    assert isinstance(loaded, LoadedFile)
    assert loaded.path == path and loaded.title is None
    assert loaded.text == ("祁县2024年1-3月经济运行情况\n\n全县地区生产总值70.3亿元，同比增长5.2%。\n"
                           "新型储能项目规模500MW/1000MWh，规模以上工业增加值增长8.1%。\n")


def test_utf8_bom_txt_strips_bom_and_keeps_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "一季度 70.3亿元\r\n1-3月　增长５％\r500MW/1000MWh".encode("utf-8"))
    assert load_file(path).text == "一季度 70.3亿元\n1-3月　增长５％\n500MW/1000MWh"


def test_plain_utf8_txt_is_unchanged(tmp_path: Path) -> None:
    text = "  第一段，含  两个空格。\n\n\n第二段：70.3亿元（1-3月）\n"
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    assert load_file(path).text == text


def test_path_with_spaces_and_chinese(tmp_path: Path) -> None:
    folder = tmp_path / "公报 文件夹 2024"
    folder.mkdir()
    path = folder / "祁县 统计 公报.TXT"
    path.write_text("全县人口 25.1万人。", encoding="utf-8")
    assert load_file(path).text == "全县人口 25.1万人。"


# ---- markdown --------------------------------------------------------------------------------

def test_md_pipe_table_becomes_row_sentences(tmp_path: Path) -> None:
    path = tmp_path / "报告.md"
    path.write_text(
        "# 2024年一季度开发区运行情况\n"
        "\n"
        "各开发区情况如下：\n"
        "| 开发区 | 规模以上工业增加值 | 同比增长 |\n"
        "|:------|------:|:---:|\n"
        "| 祁县经开区 | 12.3亿元 | 8.1% |\n"
        "| 太谷经开区 | 9.8亿元 | 6.5% |\n"
        "| 平遥工业园 |  | 2.0% |\n"
        "## 二、下一步\n"
        "储能 500MW/1000MWh。\n",
        encoding="utf-8")
    loaded = load_file(path)
    assert loaded.title == "2024年一季度开发区运行情况"
    assert loaded.text == (
        "2024年一季度开发区运行情况\n\n各开发区情况如下：\n\n"  # a heading's marks go: its line is the heading
        f"{ROW_1}\n\n{ROW_2}\n\n平遥工业园 同比增长 2.0%。\n\n"
        "二、下一步\n储能 500MW/1000MWh。\n")


def test_md_without_heading_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("正文 a|b 不是表格。\n", encoding="utf-8")
    loaded = load_file(path)
    assert loaded.title is None and loaded.text == "正文 a|b 不是表格。\n"


# ---- docx ------------------------------------------------------------------------------------

def _make_docx(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "祁县2024年一季度经济运行"
    document.add_paragraph("一、总体情况")
    document.add_paragraph("全县地区生产总值70.3亿元，同比增长5.2%。")
    document.add_paragraph("")  # empty paragraphs are dropped
    table = document.add_table(rows=4, cols=3)
    for row, values in zip(table.rows, [("开发区", "规模以上工业增加值", "同比增长"),
                                        ("祁县经开区", "12.3亿元", "8.1%"),
                                        ("太谷经开区", " 9.8亿元 ", "6.5%"),
                                        ("平遥工业园", "", "2.0%")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("二、储能项目500MW/1000MWh。")
    notes = document.add_table(rows=2, cols=1)
    notes.cell(0, 0).text = "注：数据为初步统计"
    notes.cell(1, 0).text = "来源 统计局"
    document.save(str(path))


def test_docx_paragraphs_and_table_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "一季度 报告.docx"
    _make_docx(path)
    loaded = load_file(path)
    assert loaded.title == "祁县2024年一季度经济运行"
    assert loaded.text == "\n\n".join([
        "一、总体情况", "全县地区生产总值70.3亿元，同比增长5.2%。",
        ROW_1, ROW_2, "平遥工业园 同比增长 2.0%。",
        "二、储能项目500MW/1000MWh。",
        "注：数据为初步统计。", "来源 统计局。"])


def test_docx_merged_header_cell_keeps_columns_aligned(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "2024年"
    for cell, value in zip(table.rows[1].cells, ["地区生产总值", "70.3亿元", "5.2%"]):
        cell.text = value
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert load_file(path).text == "地区生产总值 2024年 70.3亿元 5.2%。"


def test_docx_without_title_metadata(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_paragraph("正文")
    path = tmp_path / "t.docx"
    document.save(str(path))
    assert load_file(path) == LoadedFile(path=path, text="正文", title=None)


def test_docx_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    assert _error(path) == "文件中没有可提取的文字"


# ---- pdf -------------------------------------------------------------------------------------

def test_pdf_chinese_text_layer_pages_joined() -> None:
    loaded = load_file(DATA / "chinese_text.pdf")
    assert loaded.title is None
    assert loaded.text == ("祁县2024年1-3月经济运行情况\n全县地区生产总值70.3亿元，同比增长5.2%。"
                           "\n\n新型储能项目规模500MW/1000MWh。")


def test_scanned_pdf_without_legible_text() -> None:
    # a grey image only: OCR runs and finds nothing to read
    assert _error(DATA / "scanned_image_only.pdf") == "PDF 没有文字层，OCR 也没有识别出文字（扫描件模糊或是空白页）"


def test_blank_page_pdf_without_text_layer(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "blank.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    assert "没有文字层" in _error(path)


def _encrypted_copy(path: Path, user_password: str) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(DATA / "chinese_text.pdf"))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)


def test_pdf_needing_a_password(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    _encrypted_copy(path, "secret")
    assert _error(path) == "PDF 已加密（需要密码），无法读取"


def test_pdf_with_owner_password_only_opens(tmp_path: Path) -> None:
    path = tmp_path / "owner_only.pdf"
    _encrypted_copy(path, "")
    assert load_file(path).text.startswith("祁县2024年1-3月经济运行情况")


# ---- html ------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title> 祁县 一季度 公报 </title>
<style>p { color: red; }</style><script>var secret = "<b>不要</b>";</script></head>
<body>
<h1>2024年一季度经济运行</h1>
<p>全县地区生产总值<b>70.3亿元</b>，
同比增长5.2%。</p><!-- 注释不要 -->
<div>储能<span>500MW/1000MWh</span><br>1-3月数据</div>
<table><caption>表1 各开发区 一季度主要指标</caption>
  <thead><tr><th>开发区</th><th>规模以上工业增加值</th><th>同比增长</th></tr></thead>
  <tbody>
    <tr><td><p>祁县经开区</p></td><td> 12.3<span>亿元</span> </td><td>8.1%</td></tr>
    <tr><td>太谷经开区</td><td>9.8亿元</td><td>6.5%</td></tr>
  </tbody>
</table>
<p>&lt;script&gt; 是文字，不是标签</p>
<script>document.write("也不要")</script>
</body></html>
"""


def test_html_blocks_table_title_and_no_markup(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    loaded = load_file(path)
    assert loaded.title == "祁县 一季度 公报"
    assert loaded.text == "\n\n".join([
        "2024年一季度经济运行", "全县地区生产总值70.3亿元，同比增长5.2%。",
        "储能500MW/1000MWh\n1-3月数据", "表1 各开发区 一季度主要指标", ROW_1, ROW_2, "<script> 是文字，不是标签"])


def test_htm_gbk_page_table_without_th_uses_first_row(tmp_path: Path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "</head><body><table><tr><td>开发区</td><td>规模以上工业增加值</td><td>同比增长</td></tr>"
            "<tr><td>祁县经开区</td><td>12.3亿元</td><td>8.1%</td></tr>"
            "<tr><td>一二</td></tr></table></body></html>")
    path = tmp_path / "gbk.htm"
    path.write_bytes(page.encode("gbk"))
    loaded = load_file(path)
    assert loaded.title is None
    assert loaded.text == f"{ROW_1}\n\n一二。"


def test_html_layout_table_is_not_turned_into_row_sentences(tmp_path: Path) -> None:
    path = tmp_path / "layout.html"
    path.write_text("<table><tr><td>导航 首页</td><td><p>正文第一段。</p>"
                    "<table><tr><th>指标</th><th>数值</th></tr><tr><td>GDP</td><td>70.3亿元</td></tr></table>"
                    "</td></tr></table>", encoding="utf-8")
    assert load_file(path).text == "导航 首页\n\n正文第一段。\n\nGDP 数值 70.3亿元。"


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>只有标题</title><script>x=1</script></head><body> </body></html>",
                    encoding="utf-8")
    assert _error(path) == "文件中没有可提取的文字"
