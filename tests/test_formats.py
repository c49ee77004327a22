"""Bulletins as they really arrive: printed PDFs (one and two columns), a 150 dpi scan and a .doc.

The files are made once per session from `evals/corpus/2024-07-kaifaqu-tekan-di2qi.txt` by headless Chromium
(`--print-to-pdf`, Noto CJK), pypdfium2 (the scan) and LibreOffice (the .doc); OCR results are kept in pytest's
cache folder, so a rerun reads no page again. Each format, indexed with the .txt's companions, must answer the
gold questions about that issue as the .txt does, with the same figures and regions. Unit tests cover the
pieces: normalisation, columns, furniture, line joining, page numbers through cleaning.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from evals.bulletin_files import build_formats
from evals.formats import SOURCE, ask, index_format, issue_questions, misread_questions
from evals.goldset import CorpusView
from evals.grade import grade
from evals.ocr_quality import text_diff
from index.layout import Line, drop_furniture, paragraphs, reading_order
from index.loaders import LoadError, load_file
from index.normalize import normalize_text
from index.ocr import OcrOptions, OcrReader
from index.pages import PageText, join_pages, page_at, page_marks
from index.pdf import _chains, _glyphs, _line
from index.pipeline import IndexingPipeline, chunk_document
from index.structure import clean_text

FORMATS = ("pdf-1col", "pdf-2col", "scan-150dpi", "doc")


# ---- normalisation ---------------------------------------------------------------------------

def test_kangxi_radicals_and_compatibility_ideographs_become_unified() -> None:
    assert normalize_text("⼤同⼯业⼀是⽉") == "大同工业一是月"
    assert normalize_text("\u2e9f\uf900") == "母豈"  # CJK Radicals Supplement, CJK compatibility ideograph


def test_full_width_punctuation_and_figures_stay_verbatim() -> None:
    text = "增加值５８.６亿元，同比增长9.4％；（一季度）：“新”、１２３。"
    assert normalize_text(text) == text


def test_spaces_extraction_inserted_go_and_word_spaces_stay() -> None:
    assert normalize_text("氢 能 装 备 制 造 项 ⽬ 3 个 , 总 投 资 35 亿 元") == "氢能装备制造项目3个,总投资35亿元"
    assert normalize_text("“ 项⽬建设向 ‘ 新 ’ 突破") == "“项目建设向‘新’突破"
    row = "祁县经开区 规模以上工业增加值 12.3亿元 同比增长 8.1%。"
    assert normalize_text(row) == row
    assert normalize_text("突破 改革能级") == "突破 改革能级"


# ---- layout: columns, furniture, paragraphs --------------------------------------------------

def _column(x0: float, y0: float, texts: list[str], width: float = 200, size: float = 10) -> list[Line]:
    return [Line(x0, y0 + i * 16, x0 + width, y0 + i * 16 + size, t) for i, t in enumerate(texts)]


def test_columns_are_read_one_after_the_other_below_a_title_across_both() -> None:
    title = Line(100, 20, 420, 36, "全省开发区特刊")
    left = _column(50, 60, [f"左{i}" for i in range(6)])
    right = _column(290, 60, [f"右{i}" for i in range(6)])
    lines = [title] + [ln for pair in zip(left, right) for ln in pair]  # stored across the page
    random.Random(3).shuffle(lines)
    order = [ln.text for block in reading_order(lines) for ln in block]
    assert order == ["全省开发区特刊"] + [f"左{i}" for i in range(6)] + [f"右{i}" for i in range(6)]


def test_a_table_in_one_column_is_not_taken_for_columns() -> None:
    body = _column(50, 60, [f"正文{i}" for i in range(8)], width=440)
    table = [Line(50, 200 + i * 16, 150, 210 + i * 16, f"名{i}") for i in range(3)] + \
            [Line(300, 200 + i * 16, 400, 210 + i * 16, f"值{i}") for i in range(3)]
    order = [ln.text for block in reading_order(body + table) for ln in block]
    assert order[-3:] == ["名0 值0", "名1 值1", "名2 值2"]


def test_running_headers_footers_and_page_numbers_are_dropped() -> None:
    pages, heights = [], []
    for n, header in enumerate(["“项目建设向‘新’突破”特刊", "“项目建设向?新突破\"特刊", "项目建设向“新突破”特刊"], 1):
        body = _column(50, 200, [f"第{n}页正文，不是页眉。", "一是…"], width=440)
        pages.append([Line(150, 20, 400, 30, header)] + body + [Line(280, 800, 310, 810, f"- {n} -")])
        heights.append(842.0)
    kept = drop_furniture(pages, heights)
    assert [[ln.text for ln in page] for page in kept] == [[f"第{n}页正文，不是页眉。", "一是…"] for n in (1, 2, 3)]


def test_a_single_page_keeps_its_header_but_not_its_page_number() -> None:
    page = [Line(150, 20, 400, 30, "某市统计简报")] + _column(50, 200, ["正文。"]) + [Line(280, 800, 330, 810, "第 1 页")]
    assert [ln.text for ln in drop_furniture([page], [842.0])[0]] == ["某市统计简报", "正文。"]


def test_wrapped_lines_are_joined_and_a_cut_figure_rejoined() -> None:
    block = [Line(70, 100, 450, 110, "一是工业稳中有进。1-6月,全市规模以上工业增加值58.6亿"),
             Line(50, 116, 450, 126, "元,同比增长9.4%,高于全省平均水平2.1个百分点,其中制造业增"),
             Line(50, 132, 200, 142, "加值增长11.2%。"),
             Line(70, 148, 450, 158, "二是投资较快增长。全市固定资产投资完成126.6亿元,同比增长"),
             Line(50, 164, 160, 174, "8.3%。"),
             Line(50, 180, 160, 190, "【下一步工作计划】"),
             Line(50, 196, 450, 206, "三是无缩进的段落开头也在标题之后另起一段,后面还有文字继续"),
             Line(50, 212, 300, 222, "写到第二行。")]
    assert paragraphs([block]) == [
        "一是工业稳中有进。1-6月,全市规模以上工业增加值58.6亿元,同比增长9.4%,高于全省平均水平2.1个百分点,"
        "其中制造业增加值增长11.2%。",
        "二是投资较快增长。全市固定资产投资完成126.6亿元,同比增长8.3%。",
        "【下一步工作计划】",
        "三是无缩进的段落开头也在标题之后另起一段,后面还有文字继续写到第二行。"]


def test_page_numbers_survive_cleaning() -> None:
    pages = [PageText(1, "某市简报\n一是工业增长。增加值58.6亿"), PageText(2, "某市简报\n元,增长9.4%。\n二是投资增长。")]
    raw, spans = join_pages(pages)
    cleaned = clean_text(raw).text
    marks = page_marks(raw, spans, cleaned)
    assert "58.6亿元,增长9.4%" in cleaned
    assert page_at(marks, cleaned.index("一是")).number == 1
    assert page_at(marks, cleaned.index("二是")).number == 2


# ---- the bulletin in every format ------------------------------------------------------------

@pytest.fixture(scope="session")
def format_files(tmp_path_factory) -> dict[str, Path]:
    return build_formats(SOURCE, tmp_path_factory.mktemp("formats"))


@pytest.fixture(scope="session")
def ocr_cache(request) -> Path:
    return Path(request.config.cache.mkdir("bqa-ocr"))


def _chunks(path: Path, ocr: OcrReader | None = None) -> list[dict]:
    return chunk_document(load_file(path, ocr=ocr), SOURCE.name)[0]


@pytest.mark.parametrize("name", ["pdf-1col", "pdf-2col", "doc"])
def test_text_formats_give_the_txt_chunks(format_files, name) -> None:
    """Same paragraphs, regions, sections and periods as the .txt; radicals and furniture gone."""
    expected, got = _chunks(SOURCE), _chunks(format_files[name])
    assert ["".join(c["text"].split()) for c in got] == ["".join(c["text"].split()) for c in expected]
    assert [(c["region"], c["section"], c["period"]) for c in got] == \
           [(c["region"], c["section"], c["period"]) for c in expected]
    if name.startswith("pdf"):
        assert [c["page"] for c in got] == sorted(c["page"] for c in got) and got[-1]["page"] == 3


def test_columns_do_not_depend_on_the_order_text_is_stored(format_files) -> None:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(format_files["pdf-2col"])
    try:
        glyphs = _glyphs(pdf[0], pdf[0].get_textpage())
    finally:
        pdf.close()
    in_order = [ln.text for b in reading_order([_line(c) for c in _chains(glyphs)]) for ln in b]
    random.Random(7).shuffle(glyphs)
    assert [ln.text for b in reading_order([_line(c) for c in _chains(glyphs)]) for ln in b] == in_order


def test_ocr_of_the_scan_changes_no_figure(format_files, ocr_cache) -> None:
    progress = []
    reader = OcrReader(ocr_cache, progress=lambda *a: progress.append(a))
    scanned = load_file(format_files["scan-150dpi"], ocr=reader)
    diff = text_diff(load_file(format_files["pdf-2col"]).text, scanned.text)
    assert diff["figures"] > 80 and diff["figures_missing"] == [], diff  # every figure of the pages read right
    assert diff["chars_differ_folded"] < diff["chars"] * 0.03, diff
    assert [s.ocr for s in scanned.pages] == [True, True, True]
    assert [(done, total) for stage, done, total in progress if "OCR" in stage] == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_the_text_diff_tells_misread_words_from_misread_punctuation() -> None:
    diff = text_diff("晋中市“四上”企业37家，增长9.4%。", "普中市\"四上\"企业37家,增长9.4%")
    assert diff["figures_missing"] == [] and diff["word_chars_differ"] == 1  # 晋 -> 普
    assert diff["chars_differ_folded"] == 4 and diff["chars_differ"] == 5  # and “ ” 。 (，-> , folded away)


@pytest.mark.parametrize("limit, longest", [(2000, 1760), (960, 960)])
def test_the_detector_sees_the_page_at_the_size_asked(format_files, limit, longest) -> None:
    """rapidocr 1.4.4 sizes the detector's page by the page alone (960, 1500 or 2000 px) whatever limit it is
    given; OcrOptions makes the limit hold. The scan's A4 page, 1754 px high at 150 dpi, is seen whole (1760 in
    steps of 32 px)."""
    import numpy as np
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(format_files["scan-150dpi"])
    try:
        page = pdf[0].render(scale=150 / 72).to_pil().convert("RGB")
    finally:
        pdf.close()
    pixels = np.ascontiguousarray(np.asarray(page)[:, :, ::-1])
    detector = OcrOptions(det_limit_side_len=limit).engine().text_det
    assert max(detector.get_preprocess(max(pixels.shape[:2]))(pixels).shape[2:]) == longest


@pytest.fixture(scope="session")
def format_indexes(format_files, ocr_cache, embedding, tmp_path_factory):
    root = tmp_path_factory.mktemp("format-indexes")
    out = {"txt": index_format(SOURCE, root / "txt", embedding, None)[0]}
    warm = root / "txt" / "store" / "embeddings.sqlite"
    for name in FORMATS:
        out[name] = index_format(format_files[name], root / name, embedding, ocr_cache, warm)[0]
    return out


@pytest.mark.parametrize("name", FORMATS)
def test_each_format_answers_the_issue_questions_like_the_txt(format_indexes, format_files, name) -> None:
    cases = issue_questions()
    assert len(cases) >= 10
    doc = format_files[name].name
    views = {k: CorpusView.from_snapshot(format_indexes[k].snapshot) for k in ("txt", name)}
    misread = misread_questions(format_indexes[name], cases, doc)
    assert misread == ([] if name != "scan-150dpi" else ["i35"])  # OCR reads 器皿 as 器血 (evals.formats counts it)
    for case in (c for c in cases if c["id"] not in misread):
        txt, got = ask(format_indexes["txt"], case), ask(format_indexes[name], case)
        assert grade(case, got, views[name]).get("correct") == grade(case, txt, views["txt"]).get("correct"), case["q"]
        assert [c["region"] for c in got["citations"]] == [c["region"] for c in txt["citations"]], case["q"]
        for cite in got["citations"]:
            if cite["doc"] == doc and name != "doc":
                assert isinstance(cite["page"], int) and cite["ocr"] == (name == "scan-150dpi")


def test_a_citation_names_its_page(format_indexes) -> None:
    result = format_indexes["pdf-2col"].ask("阳泉上半年新申报了几家“四上”企业？")
    cite = result["citations"][0]
    assert "37家" in cite["quote"] and cite["page"] == 2 and cite["ocr"] is False


def test_an_image_is_read_once(fresh_settings, embedding, format_files) -> None:
    """A .png bulletin is OCR'd at the first index run; a second run, even a rebuild, reads no page."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(format_files["scan-150dpi"])
    try:
        pdf[2].render(scale=150 / 72).to_pil().save(fresh_settings.docs_dir / "阳泉 第3页.png")
    finally:
        pdf.close()
    first = IndexingPipeline(fresh_settings, embedding).run()
    assert first.errors == [] and first.ocr_pages == 1 and first.chunks >= 5
    assert first.warnings == []  # a clean scan is read with high confidence
    again = IndexingPipeline(fresh_settings, embedding).run()
    rebuilt = IndexingPipeline(fresh_settings, embedding).run(rebuild=True)
    assert again.unchanged == 1 and again.ocr_pages == 0 and rebuilt.ocr_pages == 0 and rebuilt.chunks == first.chunks


