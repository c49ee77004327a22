"""Pure tests, no model: cleaning and structure of the real sample, periods and issues, Chinese BM25, fusion."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest
from llama_index.core.schema import QueryBundle, TextNode

from index.lexical import LexicalIndex
from index.loaders import load_file
from index.periods import Period, document_period
from index.pipeline import chunk_document
from index.structure import MAX_CHUNK_CHARS, CleanedDoc, clean_text, parse_sections
from index.tokenize import tokenize
from qa.retrieve import LexicalRetriever, score_fusion
from settings import ROOT

FIGURE = re.compile(r"\d+(?:\.\d+)?(?:亿元|万元|%|个|家|吨|人|件|GWh|MWh|MW)")
CREDIT = re.compile(r"^供稿\s*[:：]\s*(\S+?)市", re.M)


@pytest.fixture(scope="module")
def raw(sample_path) -> str:
    return load_file(sample_path).text


@pytest.fixture(scope="module")
def cleaned(sample_path) -> CleanedDoc:
    loaded = load_file(sample_path)
    return clean_text(loaded.text, loaded.title)


@pytest.fixture(scope="module")
def chunks(cleaned):
    return parse_sections(cleaned)


@pytest.fixture(scope="module")
def credits(cleaned) -> list[tuple[int, str]]:
    """(offset, city) of each contribution's `供稿:` line, read from the text itself."""
    return [(m.start(), m.group(1)) for m in CREDIT.finditer(cleaned.text)]


# --- cleaning ------------------------------------------------------------------------------------

@pytest.mark.parametrize("joined", ["利用平遥商会", "“三个一批”活动为抓手", "平定经开区湖大特塑", "重点下沉"])
def test_page_breaks_are_rejoined(cleaned, joined):
    assert joined in cleaned.text


def test_page_header_block_is_removed(raw, cleaned):
    raw_lines = [l.strip() for l in raw.splitlines() if l.strip()]
    header = {l for l, n in Counter(raw_lines).items() if n >= 2 and not l.startswith("【")}
    assert header == {"全省开发区", "“项目建设向‘新’突破 改革能级持续提升”特刊"}  # repeated on each page
    lines = cleaned.text.split("\n")
    assert not header & set(lines)
    cities = set(CREDIT.findall(raw))
    assert cities and cities <= set(raw_lines)  # the sample prints each city alone under a page header
    assert not cities & set(lines), "a page-header city label was left as a line"
    assert "" not in lines
    assert cleaned.title == "全省开发区“项目建设向‘新’突破 改革能级持续提升”特刊"


def test_figures_are_kept_verbatim(raw, cleaned):
    assert Counter(FIGURE.findall(raw)) == Counter(FIGURE.findall(cleaned.text))
    for figure in ("126.6亿元", "222.39亿元", "76.45%", "6124.6万元", "500MW/1000MWh", "10000吨"):
        assert figure in cleaned.text


def test_headings_and_items_stay_boundaries(cleaned):
    lines = cleaned.text.split("\n")
    for heading in ("【工作成绩及亮点】", "工作措施:", "【下一步工作计划】", "【2024年一季度工作成绩】"):
        assert heading in lines
    assert sum(l.startswith("一是") for l in lines) == 5  # five numbered lists in the two contributions


def test_clean_text_rejoins_a_cut_word_and_drops_headers():
    raw = ("全省开发区\n标题特刊\n晋中\n\n【工作成绩】\n一是项目建设。签约项目23个，共涉及投资额126.6亿元，平\n\n"
           "定经开区年产10000吨。\n\n二是改革。\n供稿:晋中市商务局\n\n全省开发区\n标题特刊\n阳泉\n\n【工作成绩】\n"
           "一是开工率76.45%。\n供稿:阳泉市商务局\n")
    doc = clean_text(raw)
    assert doc.text == ("【工作成绩】\n一是项目建设。签约项目23个，共涉及投资额126.6亿元，平定经开区年产10000吨。\n二是改革。\n"
                        "供稿:晋中市商务局\n【工作成绩】\n一是开工率76.45%。\n供稿:阳泉市商务局")
    assert doc.title == "全省开发区标题特刊"  # the header block's two lines make the publication's title
    assert [city for _, city in doc.region_labels] == ["晋中", "阳泉"]
    assert [(c.region, c.text[:4]) for c in parse_sections(doc)] == [("晋中", "一是项目"), ("晋中", "二是改革"),
                                                                     ("阳泉", "一是开工")]


# Contributions whose credit line names no city (供稿:晋中经开区管委会) must take the city of their page header.
_NO_CITY_CREDITS = ("全省开发区\n标题特刊\n晋中\n\n【工作成绩】\n一是项目建设。签约项目23个，投资额126.6亿元。\n"
                    "{page_break}二是改革。\n\n供稿:晋中经开区管委会\n\n全省开发区\n标题特刊\n阳泉\n\n【工作成绩】\n"
                    "一是开工率76.45%。\n\n供稿:阳泉高新区管委会\n")


