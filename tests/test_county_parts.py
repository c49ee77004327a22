"""A city 商务局's 开发区工作专报 whose regions are its counties (places and figures invented here): a Word table whose
county cell is merged over its parks' rows, a page whose table alone names the counties, a web article's numbered
parts (01 / 02 / 03), a photographed page that misreads a county's name, and parks a county's prose names only so
(<county>…园)."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from index.loaders import load_file
from index.pipeline import IndexingPipeline
from index.read_alike import read_alike_regions
from qa.pipeline import BulletinQA
from tests.conftest import index_files, index_one, photographed_page, settings_under

ROWS = [["县（市、区）", "园区", "营业收入（亿元）", "同比增长（%）"],
        ["苇溪县", "苇溪高新区", "120.5", "8.1"],
        ["", "苇溪临河物流园", "30.3", "5.4"],
        ["芦水区", "芦水经开区", "210.2", "7.0"],
        ["合计", "", "361.0", "7.2"]]


def _merged_table_docx(path: Path) -> None:
    """表1 with 苇溪县 merged down over its two parks' rows and 合计 merged across the first two columns."""
    document = docx.Document()
    document.add_paragraph("芦阳市开发区工作专报")
    document.add_paragraph("一、全年总体情况")
    document.add_paragraph("2025年，全市开发区实现营业收入361.0亿元，同比增长7.2%。")
    document.add_paragraph("表1 2025年各县（市、区）开发区营业收入")
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for cells, row in zip(table.rows, ROWS):
        for cell, text in zip(cells.cells, row):
            cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(4, 0).merge(table.cell(4, 1))
    document.add_paragraph("二、亮点工作")
    document.add_paragraph("苇溪县：苇溪高新区新签约项目12个。")
    document.add_paragraph("芦水区：芦水经开区新签约项目9个。")
    document.save(str(path))


def test_a_county_merged_over_its_parks_rows_is_each_rows(tmp_path):
    _merged_table_docx(tmp_path / "brief.docx")
    lines = load_file(tmp_path / "brief.docx").text.splitlines()
    assert "苇溪临河物流园 苇溪县 营业收入 30.3亿元 同比增长 5.4%。" in lines
    assert "合计 营业收入 361.0亿元 同比增长 7.2%。" in lines


@pytest.fixture(scope="module")
def merged(tmp_path_factory, embedding) -> BulletinQA:
    root = tmp_path_factory.mktemp("county_merged")
    settings = settings_under(root)
    _merged_table_docx(settings.docs_dir / "2026-01-brief.docx")
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def test_the_second_park_of_a_merged_county_is_in_that_county(merged):
    fact = next(f for f in merged.snapshot.facts if f["figure"] == "30.3亿元")
    assert (fact["region"], fact["entity"]) == ("苇溪", "苇溪临河物流园")
    total = next(f for f in merged.snapshot.facts if f["figure"] == "361.0亿元" and " " in f["quote"])
    assert total["region"] is None


def test_a_ranking_of_the_parks_holds_the_second_park_of_a_merged_county(merged):
    result = merged.ask("哪个园区营收增速最低？")
    assert result["short"] == "苇溪临河物流园" and "5.4%" in result["answer"], result["answer"]


PAGE_OF_A_TABLE = """芦阳市开发区工作专报
2025年第3期
前三季度，全市开发区实现营业收入361.0亿元，同比增长7.2%。
表1 前三季度各县（市、区）开发区营业收入
苇溪高新区 苇溪县 营业收入 120.5亿元 同比增长 8.1%。
苇溪临河物流园 苇溪县 营业收入 30.3亿元 同比增长 5.4%。
芦水经开区 芦水区 营业收入 210.2亿元 同比增长 7.0%。
"""


def test_a_table_names_the_county_of_each_park_where_no_paragraph_does(tmp_path, embedding):
    qa = index_one(tmp_path, "2025-10-brief-p1.txt", PAGE_OF_A_TABLE, embedding)
    regions = {c["text"].split(" ")[0]: c["region"] for c in qa.snapshot.chunks}
    assert (regions["苇溪高新区"], regions["苇溪临河物流园"], regions["芦水经开区"]) == ("苇溪", "苇溪", "芦水")
    assert regions["前三季度，全市开发区实现营业收入361.0亿元，同比增长7.2%。"] is None


WEB_ARTICLE = """上半年全市开发区工作专报｜园区经济稳中有进
原创 芦阳商务 2025年07月22日 09:30
01
总体情况
上半年，全市开发区实现营业收入158.3亿元，同比增长7.6%。
02
县区亮点
【苇溪县】苇溪高新区实现营业收入60.2亿元，同比增长8.7%。
芦水区：芦水经开区实现营业收入98.1亿元，同比增长6.1%。
03
下步打算
下半年，全市开发区将开展项目建设“大会战”，力争新开工亿元以上项目30个以上。
"""


def test_a_web_articles_numbered_part_after_the_counties_is_the_whole_citys(tmp_path, embedding):
    qa = index_one(tmp_path, "2025-07-article.txt", WEB_ARTICLE, embedding)
    region = {c["text"][:5]: c["region"] for c in qa.snapshot.chunks}
    assert region["苇溪高新区"] == "苇溪" and region["芦水经开区"] == "芦水"
    assert region["下半年，全"] is None
    assert not any(c["text"] in ("01", "02", "03") for c in qa.snapshot.chunks)



WRITTEN = """芦阳市开发区工作专报
上半年
蒹塘市：蒹塘港物流园集装箱吞吐量21.4万标箱，同比增长17.2%。
芦水区：芦水经开区实现营业收入98.1亿元。
"""


