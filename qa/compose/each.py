"""each: one figure per place (or zone, or 各开发区) the question names, from the fact rows; a named
place no row answers is said so."""
from __future__ import annotations

from qa.compose.base import Composed, Context
from qa.compose.rows import entities, evidence, matching_rows, newest_best, table_row


def compose(ctx: Context) -> Composed | None:
    names = entities(ctx)
    best = {name: newest_best(matching_rows(ctx, name)) for name in names}
    found = [(name, row) for name, row in best.items() if row]
    if len(found) < (1 if len(ctx.places) >= 2 else 2):
        return None
    cited = [evidence(ctx, row) for _, row in found]
    lines = [f"{name}：{ev.quote}[{n}]" + (f"（{row.period}）" if row.period else "")
             for n, ((name, row), ev) in enumerate(zip(found, cited), 1)]
    missing = [name for name, row in best.items() if not row and len(ctx.places) >= 2]  # named, not found
    answer = "；\n".join(lines) + "。"
    if missing:
        answer += f"\n公报中没有找到{'、'.join(missing)}的这项数字。"
    return Composed("each", answer, cited,
                    table=[table_row(row, n) for n, (_, row) in enumerate(found, 1)])
