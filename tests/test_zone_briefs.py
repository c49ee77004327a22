"""A city's brief that reports its zones and no city: each zone's part opens with a decorated or numbered line
naming the zone (一、XX高新区, ◆XX经开区) or with the zone leading its paragraph (XX经开区：…, 【XX高新区】…), and
no county beside it. Each zone is then its own region, so questions about it are answered from its part. A brief
that lists its zones only in a table (pasted into a .txt, its cells parted by tabs) names them too: each zone its
table writes is a place a question may name. The briefs below are invented (蘩州市 and its zones are no real
places)."""
from __future__ import annotations

import pytest

from index.loaders import load_file
from index.pipeline import chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "蘩州市开发区工作简报\n2025年第3期\n一、总体情况\n1-6月，全市开发区实现营业收入1864.2亿元。\n二、各园区情况\n"
_BODY = "1-6月实现营业收入{v}亿元，同比增长{g}%。下一步，将{plan}。"
_ZONES = [("蘩东高新区", "612.4", "5.2", "建设算力中心"), ("芗溪经开区", "402.8", "3.1", "推进标准厂房招租"),
          ("蓠港综保区", "233.1", "9.6", "扩大保税维修业务")]
SHAPES = {"numbered": "{n}、{zone}\n{body}", "decorated": "◆{zone}\n{body}", "colon": "{zone}：{body}",
          "bracketed": "【{zone}】{body}"}


def _brief(shape: str) -> str:
    parts = [SHAPES[shape].format(n="一二三"[k], zone=zone, body=_BODY.format(v=v, g=g, plan=plan))
             for k, (zone, v, g, plan) in enumerate(_ZONES)]
    return _HEAD + "\n".join(parts) + "\n"


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_zone_of_a_brief_without_cities_is_its_own_region(tmp_path, shape) -> None:
    path = tmp_path / "2025-07-jianbao.txt"
    path.write_text(_brief(shape), encoding="utf-8")
    chunks, doc = chunk_document(load_file(path), path.name)
    assert doc["regions"] == sorted(zone for zone, *_ in _ZONES)
    for zone, value, *_ in _ZONES:
        assert {c["region"] for c in chunks if f"{value}亿元" in c["text"]} == {zone}
    assert {c["region"] for c in chunks if "1864.2亿元" in c["text"]} == {None}  # the city's own overview


def test_zones_within_a_citys_part_stay_in_that_city(tmp_path) -> None:
    text = _HEAD + "（一）蘩州市\n" + "\n".join(f"◆{zone}\n" + _BODY.format(v=v, g=g, plan=p) for zone, v, g, p in _ZONES)
    path = tmp_path / "2025-07-jianbao.txt"
    path.write_text(text + "\n", encoding="utf-8")
    chunks, doc = chunk_document(load_file(path), path.name)
    assert doc["regions"] == ["蘩州"]


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("zone_briefs"), {"2025-07-jianbao.txt": _brief("colon")}, embedding)


@pytest.mark.parametrize("question,figure", [("芗溪经开区营业收入多少？", "402.8亿元"), ("蓠港综保区上半年营收增长多少", "9.6%")])
def test_a_zones_figure_is_answered_from_its_part(qa, question, figure) -> None:
    answer = qa.ask(question)
    assert not answer["abstained"] and figure in answer["answer"]
    assert "612.4亿元" not in answer["answer"]


def test_a_zones_plan_is_answered_from_its_part(qa) -> None:
    answer = qa.ask("芗溪经开区下一步有什么打算？")
    assert "标准厂房" in answer["answer"] and "算力中心" not in answer["answer"]


_TABLED = ("蘩州市开发区工作简报\n2025年第4期\n一、总体情况\n1-9月，全市开发区实现营业收入2864.2亿元。\n二、主要指标\n"
           "表1 各园区主要指标\n园区\t营业收入（亿元）\t增速（%）\n蘩东高新区\t712.4\t6.2\n芗溪经开区\t502.8\t4.1\n"
           "蓠港综保区\t333.1\t-8.6\n")


@pytest.fixture(scope="module")
def tabled(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("tabled"), {"2025-10-jianbao.txt": _TABLED}, embedding)


def test_a_table_pasted_with_tabs_is_read_row_by_row(tabled) -> None:
    rows = [f for f in tabled.snapshot.facts if f.get("entity") == "蓠港综保区"]
    assert {(f["figure"], f["indicator"]) for f in rows} >= {("333.1亿元", "营业收入"), ("-8.6%", "营业收入增速")}


@pytest.mark.parametrize("question", ["前三季度蘩东高新区和芗溪经开区营收增速分别是多少", "蘩东高新区、芗溪经开区营收增速分别为多少"])
def test_zones_only_a_table_names_are_answered_each(tabled, question) -> None:
    answer = tabled.ask(question)
    assert "6.2%" in answer["answer"] and "4.1%" in answer["answer"] and "没有" not in answer["answer"]


def test_zones_only_a_table_names_are_compared(tabled) -> None:
    answer = tabled.ask("蘩东高新区和芗溪经开区营收哪个高？")
    assert answer["short"].startswith("蘩东高新区") and "502.8亿元" in answer["answer"]


_FULL_NAME = {"2025-07-zhuanbao.txt": "蘩州市开发区工作专报\n2025年上半年\n鹂溪县：上半年，鹂溪县经济技术开发区实现营业收入88.2亿元。\n"
                                     "芗岭县：上半年，芗岭高新区实现营业收入41.5亿元。\n",
              "2026-01-zhuanbao.txt": "蘩州市开发区工作专报\n2025年全年\n鹂溪县：2025年全年，鹂溪经开区实现营业收入190.4亿元。\n"
                                     "芗岭县：2025年全年，芗岭高新区实现营业收入93.1亿元。\n"}


@pytest.fixture(scope="module")
def renamed(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("full_name"), _FULL_NAME, embedding)


@pytest.mark.parametrize("question", ["鹂溪经开区营收上半年和全年分别多少？", "鹂溪经开区营业收入几期下来怎么变化？"])
def test_a_zone_written_in_full_with_its_county_and_short_is_one_zone(renamed, question) -> None:
    answer = renamed.ask(question)
    assert "88.2亿元" in answer["answer"] and "190.4亿元" in answer["answer"]
