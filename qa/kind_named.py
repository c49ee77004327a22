"""The bulletin a question names by its kind (台账显示…, 快报上…, 调研组建议…, 答记者问时说…, 发布会上…, 纪要里…): the one
indexed document whose title shows that kind, which the question is then asked of alone, in retrieval and in composing,
as if the asker had picked it. A kind said in other words than the title's (记者采访 of an …答记者问, 调研组 of an
…调研报告) is read through the table below. Nothing is picked where the question names two kinds (快报和台账…), where
several documents are of the kind named (two issues of one 工作动态: the period tells them apart), or where none is.
"""
from __future__ import annotations

import re

# a kind of bulletin as staff say it: the words a title of that kind writes
KINDS: dict[str, tuple[str, ...]] = {
    "答记者问": ("答记者问", "记者问"),
    "记者问": ("答记者问", "记者问"),
    "记者采访": ("答记者问", "记者问", "接受采访"),
    "采访": ("答记者问", "记者问", "接受采访"),
    "新闻发布会": ("发布会",),
    "发布会": ("发布会",),
    "实录": ("实录", "发布会"),
    "调研报告": ("调研报告",),
    "调研组": ("调研报告",),
    "调研": ("调研",),
    "自查报告": ("自查报告",),
    "自查": ("自查",),
    "工作总结": ("总结",),
    "年度总结": ("总结",),
    "会议纪要": ("纪要",),
    "纪要": ("纪要",),
    "推进台账": ("台账",),
    "台账": ("台账",),
    "统计快报": ("快报",),
    "快报": ("快报",),
    "简报": ("简报",),
    "专报": ("专报",),
    "月报": ("月报",),
    "工作动态": ("动态",),
    "动态": ("动态",),
    "项目清单": ("清单",),
    "清单": ("清单",),
}
FIRST_CHARS = 80  # a document whose title was not found shows its kind in its first lines (its heading)
# what follows a kind said as the bulletin's: where in it (里, 上), what it says or shows (说, 显示, 提到), when (时),
# who wrote it (调研组对…: 组)
_WHERE = r"(?:里面|里|中|上|时)"
_SAYS = r"(?:显示|说|提到|提出|提|指出|建议|认为|发现|称|列出|列的|所列)"
_ANY = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
_SAID = re.compile(f"({_ANY})(?=组|{_WHERE}|{_SAYS})")
# the words that only point at the bulletin (台账显示, 答记者问时说, 快报上, 调研组): no words of what is asked
_POINTING = re.compile(f"(?:{_ANY})(?:组|{_WHERE}(?:显示|说|提到|称)?|显示)(?![由是被])")


def kinds_named(text: str) -> list[str]:
    """The kinds of bulletin the question names as the place of what it asks (台账显示, 调研组建议, 快报上), in order."""
    return [m.group(1) for m in _SAID.finditer(text)]


def bulletin_named(text: str, manifest: dict[str, dict], chunks: list[dict]) -> str | None:
    """The one document (its name in the manifest) that the kinds the question names show in its title or first
    lines; None otherwise."""
    if not kinds_named(text):
        return None
    kinds = re.findall(_ANY, text)  # 台账和答记者问里…: every kind said, pointed at or not
    opening = {}
    for chunk in sorted(chunks, key=lambda c: c.get("start") or 0):
        opening.setdefault(chunk["doc"], chunk["text"][:FIRST_CHARS])
    docs = {doc for kind in kinds for doc, entry in manifest.items()
            if any(word in (entry.get("title") or "") + opening.get(doc, "") for word in KINDS[kind])}
    return docs.pop() if len(docs) == 1 else None


def without_pointing(text: str) -> str:
    """The question without the words pointing at the bulletin (台账显示筠塘… → 筠塘…): they would join the words asked
    (台账显示营业收入 is no indicator). They stay where the kind is what the question's verb tells of (统计快报说了什么)
    or the occasion of a deed it asks the doer of (发布会上由哪位领导介绍…, 发布会上是谁…: the clause names no figure)."""
    return _POINTING.sub("", text) or text
