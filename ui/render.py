"""Pure HTML/markdown rendering of answers and index reports (no gradio here).

Everything that comes from a document, a file name or a question goes through `html_text` (for the
chat, where a message is one raw HTML block) or `md_text` (for the markdown of the `/ask` API)
before it reaches a page, so a bulletin holding `<script>` or markdown shows as plain text.
"""
from __future__ import annotations

import html
import re

ABSTAINED_PREFIX = "未找到依据："
SNIPPET_CONTEXT = 80  # characters of the passage shown either side of the quote
STATUS_LABELS = {"added": "新增", "updated": "更新", "unchanged": "未变", "skipped": "跳过", "removed": "删除",
                 "documentation": "说明文件"}
_MARKER = re.compile(r"\[(\d+)\]")
# html.escape's five characters plus everything markdown, LaTeX or autolinks could act on
_ENTITIES = {ord(c): f"&#{ord(c)};" for c in "&<>\"'`*_[]{}()\\#+-.!|~$=:^@"}
_MD_SPECIALS = re.compile(r"([\\`*_\[\]{}#|~$])")
_MD_LINE_START = re.compile(r"^(\s*\d*)([.)\-+=])", re.M)  # list items, setext underlines


def html_text(text: str | None) -> str:
    """Text as inert HTML: html.escape plus numeric entities for markdown punctuation; newlines kept."""
    return (text or "").translate(_ENTITIES).replace("\r\n", "\n").replace("\n", "<br>")


def md_text(text: str | None) -> str:
    """Text for markdown output: markdown punctuation backslash-escaped, then html.escape."""
    text = _MD_SPECIALS.sub(r"\\\1", (text or "").replace("\r\n", "\n"))
    return html.escape(_MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text))


def highlight(text: str, quote: str, context: int | None = None) -> str:
    """The escaped passage with the escaped quote wrapped in <mark>.

    With `context`, only that many characters either side of the quote are kept ("…" marks a cut).
    """
    at = text.find(quote) if quote else -1
    if at < 0:
        at, quote = (0, "") if context is None else (min(len(text), context), "")
    start, end = 0, len(text)
    if context is not None:
        start, end = max(0, at - context), min(len(text), at + len(quote) + context)
    if not quote:
        return "…" * (start > 0) + html_text(text[start:end]) + "…" * (end < len(text))
    return ("…" * (start > 0) + html_text(text[start:at]) + '<mark class="bqa-quote">' + html_text(quote)
            + "</mark>" + html_text(text[at + len(quote):end]) + "…" * (end < len(text)))


def _passage(text: str, quote: str) -> str:
    """The quote in a short window of its passage, the whole passage one click away."""
    short = highlight(text, quote, context=SNIPPET_CONTEXT)
    whole = highlight(text, quote)
    if short == whole:
        return f'<div class="bqa-passage">{whole}</div>'
    return (f'<div class="bqa-passage">{short}</div><details class="bqa-full"><summary>展开全文</summary>'
            f'<div class="bqa-passage-full">{whole}</div></details>')


def _anchor(turn: int, n: int | str) -> str:
    return f"bqa-c{turn}-{n}"


def _linked_answer(answer: str, numbers: set[int], turn: int) -> str:
    """The answer text escaped, with each [n] that names a citation turned into a link to it."""
    out, last = [], 0
    for m in _MARKER.finditer(answer):
        if int(m.group(1)) in numbers:
            out += [html_text(answer[last:m.start()]),
                    f'<a class="bqa-ref" href="#{_anchor(turn, m.group(1))}">[{m.group(1)}]</a>']
            last = m.end()
    out.append(html_text(answer[last:]))
    return "".join(out)


def _meta_line(c: dict) -> str:
    """Title ｜ issue ｜ region ｜ section ｜ item ｜ period, each in a span named after its field."""
    keys = ("title", "issue", "region", "section", "item", "period")
    spans = [f'<span class="bqa-{k}">{html_text(str(c[k]))}</span>' for k in keys if c.get(k)]
    if page_label(c):
        spans.append(f'<span class="bqa-page">{html_text(page_label(c))}</span>')
    return " ｜ ".join(spans)


def page_label(c: dict) -> str:
    """`第 2 页`, and that the text was recognised from an image (OCR), for a citation of a paged file."""
    page = f"第 {c['page']} 页" if c.get("page") else ""
    return f"{page}（OCR 识别文字，请核对原件）" if c.get("ocr") else page


