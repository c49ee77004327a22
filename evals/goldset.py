"""The gold set and the documents it is about.

`evals/gold/dev.jsonl` is tuned on freely; `evals/gold/test.jsonl` is written from the documents before
the code it exercises and never read while tuning (evals/gold/README.md). Each question names its
corpus: `sample` (documents/), `issues` (documents/ plus the synthetic later issues in evals/corpus/),
`other` (only the two synthetic issues of another province's bulletin in evals/corpus_other/), `pdf` (only
the two PDF issues of a third province's zone-first bulletin in evals/corpus_pdf/), `word` (only the two Word
issues of a fourth province's overview-and-table-first bulletin in evals/corpus_word/), `web` (only the two
saved web pages of a city's park bulletin, its counties as regions, in evals/corpus_web/), `inline` (only the
three issues, .doc/.docx/PDF, of another province's bulletin whose cities open their paragraphs inline, in
evals/corpus_inline/) or `scan` (only the three quarterly issues, scanned PDF/text PDF/.docx, of a city's brief
whose regions are its zones and their counties, in evals/corpus_scan/) or `month` (only the three monthly issues,
saved web page/printed PDF/.docx, of a province's 开发区运行监测通报 over cumulative months, in evals/corpus_month/)
or `county` (only the three issues, WeChat .txt/photographed .jpg pages/.docx, of a city 商务局's 开发区工作专报 whose
regions are its districts and counties, in evals/corpus_county/) or `theme` (only the three issues, LibreOffice-printed
PDF/GBK .htm/.doc, of a province's 开发区专题通报 whose sections are themes and whose cities report inside each
theme, in evals/corpus_theme/) or `digest` (only the three issues, Chromium-printed PDF/.docx/OA-mail .txt, of a
province's 开发区工作动态: numbered news items with fact headlines and a city-by-city table of prose cells, in
evals/corpus_digest/) or `slides` (only a province's 推进会 slide deck, Chromium-printed 16:9 PDF, and two 综合发展水平
评价 ranking issues, CMS .html and .docx, in evals/corpus_slides/) or `newsletter` (only the three issues of a province's
开发区工作简报/信息专报: a three-column Chromium-printed newsletter PDF, a .docx numbered by Word with a tracked change
and a footnote, and a WeChat article .html whose table is only an image, in evals/corpus_newsletter/) or `annual`
(only the three issues of a province's 考核通报/统计监测通报: a .docx with text boxes and a comment, a landscape
Chromium-printed PDF whose table has cities as columns, and a government-portal article .html, in evals/corpus_annual/)
or `tier` (only the four issues of a province's 开发区运行通报/监测: a .doc whose zones stand under tier headings, a portal
page printed by Chromium with the browser's header and footer, a .docx with a merged zone and a plan table, and a
LibreOffice-printed PDF, in evals/corpus_tier/) or `speech` (only the four files of a province's 推进会 speech, 督查通报
and monthly 快报: a Chromium-printed speech PDF, a .docx with a rectification table, and two saved web pages with
当月/累计/环比/同比 columns, in evals/corpus_speech/) or `press` (only the four files of a province's 新闻发布会 实录,
saved web page, a zone's own 工作总结 .docx and 自查报告 .doc in the first person, and a scanned 重点项目清单 as two PNG
pages, in evals/corpus_press/) or `minutes` (only the four files of a province's 考核结果通报, a two-column
Chromium-printed PDF with 红榜/黑榜 and a ranking table, a 会议纪要 .docx whose decisions carry 责任单位 and 完成时限,
and two issues of a 工作动态 saved as web pages of dated city items, in evals/corpus_minutes/) or `survey` (only the
four files of a province's 答记者问 saved as a web page, a 调研报告 Chromium printed with a running header and footer, a
重点项目推进台账 .docx whose city cells merge down, and a scanned one-page 统计快报 .png, in evals/corpus_survey/).

`CorpusView` is what grading and the gold check read of a corpus: its chunks (by id, as the indexer
cuts them, so ids match an index's) and which regions' text holds a string. It needs no embedding.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from index.loaders import LoadError, load_file
from index.pipeline import chunk_document
from index.read_alike import restore_regions
from index.zone_cities import place_zone_passages
from settings import ROOT

GOLD_DIR = Path(__file__).with_name("gold")
SPLITS = ("dev", "test")
CORPORA = {"sample": [ROOT / "documents"], "issues": [ROOT / "documents", Path(__file__).with_name("corpus")],
           "other": [Path(__file__).with_name("corpus_other")], "pdf": [Path(__file__).with_name("corpus_pdf")],
           "word": [Path(__file__).with_name("corpus_word")], "web": [Path(__file__).with_name("corpus_web")],
           "inline": [Path(__file__).with_name("corpus_inline")], "scan": [Path(__file__).with_name("corpus_scan")],
           "month": [Path(__file__).with_name("corpus_month")],
           "county": [Path(__file__).with_name("corpus_county")],
           "theme": [Path(__file__).with_name("corpus_theme")],
           "digest": [Path(__file__).with_name("corpus_digest")],
           "slides": [Path(__file__).with_name("corpus_slides")],
           "newsletter": [Path(__file__).with_name("corpus_newsletter")],
           "annual": [Path(__file__).with_name("corpus_annual")],
           "tier": [Path(__file__).with_name("corpus_tier")],
           "speech": [Path(__file__).with_name("corpus_speech")],
           "press": [Path(__file__).with_name("corpus_press")],
           "minutes": [Path(__file__).with_name("corpus_minutes")],
           "survey": [Path(__file__).with_name("corpus_survey")]}


def load_gold(*paths: Path) -> list[dict]:
    """The questions of the given files (default: every split), each with its `split` and `kind`."""
    paths = paths or tuple(GOLD_DIR / f"{s}.jsonl" for s in SPLITS)
    cases = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                case.setdefault("split", Path(path).stem if Path(path).stem in SPLITS else "dev")
                case.setdefault("kind", "figure")
                cases.append(case)
    return cases


def corpus_files(corpus: str) -> list[Path]:
    """The bulletins of a corpus: not its README, the script that writes one of them, its sources (`.in`) nor the
    questions its writer dropped (`.jsonl`)."""
    return sorted(p for folder in CORPORA[corpus] for p in folder.iterdir()
                  if p.is_file() and p.suffix not in (".md", ".py", ".in", ".jsonl") and not p.name.startswith("."))


def alternatives(expected) -> list[str]:
    return list(expected) if isinstance(expected, list) else [expected]


def _pattern(alt: str) -> re.Pattern:
    """A figure matches only whole: no digit or decimal point right before or after it (3个 is not in 23个)."""
    before = r"(?<![\d.])" if alt[:1].isdigit() else ""
    after = r"(?![\d.]?\d)" if alt[-1:].isdigit() else ""
    return re.compile(before + re.escape(alt) + after)


def holds(text: str, expected) -> bool:
    """Whether `text` holds one of the alternatives of `expected`, figures matched whole."""
    return any(_pattern(alt).search(text or "") for alt in alternatives(expected) if alt)


@dataclass
class CorpusView:
    chunks: dict[str, dict]                          # chunk id -> chunk dict (text, doc, region, period, …)
    manifest: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def from_snapshot(cls, snapshot) -> "CorpusView":
        return cls({c["id"]: c for c in snapshot.chunks}, dict(snapshot.manifest))

    @classmethod
    def build(cls, corpus: str) -> "CorpusView":
        """The corpus as the indexer cuts it, without embedding anything."""
        chunks, manifest = {}, {}
        for path in corpus_files(corpus):
            try:
                doc_chunks, doc = chunk_document(load_file(path), path.name)
            except LoadError:
                continue
            manifest[path.name] = doc
            chunks.update({c["id"]: c for c in doc_chunks})
        restore_regions(list(chunks.values()), [], manifest)  # as the pipeline does: a scan's misread county
        place_zone_passages(list(chunks.values()), [], manifest)  # and a zone's passage of no region
        return cls(chunks, manifest)

    def regions_holding(self, expected) -> set[str | None]:
        """The regions whose chunks hold `expected` (None: a chunk of no region)."""
        return {c.get("region") for c in self.chunks.values() if holds(c["text"], expected)}
