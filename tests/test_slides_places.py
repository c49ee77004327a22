"""Places and periods of a province's ranking material and 推进会 deck: a city no bulletin writes, whose name jieba
glues to its 市 (霁|原市) or writes before a kind of zone only a place's name takes (霁原经开区), is withheld, not
answered with the province's average or another city's zone. Invented bulletins indexed by the real pipeline with
the real model."""
from __future__ import annotations

import jieba.posseg
import pytest

from qa.segment import join_place_names
from tests.conftest import index_files

_RANKING = """某省商务厅关于2025年全省开发区综合发展水平评价结果的通报
各市商务局，各开发区管委会：
2025年，全省开发区综合得分平均为81.26分，比上半年提高0.9分。现将评价结果通报如下。
一、评价结果
苍梧经济技术开发区综合得分92.17分，居全省第1位，所在市为苍梧市。
苍梧高新技术产业开发区综合得分86.40分，居全省第3位，所在市为苍梧市。
蓼原经济开发区综合得分88.05分，居全省第2位，所在市为蓼原市。
溆川产业园综合得分70.12分，居全省第4位，营业收入同比下降，拖累排名。
二、下一步工作
各开发区要对照评价指标查找短板，补齐弱项。
"""


@pytest.fixture(scope="module")
def ranking_qa(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("slides-ranking"), {"2026-02-pingjia.txt": _RANKING}, embedding)


@pytest.mark.parametrize("text, name", [("霁原市开发区综合评价情况怎么样", "霁原市"), ("霁原县营收多少", "霁原县")])
def test_a_name_glued_to_its_city_word_is_one_place(text, name):
    words = [w.word for w in join_place_names(list(jieba.posseg.cut(text)))]
    assert name in words


@pytest.mark.parametrize("text", ["大城市有哪些", "拟上市企业有几家", "全市开发区营收多少", "各县营收多少"])
def test_a_word_of_places_or_trades_is_no_name(text):
    words = list(jieba.posseg.cut(text))
    assert [w.word for w in join_place_names(words)] == [w.word for w in words]


@pytest.mark.parametrize("question", ["霁原市开发区2025年综合评价情况怎么样？", "霁原经开区2025年综合得分多少？",
                                      "2025年霁原高新区排第几？"])
def test_an_unwritten_city_or_its_zone_is_withheld(ranking_qa, question):
    answer = ranking_qa.ask(question)
    assert answer["abstained"], answer["answer"]
    assert "霁原" in answer["answer"] and "81.26" not in answer["answer"] and "92.17" not in answer["answer"]


def test_a_written_zone_beside_an_unwritten_one_is_answered(ranking_qa):
    answer = ranking_qa.ask("2025年苍梧经开区和霁原经开区综合得分各多少？")
    assert "92.17" in answer["answer"] and "霁原经开区" in answer["answer"]


_DECK = """某省2026年上半年开发区工作推进会汇报材料
某省商务厅
2026年7月10日

苍梧市 | 开发区上半年运行情况
亮点
▪ 苍梧经开区营业收入512.6亿元，同比+6.2%，新增规上工业企业21家
▪ 苍梧高新区营业收入300.4亿元，同比+8.1%

苍梧市 | 开发区上半年运行情况（续）
下一步
→ 推动苍梧经开区新材料产业园二期9月投产，新增产能8万吨

蓼原市｜蓼原经开区上半年运行情况
亮点
▪ 化工新材料产业产值96.8亿元，同比+4.4%
下一步
→ 年内建成污水处理厂提标改造工程，新增处理能力3万吨

全省小结
● 全省开发区营业收入2316.5亿元，同比+5.9%
● 两个市开发区营业收入均保持正增长
"""


@pytest.fixture(scope="module")
def deck_qa(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("slides-deck"), {"2026-07-huibao.txt": _DECK}, embedding)


def _region_of(qa, phrase: str) -> str | None:
    return next(c.get("region") for c in qa.snapshot.chunks if phrase in c["text"])


def test_a_slide_titled_by_its_city_is_that_citys_and_so_is_its_continuation(deck_qa):
    assert _region_of(deck_qa, "512.6亿元") == "苍梧"
    assert _region_of(deck_qa, "新增产能8万吨") == "苍梧"  # the （续） slide
    assert _region_of(deck_qa, "96.8亿元") == "蓼原"  # bullets naming no zone: the title's city


def test_the_wholes_slide_after_the_cities_is_no_citys(deck_qa):
    assert _region_of(deck_qa, "2316.5亿元") is None


def test_a_citys_plans_on_its_slide_are_answered_as_that_citys(deck_qa):
    answer = deck_qa.ask("蓼原市下一步有什么打算？")
    assert "3万吨" in answer["answer"] and "8万吨" not in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"蓼原"}


def _table(*rows: str) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split()) + "</tr>" for r in rows) + "</table>"


_COMMENTS_THEN_TABLE = f"""<html><head><meta charset="utf-8"><title>某省2025年全省开发区综合发展水平评价结果通报</title></head><body>
<h1>某省2025年全省开发区综合发展水平评价结果通报</h1>
<p>各市商务局，各开发区管委会：</p>
<p>2025年，全省开发区综合得分平均为80.12分。</p>
<h2>一、评价结果</h2>
{_table("位次 开发区 所在市 综合得分", "1 苍梧经济技术开发区 苍梧市 91.20", "2 蓼原高新技术产业开发区 蓼原市 88.75",
        "3 苍梧港口物流园区 苍梧市 79.40", "3 溆川产业园 溆川市 79.40")}
<h2>二、开发区点评</h2>
<p>苍梧经开区：综合得分91.20分，居全省第1位。<br>蓼原高新区：综合得分88.75分，居全市第1位。<br>
溆川产业园：综合得分79.40分，与苍梧港口物流园区并列全省第3位。</p>
<h2>三、主要指标</h2>
{_table("开发区 所在市 营业收入（亿元） 同比增长（%）", "苍梧经济技术开发区 苍梧市 703.6 6.4",
        "蓼原高新技术产业开发区 蓼原市 455.1 7.9", "苍梧港口物流园区 苍梧市 120.8 2.3", "溆川产业园 溆川市 66.2 1.5")}
</body></html>
"""


@pytest.fixture(scope="module")
def comments_qa(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("slides-comments"), {"2026-02-pingjia.html": _COMMENTS_THEN_TABLE},
                       embedding)


def test_a_zones_comment_by_its_short_name_is_its_citys(comments_qa):
    assert _region_of(comments_qa, "居全省第1位") == "苍梧"
    assert _region_of(comments_qa, "居全市第1位") == "蓼原"


def test_a_table_after_the_last_zones_comment_is_not_that_zones(comments_qa):
    assert _region_of(comments_qa, "703.6") == "苍梧"
    assert _region_of(comments_qa, "455.1") == "蓼原"
    assert _region_of(comments_qa, "66.2") == "溆川"


def test_a_zone_named_beside_a_tied_one_stays_its_own_citys(comments_qa):
    assert _region_of(comments_qa, "120.8") == "苍梧"  # named in 溆川产业园's comment, led by its own row


def test_a_remedy_asked_is_withheld_where_only_the_state_is_written(ranking_qa):
    answer = ranking_qa.ask("溆川产业园排名靠后，通报要求怎么办？")
    assert answer["abstained"], answer["answer"]  # 拖累排名 restates the state; no way to meet it is written


def test_a_way_of_a_year_before_every_bulletin_is_withheld(deck_qa):
    answer = deck_qa.ask("2024年蓼原市是怎么建设污水处理厂的？")
    assert answer["abstained"] and "3万吨" not in answer["answer"], answer["answer"]
