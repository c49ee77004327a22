"""Staff feedback on answers (👍/👎 with an optional comment), kept in SQLite under the store.

One row per click: the question, the conversation before it, the answer JSON as shown (answer, short,
kind, citations …), the index version it came from, the time, the rating and the comment. WAL mode
and a busy timeout let several server threads (and an export running beside the server) write and
read at once; every write is one short transaction, so a click is either stored whole or not at all.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

RATINGS = ("up", "down")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    history TEXT NOT NULL,
    answer TEXT NOT NULL,
    result TEXT NOT NULL,
    index_version TEXT
)"""


@dataclass
class Feedback:
    """One stored click; `result` is the answer JSON as it was shown (CONTRACT.md), `history` the
    earlier questions of the conversation, oldest first."""
    id: int
    created_at: str
    rating: str
    comment: str
    question: str
    history: list[str]
    answer: str
    result: dict = field(repr=False)
    index_version: str | None

    @property
    def citations(self) -> list[dict]:
        return self.result.get("citations") or []


class FeedbackStore:
    """`add` a click, `comment` on it later, `items` newest first. A connection per call, so any
    thread may use one store object."""

    def __init__(self, path: Path | str, timeout: float = 30.0):
        self.path = Path(path)
        self.timeout = timeout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=self.timeout)) as conn:
            conn.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
            with conn:  # one transaction: committed on success, rolled back on error
                yield conn

    def add(self, rating: str, question: str, result: dict, history: list[str] | None = None,
            index_version: str | None = None, comment: str = "") -> int:
        """Store one click; its id (for a comment added afterwards)."""
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS}, got {rating!r}")
        row = (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), rating, comment.strip(), question,
               json.dumps(list(history or []), ensure_ascii=False), result.get("answer") or "",
               json.dumps(result, ensure_ascii=False), index_version)
        with self._connect() as conn:
            cursor = conn.execute("INSERT INTO feedback (created_at, rating, comment, question, history, answer,"
                                  " result, index_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
            return int(cursor.lastrowid)

    def comment(self, feedback_id: int, text: str) -> bool:
        """Set the comment of a stored click; False when there is no such click."""
        with self._connect() as conn:
            cursor = conn.execute("UPDATE feedback SET comment = ? WHERE id = ?", (text.strip(), feedback_id))
            return cursor.rowcount == 1

    def items(self, rating: str | None = None, limit: int | None = None) -> list[Feedback]:
        """Stored clicks, newest first; only one rating when given."""
        sql, args = "SELECT * FROM feedback", []
        if rating:
            sql, args = sql + " WHERE rating = ?", [rating]
        sql += " ORDER BY id DESC"
        if limit:
            sql, args = sql + " LIMIT ?", args + [limit]
        with self._connect() as conn:
            conn.row_factory = sqlite3.Row
            rows = conn.execute(sql, args).fetchall()
        return [Feedback(r["id"], r["created_at"], r["rating"], r["comment"], r["question"],
                         json.loads(r["history"]), r["answer"], json.loads(r["result"]), r["index_version"])
                for r in rows]
