"""The bulletin a question names, read in one place. A question names one bulletin
- by its kind, said as the bulletin's: a kind's word followed by a word pointing at the bulletin (台账显示…, 快报上…,
  答记者问时说…, 调研组建议…, 纪要里…): the one indexed document whose title or first lines show that kind. A kind
  said in other words than the title's (记者采访 of an …答记者问, 调研组 of an …调研报告) is read through KINDS. Nothing is
  picked where the question names two kinds (快报和台账…), where several documents are of the kind named (two issues of
  one 工作动态: the period tells them apart), or where none is;
- by its kind and the word said before it that one title writes with it (考核通报里 of …考核情况的通报 beside a
  …监测通报), a place named or not;
- by its subject (given the question's words): a word of one bulletin's title that no other bulletin writes (督查 of
  …重点工作督查情况的通报 beside monthly 快报 that never mention one), of the period asked if one is (一季度督查).
The bulletin named is asked alone, as if the asker had picked it. The words naming it are no words of what is asked:
they leave the question (台账显示营业收入 is no indicator) and the words a way is looked for by (调研报告里说的双长制:
双长制 alone; a bulletin's foreword writes the words naming it, 组成调研组…现将有关情况报告如下, and tells no way)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from index.periods import Period, parse_period
from index.places import ZONE_SUFFIX

MIN_WORD = 2  # one character names no bulletin
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
    "讲话": ("讲话",),
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
KIND_CHARS = 4  # a title with no 的 before its kind ends with it (…推进台账, …统计快报)
_DATED = re.compile(r"[（(][^）)]*[）)]\s*$")  # （2026年1-9月） after the kind
_GROUP = "组"  # 调研组: those who did the 调研
# the words pointing at the bulletin after its kind: where in it (里, 上), when (时), what it says or shows (说, 显示,
# 建议, 列出), who wrote it (调研组对…: 组)
_WHERE = r"(?:里面|里|中|上|时)"
_SAYS = r"(?:显示|说|提到|提出|提|指出|建议|认为|发现|称|列出|列的|所列)"
_TOWARDS = r"对(?![比照标接应])"  # 纪要对…有什么要求: what the bulletin says of something (对比, 对照: a comparison)
POINTER = f"(?:{_GROUP}|{_WHERE}|{_SAYS}|{_TOWARDS})"
_ANY = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
_SAID = re.compile(f"({_ANY})(?={POINTER})")
# a kind of bulletin after a count of its issues (几期快报, 历次简报, 这两期月报的): the issues asked over
_COUNTED = re.compile(f"(?:[这那近前]?[几两二三四五六七八九十多]|各|每|历|往)[期次]({_ANY})")
# a kind of bulletin said with the word before it that one title writes beside it (考核通报里, 监测通报中, 督查报告显示):
# that document, where the kind alone names several (通报: a 考核情况的通报 and a 统计监测通报)
_QUALIFIED = re.compile(rf"([\u4e00-\u9fff]{{2}})(通报|报告|快报|简报|专报|月报|纪要|讲话|总结|动态|台账|清单)(?={POINTER})")
# the words that only point at the bulletin (台账显示, 答记者问时说, 快报上, 调研组): no words of what is asked
_POINTING = re.compile(f"(?:{_ANY})(?:{_GROUP}|{_WHERE}(?:显示|说|提到|称)?|显示)(?![由是被])")


def kinds_named(text: str) -> list[str]:
    """The kinds of bulletin the question names as the place of what it asks (台账显示, 调研组建议, 快报上), in order."""
    return [m.group(1) for m in _SAID.finditer(text)]


def kinds_counted(text: str) -> set[str]:
    """The kinds of bulletin the question names by a count of their issues (几期快报的走势): the series it asks over,
    no word of what is asked."""
    return {m.group(1) for m in _COUNTED.finditer(text)}


def documents_of(kinds: set[str], manifest: dict[str, dict], chunks: list[dict] = ()) -> set[str]:
    """The documents whose title writes one of the kinds of bulletin (快报: …经济运行快报（2026年第8期）); one whose
    title was not read (its file name: a bulletin forwarded in a mail) by its first lines (现将《开发区工作动态》…转发)."""
    opening = _openings(chunks)
    def shown(doc: str, entry: dict) -> str:
        title = entry.get("title") or ""
        return opening.get(doc, "") if title in ("", Path(doc).stem) else title
    return {doc for doc, entry in manifest.items() if any(word in shown(doc, entry) for kind in kinds
                                                           for word in KINDS[kind])}


def _openings(chunks) -> dict[str, str]:
    """Each document's first characters (FIRST_CHARS), from its first chunk."""
    opening = {}
    for chunk in sorted(chunks, key=lambda c: c.get("start") or 0):
        opening.setdefault(chunk["doc"], chunk["text"][:FIRST_CHARS])
    return opening


def bulletin_named(text: str, manifest: dict[str, dict], chunks: list[dict], words: list[str] | None = None,
                   period: Period | None = None) -> str | None:
    """The one document (its name in the manifest) the question names by its kind; else by its kind and the word its
    title writes with it (考核通报里); else, given the question's words (and the period it asks), the one whose title
    alone writes one of them; None otherwise."""
    return (_of_kind(text, manifest, chunks) if kinds_named(text) else None) or _of_qualified_kind(text, manifest) \
        or _of_subject(words or [], period, chunks)


