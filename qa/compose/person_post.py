"""name: the post or body of a person the question names (韦立群是什么职务, 樊蕴是哪个单位的): the clause that writes the
body and title before the name (请省商务厅副厅长韦立群介绍…), as a bulletin introduces a person the first time; a
later mention by name alone (韦立群副厅长介绍…, 樊蕴：答：…) tells less or nothing of it."""
from __future__ import annotations

from qa.compose.base import Composed, Context, Evidence
from qa.people import person_names, post_span


def compose(ctx: Context) -> Composed | None:
    names = [name for _, name in person_names(ctx.question.text)]
    found = []
    # every passage naming the person (a name is rare: no ranking needed), the bulletin chosen if one is
    for chunk in ctx.chunks.values():
        post = names and names[0] in chunk["text"] and (not ctx.doc or chunk.get("doc") == ctx.doc) \
            and post_span(ctx.question.text, chunk["text"])
        if post:
            found.append((len(post), chunk.get("start", 0), chunk, post))
    if not found:
        return None
    _, _, chunk, post = max(found, key=lambda f: (f[0], -f[1]))  # the fullest post: its body written with its title
    text = chunk["text"]
    at = text.find(post)
    end = text.find(names[0], at) + len(names[0])
    evidence = Evidence(chunk, at, end, chunk.get("period"), 1.0)
    return Composed("name", f"{names[0]}：{evidence.quote}[1]" + (f"（{chunk['period']}）" if chunk.get("period") else ""),
                    [evidence], short=post)
