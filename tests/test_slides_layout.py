"""The layout of a slide deck and of ranking issues (invented places and figures): key-figure cards printed by the
real Chromium read card by card with their signs, a slide's arrow bullets as paragraphs of their own, footers gone,
a slide titled （续） going on under the slide before;
a figure's sign of change (+ ↑ ↓) kept with it. (A ranking's rows in their own city: tests/test_slides_places.py of
branch sldA.)"""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.bulletin_files import print_pdf
from index.layout import Line
from index.layout_tables import read_tables
from index.loaders import load_file
from index.pipeline import IndexingPipeline, chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import CHROMIUM, settings_under

CARDS = [[("全市开发区营业收入", "842.6亿元", "同比+6.4%"), ("实际使用外资", "2.35亿美元", "↑11.2%"),
          ("进出口总额", "318.9亿元", "↓4.1%"), ("规上工业企业", "1,208家", "较上年末+37家")],
         [("营业收入", "1.06万亿元", "+5.2%"), ("工业增加值", "同比-1.8%", "")]]
BULLETS = [["→ 苍梧经开区营业收入402.1亿元，同比+7.7%", "→ 苍梧高新区下半年力争新增高新技术企业30家"],
           ["▪ 集装箱吞吐量18.2万标箱，↓2.6%", "▪ 新设外资企业9家"]]


def _slide(n: int, title: str, cards: list, bullets: list[str]) -> str:
    boxes = "".join(f"<div class=card><div>{k}</div><div class=v>{v}</div>" + (f"<div>{d}</div>" if d else "")
                    + "</div>" for k, v, d in cards)
    return (f"<section><h2>{title}</h2><div class=cards>{boxes}</div>" + "".join(f"<p>{b}</p>" for b in bullets)
            + f"<div class=foot>某省商务厅 | 第{n}页</div></section>")


@pytest.fixture(scope="module")
def deck(tmp_path_factory) -> Path:
    slides = (_slide(1, "苍梧市 | 开发区上半年运行情况", CARDS[0], BULLETS[0][:1])
              + _slide(2, "苍梧市 | 开发区上半年运行情况（续）", [], BULLETS[0][1:]) + _slide(3, "全省小结", CARDS[1], BULLETS[1]))
    page = ("<!doctype html><html><head><meta charset='utf-8'><style>@page{size:254mm 142.9mm;margin:0}"
            "body{margin:0;font-family:sans-serif} section{width:254mm;height:142.9mm;box-sizing:border-box;padding:9mm;"
            "position:relative;page-break-after:always} .cards{display:flex;gap:6mm} .card{flex:1;text-align:center;"
            "border:1px solid #89a;padding:2mm} .v{font-size:22pt} p{font-size:12pt;margin:1mm 0}"
            ".foot{position:absolute;bottom:4mm;right:10mm;font-size:8pt}</style></head><body>"
            f"{slides}</body></html>")
    out = tmp_path_factory.mktemp("slides") / "2026-07-huibao.pdf"
    print_pdf(page, out, CHROMIUM)
    return out


def test_cards_read_card_by_card_with_their_signs_and_footers_gone(deck):
    text = load_file(deck).text
    for k, v, d in CARDS[0] + CARDS[1]:
        assert (f"{k}{v}，{d}。" if d else f"{k}{v}。") in text.split("\n")
    assert "第1页" not in text and "某省商务厅" not in text
    assert "（续）" not in text and text.count("苍梧市 | 开发区上半年运行情况") == 1  # the continued slide goes on under it
    chunks, _ = chunk_document(load_file(deck), deck.name)
    assert [c["text"] for c in chunks if c["text"].startswith(("→", "▪"))] == BULLETS[0] + BULLETS[1]


def test_a_table_with_row_headers_is_no_card_row():
    rows = [Line(50, 90, 110, 99, "开发区"), Line(150, 90, 230, 99, "营业收入"), Line(300, 90, 360, 99, "增速")]
    rows += [Line(40, 106, 120, 115, "苍梧经开区"), Line(160, 106, 220, 115, "86.5亿元"), Line(305, 106, 355, 115, "+4.2%")]
    rows += [Line(40, 122, 120, 131, "苍梧高新区"), Line(160, 122, 220, 131, "30.2亿元"), Line(305, 122, 355, 131, "↓1.1%")]
    assert [ln.text for ln in read_tables(rows, 9)] == ["苍梧经开区 营业收入 86.5亿元 增速 +4.2%。",
                                                       "苍梧高新区 营业收入 30.2亿元 增速 ↓1.1%。"]


def test_signs_of_change_stay_with_their_figures(tmp_path, deck, embedding):
    settings = settings_under(tmp_path)
    (settings.docs_dir / deck.name).write_bytes(deck.read_bytes())
    assert not IndexingPipeline(settings, embedding).run().errors
    facts = {(f["indicator"], f["figure"]): f["number"] for f in BulletinQA(settings, embedding).snapshot.facts}
    assert facts[("营业收入同比", "+7.7%")] == 7.7          # 同比+7.7%: the sign is the figure's, not the indicator's
    assert facts[("进出口总额", "↓4.1%")] == -4.1           # ↓ is a fall
    assert facts[("规上工业企业", "1,208家")] == 1208
    assert facts[("营业收入", "1.06万亿元")] == 1.06
    assert facts[("工业增加值同比", "-1.8%")] == -1.8
    assert facts[("规上工业企业较上年末", "+37家")] == 37
