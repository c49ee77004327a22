"""Regions are places: the gazetteer, bulletins keeping their cities, and documents that are no bulletins
getting no region at all (CMRC paragraphs, ordinary web pages indexed into a real store)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evals.cmrc2018 import DATA as CMRC_DATA, load_dataset
from index.loaders import load_file
from index.pipeline import IndexingPipeline, chunk_document
from index.places import place_label, unit_place
from index.store import IndexStore
from index.structure import clean_text, parse_sections
from settings import ROOT
from tests.conftest import settings_under

WEB_PAGES = ROOT / "tests" / "data" / "webpages"
BULLETINS = {  # file -> the regions its contributions carry
    ROOT / "documents" / "2024-kaifaqu-tekan-jinzhong-yangquan.txt": ["晋中", "阳泉"],
    ROOT / "evals" / "corpus" / "2024-07-kaifaqu-tekan-di2qi.txt": ["晋中", "阳泉"],
    ROOT / "evals" / "corpus" / "2024-10-kaifaqu-tekan-di3qi.docx": ["晋中", "阳泉"],
}


@pytest.mark.parametrize("line, label", [
    ("晋中", "晋中"), ("晋中市", "晋中"), ("北京市", "北京"), ("山西省", "山西"), ("祁县", "祁县"),
    ("平定经开区", "平定经开区"), ("阳泉高新区", "阳泉高新区"), ("左权生态文化旅游示范区", "左权生态文化旅游示范区"),
    ("法学", None), ("首页", None), ("等级", None), ("关系", None), ("招生专业名称", None), ("常见问题", None),
    ("全市开发区", None), ("各开发区", None), ("平定", None),
])
def test_a_region_label_is_a_place_or_a_zone_named_with_its_place(line, label):
    assert place_label(line) == label


@pytest.mark.parametrize("unit, region", [
    ("晋中市商务局", "晋中"), ("阳泉市商务局", "阳泉"), ("太原市商务局", "太原"), ("山西省商务厅", "山西"),
    ("阳泉高新区管委会", "阳泉高新区"), ("新华社", None), ("本报记者", None), ("学院办公室", None),
])
def test_the_place_of_a_credited_unit(unit, region):
    assert unit_place(unit) == region


@pytest.mark.parametrize("path", list(BULLETINS), ids=lambda p: p.name)
def test_bulletins_keep_exactly_their_cities(path):
    chunks, doc = chunk_document(load_file(path), path.name)
    assert doc["regions"] == BULLETINS[path]
    assert all(c["region"] for c in chunks)


def test_a_short_heading_that_is_no_place_is_a_section_not_a_region():
    text = "首页\n招生信息\n法学\n法学专业始建于1952年，是国家级一流本科专业建设点。\n首页\n招生信息\n等级\n成绩分为三个等级。"
    chunks = parse_sections(clean_text(text))
    assert chunks and not [c.region for c in chunks if c.region]


def test_web_pages_indexed_into_a_real_store_get_no_region(tmp_path, embedding):
    settings = settings_under(tmp_path)
    for page in WEB_PAGES.iterdir():
        shutil.copy2(page, settings.docs_dir / page.name)
    report = IndexingPipeline(settings, embedding).run()
    assert not report.errors and report.chunks >= 20
    chunks = IndexStore(settings).load_snapshot().chunks
    assert len({c["doc"] for c in chunks}) == 4
    assert [c["region"] for c in chunks if c["region"]] == []


@pytest.mark.skipif(not Path(CMRC_DATA).exists(), reason="CMRC 2018 dev lies in shared/ beside the repo")
def test_cmrc_paragraphs_get_no_region():
    paragraphs, _ = load_dataset(Path(CMRC_DATA))
    regions = [c.region for pid, text in paragraphs.items() for c in parse_sections(clean_text(text, pid))]
    assert len(paragraphs) == 848 and len(regions) >= 848
    assert [r for r in regions if r] == []
