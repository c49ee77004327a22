"""each: the word a table's column gives each place named (甲经开区和乙经开区考核等次分别是什么 → each one's row's
考核等次 cell: 优秀, 良好), where no figure answers. A column of words is one whose name the question writes and whose
cells hold no figure; a place's row is the one that writes its name."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.compose.table_items import of_period
from qa.table_runs import cell_after, column_names, row_runs

_FIGURE = re.compile(r"\d")


def _word_column(rows: list[dict], asked: str) -> str | None:
    """The column of words the question names (the longest, of those it writes)."""
    columns = column_names(rows)
    named = sorted((c for c in columns if len(c) >= 2 and c in asked), key=len, reverse=True)
    for column in named:
        cells = [cell_after(row["text"], column, columns) for row in rows]
        if all(cells) and not any(_FIGURE.search(cell) for cell in cells):
            return column
    return None


def compose(ctx: Context) -> Composed | None:
    names = list(dict.fromkeys(p.name for p in ctx.places if p.known))
    if len(names) < 2:
        return None
    for _, rows in row_runs(ctx.snapshot.chunks, lambda chunk: of_period(ctx, chunk)):
        column = _word_column(rows, ctx.question.text)
        if not column:
            continue
        held = {name: next((row for row in rows if name in row["text"]), None) for name in names}
        if sum(bool(row) for row in held.values()) < 2:
            continue
        columns = column_names(rows)
        found = [(name, row, cell_after(row["text"], column, columns)) for name, row in held.items() if row]
        evidence = [Evidence(row, 0, len(row["text"].rstrip("。")), row.get("period"), 1.0) for _, row, _ in found]
        lines = [f"{name}：{column} {cell}[{k}]" for k, (name, _, cell) in enumerate(found, 1)]
        table = [{"entity": name, "region": row.get("region"), "indicator": column, "value": cell, "unit": None,
                  "period": row.get("period"), "n": k} for k, (name, row, cell) in enumerate(found, 1)]
        missing = [name for name, row in held.items() if not row]
        if missing:  # a place the table leaves out: said so
            lines.append(f"表中没有{'、'.join(missing)}。")
        return Composed("each", "\n".join(lines), evidence, table=table)
    return None
