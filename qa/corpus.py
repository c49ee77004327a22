"""What the indexed documents tell about the questions they can answer: their regions, the periods they report
on, the weight of each character bigram, and whether (and in which regions) they write a phrase."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from index.figures import FIGURE
from index.lexical import LexicalIndex
from index.owners import is_table_row
from index.periods import Period, parse_period
from index.places import names_part
from index.zones import AFTER_NAME_ONLY, ZONE_WORD
from qa.per_index import per_index


CAPTION_LINES = 2  # lines a table's caption may take above its rows (its title, a unit line)
QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,16})[”\"」』]")  # a name in quotes: “投产一批”


def bigrams(text: str) -> list[str]:
    """CJK/alphanumeric bigrams of a text (the unit of matching between questions and sentences)."""
    chars = [c for c in text if c.isalnum()]
    return [a + b for a, b in zip(chars, chars[1:])] or chars


def _headings_alone(chunks: list[dict]) -> frozenset[str]:
    """The items' headings no passage of theirs holds (专栏：营商环境, 典型案例 over a box; not 抓项目, which its first
    passage opens with and its sub-items' passages do not repeat)."""
    items = {c["item"] for c in chunks if c.get("item")}
    held = {c["item"] for c in chunks if c.get("item") and c["item"] in c["text"]}
    return frozenset(items - held)


def _caption_regions(chunks: list[dict]) -> dict[int, frozenset[str]]:
    """The regions a table's caption speaks for (k -> regions), by the chunks' index: a caption of no region (表2 省级重点
    项目推进台账) titles every row under it, so the regions of those rows write its words too (蓼汀有哪些省级重点项目 asks
    of the rows in 蓼汀). The caption is the lines of no figure and no region right above a run of table rows with
    figures, up to CAPTION_LINES of them (表2 …, then 单位：万元), of the same document."""
    def row(k: int) -> bool:
        return is_table_row(chunks[k]["text"]) and bool(FIGURE.search(chunks[k]["text"]))

    captions: dict[int, frozenset[str]] = {}
    k = 0
    while k < len(chunks):
        end = k
        while end < len(chunks) and chunks[end].get("doc") == chunks[k].get("doc") and row(end):
            end += 1
        regions = frozenset(c.get("region") for c in chunks[k:end] if c.get("region"))
        above = k - 1
        while regions and above >= max(0, k - CAPTION_LINES) and chunks[above].get("doc") == chunks[k].get("doc") \
                and not chunks[above].get("region") and not FIGURE.search(chunks[above]["text"]):
            captions[above] = regions
            above -= 1
        k = max(end, k + 1)
    return captions


def _report_periods(chunks: list[dict]) -> set[Period]:
    """The periods the documents report on, when they are a series of reports: most of them name the period
    they cover. Other texts, a few of which name a period in their title, report on none; their years are
    only the context of what they tell."""
    of_doc: dict[str, set[Period]] = {}
    for c in chunks:
        period = parse_period(c.get("doc_period"))
        of_doc.setdefault(c.get("doc", ""), set()).update([period] if period else [])
    dated = [periods for periods in of_doc.values() if periods]
    return set().union(*dated) if 2 * len(dated) >= len(of_doc) else set()


def _row_name(fact: dict) -> bool:
    """Whether a fact's entity is a table's row header that no zone word marks, of a region (港城园 of 苇塘): its row
    sentence opens with it."""
    name, region = fact.get("entity") or "", fact.get("region")
    return (len(name) >= 3 and bool(region) and name != region and not ZONE_WORD.search(name)
            and (fact.get("quote") or "").startswith(name + " "))


_TITLE_CITY = re.compile(r"^([\u4e00-\u9fff]{2,4})市")
_KIND_END = re.compile("(?:" + "|".join(sorted(AFTER_NAME_ONLY, key=len, reverse=True)) + ")$")


def _home_zones(chunks: list[dict], regions: set[str]) -> dict[str, str]:
    """In a city's briefs whose regions are its zones (琮州市开发区运行简报: 琮州经开区, 苕峪经开区, …), the zone of each
    kind named after the city (琮州经开区): the one its staff call by the kind alone (经开区)."""
    cities = {m.group(1) for c in chunks for m in [_TITLE_CITY.match(c.get("title") or "")] if m}
    return {kind.group(): region for region in regions for kind in [_KIND_END.search(region)]
            if kind and region[:kind.start()] in cities}


def _counties(chunks: list[dict]) -> dict[str, list[str]]:
    """The zones each county holds, as the zones' headings name their county (（一）XX开发区（XX区））."""
    held: dict[str, set[str]] = {}
    for c in chunks:
        if c.get("county") and c.get("region"):
            held.setdefault(c["county"], set()).add(c["region"])
    return {county: sorted(regions) for county, regions in held.items()}


