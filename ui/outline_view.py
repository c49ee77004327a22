"""The 文档 page's outline of a bulletin: regions, then sections, then items, each with its number of facts.

Staff see at a glance whether a new issue was read right (every city found, sections and items in
place, figures counted where they stand). An item opens its text. `render_outline` is pure HTML.
"""
from __future__ import annotations

import gradio as gr

from ui.render import html_text
from ui.service import BulletinService

CSS = """
#bqa-outline details { margin: 0.15rem 0 0.15rem 1.1rem; }
#bqa-outline summary { cursor: pointer; }
#bqa-outline .bqa-ol-region > summary { font-weight: 600; }
.bqa-ol-count { font-size: 0.8rem; color: var(--body-text-color-subdued); margin-left: 0.4rem; }
.bqa-ol-text { font-size: 0.9rem; line-height: 1.65; margin: 0.2rem 0 0.4rem 1.1rem; padding-left: 0.5rem;
               border-left: 2px solid var(--border-color-primary); }
"""
UNTITLED = {"region": "（未标地区）", "section": "（无小标题）"}


def _head(title: str | None, facts: int, kind: str) -> str:
    return (f'<summary><span class="bqa-ol-title">{html_text(title or UNTITLED.get(kind, ""))}</span>'
            f'<span class="bqa-ol-count">{facts} 条数据</span></summary>')


def _text(chunk_ids: list[str], chunks: dict[str, dict]) -> str:
    text = "\n".join(chunks[c]["text"] for c in chunk_ids if c in chunks)
    return f'<div class="bqa-ol-text">{html_text(text)}</div>' if text else ""


def _section(section: dict, chunks: dict[str, dict]) -> str:
    in_items = {c for item in section["items"] for c in item["chunks"]}
    lead = _text([c for c in section["chunks"] if c not in in_items], chunks)  # paragraphs before its items
    items = "".join(f'<details class="bqa-ol-item">{_head(i["title"], i["facts"], "item")}'
                    f'{_text(i["chunks"], chunks)}</details>' for i in section["items"])
    return f'<details class="bqa-ol-section">{_head(section["title"], section["facts"], "section")}{lead}{items}</details>'


def render_outline(outline: dict | None, chunks: dict[str, dict]) -> str:
    """One bulletin's outline as nested <details>; regions open, sections and items closed."""
    if not outline or not outline.get("regions"):
        return '<div class="bqa-hint">这份公报还没有提纲（索引后显示）。</div>'
    head = " ｜ ".join(html_text(str(outline[k])) for k in ("title", "issue", "period") if outline.get(k))
    regions = "".join(
        f'<details class="bqa-ol-region" open>{_head(r["title"], r["facts"], "region")}'
        + "".join(_section(s, chunks) for s in r["sections"]) + "</details>" for r in outline["regions"])
    total = sum(r["facts"] for r in outline["regions"])
    return (f'<div class="bqa-ol-doc"><div class="bqa-ol-head">{head}<span class="bqa-ol-count">共 {total} 条数据'
            f'</span></div>{regions}</div>')


def build(service: BulletinService, refreshed: list) -> None:
    """A bulletin picker and its outline; reloaded on each of the `refreshed` events (tab opened, index run)."""
    gr.Markdown("### 公报提纲", elem_classes=["bqa-hint"])
    doc = gr.Dropdown(label="公报", choices=[], elem_id="bqa-outline-doc")
    view = gr.HTML(elem_id="bqa-outline")

    def show(name: str | None) -> str:
        snapshot = service.qa.snapshot
        chunks = {c["id"]: c for c in snapshot.chunks if c["doc"] == name}
        return render_outline(snapshot.outline.get(name or ""), chunks)

    def reload(name: str | None):
        service.refresh()
        choices = service.bulletins()
        names = [n for _, n in choices]
        name = name if name in names else (names[0] if names else None)
        return gr.Dropdown(choices=choices, value=name), show(name)

    events = dict(api_visibility="undocumented", show_progress="hidden")
    gr.on(refreshed, reload, doc, [doc, view], **events)
    doc.input(show, doc, view, **events)
