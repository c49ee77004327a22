"""Facts and outlines extracted at index time: offsets, tables, indicators, the snapshot and the `facts` command.

Real files, the real loaders and structure parser; the pipeline tests use the bundled model and a real store.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from index.facts import FIELDS, extract_facts
from index.figures import CN_FIGURE, split_figure
from index.facts_table import facts_text_table, filter_facts
from index.loaders import load_file
from index.outline import build_outlines
from index.pipeline import IndexingPipeline, chunk_document
from index.store import IndexStore
from index.structure import clean_text
from settings import ROOT

DOCUMENTS = sorted(p for folder in (ROOT / "documents", ROOT / "evals" / "corpus")
                   for p in folder.iterdir() if p.suffix in {".txt", ".docx", ".html", ".pdf"})


def _facts_of(path: Path) -> tuple[str, list[dict], list[dict]]:
    """(cleaned text, chunks, facts) of a bulletin file, as indexing makes them."""
    loaded = load_file(path)
    chunks, _ = chunk_document(loaded, path.name)
    return clean_text(loaded.text, loaded.title).text, chunks, extract_facts(chunks)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_fact_stands_verbatim_at_its_offsets(path: Path) -> None:
    cleaned, chunks, facts = _facts_of(path)
    assert len(facts) >= 30
    assert len({f["id"] for f in facts}) == len(facts)
    by_id = {c["id"]: c for c in chunks}
    for fact in facts:
        assert set(FIELDS) <= set(fact)
        assert cleaned[fact["start"]:fact["end"]] == fact["figure"], fact
        assert cleaned[fact["quote_start"]:fact["quote_end"]] == fact["quote"]
        assert fact["quote_start"] <= fact["start"] < fact["end"] <= fact["quote_end"]
        chunk = by_id[fact["chunk"]]
        assert chunk["start"] <= fact["start"] and fact["end"] <= chunk["end"]
        if CN_FIGURE.fullmatch(fact["figure"]):  # 两个月, 一百二十亿元: its numeral's value, its unit as written
            assert split_figure(fact["figure"]) == (fact["number"], fact["unit"])
        else:
            assert fact["figure"].startswith(str(fact["number"]).removesuffix(".0")) and fact["figure"].endswith(fact["unit"])
        assert fact["region"] and fact["entity"] and fact["period"]
    # every amount the text holds is a fact
    assert sum(len(re.findall(r"\d\s*亿元", c["text"])) for c in chunks) == sum(f["unit"] == "亿元" for f in facts)


def test_sample_spot_checks() -> None:
    """A few figures of the sample, each with the indicator written just before it."""
    _, _, facts = _facts_of(ROOT / "documents" / "2024-kaifaqu-tekan-jinzhong-yangquan.txt")
    share = next(f for f in facts if f["figure"] == "49%")
    assert share["indicator"].startswith("工业投资") and "占全市" in share["indicator"]
    assert share["region"] == share["entity"] == "晋中" and share["period"] == "2024年一季度"
    zone = next(f for f in facts if f["figure"] == "1.8亿元")
    assert zone["entity"].endswith("示范区") and zone["region"] == "晋中"


def test_sentence_with_several_figures_gives_each_its_own_indicator(tmp_path: Path) -> None:
    text = ("【2025年上半年工作成绩】\n"
            "一是运行平稳。上半年，全市开发区完成营业收入120.5亿元，同比增长8.2%，固定资产投资35亿元，占全市41%；"
            "新增12家规上企业。平遥经开区实现营业收入40.6亿元，出口额3.1亿美元。新建研发平台6个，累计达到57个。\n"
            "二是项目提速。本次活动共铺排项目35个，总投资88.2亿元，其中签约12个、总投资30.1亿元。\n"
            "三是推动开工。推动洪洞经开区甲项目、霍州经开区年产3万吨乙项目、丙集团年产5万吨丁项目等9个项目开工。\n"
            "供稿:临汾市商务局\n")
    _, _, facts = _facts_of(_write(tmp_path, "2025-linfen.txt", text))
    got = {f["figure"]: f for f in facts}
    assert got["120.5亿元"]["indicator"] == "营业收入"
    assert got["8.2%"]["indicator"].startswith("营业收入") and "同比增长" in got["8.2%"]["indicator"]
    assert got["35亿元"]["indicator"] == "固定资产投资"
    assert got["41%"]["indicator"].startswith("固定资产投资") and "占全市" in got["41%"]["indicator"]
    assert "规上企业" in got["12家"]["indicator"]
    assert got["40.6亿元"]["indicator"] == "营业收入" and got["3.1亿美元"]["indicator"] == "出口额"
    assert got["57个"]["indicator"] == "新建研发平台累计"  # the total so far of what the clause before counts
    assert {got[k]["entity"] for k in ("120.5亿元", "41%", "12家")} == {"临汾"}
    assert got["40.6亿元"]["entity"] == got["3.1亿美元"]["entity"] == "平遥经开区"
    # a list of zones: each zone's part ends at the next 、, and the count closing the list is the city's
    assert got["3万吨"]["entity"] == "霍州经开区" and got["5万吨"]["entity"] == got["9个"]["entity"] == "临汾"
    assert got["88.2亿元"]["indicator"] == "铺排项目总投资"  # what the counted projects amount to
    assert got["12个"]["indicator"] == "签约项目" and got["30.1亿元"]["indicator"] == "签约项目总投资"
    assert {f["period"] for f in facts} == {"2025年上半年"} and {f["region"] for f in facts} == {"临汾"}


def test_label_before_a_colon_and_a_sentence_that_goes_on(tmp_path: Path) -> None:
    text = ("【2025年1-6月运行情况】\n一是总量。全市开发区完成规上工业总产值：812.4亿元，同比增长7.7%。"
            "其中，清徐经开区完成120.5亿元，同比增长9.1%。\n供稿：太原市商务局\n")
    _, _, facts = _facts_of(_write(tmp_path, "2025-taiyuan.txt", text))
    got = {f["figure"]: (f["entity"], f["indicator"]) for f in facts}
    assert got["812.4亿元"] == ("太原", "规上工业总产值")
    assert got["120.5亿元"] == ("清徐经开区", "规上工业总产值")  # 其中…完成: the sentence before says what
    assert got["9.1%"][0] == "清徐经开区" and got["9.1%"][1].startswith("规上工业总产值")



def test_a_clause_with_only_a_verb_takes_the_subject_of_the_clause_before(tmp_path: Path) -> None:
    text = ("【2025年1-6月运行情况】\n一是收入回暖。全市开发区一般公共预算收入由降转升，实现18.6亿元，同比增长2.4%；"
            "外贸进出口止跌回升，完成42.3亿元。其中，清徐经开区完成9.7亿元。\n供稿：太原市商务局\n")
    _, _, facts = _facts_of(_write(tmp_path, "2025-taiyuan.txt", text))
    got = {f["figure"]: f["indicator"] for f in facts}
    assert got["18.6亿元"] == "一般公共预算收入" and got["2.4%"] == "一般公共预算收入同比增长"
    assert got["42.3亿元"] == "外贸进出口"
    assert got["9.7亿元"] == "外贸进出口"  # 其中…完成: still the sentence before's

def _indicator_docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("【2025年一季度工作成绩】")
    document.add_paragraph("一是主要指标增长。各开发区指标完成情况见下表。")
    table = document.add_table(rows=3, cols=4)
    rows = [("开发区", "工业投资(亿元)", "同比增长（%）", "新增企业（家）"),
            ("洪洞经开区", "12.5", "9.6", "7"), ("霍州经开区", "3.04", "-1.2", "")]
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("供稿：临汾市商务局")
    document.save(str(path))


def _indicator_md(path: Path) -> None:
    path.write_text("【2025年一季度工作成绩】\n\n一是主要指标增长。各开发区指标完成情况见下表。\n\n"
                    "| 开发区 | 工业投资(亿元) | 同比增长（%） | 新增企业（家） |\n|---|---|---|---|\n"
                    "| 洪洞经开区 | 12.5 | 9.6 | 7 |\n| 霍州经开区 | 3.04 | -1.2 | |\n\n供稿：临汾市商务局\n",
                    encoding="utf-8")


@pytest.mark.parametrize("make", [_indicator_docx, _indicator_md], ids=["docx", "md"])
def test_table_cells_take_the_unit_of_their_column_header(tmp_path: Path, make) -> None:
    path = tmp_path / f"2025-q1-table{'.docx' if make is _indicator_docx else '.md'}"
    make(path)
    cleaned, _, facts = _facts_of(path)
    assert "洪洞经开区 工业投资 12.5亿元 同比增长 9.6% 新增企业 7家。" in cleaned
    assert "霍州经开区 工业投资 3.04亿元 同比增长 -1.2%。" in cleaned
    rows = {(f["entity"], f["indicator"], f["figure"], f["unit"]) for f in facts}
    assert ("洪洞经开区", "工业投资", "12.5亿元", "亿元") in rows
    assert ("洪洞经开区", "新增企业", "7家", "家") in rows
    assert ("霍州经开区", "工业投资", "3.04亿元", "亿元") in rows
    growth = next(f for f in facts if f["figure"] == "9.6%")
    assert growth["entity"] == "洪洞经开区" and growth["indicator"].startswith("工业投资")
    fall = next(f for f in facts if f["figure"] == "-1.2%")
    assert fall["entity"] == "霍州经开区" and fall["number"] == -1.2 and fall["unit"] == "%"
    assert {f["region"] for f in facts} == {"临汾"} and {f["period"] for f in facts} == {"2025年一季度"}
    for fact in facts:
        assert cleaned[fact["start"]:fact["end"]] == fact["figure"]


def test_table_by_period_rows_take_unit_and_indicator_from_row_header(tmp_path: Path) -> None:
    path = tmp_path / "2025-trend.md"
    path.write_text("【主要指标】\n\n一是主要指标。近两年情况见下表。\n\n"
                    "| 指标 | 2023年 | 2024年一季度 |\n|---|---|---|\n| 工业投资（亿元） | 12.5 | 3.2 |\n"
                    "| 新增企业(家) | 7 | 2 |\n\n供稿：临汾市商务局\n", encoding="utf-8")
    cleaned, _, facts = _facts_of(path)
    assert "工业投资 2023年 12.5亿元 2024年一季度 3.2亿元。" in cleaned
    rows = {(f["entity"], f["indicator"], f["figure"], f["period"]) for f in facts}
    assert rows == {("临汾", "工业投资", "12.5亿元", "2023年全年"), ("临汾", "工业投资", "3.2亿元", "2024年一季度"),
                    ("临汾", "新增企业", "7家", "2023年全年"), ("临汾", "新增企业", "2家", "2024年一季度")}


def test_outline_holds_regions_sections_and_items_with_offsets() -> None:
    path = ROOT / "documents" / "2024-kaifaqu-tekan-jinzhong-yangquan.txt"
    cleaned, chunks, facts = _facts_of(path)
    outline = build_outlines(chunks, facts)[path.name]
    regions = outline["regions"]
    assert [r["title"] for r in regions] == sorted({c["region"] for c in chunks}, key=[c["region"] for c in chunks].index)
    assert sum(r["facts"] for r in regions) == len(facts)
    assert sorted(i for r in regions for i in r["chunks"]) == sorted(c["id"] for c in chunks)
    items = [i for r in regions for s in r["sections"] for i in s["items"]]
    assert len(items) >= 10
    for region in regions:
        for section in region["sections"]:
            assert region["start"] <= section["start"] < section["end"] <= region["end"]
            assert all(section["start"] <= i["start"] < i["end"] <= section["end"] for i in section["items"])
    for item in items:
        assert cleaned[item["start"]:item["title_end"]] == item["title"]
        assert item["title"][1] == "是" or item["title"][2] == "是"
        assert "。" not in item["title"]


def test_filter_and_plain_table() -> None:
    _, _, facts = _facts_of(ROOT / "documents" / "2024-kaifaqu-tekan-jinzhong-yangquan.txt")
    regions = {f["region"] for f in facts}
    region = sorted(regions)[0]
    assert filter_facts(facts, region=region + "市") == [f for f in facts if f["region"] == region]
    picked = filter_facts(facts, query="亿元 总投资")
    assert 0 < len(picked) < len(facts)
    assert all("总投资" in f["quote"] and "亿元" in f["quote"] for f in picked)
    assert any(f["indicator"].endswith("总投资") and f["unit"] == "亿元" for f in picked)
    table = facts_text_table(picked)
    assert table.splitlines()[-1] == f"共 {len(picked)} 条" and picked[0]["figure"] in table


def _run_facts(store: Path, *args: str) -> bytes:
    done = subprocess.run([sys.executable, "app.py", "facts", "--store", str(store), *args], cwd=ROOT,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return done.stdout


def test_facts_command_csv_json_and_table(sample_index) -> None:
    facts = IndexStore(sample_index.settings).load_snapshot().facts
    raw = _run_facts(sample_index.store_dir, "--csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["figure"] for r in rows] == [f["figure"] for f in facts]
    assert list(rows[0]) == list(FIELDS) and any("亿元" in r["figure"] and r["region"] for r in rows)
    lines = _run_facts(sample_index.store_dir, "--json", "--q", "总投资").decode("utf-8").splitlines()
    assert lines and [json.loads(l) for l in lines] == filter_facts(facts, query="总投资")
    region = facts[0]["region"]
    plain = _run_facts(sample_index.store_dir, "--region", region).decode("utf-8")
    assert plain.splitlines()[-1] == f"共 {len(filter_facts(facts, region=region))} 条"


def test_facts_follow_incremental_reindex(fresh_settings, embedding, sample_path, small_bulletin) -> None:
    docs, store = fresh_settings.docs_dir, IndexStore(fresh_settings)
    shutil.copy(sample_path, docs / sample_path.name)
    IndexingPipeline(fresh_settings, embedding).run()
    first = store.load_snapshot()
    assert first.has_facts and first.facts and set(first.outline) == {sample_path.name}

    (docs / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    report = IndexingPipeline(fresh_settings, embedding).run()
    second = store.load_snapshot()
    assert report.unchanged == 1 and report.added == 1
    kept = [f for f in second.facts if f["doc"] == sample_path.name]
    assert kept == first.facts  # the unchanged file keeps its facts
    new = [f for f in second.facts if f["doc"] == "2024-taiyuan.txt"]
    assert new and {f["region"] for f in new} == {"太原"} and set(second.outline) == {sample_path.name, "2024-taiyuan.txt"}

    # a snapshot written before facts existed loads with none, and the next run adds them
    folder = store.root / "snapshots" / second.version
    (folder / "facts.json").unlink()
    (folder / "outline.json").unlink()
    old = store.load_snapshot()
    assert not old.has_facts and old.facts == [] and old.outline == {}
    told = subprocess.run([sys.executable, "app.py", "facts", "--store", str(store.root)], cwd=ROOT,
                          capture_output=True, timeout=120)
    assert told.returncode == 1 and "python app.py index" in told.stderr.decode("utf-8")
    IndexingPipeline(fresh_settings, embedding).run()
    assert store.load_snapshot().facts == second.facts

    (docs / "2024-taiyuan.txt").unlink()
    IndexingPipeline(fresh_settings, embedding).run()
    third = store.load_snapshot()
    assert third.facts == first.facts and set(third.outline) == {sample_path.name}
