"""BulletinQA: a question in, the answer JSON of CONTRACT.md out."""
from __future__ import annotations

import logging
import re
import time
from functools import partial
from typing import Callable

from llama_index.core.schema import TextNode

from index.embedding import BulletinEmbedding, load_embedding, mismatch_message, same_model
from index.snapshot import Snapshot
from index.store import IndexStore
from qa.answer import period_not_reported
from qa.citations import answer_fields
from qa.compose import compose
from qa.compose.askers import names_askers
from qa.compose.base import Context
from qa.compose.how import item_answer
from qa.conversation import resolve_history
from qa.pronouns import points_to_answer
from qa.ordinal import item_asked, item_number, numbered_items
from qa.overview import asks_overview, names_only
from qa.in_full import written_in_full
from qa.corpus import Corpus
from qa.courtesy import without_courtesy
from qa.own_whole import as_the_whole
from qa.generate import AnswerWriter
from qa.bulletin_named import bulletin_named, in_bylines_only, kinds_counted, pointed_into, without_pointing
from qa.issues import issue_labels, with_periods, with_table_periods
from qa.kinds import classify, is_cue
from qa.meanings import names_section
from qa.organisations import is_office
from qa.places import named_places
from qa.written_zones import with_written_zones
from qa.question import analyse_question
from qa.two_asks import joined, parts_asked, with_first_period
from qa.retrieve import DenseRetriever, HybridRetriever, LexicalRetriever
from settings import Settings

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 500
NOT_FOUND = "已索引的公报中没有找到能回答这个问题的内容。"
ASK_WHAT_ABOUT = "问题只提到了“{}”，请说明想了解它的哪方面，例如某项指标是多少、有哪些工作措施或下一步工作计划。"
LEXICAL_NOTICE = "向量检索暂不可用，本次仅按关键词检索。"
_META_KEYS = ("doc", "title", "issue", "period", "doc_period", "as_of", "region", "zone", "section", "item", "start",
              "end", "ocr", "place_line", "caption", "own_zone")


