"""list: the parts a sentence says a thing is made of (综合得分…由发展质效（40分）、开放合作（25分）、科技创新（20分）、安全环保
（15分）四项组成), asked as 由哪几项构成, 组成部分有哪些. The parts stand inline, parted by 、, in one clause
that names the thing: that clause is the answer."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence

# (not 包括哪几个方面, which asks a section's items: 成绩包括哪几个方面)
ASKED = re.compile(r"由(?:哪|什么|啥)[^，,。？?]{0,4}?(?:组成|构成|组合)|(?:组成|构成)(?:部分)?(?:有|是|包括)(?:哪|什么|啥)")
# 由A、B、C(四项)组成, 包括A、B和C等N个方面: the parts after 由/包括, two at least (a 、 among them)
_MADE_OF = re.compile(r"(?:由|包括|包含|涵盖)(?P<parts>[^。；;：:]{2,80}?、[^。；;：:]{1,80}?)"
                      r"(?:等?[一二三四五六七八九十两\d]+(?:项|个方面|方面|部分|类|块|个指标))?(?:组成|构成|组合|在内)?(?=[。；;，,]|$)")
_CLAUSE = re.compile(r"[^。；;]+")
_TOP_HITS = 5


def compose(ctx: Context) -> Composed | None:
    subject = [t for t in ctx.question.terms if len(t) >= 2 and not ASKED.search(t) and t not in ("组成", "构成", "包括")]
    for hit in ctx.hits[:_TOP_HITS]:
        chunk = ctx.chunks.get(hit.node.node_id)
        for clause in _CLAUSE.finditer(chunk["text"]) if chunk else ():
            made = _MADE_OF.search(clause.group())
            # the clause names the thing asked (综合得分) before its parts
            if made and any(t in clause.group()[:made.start()] for t in subject):
                evidence = Evidence(chunk, clause.start(), clause.end(), chunk.get("period"), hit.score or 0.0)
                return Composed(ctx.kind, f"{evidence.quote}[1]", [evidence])
    return None
