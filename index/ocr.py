"""OCR of scanned pages and image files with RapidOCR (PP-OCRv4 models inside the wheel, offline).

`OcrReader.read` takes a page image and returns its text lines with boxes; results are cached by the
image's hash (and the OCR settings) in a folder under the store, so an unchanged scan is never read
twice. The direction classifier only runs on a page whose first reading has low confidence (a page
scanned upside down); pages that stay under `LOW_CONFIDENCE` are reported as warnings. `read_pages` reads
`OcrOptions.workers` pages at once, each with an engine of its own on one core: onnxruntime releases the GIL,
and two pages side by side use two cores better than one page's model calls split over two threads.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import queue
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from PIL import Image, ImageSequence, UnidentifiedImageError

from index.layout import Line, page_texts
from index.ocr_signs import with_minus_signs
from index.pages import PageText

log = logging.getLogger(__name__)
LOW_CONFIDENCE = 0.85
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})


class ImageError(Exception):
    """An image file that cannot be read; the message is for staff."""


@dataclass(frozen=True)
class OcrOptions:
    """What the engine is asked to do; measured choices (see README, `python -m evals.formats`)."""
    dpi: int = 150                        # scanned PDF pages are rendered at this resolution
    det_limit_side_len: int | None = 1152  # the detector sees the page scaled down to this longest side (None:
                                           # RapidOCR's defaults): a quarter less CPU than 2000 px, same figures
    threads: int | None = 1               # onnxruntime intra-op threads (None: onnxruntime's choice)
    use_cls: bool = False                 # direction classifier: only for pages read with low confidence
    rec_batch: int | None = 1             # lines recognised per model call; a batch is padded to its widest line
    rec_height: int | None = 40           # lines are scaled to this height for recognition (None: the model's 48)
    workers: int = 2                      # pages read at once, each by an engine of its own (BQA_OCR_WORKERS)

    def key(self) -> str:
        return (f"rapidocr-1.4.4/det{self.det_limit_side_len}/cls{int(self.use_cls)}/rec{self.rec_height}"
                f"/batch{self.rec_batch}/pieces/minus")

    def engine(self):
        """A RapidOCR engine set up as these options say (one per page read at once)."""
        from rapidocr_onnxruntime import RapidOCR  # 0.3 s and onnxruntime: only when a scan arrives
        from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess
        engine = RapidOCR(**self.engine_args())
        if self.det_limit_side_len:  # rapidocr 1.4.4 ignores a "max" limit: it picks 960, 1500 or 2000 px
            det, limit = engine.text_det, self.det_limit_side_len  # by the page's size, so set it here
            det.get_preprocess = lambda longest: DetPreProcess(limit, "max", det.mean, det.std)
        return engine

    def engine_args(self) -> dict:
        args: dict = {}
        if self.det_limit_side_len:  # only the detector sees a smaller page; recognition keeps full size
            args.update(det_limit_type="max", det_limit_side_len=self.det_limit_side_len, max_side_len=4000)
        if self.threads:
            args["intra_op_num_threads"] = min(self.threads, os.cpu_count() or 1)
        if self.rec_batch:
            args["rec_batch_num"] = self.rec_batch
        if self.rec_height:
            args["rec_img_shape"] = [3, self.rec_height, 320]
        return args


@dataclass
class OcrPage:
    lines: list[Line]
    confidence: float  # mean over the recognised lines (1.0 for a page without text)
    width: int
    height: int


@dataclass
class OcrStats:
    pages: int = 0
    cached: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


class OcrReader:
    """Reads page images; thread-safe: each thread reading a page borrows an engine of its own (an engine
    loads when a page not found in the cache needs one)."""

    def __init__(self, cache_dir: Path | None = None, options: OcrOptions = OcrOptions(),
                 progress: Callable[[str, int, int], None] | None = None):
        self.cache_dir = cache_dir
        self.options = options
        self.progress = progress or (lambda *a: None)
        self.stats = OcrStats()
        self._idle: queue.SimpleQueue = queue.SimpleQueue()  # engines not reading a page right now
        self._counting = threading.Lock()

    @contextmanager
    def engine(self):
        try:
            engine = self._idle.get_nowait()
        except queue.Empty:
            engine = self.options.engine()
        try:
            yield engine
        finally:
            self._idle.put(engine)

    def read(self, image: Image.Image) -> OcrPage:
        image = image.convert("RGB")
        digest = hashlib.sha256(self.options.key().encode() + repr(image.size).encode() + image.tobytes()).hexdigest()
        cached = self._cached(digest)
        if cached is not None:
            with self._counting:
                self.stats.cached += 1
            return cached
        with self.engine() as engine:
            page = self._recognise(engine, image)
        with self._counting:
            self.stats.pages += 1
        self._store(digest, page)
        return page

    def _recognise(self, engine, image: Image.Image) -> OcrPage:
        import numpy as np
        # BGR, RapidOCR's order, in a contiguous copy: given a strided view, OpenCV copied the page per line
        pixels = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
        page = self._page(engine(pixels, use_cls=self.options.use_cls, return_word_box=True)[0], image.size)
        if page.lines and page.confidence < LOW_CONFIDENCE and not self.options.use_cls:
            turned = self._page(engine(pixels, use_cls=True, return_word_box=True)[0], image.size)
            page = turned if turned.confidence > page.confidence else page
        page.lines = with_minus_signs(np.asarray(image.convert("L")), page.lines)
        return page

    @staticmethod
    def _page(boxes, size: tuple[int, int]) -> OcrPage:
        lines, scores = [], []
        for corners, text, score, *words in boxes or []:
            if text.strip():
                lines += _pieces(corners, text, words[0] if words else None)
                scores.append(float(score))
        confidence = sum(scores) / len(scores) if scores else 1.0
        return OcrPage(lines, round(confidence, 4), size[0], size[1])

    def _cached(self, digest: str) -> OcrPage | None:
        path = self.cache_dir / f"{digest}.json" if self.cache_dir else None
        if path is None or not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return OcrPage([Line(**ln) for ln in data["lines"]], data["confidence"], data["width"], data["height"])
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("OCR cache entry %s unreadable, reading the page again: %r", path.name, err)
            return None

    def _store(self, digest: str, page: OcrPage) -> None:
        if self.cache_dir is None:
            return
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_dir / f".{digest}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps({**asdict(page), "lines": [asdict(ln) for ln in page.lines]},
                                  ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.cache_dir / f"{digest}.json")  # atomic: a killed run leaves no half entry

    def read_pages(self, images: list[tuple[int, Callable[[], Image.Image]]], label: str) -> dict[int, OcrPage]:
        """Page number -> OCR result, with progress per page. `options.workers` pages are read at once; each
        image is rendered in the calling thread (PDFium is not thread-safe) when a worker is free for it."""
        stage, out, workers = f"识别文字（OCR）{label}", {}, max(1, self.options.workers)
        read_before, started = self.stats.pages, time.perf_counter()
        self.progress(stage, 0, len(images))
        with ThreadPoolExecutor(workers, thread_name_prefix="ocr") as pool:
            reading: dict = {}
            for number, render in images:
                if len(reading) >= workers:
                    self._collect(reading, wait(reading, return_when=FIRST_COMPLETED).done, out, stage, len(images))
                reading[pool.submit(self.read, render())] = number
            self._collect(reading, list(reading), out, stage, len(images))
        if self.stats.pages > read_before:  # pages found in the cache take no OCR time
            self.stats.seconds += time.perf_counter() - started
        for number, page in sorted(out.items()):
            if page.lines and page.confidence < LOW_CONFIDENCE:
                self.stats.warnings.append(f"{label} 第 {number} 页识别置信度较低（{page.confidence:.2f}），请核对")
        return out

    def _collect(self, reading: dict, done, out: dict, stage: str, total: int) -> None:
        for future in done:
            out[reading.pop(future)] = future.result()
            self.progress(stage, len(out), total)


def _pieces(corners, text: str, words) -> list[Line]:
    """A detected text line, cut where its characters leave a gap wider than the line is high: the
    detector sometimes joins two columns' lines across a narrow gutter."""
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    y0, y1 = float(min(ys)), float(max(ys))
    text = text.strip()
    if not words or len(words) != len(text):  # no one box per character: keep the line whole
        return [Line(float(min(xs)), y0, float(max(xs)), y1, text)]
    spans = [(min(p[0] for p in w), max(p[0] for p in w)) for w in words]
    pieces, start = [], 0
    for i in range(1, len(text) + 1):
        if i == len(text) or spans[i][0] - spans[i - 1][1] > y1 - y0:
            pieces.append(Line(float(spans[start][0]), y0, float(spans[i - 1][1]), y1, text[start:i]))
            start = i
    return pieces


def ocr_texts(pages: dict[int, OcrPage]) -> dict[int, str]:
    """Each OCR'd page's text, laid out like a text-layer page."""
    numbers = sorted(pages)
    texts = page_texts([pages[n].lines for n in numbers], [float(pages[n].height) for n in numbers])
    return dict(zip(numbers, texts))


def load_image(data: bytes, reader: OcrReader, label: str = "") -> list[PageText]:
    """An image bulletin (.png .jpg .tif; every frame of a multi-page TIFF) read by OCR."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            frames = [(i, frame.convert("RGB")) for i, frame in enumerate(ImageSequence.Iterator(image), 1)]
    except (UnidentifiedImageError, OSError) as exc:
        raise ImageError("图片文件已损坏或不是图片，无法识别") from exc
    frames = [(i, lambda frame=frame: frame) for i, frame in frames]
    texts = ocr_texts(reader.read_pages(frames, label))
    return [PageText(n, texts[n], ocr=True) for n in sorted(texts)]