class BulletinQA:
    """Loads the current index once; `ask` answers from it. `refresh` picks up a newer index."""

    def __init__(self, settings: Settings, embedding: BulletinEmbedding | None = None):
        self.settings = settings
        self.store = IndexStore(settings)
        self.embedding = embedding or load_embedding(settings)
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
        dense = DenseRetriever(self.store, self.embedding, {n.node_id: n for n in nodes})
        # swap everything at once so a concurrent question sees either the old or the new index
        self._state = (snapshot, Corpus.from_chunks(snapshot.chunks, snapshot.lexical, snapshot.facts), dense,
                       LexicalRetriever(snapshot.lexical, nodes), {c["id"]: c for c in snapshot.chunks})
        log.info("index %s loaded: %d chunks", snapshot.version, len(nodes))
        if snapshot.version and not same_model(snapshot.embedding, self.embedding.identity):
            log.warning("questions refused: %s", mismatch_message(snapshot.embedding, self.embedding.identity))
        return True

    @property
    def snapshot(self) -> Snapshot:
        return self._state[0]

    @property
    def regions(self) -> list[str]:
        return sorted(self._state[1].regions)

    def ask(self, question: str, region: str | None = None, top_k: int | None = None,
            doc: str | None = None, history: list[str] | None = None, generate: bool = True,
            on_draft: Callable[[str], None] | None = None) -> dict:
        """Answer from the whole index, or only from one region and/or one bulletin (`doc`: its file name).
        `history`: the earlier questions of the conversation, oldest first, for follow-ups (阳泉呢？).
        With a chat model configured (and `generate`), it rewrites the answer, which is shown only when
        verified (qa/generate.py); `on_draft` sees its text while it streams."""
        started = time.perf_counter()
        snapshot, corpus, _, _, chunks = self._state
        text = (question or "").strip()[:MAX_QUESTION_CHARS]
        if not re.search(r"[\w\u4e00-\u9fff]", text):
            return _abstain(question, "请输入一个问题，例如：某市签约项目投资额是多少？", started)
        if not snapshot.chunks:
            return _abstain(question, "索引为空：请先把公报放进文件夹并运行 python app.py index。", started)
        if not same_model(snapshot.embedding, self.embedding.identity):  # its vectors would rank nonsense
            return _abstain(question, mismatch_message(snapshot.embedding, self.embedding.identity), started)
        text = without_courtesy(text, corpus)  # 麻烦帮我查一下…，谢谢: the question alone
        parts = parts_asked(text)
        if len(parts) == 1:
            answer = self._ask_whole(question, text, region, top_k, doc, history, generate, on_draft, started)
            for said, before in written_in_full(text, history or [], corpus) if answer["abstained"] else []:
                again = self._ask_whole(question, said, region, top_k, doc, before, generate, on_draft, started)
                if not again["abstained"]:  # 营收 asked, 营业收入 written: as the bulletin words it
                    answer = again
                    break
            parts = parts_asked(text, loose=True) if answer["abstained"] else parts
            if len(parts) == 1:
                return answer
        # 是哪家企业？什么时候复产的？: each part answered, a later one as a follow-up of those before
        parts = with_first_period(parts)
        return joined(question, [self.ask(part, region, top_k, doc, [*(history or []), *parts[:k]], generate, on_draft)
                                 for k, part in enumerate(parts)])

    def _ask_whole(self, question: str, text: str, region: str | None, top_k: int | None, doc: str | None,
                   history: list[str] | None, generate: bool, on_draft: Callable[[str], None] | None,
                   started: float) -> dict:
        """`ask` of a question asking one thing (or two the composers read together)."""
        snapshot, corpus, _, _, _ = self._state
        text, missing = with_periods(with_written_zones(text, corpus), snapshot.manifest)  # 第2期: its period
        text = with_table_periods(text, snapshot.chunks, snapshot.manifest)  # 表1中: its bulletin's period
        text = as_the_whole(text, snapshot.manifest, corpus)  # 萦川省开发区… of 萦川省's bulletins: 全省开发区…
        kind_doc = None if doc else bulletin_named(text, snapshot.manifest, snapshot.chunks)
        doc, text = (kind_doc, without_pointing(text)) if kind_doc else (doc, text)  # 台账显示…: of it alone
        if missing:
            message = f"已索引的公报中没有“{'、'.join(missing)}”；已索引的期次是：{'、'.join(issue_labels(snapshot.manifest))}。"
            return _abstain(question, message, started)
        vector = (text, self._state[2].embed_soon(text))  # embedded while the question is analysed
        history = [with_periods(with_written_zones(without_courtesy(h, corpus), corpus), snapshot.manifest)[0]
                   for h in history or [] if isinstance(h, str)]
        number = item_number(text) if history else None
        named = self._named_before(text, history, region, top_k, doc, started) if history and not number else None
        understood = (number and self._item_of_list(question, number, history, region, top_k, doc, started)) \
            or self._understand(question, named or text, history, region, top_k, doc, vector, started)
        if named and not isinstance(understood, dict) and not understood[2]:
            understood = (*understood[:2], named, *understood[3:])  # 该园区 read as the name answered: said
        if isinstance(understood, dict):  # withheld
            return understood
        ctx, composed, resolved, uncovered = understood
        rewrite = partial(self.writer.write, question=ctx.text, places=partial(named_places, corpus=corpus),
                          on_draft=on_draft) if self.writer and generate else None
        return self._respond(question, ctx, composed, resolved, uncovered, started, rewrite)

    def _understand(self, question: str, text: str, history: list[str], region: str | None, top_k: int | None,
                    doc: str | None, vector: tuple, started: float) -> tuple | dict:
        """(context, composed answer or None, the follow-up as resolved, places not covered) of a question, or
        the answer JSON withholding it."""
        snapshot, corpus, _, _, chunks = self._state
        resolved = resolve_history(text, history, corpus)
        bare = [] if resolved else names_only(text, corpus)
        if bare:  # 晋中？ alone: no figure of that place is the one asked
            return _abstain(question, ASK_WHAT_ABOUT.format("、".join(bare)), started)
        q = analyse_question(resolved or text, corpus, region)
        titles = "".join(m.get("title") or "" for m in snapshot.manifest.values())  # 特刊: the bulletin's own name
        # 总结 in 请总结…: the kind of answer; 短板 in 有哪些短板: the section, whatever its heading says
        places = named_places(q.text, corpus)
        known = [p for p in places if p.known]
        named = [q.text[p.start:p.end] for p in known]  # 琮东区, a county only the zones' headings write: a place
        q.unknown = [w for w in q.unknown if not (is_cue(w) or names_section(w, q.text) or is_office(w) or names_askers(w))
                     and w not in titles
                     and not any(w in name for name in named)]
        # 评价通报中, 那期简报里: the bulletin the answer is in, as its title names its kind; no word its sentences write
        q.terms = [t for t in q.terms if not (t in titles and is_cue(t)) and t not in kinds_counted(q.text)]
        named_in = [m.get("title") or "" for m in snapshot.manifest.values()]  # 评价里: the titles' word
        q.terms = [t for t in q.terms if not pointed_into(t, named_in, q.text)] or q.terms
        # 考核得了多少分 in the 考核's own 通报: the occasion its title names, which the sentence of the score need not write
        q.terms = [t for t in q.terms if not any(t.endswith(o) and o in titles for o in q.occasions)] or q.terms
        # 副省长讲话里…: the speaker's post, written in the byline alone, names the bulletin, no word of its passages
        q.terms = [t for t in q.terms if not in_bylines_only(t, snapshot.chunks)] or q.terms
        uncovered = [p.name for p in places if not p.known]
        if (q.unknown and not (known and uncovered)) or (uncovered and not known):  # partial coverage answers
            names = "、".join(dict.fromkeys(q.unknown + uncovered))
            return _abstain(question, f"已索引的公报中没有关于“{names}”的内容，无法回答。", started, resolved=resolved)
        if region is None and len({p.region for p in known}) > 1:
            q.region = None  # places of several regions: no one region filters the retrieval
        elif region is None and q.region is None and len({p.region for p in known}) == 1 and known[0].region:
            q.region = known[0].region  # 葳山下一步: a place the segmenter joined to the next word (葳|山下) is the one
        kind = "summary" if asks_overview(q.text, corpus, titles) else classify(q.text, len({p.name for p in places}))
        ctx = Context(q.text, q, snapshot, corpus, self._retriever(top_k, q.region, q.period, doc, corpus, vector),
                      kind, places, chunks, doc)
        return ctx, compose(ctx), resolved, uncovered

    def _named_before(self, text: str, history: list[str], region: str | None, top_k: int | None, doc: str | None,
                      started: float) -> str | None:
        """该园区选派了多少人？ after 哪个园区获批了…？: the follow-up with its pointer replaced by the name the previous
        question is answered with (no question wrote it); None when it points to none or none is answered."""
        end = points_to_answer(text, history[-1])
        if not end:
            return None
        previous = self._understand(history[-1], history[-1], history[:-1], region, top_k, doc, (None, None), started)
        composed = None if isinstance(previous, dict) else previous[1]
        return composed.short + text.strip()[end:] if composed and composed.short else None

    def _item_of_list(self, question: str, number: int, history: list[str], region: str | None,
                      top_k: int | None, doc: str | None, started: float) -> tuple | dict | None:
        """第二条具体说说: the content of the item numbered so in the list the previous question is answered
        with; None when that answer is no single numbered list (the follow-up is then read as any other)."""
        # 第二条呢？ 第三条呢？: the list is the question before the items asked
        at = max((k for k, asked in enumerate(history) if item_number(asked) is None), default=None)
        if at is None:
            return None
        previous = self._understand(history[at], history[at], history[:at], region, top_k, doc, (None, None), started)
        if isinstance(previous, dict):
            return None
        ctx, listed, resolved, _ = previous
        items = numbered_items(listed)
        if not items:
            return None
        asked = item_asked(items, number)
        if asked is None:
            return _abstain(question, f"上一个回答只列出了{len(items)}条。", started, kind="how")
        asked, *rest = asked  # then its text under the places it names, quoted whole after it
        then = tuple({e.chunk["id"]: e.chunk for e in rest if e.chunk["id"] != asked.chunk["id"]}.values())
        asked_as = f"{(resolved or history[at]).rstrip('？?。 ')}：{asked.quote}"
        return ctx, item_answer(ctx, asked.chunk, asked.start, asked.end, asked.period, asked.score, then), asked_as, []

    @staticmethod
    def _respond(question: str, ctx: Context, composed, resolved: str | None, uncovered: list[str],
                 started: float, rewrite: Callable[[dict], dict] | None = None) -> dict:
        """The answer JSON of a composed answer (or of none: abstained)."""
        retrieved = [h.node.node_id for h in ctx.retrieved or []]  # kept for measuring retrieval apart
        if composed is None:
            message = ctx.extra.get("withheld_final") or period_not_reported(ctx.question, ctx.corpus) \
                or ctx.extra.get("withheld") or NOT_FOUND
            notice = f"{LEXICAL_NOTICE}\n" if ctx.retrieve.mode == "lexical" else ""
            return {**_abstain(question, notice + message, started, ctx.retrieve.seconds, ctx.kind, resolved),
                    "retrieval": ctx.retrieve.mode, "retrieved": retrieved}
        fields = answer_fields(composed)
        if rewrite:  # the model's text, or these fields unchanged with fallback_reason
            fields = rewrite(fields)
        if resolved:
            fields["answer"] = f"按“{resolved.rstrip('？?。 ')}”回答：\n" + fields["answer"]
        if uncovered:
            fields["answer"] += f"\n已索引的公报中没有关于“{'、'.join(uncovered)}”的内容。"
        if ctx.retrieve.mode == "lexical":
            fields["answer"] = f"{LEXICAL_NOTICE}\n" + fields["answer"]
        return {"question": question, "generated": False, **fields, "abstained": False,
                "resolved_question": resolved, "retrieval": ctx.retrieve.mode, "retrieved": retrieved,
                "timings_ms": _timings(started, ctx.retrieve.seconds)}

    def _retriever(self, top_k, region, period, doc, corpus, vector) -> "_Retrieval":
        _, _, dense, lexical, _ = self._state
        return _Retrieval(dense, lexical, top_k or self.settings.top_k, region, period, doc, corpus, vector)


