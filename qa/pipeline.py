"""BulletinQA: a question in, the answer JSON of CONTRACT.md out."""
from __future__ import annotations

import logging
import re
import time
from typing import Callable

from llama_index.core.schema import TextNode

from index.embedding import BulletinEmbedding
from index.store import IndexStore, Snapshot
from qa.answer import compose_answer, find_facts, select_facts
from qa.generate import AnswerWriter
from qa.question import Corpus, analyse_question
from qa.retrieve import DenseRetriever, HybridRetriever, LexicalRetriever
from settings import Settings

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 500
NOT_FOUND = "已索引的公报中没有找到能回答这个问题的内容。"
_META_KEYS = ("doc", "title", "issue", "period", "doc_period", "as_of", "region", "section", "item", "start", "end")


class BulletinQA:
    """Loads the current index once; `ask` answers from it. `refresh` picks up a newer index."""

    def __init__(self, settings: Settings, embedding: BulletinEmbedding | None = None):
        self.settings = settings
        self.store = IndexStore(settings)
        self.embedding = embedding or BulletinEmbedding(settings.embed_model)
        self.writer = AnswerWriter(settings) if settings.llm_base_url else None
        self._state: tuple = ()
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> bool:
        """Reload when another run switched the index; True when it did."""
        version = self.store.current_version()
        if not force and version == self.snapshot.version:  # cheap: one small file read
            return False
        snapshot = self.store.load_snapshot()
        nodes = [TextNode(id_=c["id"], text=c["text"], metadata={k: c.get(k) for k in _META_KEYS})
                 for c in snapshot.chunks]
        self.store.reset_client()
        dense = DenseRetriever(self.store.vector_store(), self.embedding, {n.node_id: n for n in nodes})
        # swap everything at once so a concurrent question sees either the old or the new index
        self._state = (snapshot, Corpus.from_chunks(snapshot.chunks), dense, LexicalRetriever(snapshot.lexical, nodes))
        log.info("index %s loaded: %d chunks", snapshot.version, len(nodes))
        return True

    @property
    def snapshot(self) -> Snapshot:
        return self._state[0]

    @property
    def regions(self) -> list[str]:
        return sorted(self._state[1].regions)

    def ask(self, *args, on_draft: Callable[[str], None] | None = None, **kwargs) -> dict:
        """The extractive answer (arguments of `extract`), rewritten by the chat model when one is
        configured and its text passes verification (qa/generate.py); `on_draft` sees the text as it streams."""
        result = self.extract(*args, **kwargs)
        return self.writer.write(result, self._state[1].regions, on_draft) if self.writer else \
            {**result, "generated": False}

    def extract(self, question: str, region: str | None = None, top_k: int | None = None,
                doc: str | None = None) -> dict:
        """The extractive answer, from the whole index or only from one region and/or one bulletin
        (`doc`: its file name)."""
        started = time.perf_counter()
        snapshot, corpus, dense, lexical = self._state
        text = (question or "").strip()[:MAX_QUESTION_CHARS]
        if not re.search(r"[\w\u4e00-\u9fff]", text):
            return _abstain(question, "请输入一个问题，例如：某市签约项目投资额是多少？", started)
        if not snapshot.chunks:
            return _abstain(question, "索引为空：请先把公报放进文件夹并运行 python app.py index。", started)
        q = analyse_question(text, corpus, region)
        if q.unknown:
            return _abstain(question, f"已索引的公报中没有关于“{'、'.join(q.unknown)}”的内容，无法回答。", started)
        in_text = q.period is not None and not corpus.reports_on(q.period)
        hybrid = HybridRetriever(dense, lexical, top_k or self.settings.top_k, region=q.region,
                                 period=q.period, period_in_text=in_text, doc=doc)
        hits = hybrid.retrieve(text)
        retrieved = time.perf_counter()
        facts = select_facts(find_facts(q, hits, corpus), q, corpus)
        if not facts:  # what was retrieved stays visible, for measuring retrieval apart from answering
            return {**_abstain(question, NOT_FOUND, started, retrieved), "retrieved": [h.node.node_id for h in hits]}
        answer, short = compose_answer(facts)
        citations = []
        for n, fact in enumerate(facts, 1):
            meta = fact.meta
            citations.append({"n": n, **{k: meta.get(k) for k in ("doc", "title", "issue", "region",
                                                                    "section", "item")},
                              "period": fact.period, "text": fact.hit.node.get_content(), "quote": fact.quote,
                              "start": meta["start"] + fact.start, "end": meta["start"] + fact.end,
                              "score": round(fact.relevance, 3)})
        return {"question": question, "answer": answer, "short": short, "abstained": False,
                "citations": citations, "retrieved": [h.node.node_id for h in hits],
                "timings_ms": _timings(started, retrieved)}


def _timings(started: float, retrieved: float | None = None) -> dict:
    now = time.perf_counter()
    retrieved = retrieved or now
    return {"retrieve": round((retrieved - started) * 1000, 1), "answer": round((now - retrieved) * 1000, 1),
            "total": round((now - started) * 1000, 1)}


def _abstain(question: str, message: str, started: float, retrieved: float | None = None) -> dict:
    return {"question": question, "answer": message, "short": "", "abstained": True, "citations": [],
            "retrieved": [], "timings_ms": _timings(started, retrieved)}