def test_region_from_the_page_label_when_the_credit_names_no_city():
    chunks = parse_sections(clean_text(_NO_CITY_CREDITS.format(page_break="")))
    assert [c.region for c in chunks] == ["晋中", "晋中", "阳泉"]


def test_a_city_label_repeated_on_each_page_is_still_a_label():
    doc = clean_text(_NO_CITY_CREDITS.format(page_break="\n全省开发区\n标题特刊\n晋中\n\n"))
    assert "晋中" in [city for _, city in doc.region_labels]


# --- chunks ---------------------------------------------------------------------------------------

def test_every_chunk_is_a_slice_of_the_cleaned_text(cleaned, chunks):
    assert chunks
    for c in chunks:
        assert cleaned.text[c.start:c.end] == c.text
        assert c.text.strip() == c.text and c.text


def test_chunks_are_in_order_and_do_not_overlap(chunks):
    for a, b in zip(chunks, chunks[1:]):
        assert a.end <= b.start


def test_no_chunk_crosses_a_contribution(chunks, credits):
    assert len(credits) == 2
    for c in chunks:
        assert "供稿" not in c.text
        assert not any(c.start <= pos < c.end for pos, _ in credits)


def test_regions_come_from_the_credit_lines(chunks, credits, raw):
    assert {c.region for c in chunks} == {city for _, city in credits}
    bounds = [-1] + [pos for pos, _ in credits]
    for (lo, hi), (_, city) in zip(zip(bounds, bounds[1:]), credits):
        inside = [c for c in chunks if lo < c.start < hi]
        assert inside and all(c.region == city for c in inside), city
    # the second contribution names its city only at its end: no city line opens it
    second_start = credits[0][0]
    first_line_after = raw.split("供稿:", 1)[1].split("\n", 1)[1].strip().split("\n", 1)[0]
    assert first_line_after.startswith("【") and credits[1][1] not in first_line_after
    assert second_start < min(c.start for c in chunks if c.region == credits[1][1])


def test_sections_and_items(chunks):
    sections = {c.section for c in chunks}
    assert {"工作成绩及亮点", "工作措施", "下一步工作计划", "2024年一季度工作成绩"} <= sections
    for c in chunks:
        assert c.item and re.match(r"^[一二三四五六七八九十]+是", c.item), c.text[:20]
        assert c.text.startswith(c.item)
    by_item = {(c.region, c.section, c.item) for c in chunks}
    assert ("晋中", "工作成绩及亮点", "二是持续破局招商引资") in by_item
    assert ("晋中", "工作措施", "二是抓好项目建设") in by_item
    assert ("阳泉", "2024年一季度工作成绩", "二是加快“三个一批”项目推进") in by_item


def test_figures_land_in_their_city(chunks):
    def regions_of(figure):
        return {c.region for c in chunks if figure in c.text}
    assert regions_of("126.6亿元") == {"晋中"}
    assert regions_of("222.39亿元") == {"阳泉"}
    assert regions_of("10000吨聚酰胺") == {"阳泉"}


def test_a_long_paragraph_is_cut_at_sentence_ends():
    sentence = "一季度全市开发区完成规模以上工业增加值70.3亿元，同比增长8.1%。"
    paragraph = "一是持续凸显引擎作用。" + sentence * 40
    doc = CleanedDoc(f"【工作成绩及亮点】\n{paragraph}\n供稿:晋中市商务局", None)
    pieces = parse_sections(doc)
    assert len(pieces) > 1
    assert "".join(p.text for p in pieces) == paragraph
    for p in pieces:
        assert len(p.text) <= MAX_CHUNK_CHARS
        assert doc.text[p.start:p.end] == p.text
        assert p.text.endswith("。")
        assert (p.region, p.section, p.item) == ("晋中", "工作成绩及亮点", "一是持续凸显引擎作用")


def test_chunk_document_metadata(sample_path):
    chunks, doc = chunk_document(load_file(sample_path), sample_path.name)
    assert doc["regions"] == ["晋中", "阳泉"]
    assert doc["period"] == "2024年一季度"
    assert doc["title"] == "全省开发区“项目建设向‘新’突破 改革能级持续提升”特刊"
    assert doc["issue"] is None  # neither its title nor its file name says which issue
    assert len({c["id"] for c in chunks}) == len(chunks)
    for c in chunks:
        assert c["doc"] == sample_path.name and c["period"] == "2024年一季度"


# The synthetic second issue (.txt) prints its full title once, `全省开发区“…”特刊（2024年第2期）`, above the
# repeated page headers.
SECOND_ISSUE_TXT = ROOT / "evals" / "corpus" / "2024-07-kaifaqu-tekan-di2qi.txt"


def test_issue_from_a_title_line_printed_once():
    chunks, doc = chunk_document(load_file(SECOND_ISSUE_TXT), SECOND_ISSUE_TXT.name)
    assert doc["issue"] == "2024年第2期"


