"""Zones whose region no city line gives (index/owners.py, index/zone_cities.py): zones grouped by tier (国家级开发区,
省级开发区: no region), each opening its paragraph with its name set apart (`岱川经济技术开发区　前三季度…`) or with its
city in brackets after it (`白鹭化工园区（柘溪市）　…`); a paragraph of zones' clauses (`重点园区中，岱川经开区…；柘溪经开区…`),
each clause its own zone's city, never the city of the clause before it; a zone's city is the region its name starts
with, among the regions of every indexed bulletin, else the one region the bulletins tie it to. Two invented
bulletins, through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from index.loaders import load_file
from index.owners import zone_opening
from index.pipeline import chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import index_files

TIERS = "2025-10-tongbao-q3.txt"
TIERS_TEXT = """某省开发区运行情况通报（2025年第3期）
前三季度，全省开发区实现营业收入5210.3亿元，同比增长5.5%。按开发区类别通报如下。
一、国家级开发区
岱川经济技术开发区　前三季度实现营业收入812.6亿元，同比增长6.2%；新引进亿元以上项目18个。
岱川高新技术产业开发区　前三季度实现营业收入455.1亿元，同比增长9.4%；高新技术企业达到233家。
二、省级开发区
柘溪经济开发区　前三季度实现营业收入301.7亿元，同比增长3.3%；新开工亿元以上项目9个。
白鹭化工园区（柘溪市）　前三季度实现营业收入266.0亿元，同比增长2.1%；完成安全整治项目21项。
三、综合保税区
青鸾综合保税区（柘溪市）　前三季度完成进出口总额96.4亿元，同比增长18.2%。
四、需要关注的问题
一是部分省级开发区增长乏力；二是化工园区安全投入持续增加。
五、下一步工作安排
1.支持青鸾综合保税区发展保税维修、跨境电商等新业态。
2.推动岱川高新区新建中试平台3个。
"""
HALF = "2026-07-jiance-h1.txt"
HALF_TEXT = """开发区经济运行监测（2026年第2期）
上半年，全省开发区实现营业收入3650.2亿元，同比增长6.6%。
重点园区中，岱川经开区上半年实现营业收入420.5亿元，同比增长6.8%；白鹭化工园区实现营业收入140.6亿元，同比增长1.7%。
岱川高新区实现营业收入260.3亿元，同比增长10.2%；柘溪经开区实现营业收入150.2亿元，同比增长2.9%。
岱川市：开发区实现营业收入780.4亿元，同比增长7.1%。
柘溪市：开发区实现营业收入402.3亿元，同比增长2.6%；青鸾综保区进出口总额52.3亿元。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("tier-zones"), {TIERS: TIERS_TEXT, HALF: HALF_TEXT}, embedding)


@pytest.fixture(scope="module")
def tier_chunks(tmp_path_factory) -> list[dict]:
    path = tmp_path_factory.mktemp("tier-chunks") / TIERS
    path.write_text(TIERS_TEXT, encoding="utf-8")
    return chunk_document(load_file(path), TIERS)[0]


def _chunk(chunks: list[dict], opening: str) -> dict:
    return next(c for c in chunks if c["text"].startswith(opening))


def test_a_zone_with_its_city_in_brackets_is_that_citys_and_a_tier_is_no_region(tier_chunks: list[dict]) -> None:
    assert _chunk(tier_chunks, "白鹭化工园区")["region"] == "柘溪"
    assert _chunk(tier_chunks, "岱川经济技术开发区")["region"] is None  # its city is known once every bulletin is read
    assert not {c["region"] for c in tier_chunks} & {"国家级开发区", "省级开发区"}
    assert _chunk(tier_chunks, "前三季度，全省")["region"] is None


def _regions(answer: dict) -> set[str | None]:
    return {c["region"] for c in answer["citations"]}


def test_a_zone_under_a_tier_heading_is_the_city_its_name_starts_with(qa: BulletinQA) -> None:
    answer = qa.ask("前三季度岱川高新区营业收入多少？")
    assert answer["short"] == "455.1亿元" and _regions(answer) == {"岱川"}
    answer = qa.ask("柘溪经济开发区前三季度新开工亿元以上项目多少个？")
    assert answer["short"] == "9个" and _regions(answer) == {"柘溪"}


def test_a_zone_with_its_city_in_brackets_answers_for_that_city(qa: BulletinQA) -> None:
    answer = qa.ask("白鹭化工园区前三季度营收多少？")
    assert answer["short"] == "266.0亿元" and _regions(answer) == {"柘溪"}


def test_each_zones_clause_is_its_own_citys(qa: BulletinQA) -> None:
    answer = qa.ask("上半年岱川经开区营业收入多少？")
    assert answer["short"] == "420.5亿元" and _regions(answer) == {"岱川"}
    answer = qa.ask("上半年柘溪经开区营业收入同比增长多少？")
    assert answer["short"] == "2.9%" and _regions(answer) == {"柘溪"}


def test_a_zone_after_another_citys_zone_keeps_its_own_city(qa: BulletinQA) -> None:
    answer = qa.ask("白鹭化工园区上半年营业收入多少？")
    assert answer["short"] == "140.6亿元" and _regions(answer) == {"柘溪"}



def test_a_clause_opens_with_one_zone_not_with_zones_listed_together() -> None:
    assert zone_opening("重点园区中，岱川经开区上半年实现营业收入420.5亿元；") == ("岱川经开区", None)
    assert zone_opening("白鹭化工园区（柘溪市）　前三季度实现营业收入266.0亿元。") == ("白鹭化工园区", "柘溪")
    assert zone_opening("岱川经开区、柘溪经开区营业收入增速居全省前两位。") is None
    assert zone_opening("国家级开发区实现营业收入812.6亿元。") is None
    assert zone_opening("用好综合保税区政策，支持企业开拓新兴市场。") is None


def test_a_zones_plan_the_whole_tells_is_found_by_either_form_of_its_name(qa: BulletinQA) -> None:
    answer = qa.ask("青鸾综保区下一步怎么发展新业态？")
    assert not answer["abstained"] and "保税维修" in answer["answer"]