def _of_kind(text: str, manifest: dict[str, dict], chunks: list[dict]) -> str | None:
    kinds = re.findall(_ANY, text)  # 台账和答记者问里…: every kind said, pointed at or not
    opening = _openings(chunks)
    def of_kind(shown: Callable[[str, dict], str]) -> set[str]:
        return {doc for kind in kinds for doc, entry in manifest.items() if any(word in shown(doc, entry)
                                                                                for word in KINDS[kind])}
    # a title showing the kind names it; the first lines only where no title does (…讲话精神 opens a 通报 too)
    docs = of_kind(lambda doc, entry: entry.get("title") or "") \
        or of_kind(lambda doc, entry: (entry.get("title") or "") + opening.get(doc, ""))
    return docs.pop() if len(docs) == 1 else None


def _of_qualified_kind(text: str, manifest: dict[str, dict]) -> str | None:
    """The one document whose title writes a kind of bulletin the question points at and the word said before it."""
    for m in _QUALIFIED.finditer(text):
        titled = [doc for doc, entry in manifest.items()
                  if m.group(1) in (entry.get("title") or "") and m.group(2) in (entry.get("title") or "")]
        if len(titled) == 1:
            return titled[0]
    return None


def _of_subject(words: list[str], period: Period | None, chunks: list[dict]) -> str | None:
    """The one bulletin whose title holds a word that no other bulletin writes in its title or text, among those of
    the period asked if one is."""
    titles = {c["doc"]: c.get("title") or "" for c in chunks
              if not period or any(period.matches(p) for p in filter(None, [parse_period(c.get("doc_period"))]))}
    for word in (w for w in words if len(w) >= MIN_WORD):
        titled = [doc for doc, title in titles.items() if word in title]
        if len(titled) == 1 and not any(word in c["text"] or word in (c.get("title") or "")
                                        for c in chunks if c["doc"] != titled[0]):
            return titled[0]
    return None


def without_pointing(text: str) -> str:
    """The question without the words pointing at the bulletin (台账显示筠塘… → 筠塘…): they would join the words asked
    (台账显示营业收入 is no indicator). They stay where the kind is what the question's verb tells of (统计快报说了什么)
    or the occasion of a deed it asks the doer of (发布会上由哪位领导介绍…, 发布会上是谁…: the clause names no figure)."""
    return _POINTING.sub("", text) or text


def naming_the_bulletin(term: str, titles: set[str], question: str) -> bool:
    """Whether a word of the question names the bulletin, not what is asked: a word of the kind a title ends with
    (…情况的调研报告: 调研, 报告; 调研组: that work and 组), or of a kind named in staff's words (记者采访时…), written
    as the bulletin's (调研报告里, 调研组, 报告建议). A kind's word asked about is what is asked (…评价结果通报:
    评价结果怎么样 asks the 结果)."""
    work = term[:-1] if term.endswith(_GROUP) else term
    if len(work) < MIN_WORD:
        return False
    return any(work in kind for kind in kinds_named(question)) \
        or any(_written_as_the_bulletins(work, title_kind(title), question) for title in titles)


def _written_as_the_bulletins(work: str, kind: str, question: str) -> bool:
    """Whether the question writes `work` inside a run of the kind's words that a pointer at the bulletin follows."""
    if work not in kind:
        return False
    words = "|".join(re.escape(kind[i:j]) for i in range(len(kind)) for j in range(len(kind), i + 1, -1))
    return any(work in m.group(1) for m in re.finditer(f"((?:{words})+){POINTER}", question))


def title_kind(title: str) -> str:
    """The kind of bulletin a title ends with: after its last 的, else its last characters, and a 纪要's meeting named
    before them (…经济运行分析会会议纪要: 分析会对…提了什么要求 names the 纪要 by its meeting)."""
    title = _DATED.sub("", title)
    meeting = _MEETING.search(title)
    return title.rpartition("的")[2] if "的" in title else meeting.group() if meeting else title[-KIND_CHARS:]


_MEETING = re.compile(r"[\u4e00-\u9fff]{2,6}会(?:会议)?纪要$")  # 经济运行分析会会议纪要, 调度会纪要


# into a bulletin (评价里, 评价中); not 中心, 中旬: words of their own. Not 上: 在改革上 is "as to 改革"
_INTO = re.compile(r"(?:里面|里|中(?![心期旬型]))")


def pointed_into(term: str, titles: list[str], question: str) -> bool:
    """Whether a word of the question is a word of the titles of several indexed bulletins that the question points
    into (评价里璩州经开区排第几 beside two …评价结果通报): it names the kind of bulletin the answer is in, which its
    sentences need not write (the word of one title only picks that bulletin, and stays). The kind of place a
    bulletin is about (开发区中, 园区里: among its zones) is what is asked."""
    return len(term) >= MIN_WORD and sum(term in title for title in titles) > 1 \
        and not re.fullmatch(ZONE_SUFFIX, term) and any(_INTO.match(question, m.end()) for m in re.finditer(re.escape(term), question))


def topic_beyond_the_bulletin(terms: list[str], titles: set[str], question: str) -> list[str]:
    """The terms that do not name the bulletin, when some do and others remain; else the terms as they are."""
    beyond = [t for t in terms if not naming_the_bulletin(t, titles, question)]
    return beyond or terms


# a post, a space and a name, under no heading (某省人民政府副省长　某某 under a speech's title): a byline, no passage
BYLINE = re.compile(r"^[\u4e00-\u9fff]{2,30}\s+(?P<name>[\u4e00-\u9fff·]{2,4})$")


def in_bylines_only(term: str, chunks: list[dict]) -> bool:
    """Whether a term is written in bylines alone (副省长 of the speaker's line): it names who spoke or wrote the
    bulletin (副省长讲话里今年的重点工作有哪些), nothing its passages tell."""
    holding = [c for c in chunks if term in c["text"]]
    return bool(holding) and all(c.get("section") is None and BYLINE.match(c["text"].strip()) for c in holding)