@dataclass(eq=False)  # one index state: compared and hashed by identity (derived facts are kept per state)
class Corpus:
    """What the indexed documents tell about the questions they can answer."""
    regions: set[str]
    texts: list[str]                # the chunks' texts, in the order of `lexical`
    chunk_regions: list[str]        # each chunk's region ("" for none)
    lexical: LexicalIndex           # BM25 over the chunks: its postings find which texts may hold a phrase
    idf: dict[str, float]
    max_idf: float
    reported: list[Period]          # the periods the bulletins report on (their own 一季度, 1-6月, …)
    region_periods: dict[str, set[str]] = field(default_factory=dict)  # region -> the periods reported for it
    quoted: set[str] = field(default_factory=set)  # names the documents write in quotes (“签约一批”)
    entry_zones: set[str] = field(default_factory=set)  # zones reported in entries of their own (◆ XX开发区（XX市）)
    parts: dict[str, str] = field(default_factory=dict)  # a region's parts its tables list (芷川高新园 -> 芷川)
    home_zones: dict[str, str] = field(default_factory=dict)  # 经开区 -> 琮州经开区: see _home_zones
    counties: dict[str, list[str]] = field(default_factory=dict)  # 琮东区 -> the zones (regions) its headings place in it
    headings: frozenset[str] = frozenset()  # the section headings (营商环境), words of the bulletins no passage need repeat
    titles_alone: frozenset[str] = frozenset()  # items' headings on lines of their own (专栏：营商环境): see _headings_alone
    chunk_docs: list[str] = field(default_factory=list)  # each chunk's document, in the order of `texts`
    caption_regions: dict[int, frozenset[str]] = field(default_factory=dict)  # see _caption_regions

    def periods_of(self, region: str | None) -> list[str]:
        """The periods the bulletins report for a region (for every region when None), oldest first."""
        labels = self.region_periods.get(region, set()) if region else set().union(*self.region_periods.values())
        return sorted(labels, key=lambda label: next(((p.year or 0, p.end) for p in [parse_period(label)] if p), (0, 0)))

    @classmethod
    def from_chunks(cls, chunks: list[dict], lexical: LexicalIndex | None = None, facts: list[dict] = ()) -> "Corpus":
        """`lexical`: the snapshot's BM25 index over these chunks, in their order (built here when None);
        `facts`: the snapshot's, whose entities name the regions' parts."""
        texts = [c["text"] for c in chunks]
        lexical = LexicalIndex.build(texts) if lexical is None else lexical
        df: Counter[str] = Counter()
        for c in chunks:
            df.update(set(bigrams(c["text"])))
        n = max(len(chunks), 1)
        idf = {b: math.log(1 + n / d) for b, d in df.items()}
        reported = _report_periods(chunks)
        by_period: dict[str, set[str]] = {}
        for c in chunks:
            if c.get("doc_period"):
                by_period.setdefault(c.get("region") or "", set()).add(c["doc_period"])
        chunk_regions = [c.get("region") or "" for c in chunks]
        regions = {r for r in chunk_regions if r}
        return cls(regions, texts, chunk_regions, lexical, idf, math.log(1 + n),
                   sorted(reported, key=lambda p: (p.year or 0, p.end)), by_period,
                   {name for text in texts for name in QUOTED.findall(text)},
                   {c["zone"] for c in chunks if c.get("zone")},
                   {f["entity"]: f["region"] for f in facts if names_part(f.get("entity") or "", f.get("region"))
                    or _row_name(f)}, _home_zones(chunks, regions), _counties(chunks),
                   frozenset(c["section"] for c in chunks if c.get("section")), _headings_alone(chunks),
                   [c.get("doc") or "" for c in chunks], _caption_regions(chunks))

    def heading_alone(self, item: str | None) -> bool:
        """Whether an item's heading stands on a line of its own, above a passage not holding it (专栏：营商环境)."""
        return bool(item) and item in self.titles_alone

    @per_index(maxsize=65536)  # a question asks it of each of its words, several times over
    def contains(self, phrase: str) -> bool:
        """Whether some document writes `phrase`, in a passage, a section heading (a theme's title, 营商环境, that
        its passages never repeat) or an item's title alone (专栏：营商环境); only the texts the BM25 postings allow
        are read (a scan of every text costs ~20 ms at 100,000 chunks, and a question asks this for each of its words)."""
        return any(phrase in self.texts[k] for k in self.lexical.candidates(phrase)) \
            or any(phrase in heading for heading in self.headings | self.titles_alone)

    @per_index(maxsize=65536)
    def count(self, phrase: str) -> int:
        """How many times the documents write `phrase`."""
        return sum(self.texts[k].count(phrase) for k in self.lexical.candidates(phrase))

    def regions_writing(self, phrase: str) -> list[str]:
        """The regions some of whose documents write `phrase` (in a table's caption: the regions of its rows)."""
        writing = [k for k in self.lexical.candidates(phrase) if phrase in self.texts[k]]
        found = {self.chunk_regions[k] for k in writing}.union(*(self.caption_regions.get(k, ()) for k in writing))
        return sorted(found - {""})

    def reports_on(self, period: Period) -> bool:
        """Whether some bulletin reports on this period (else it can only be named in the text)."""
        return any(period.matches(p) for p in self.reported)

    def weight(self, bigram: str) -> float:
        return self.idf.get(bigram, self.max_idf)