def test_a_county_a_photograph_misreads_is_the_one_the_other_bulletins_write(tmp_path_factory, embedding):
    root = tmp_path_factory.mktemp("county_misread")
    settings = settings_under(root)
    (settings.docs_dir / "2025-07-brief.txt").write_text(WRITTEN, encoding="utf-8")
    photographed_page(settings.docs_dir / "2025-10-brief.jpg",  # the photograph writes 兼塘 for 蒹塘
                  ["二、亮点工作", "兼塘市：兼塘港物流园集装箱吞吐量32.6万标箱，同比增长15.8%。"])
    assert not IndexingPipeline(settings, embedding).run().errors
    qa = BulletinQA(settings, embedding)
    scanned = [c for c in qa.snapshot.chunks if c["doc"].endswith(".jpg") and "32.6" in c["text"]]
    assert scanned and all(c["region"] == "蒹塘" for c in scanned)
    fact = next(f for f in qa.snapshot.facts if f["figure"] == "32.6万标箱")
    assert (fact["region"], fact["entity"]) == ("蒹塘", "蒹塘港物流园")
    assert "兼塘" not in qa.snapshot.manifest["2025-10-brief.jpg"]["regions"]


def test_a_region_restored_by_a_bulletin_added_later_reaches_the_stored_vectors(tmp_path_factory, embedding):
    root = tmp_path_factory.mktemp("county_restored_later")
    settings = settings_under(root)
    photographed_page(settings.docs_dir / "2025-10-brief.jpg",
                  ["二、亮点工作", "兼塘市：兼塘港物流园集装箱吞吐量32.6万标箱，同比增长15.8%。"])
    pipeline = IndexingPipeline(settings, embedding)
    assert not pipeline.run().errors
    (settings.docs_dir / "2025-07-brief.txt").write_text(WRITTEN, encoding="utf-8")  # writes 蒹塘 for it
    assert pipeline.run().unchanged == 1
    scanned = [c["id"] for c in BulletinQA(settings, embedding).snapshot.chunks if c["doc"].endswith(".jpg")]
    stored = pipeline.store.collection().get(ids=scanned, include=["metadatas"])["metadatas"]
    assert stored and {m["region"] for m in stored if m.get("region")} == {"蒹塘"}


def _chunk(doc: str, region: str, text: str, ocr: bool) -> dict:
    return {"id": f"{doc}{region}{text}", "doc": doc, "region": region, "text": text, "ocr": ocr}


def test_a_region_one_character_off_is_restored_only_when_a_scan_alone_writes_it_so():
    written = _chunk("a.txt", "东城", "东城高新园营业收入10亿元。", False)
    assert read_alike_regions([written, _chunk("b.jpg", "栋城", "栋城高新园营业收入12亿元。", True)]) == {"栋城": "东城"}
    # two documents not read by OCR: two places
    assert read_alike_regions([written, _chunk("b.txt", "栋城", "栋城高新园营业收入12亿元。", False)]) == {}
    # nothing of the scan's part is written with the other name: another place a character apart
    assert read_alike_regions([written, _chunk("b.jpg", "西城", "西城食品园营业收入12亿元。", True)]) == {}
    # both in one document: two places
    both = [written, _chunk("b.jpg", "栋城", "栋城高新园营业收入12亿元。", True),
            _chunk("b.jpg", "东城", "东城食品园营业收入3亿元。", True)]
    assert read_alike_regions(both) == {}


PARKS_IN_PROSE = """芦阳市开发区工作专报
上半年
【菱溪县】菱溪县经济技术开发区实现营业收入106.8亿元，同比增长11.2%；菱溪新材料园实现营业收入38.2亿元，同比增长9.6%。
芦水区：芦水经开区实现营业收入98.1亿元；芦水湿地公园接待游客12万人次。
"""


def test_a_park_a_countys_prose_names_with_its_name_is_its_figures_entity(tmp_path, embedding):
    qa = index_files(tmp_path, {"2025-07-brief.txt": PARKS_IN_PROSE}, embedding)
    entity = {f["figure"]: f["entity"] for f in qa.snapshot.facts}
    assert entity["38.2亿元"] == "菱溪新材料园" and entity["106.8亿元"] == "菱溪县经济技术开发区"
    assert entity["12万人次"] != "芦水湿地公园"
    result = qa.ask("菱溪新材料园营业收入多少？")
    assert result["short"] == "38.2亿元", result["answer"]


FIRST_WRITTEN = """芦阳市开发区工作专报
2025年第3期
二、亮点工作
苇溪县：苇溪高新区新签约亿元以上项目15个，居全市首位。
芦水区：芦水经开区引进企业8家，营业收入98.1亿元。
三、经验做法
（一）“链长+园长”双长制。苇溪县由县领导任链长，全年招引配套企业27家。
（二）闲置厂房“腾笼换鸟”。芦水区建立闲置厂房台账，盘活厂房5.7万平方米。
"""


@pytest.fixture(scope="module")
def first_written(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("county_first"), "2025-10-brief.txt", FIRST_WRITTEN, embedding)


def test_the_most_asked_where_one_place_is_written_first(first_written):
    result = first_written.ask("新签约亿元以上项目最多的是哪个园区？")
    assert result["short"] == "苇溪高新区" and "居全市首位" in result["answer"], result["answer"]


def test_the_whole_citys_ways_of_working_are_listed_by_their_titles(first_written):
    result = first_written.ask("专报总结了哪些经验做法")
    assert result["kind"] == "list"
    assert "“链长+园长”双长制" in result["answer"] and "闲置厂房“腾笼换鸟”" in result["answer"], result["answer"]
