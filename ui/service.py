"""What the web pages need from qa/ and index/, without gradio: one per server, shared by sessions.

One `BulletinQA` (so the embedding model loads once) that every question refreshes first, the
indexing runs that reuse its model, and the saving of uploaded files into the documents folder.
"""
from __future__ import annotations

import logging
import re
import shutil
import threading
import unicodedata
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable

from index.loaders import SUPPORTED_SUFFIXES
from index.pipeline import IndexingPipeline, IndexReport, Progress
from qa.pipeline import BulletinQA
from settings import Settings
from ui.access import LOCAL_USER, ActivityLog, Users
from ui.examples import example_questions

log = logging.getLogger(__name__)
ALL = "全部"


class UploadRejected(ValueError):
    """An uploaded file that is not saved; the message says why, in words for the user."""


def safe_upload_name(name: str) -> str:
    """The base name an upload may be saved under inside the documents folder, or UploadRejected.

    Only the last path component is kept (either separator); control characters are dropped; names
    that are empty, hidden, contain '..' or have an unsupported type are refused.
    """
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    if not base or base.startswith(".") or ".." in base:
        raise UploadRejected("文件名不合法（不能为空、以“.”开头或包含“..”）")
    if Path(base).suffix.lower() not in SUPPORTED_SUFFIXES:
        kinds = "、".join(sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES))
        raise UploadRejected(f"不支持的文件类型，只接受 {kinds}")
    return base


@dataclass
class SavedUploads:
    saved: list[str]       # base names now in the documents folder
    rejected: list[dict]   # {file, status: skipped, reason}


class BulletinService:
    def __init__(self, settings: Settings, qa: BulletinQA | None = None, logins: bool = False):
        self.settings = settings
        self.qa = qa or BulletinQA(settings)
        self.users = Users(settings.users_path)
        self.logins = logins  # False: no login, everyone may change the index (loopback, or --no-auth)
        self.activity = ActivityLog(Path(settings.store_dir) / "activity.jsonl")
        self._refresh_lock = threading.Lock()
        self._examples: tuple[str | None, list[str]] = ("", [])

    def may_edit(self, user: str | None) -> bool:
        """Whether this (logged-in) user may upload bulletins and start index runs."""
        return not self.logins or self.users.role(user) == "editor"

    # --- reading the index -----------------------------------------------------------------
    def refresh(self, wait: bool = False) -> None:
        """Pick up an index another run (or process) switched to; cheap when nothing changed.

        While another thread loads a new index (seconds for a big one), questions do not wait for it
        (`wait` False): they are answered from the index in use until the switch.
        """
        if not self._refresh_lock.acquire(blocking=wait):
            return
        try:
            self.qa.refresh()
        finally:
            self._refresh_lock.release()

    def ask(self, question: str, region: str | None = None, doc: str | None = None,
            history: list[str] | None = None, on_draft: Callable[[str], None] | None = None) -> dict:
        """`history`: the earlier questions of this conversation, oldest first (for 阳泉呢？); `on_draft` sees a
        generated answer's text while it streams (not yet verified)."""
        self.refresh()
        return self.qa.ask(question, region=_filter(region), doc=_filter(doc), history=history, on_draft=on_draft)

    def regions(self) -> list[str]:
        return self.qa.regions

    def bulletins(self) -> list[tuple[str, str]]:
        """(label, file name) per indexed bulletin; the label is its title and issue."""
        choices = []
        for name, entry in sorted(self.qa.snapshot.manifest.items()):
            label = entry.get("title") or Path(name).stem
            label += f"（{entry.get('issue') or entry.get('period') or name}）"
            choices.append((label, name))
        labels = [label for label, _ in choices]
        return [(label if labels.count(label) == 1 else f"{label} {name}", name) for label, name in choices]

    def documents(self) -> list[list]:
        """Rows of the documents table: file, title, issue/period, regions, chunks, indexed at, uploaded by."""
        self.refresh()
        uploaded_by = self.activity.uploaded_by()
        return [[name, e.get("title") or "", e.get("issue") or e.get("period") or "",
                 "、".join(e.get("regions") or []), e.get("chunks", 0), e.get("indexed_at", ""),
                 uploaded_by.get(name, "")]
                for name, e in sorted(self.qa.snapshot.manifest.items())]

    def examples(self) -> list[str]:
        """Example questions for the current index (worked out once per index version)."""
        self.refresh()
        snapshot = self.qa.snapshot
        version, questions = self._examples
        if version != snapshot.version:
            questions = example_questions(snapshot.chunks, partial(self.qa.ask, generate=False))  # no model call
            self._examples = (snapshot.version, questions)
        return questions

    # --- changing the index ----------------------------------------------------------------
    def save_uploads(self, paths: list[str | Path], user: str = LOCAL_USER) -> SavedUploads:
        """Copy uploaded files into the documents folder under their sanitised base names."""
        docs = Path(self.settings.docs_dir)
        docs.mkdir(parents=True, exist_ok=True)
        result = SavedUploads([], [])
        for path in paths:
            original = Path(path).name
            try:
                name = safe_upload_name(original)
                target = docs / name
                if target.is_symlink() or target.resolve().parent != docs.resolve():
                    raise UploadRejected("文件名不合法")
                shutil.copyfile(path, target)
            except UploadRejected as err:
                result.rejected.append({"file": original, "status": "skipped", "reason": str(err)})
                continue
            except OSError as err:
                result.rejected.append({"file": original, "status": "skipped",
                                        "reason": f"无法保存（{err.strerror or err}）"})
                continue
            result.saved.append(name)
        self.activity.record(user, "upload", files=result.saved, rejected=[r["file"] for r in result.rejected])
        return result

    def index(self, progress: Progress | None = None, rebuild: bool = False, user: str = LOCAL_USER) -> IndexReport:
        """Incremental index of the documents folder (StoreBusyError when another run holds it)."""
        try:
            report = IndexingPipeline(self.settings, embedding=self.qa.embedding).run(
                self.settings.docs_dir, rebuild=rebuild, progress=progress)
        except Exception as err:
            self.activity.record(user, "index", failed=str(err))
            raise
        self.activity.record(user, "index", **{k: v for k, v in report.to_dict().items() if k != "files"})
        self.refresh(wait=True)
        return report


def _filter(value: str | None) -> str | None:
    return None if not value or value == ALL else value