def render_citation(c: dict, turn: int) -> str:
    return (f'<div class="bqa-cite" id="{_anchor(turn, c["n"])}">'
            f'<div class="bqa-cite-head"><span class="bqa-n">[{int(c["n"])}]</span> {_meta_line(c)}</div>'
            f'{_passage(c.get("text") or "", c.get("quote") or "")}'
            f'<div class="bqa-source">来源：<span class="bqa-doc">{html_text(c.get("doc"))}</span></div></div>')


_TABLE_COLUMNS = (("entity", "对象"), ("indicator", "指标"), ("value", "数值"), ("period", "时期"))


def render_table(rows: list[dict] | None, turn: int) -> str:
    """The figures of an each/compare/trend answer as an HTML table, each linked to its citation."""
    if not rows:
        return ""
    head = "".join(f"<th>{label}</th>" for _, label in _TABLE_COLUMNS) + "<th>出处</th>"
    body = "".join(
        "<tr>" + "".join(f'<td class="bqa-{key}">{html_text(str(row.get(key) or ""))}</td>' for key, _ in _TABLE_COLUMNS)
        + f'<td><a class="bqa-ref" href="#{_anchor(turn, int(row["n"]))}">[{int(row["n"])}]</a></td></tr>'
        for row in rows)
    return f'<table class="bqa-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def render_answer(result: dict, turn: int, chart: str = "") -> str:
    """One chat message: the answer with [n] links, its table and `chart` (HTML), then the cited passages.

    A single HTML block without blank lines, so the chat's markdown renderer leaves it alone.
    """
    if result.get("abstained") or not result.get("citations"):
        return f'<div class="bqa-abstained">{html_text(ABSTAINED_PREFIX + (result.get("answer") or ""))}</div>'
    citations = result["citations"]
    numbers = {int(c["n"]) for c in citations}
    short = result.get("short")
    head = f'<div class="bqa-short">{html_text(short)}</div>' if short else ""
    cites = "".join(render_citation(c, turn) for c in citations)
    return (f'<div class="bqa-answer">{head}<div class="bqa-text">'
            f'{_linked_answer(result.get("answer") or "", numbers, turn)}</div>'
            f'{render_table(result.get("table"), turn)}{chart}'
            f'<div class="bqa-cites"><div class="bqa-cites-title">引用原文</div>{cites}</div></div>')


def answer_markdown(result: dict) -> str:
    """The answer as markdown for scripts (`/ask`): the answer with [n] markers, then its citations."""
    if result.get("abstained") or not result.get("citations"):
        return md_text(ABSTAINED_PREFIX + (result.get("answer") or ""))
    lines = [md_text(result.get("answer")).replace("\n", "  \n"), ""]
    if result.get("table"):
        lines += ["| " + " | ".join(label for _, label in _TABLE_COLUMNS) + " | 出处 |",
                  "|" + " --- |" * (len(_TABLE_COLUMNS) + 1)]
        lines += ["| " + " | ".join(md_text(str(row.get(key) or "")) for key, _ in _TABLE_COLUMNS)
                  + f" | \\[{int(row['n'])}\\] |" for row in result["table"]]
        lines.append("")
    lines += ["**引用**", ""]
    for c in result["citations"]:
        meta = " ｜ ".join(md_text(str(p)) for p in (c.get("title"), c.get("region"), c.get("section"),
                                                      c.get("item"), c.get("period"), page_label(c)) if p)
        lines += [f"\\[{int(c['n'])}\\] {meta}（{md_text(c.get('doc'))}）", "",
                  f"> {md_text(c.get('quote')).replace(chr(10), ' ')}", ""]
    return "\n".join(lines).rstrip() + "\n"


def render_report(summary: dict, rows: list[dict], message: str | None = None) -> str:
    """Result of an index run: a summary line and one row per file (status and reason)."""
    parts = []
    if message:
        parts.append(f'<div class="bqa-error">{html_text(message)}</div>')
    if summary:
        parts.append('<div class="bqa-summary">' + html_text(
            "新增 {added}，更新 {updated}，删除 {removed}，未变 {unchanged}，跳过 {skipped}；"
            "共 {chunks} 段，新向量化 {embedded} 段，用时 {seconds} 秒".format(**summary)) + "</div>")
    if rows:
        body = "".join(
            f'<tr class="bqa-{html_text(r["status"])}"><td>{html_text(r["file"])}</td>'
            f'<td>{STATUS_LABELS.get(r["status"], html_text(r["status"]))}</td>'
            f'<td>{html_text(r.get("reason") or "")}</td></tr>' for r in rows)
        parts.append('<table class="bqa-report"><thead><tr><th>文件</th><th>结果</th><th>原因</th></tr></thead>'
                     f"<tbody>{body}</tbody></table>")
    return '<div class="bqa-report-box">' + "".join(parts) + "</div>"