class _Retrieval:
    """retrieve(text, region=…, period=…): hybrid retrieval with the question's filters unless overridden;
    `seconds` adds up the time spent in it."""

    def __init__(self, dense, lexical, top_k: int, region, period, doc, corpus: Corpus, vector=(None, None)):
        self._dense, self._lexical, self._top_k, self._doc, self._corpus = dense, lexical, top_k, doc, corpus
        self._region, self._period, self._vector = region, period, vector  # (text, its vector being computed)
        self.seconds = 0.0
        self.mode = "hybrid"  # "lexical" once the vector store could not serve a retrieval

    def __call__(self, text: str, region: str | None = None, period=None, anywhere: bool = False) -> list:
        """`anywhere`: in every region's passages (and those of none), whatever region the question names."""
        started = time.perf_counter()
        region, period = None if anywhere else region or self._region, period or self._period
        in_text = period is not None and not self._corpus.reports_on(period)
        hybrid = HybridRetriever(self._dense, self._lexical, self._top_k, region=region, period=period,
                                 period_in_text=in_text, doc=self._doc,
                                 vector=self._vector[1] if text == self._vector[0] else None)
        hits = hybrid.retrieve(text)
        self.mode = "lexical" if hybrid.mode == "lexical" else self.mode
        self.seconds += time.perf_counter() - started
        return hits


def _timings(started: float, retrieve_seconds: float = 0.0) -> dict:
    total = time.perf_counter() - started
    return {"retrieve": round(retrieve_seconds * 1000, 1), "answer": round((total - retrieve_seconds) * 1000, 1),
            "total": round(total * 1000, 1)}


def _abstain(question: str, message: str, started: float, retrieve_seconds: float = 0.0,
             kind: str = "figure", resolved: str | None = None) -> dict:
    return {"question": question, "answer": message, "short": "", "abstained": True, "citations": [],
            "kind": kind, "resolved_question": resolved, "generated": False, "retrieval": "hybrid",
            "retrieved": [], "timings_ms": _timings(started, retrieve_seconds)}