def test_a_title_line_printed_once_is_not_a_chunk():
    chunks, _ = chunk_document(load_file(SECOND_ISSUE_TXT), SECOND_ISSUE_TXT.name)
    assert not [c["text"] for c in chunks if "特刊" in c["text"]]


# --- periods and issues ------------------------------------------------------------------------

def test_document_period_of_the_sample(cleaned):
    assert document_period(cleaned.text, 2024) == Period(2024, 1, 3)
    assert document_period("没有期间的文字", 2024) is None


# --- tokenizer and BM25 ----------------------------------------------------------------------------

def test_tokenize_chinese():
    tokens = tokenize("阳泉签约一批项目的开工率，76.45%！")
    assert {"阳", "泉", "阳泉", "开工", "工率", "开工率"} <= set(tokens)
    assert not {"，", "！", "%", " ", ""} & set(tokens)
    assert tokenize("，。！？ ") == []


def test_bm25_finds_a_chinese_chunk(chunks):
    texts = [c.text for c in chunks]
    index = LexicalIndex.build(texts)
    scores = index.scores("阳泉签约一批项目的开工率")
    assert scores.shape == (len(texts),)
    best = texts[int(np.argmax(scores))]
    assert "开工率76.45%" in best
    assert "湖大特塑" in texts[int(np.argmax(index.scores("湖大特塑聚酰胺")))]


def test_bm25_unknown_words_and_empty_index(chunks):
    index = LexicalIndex.build([c.text for c in chunks])
    assert not index.scores("ZZZZ").any()
    empty = LexicalIndex.build([])
    assert empty.size == 0 and len(empty.scores("晋中")) == 0


def test_bm25_save_load_round_trip(chunks, tmp_path):
    texts = [c.text for c in chunks]
    index = LexicalIndex.build(texts)
    index.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25", len(texts))
    for query in ("晋中签约项目投资额", "平定经开区湖大特塑", "开工率"):
        np.testing.assert_allclose(loaded.scores(query), index.scores(query))
    assert LexicalIndex.load(tmp_path / "nothing", 0).size == 0


def test_bm25_does_not_score_question_words():
    """A passage full of question words (什么, 为什么, 哪里) never outranks one about what is asked."""
    texts = ["有人问：它是什么？为什么会这样？哪里能看到？", "黄河发源于青藏高原巴颜喀拉山脉北麓。",
             "长江是中国第一长河。", "泰山位于山东省。"]
    retriever = LexicalRetriever(LexicalIndex.build(texts), [TextNode(id_=str(i), text=t) for i, t in enumerate(texts)])
    for question, own in (("为什么黄河是什么颜色？", "1"), ("山东有什么山？", "3"), ("黄河发源于哪里？", "1")):
        hits = retriever.search(QueryBundle(question))
        assert hits[0].node.node_id == own, question


# --- score fusion --------------------------------------------------------------------------------------

def test_fusion_scales_each_ranking_to_its_own_range():
    dense, lexical = [("a", 0.90), ("b", 0.85), ("c", 0.80)], [("b", 30.0), ("d", 10.0)]
    fused = score_fusion(dense, lexical, lexical_weight=0.5)
    assert fused["a"] == pytest.approx(0.5)            # dense best, no BM25 score
    assert fused["b"] == pytest.approx(0.25 + 0.5)     # halfway in the dense range, BM25 best
    assert fused["c"] == pytest.approx(0.0) and fused["d"] == pytest.approx(0.0)
    assert set(fused) == {"a", "b", "c", "d"}


def test_fusion_keeps_margins_that_ranks_lose():
    """BM25 first by far and dense second by a hair beats the reverse; by ranks alone the two would tie."""
    dense = [("other", 0.86), ("own", 0.859), ("x", 0.80)]
    lexical = [("own", 40.0), ("other", 12.0), ("x", 10.0)]
    fused = score_fusion(dense, lexical)
    assert max(fused, key=fused.get) == "own"


def test_fusion_invariants():
    dense, lexical = [("a", 0.9), ("b", 0.7), ("c", 0.6)], [("c", 9.0), ("a", 8.0), ("e", 1.0)]
    fused = score_fusion(dense, lexical)
    assert all(0.0 <= s <= 1.0 for s in fused.values())
    assert max(fused, key=fused.get) == "a"  # high in both wins
    alone = score_fusion([("x", 0.5), ("y", 0.4), ("z", 0.3)], [])
    assert sorted(alone, key=alone.get, reverse=True) == ["x", "y", "z"]  # one ranking keeps its order
    scaled = score_fusion([(i, 10 * s) for i, s in dense], [(i, s / 7) for i, s in lexical])
    assert scaled == pytest.approx(fused)  # neither side's scale matters
    assert score_fusion([], []) == {}
    assert score_fusion([("a", 0.5)], [("a", 3.0)]) == {"a": pytest.approx(1.0)}  # one hit is its list's best