def test_a_blurred_scan_is_indexed_with_a_low_confidence_warning(fresh_settings, embedding, format_files,
                                                                 ocr_cache) -> None:
    """A third of a page scanned at about 38 dpi (fax quality, saved at 150 dpi): OCR still reads most of it,
    with low confidence, and the index summary says so next to the file, as a warning and not an error."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(format_files["pdf-2col"])
    try:
        coarse = pdf[0].render(scale=38 / 72).to_pil()
    finally:
        pdf.close()
    top = coarse.crop((0, 0, coarse.width, coarse.height // 3))
    top.resize((top.width * 4, top.height * 4)).save(fresh_settings.docs_dir / "模糊扫描件.png")
    cache = fresh_settings.store_dir / "ocr-cache"
    shutil.copytree(ocr_cache, cache, dirs_exist_ok=True)  # read once across test runs: OCR is slow
    report = IndexingPipeline(fresh_settings, embedding).run().to_dict()
    shutil.copytree(cache, ocr_cache, dirs_exist_ok=True)
    assert report["errors"] == [] and report["added"] == 1 and report["chunks"] >= 1
    assert [w["file"] for w in report["warnings"]] == ["模糊扫描件.png"]
    assert "识别置信度较低" in report["warnings"][0]["warning"] and "第 1 页" in report["warnings"][0]["warning"]


def test_doc_without_libreoffice_names_it(format_files, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on this PATH
    with pytest.raises(LoadError, match="LibreOffice"):
        load_file(format_files["doc"])


def test_wps_goes_through_libreoffice_too(format_files, tmp_path) -> None:
    wps = tmp_path / "特刊.wps"
    wps.write_bytes(format_files["doc"].read_bytes())  # WPS Writer saves Word-97-compatible files under .wps
    assert [c["text"] for c in _chunks(wps)] == [c["text"] for c in _chunks(format_files["doc"])]


def test_a_broken_image_is_reported_in_plain_words(tmp_path) -> None:
    path = tmp_path / "扫描件.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"truncated")
    with pytest.raises(LoadError, match="图片文件已损坏"):
        load_file(path)


def test_a_mixed_pdf_reads_only_its_scanned_pages(format_files, ocr_cache, tmp_path) -> None:
    import pypdfium2 as pdfium
    sources = [pdfium.PdfDocument(format_files["pdf-2col"]), pdfium.PdfDocument(format_files["scan-150dpi"])]
    mixed = pdfium.PdfDocument.new()
    try:
        mixed.import_pages(sources[0], [0])
        mixed.import_pages(sources[1], [1])
        mixed.save(tmp_path / "mixed.pdf")
    finally:
        for pdf in [mixed, *sources]:
            pdf.close()
    reader = OcrReader(ocr_cache)
    loaded = load_file(tmp_path / "mixed.pdf", ocr=reader)
    assert [(s.number, s.ocr) for s in loaded.pages] == [(1, False), (2, True)]
    assert reader.stats.pages + reader.stats.cached == 1
