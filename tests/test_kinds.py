"""Question kinds, follow-ups and citation merging: the pure parts of answering every kind of question.

Kinds and follow-ups are read from language cues; the corpus they need (regions, zones) is the real
sample index's. Wordings vary as staff write them; none of them is in the library code.
"""
from __future__ import annotations

import pytest

from qa.citations import answer_fields, merge_evidence
from qa.compose.base import Composed, Evidence
from qa.conversation import resolve_history
from qa.overview import asks_overview, names_only
from qa.corpus import Corpus
from qa.kinds import classify, is_cue
from qa.places import named_places


@pytest.mark.parametrize("question, kind", [
    ("晋中签约项目投资额是多少？", "figure"),
    ("阳泉“开工一批”计划总投资是多少？", "figure"),          # 计划 inside a figure question
    ("阳泉、晋中签约投资额各多少？", "each"),
    ("两市一季度工业投资分别完成了多少", "each"),
    ("各开发区的工业投资是多少", "each"),
    ("签约投资额哪个市高？", "compare"),
    ("哪个开发区增速最快？", "compare"),
    ("三个开发区工业投资排名", "compare"),
    ("盂县经开区和平定经开区谁的工业投资多", "compare"),
    ("晋中工业增加值这两期各是多少？", "trend"),
    ("阳泉投产率的变化趋势", "trend"),
    ("开工率历次是多少", "trend"),
    ("晋中下一步打算做哪些工作？", "list"),
    ("上半年采取了哪些举措", "list"),
    ("请总结阳泉的开发区工作", "summary"),
    ("简要介绍一下晋中的情况", "summary"),
    ("阳泉如何优化营商环境？", "how"),
    ("下一步怎样加速项目建设", "how"),
    ("阳泉高新区的服务体系叫什么？", "name"),
    ("谁作了典型发言", "name"),
    ("晋中在哪举办的招商引资大会", "name"),                  # the 大 of 大会 compares nothing
    ("晋中和阳泉的下一步工作计划分别有哪些？", "list"),       # a list per place
    ("下一步打算干什么", "list"),
    ("两市工业投资相差多少", "compare"),
    ("晋中两期的规上工业增加值", "trend"),
    ("三个开发区工业投资从高到低排一下", "compare"),
    ("两市签约投资额孰高", "compare"),
    ("高新区规上工业增加值比平定经开区多多少", "compare"),
    ("上半年四上企业比去年同期多了几家", "figure"),             # a change over time, not a ranking
    ("规上工业增加值从一季度到前三季度是怎么增长的", "trend"),    # a span of periods, not a how
    ("重点开发区工业投资谁排最后？", "compare"),                  # a rank asked
    ("哪个开发区工业投资第一", "compare"),
    ("各开发区中规上工业增加值居首的是哪个", "compare"),
    ("晋中工业投资占比？", "figure"),                             # 占比 is a share, not 和…比
    ("和平定经开区比？", "compare"),
    ("《某市支持开发区若干措施》是经什么会议审议通过的？", "name"),  # a title's 措施 asks no list
    ("要做好哪年第一次“三个一批”活动的项目储备？", "name"),          # 第一次: an occasion, not a rank
    ("某市开发区工作搞得怎么样？", "summary"), ("今年干得咋样", "summary"),
    ("四个市前三季度营业收入都是多少？", "each"), ("两个市的外贸进出口是多少", "each"),  # a set of cities: each
    ("某市传统产业占比偏高，打算如何解决？", "how"), ("某区引才有什么做法？", "how"), ("有啥好经验", "how"), ("配套率不足，下一步怎么办？", "how"),  # a remedy asked
])
def test_kind_from_language_cues(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_a_figure_question_naming_several_places_asks_for_each() -> None:
    assert classify("晋中和阳泉的工业投资是多少", places=2) == "each"
    assert classify("晋中的工业投资是多少", places=1) == "figure"


@pytest.mark.parametrize("word, cue", [("总结", True), ("变化趋势", True), ("三期", True), ("排名", True),
                                       ("工业投资", False), ("增长", False), ("签约", False),
                                       ("最后", True)])
def test_kind_words_are_not_topics(word: str, cue: bool) -> None:
    assert is_cue(word) is cue


@pytest.fixture(scope="module")
def corpus(sample_index) -> Corpus:
    return Corpus.from_chunks(sample_index.qa.snapshot.chunks)


@pytest.mark.parametrize("history, follow_up, resolved", [
    (["晋中签约项目投资额是多少？"], "阳泉呢？", "阳泉签约项目投资额是多少？"),
    (["阳泉一季度规上工业增加值是多少？"], "那晋中呢？", "晋中一季度规上工业增加值是多少？"),
    (["阳泉一季度开工率是多少？"], "投产率呢？", "阳泉一季度投产率是多少？"),
    (["阳泉一季度开工率是多少？"], "上半年呢", "阳泉上半年开工率是多少？"),
    (["阳泉开工率是多少？"], "一季度呢？", "阳泉一季度开工率是多少？"),            # a period the question lacked
    (["阳泉高新区服务队伍扩充至多少人？"], "那平定经开区呢？", "平定经开区服务队伍扩充至多少人？"),
    (["晋中下一步工作计划有哪些？"], "阳泉呢", "阳泉下一步工作计划有哪些？"),
    (["晋中签约项目投资额是多少？", "阳泉呢？"], "开工率呢？", "阳泉开工率是多少？"),  # resolved in turn
    # follow-ups with question words of their own, or words that refer back
    (["阳泉一季度签约投资额是多少？"], "那开工率是多少呢？", "阳泉一季度开工率是多少？"),
    (["阳泉一季度开工率是多少？"], "投产率是多少？", "阳泉一季度投产率是多少？"),
    (["阳泉一季度工业投资是多少？"], "这个指标晋中是多少？", "晋中一季度工业投资是多少？"),
    (["阳泉一季度工业投资是多少？"], "增速呢？", "阳泉一季度工业投资增速是多少？"),     # an attribute of it
    (["阳泉一季度开工率是多少？"], "同比呢？", "阳泉一季度开工率同比是多少？"),        # 同比 is no joiner (同…比)
    (["阳泉一季度开工率是多少？"], "这一期它的亮点叫啥？", "阳泉一季度亮点叫啥？"),      # 这一期: the issue asked
    (["阳泉一季度工业投资是多少？"], "增长了多少？", "阳泉一季度工业投资增长了多少？"),
    (["阳泉工业投资是多少？"], "排全省第几？", "阳泉工业投资排全省第几？"),         # the position it holds
    (["阳泉工业投资是多少？"], "两期分别多少？", "阳泉工业投资两期分别多少？"),              # over the issues
    # asking by itself of no place or period: of the previous question's
    (["阳泉一季度有哪些短板？"], "那下一步怎么打算？", "阳泉一季度下一步怎么打算？"),
    (["阳泉一季度工业投资是多少？"], "同比增长呢", "阳泉一季度工业投资同比增长是多少？"),
    (["阳泉一季度工业投资同比增长多少？"], "那晋中的增速是多少", "晋中一季度工业投资同比增长是多少？"),
    (["阳泉一季度工作成绩有哪些？"], "那晋中的下一步工作计划有哪些？", "晋中一季度下一步工作计划有哪些？"),
    (["一季度阳泉哪个开发区规上工业增加值最高？"], "工业投资呢？", "一季度阳泉哪个开发区工业投资最高？"),
    # a comparative, a span of issues, a share, a set of zones, a place's zones
    (["阳泉哪个开发区工业投资最多"], "最少的呢", "阳泉哪个开发区工业投资最少"),
    (["阳泉开工率是多少"], "这几期的呢", "阳泉开工率这几期是多少"),
    (["阳泉开工率是多少"], "变化大吗？", "阳泉开工率历次是多少"),
    (["晋中开工率是多少？", "阳泉呢？"], "哪个高？", "晋中、阳泉开工率哪个高？"),  # the places of the thread
    (["晋中开工率是多少？", "阳泉呢？"], "分别多少？", "晋中、阳泉开工率分别多少？"),
    (["晋中开工率是多少？", "阳泉呢？"], "相差多少？", "晋中、阳泉开工率相差多少？"),
    (["阳泉上半年开工率是多少？", "前三季度呢？"], "哪期最高？", "阳泉开工率哪期最高？"),     # every issue's
    (["晋中签约项目多少个？"], "投资额呢？", "晋中签约项目投资额多少？"),                    # of the things counted
    (["晋中一季度工业投资是多少"], "占全市多少", "晋中一季度工业投资占全市多少？"),
    (["晋中一季度规上工业增加值多少"], "那三个重点开发区呢", "晋中三个重点开发区一季度规上工业增加值多少"),
    (["阳泉哪个开发区规上工业增加值最高"], "那晋中的开发区呢", "晋中哪个开发区规上工业增加值最高"),
    # only periods, each asked: the indicator stays, the periods with their joiner
    (["阳泉上半年工业投资是多少？"], "一季度和上半年分别多少？", "阳泉一季度和上半年工业投资分别多少？"),
])
def test_follow_up_inherits_the_rest_of_the_previous_question(corpus, history, follow_up, resolved) -> None:
    assert resolve_history(follow_up, history, corpus) == resolved


@pytest.mark.parametrize("history, question", [
    ([], "阳泉呢？"),                                          # nothing to follow
    (["晋中签约项目投资额是多少？"], "阳泉签约项目投资额是多少？"),  # a question of its own
    (["晋中签约项目投资额是多少？"], "阳泉的开工率是多少呢？"),     # asks by itself
    (["阳泉开工率是多少？"], "哪个开发区开工率最高？"),             # ranks: of no one place
    (["阳泉开工率是多少？"], "全省开发区有多少个？"),
])
def test_a_question_of_its_own_is_no_follow_up(corpus, history, question) -> None:
    assert resolve_history(question, history, corpus) is None


@pytest.mark.parametrize("question, named", [
    ("晋中", ["晋中"]), ("阳泉？", ["阳泉"]), ("平定经开区", ["平定经开区"]), ("那阳泉呢", ["阳泉"]),
    ("上半年呢？", ["上半年"]), ("晋中签约投资额", []), ("阳泉是多少？", []), ("请总结", []),
    ("晋中的情况", []),                                         # how it is doing: an overview, asked
])
def test_a_question_naming_only_places_says_so(corpus, question, named) -> None:
    assert names_only(question, corpus) == named


@pytest.mark.parametrize("question, overview", [
    ("晋中的情况", True), ("阳泉怎么样", True), ("阳泉一季度情况如何", True),
    ("晋中", False), ("晋中签约项目情况", False), ("阳泉开工率怎么样", False),
])
def test_how_a_place_is_doing_asks_an_overview(corpus, question, overview) -> None:
    assert asks_overview(question, corpus) is overview


def test_places_known_zones_and_names_no_bulletin_covers(corpus) -> None:
    places = named_places("晋中、大同和平定经开区签约项目投资额分别是多少？", corpus)
    assert [(p.name, p.known, p.region) for p in places] == [
        ("晋中", True, "晋中"), ("大同", False, None), ("平定经开区", True, "阳泉")]
    assert [p.name for p in named_places("晋中重点开发区的工业投资", corpus)] == ["晋中"]  # 重点开发区: no name
    # a zone, then 比 and another: two names, not one
    assert [p.name for p in named_places("阳泉高新区比平定经开区多多少", corpus)] == ["阳泉高新区", "平定经开区"]


def _chunk(doc: str = "a.txt", start: int = 100) -> dict:
    return {"id": f"{doc}-{start}", "doc": doc, "start": start, "text": "一是抓项目。签约项目23个，投资额126.6亿元。"}


def test_overlapping_and_nested_quotes_become_one_citation() -> None:
    chunk, other = _chunk(), _chunk("b.txt")
    evidence = [Evidence(chunk, 6, 20), Evidence(other, 6, 20), Evidence(chunk, 12, 20), Evidence(chunk, 0, 8)]
    merged, number = merge_evidence(evidence)
    assert [(e.chunk["doc"], e.start, e.end) for e in merged] == [("a.txt", 0, 20), ("b.txt", 6, 20)]
    assert number == {1: 1, 2: 2, 3: 1, 4: 1}
    fields = answer_fields(Composed("each", "甲[1]；乙[2]；丙[3][4]", evidence,
                                    table=[{"entity": "丙", "n": 3}]))
    assert fields["answer"] == "甲[1]；乙[2]；丙[1]"
    assert fields["table"] == [{"entity": "丙", "n": 1}]
    spans = [(c["doc"], c["start"], c["end"]) for c in fields["citations"]]
    assert spans == [("a.txt", 100, 120), ("b.txt", 106, 120)]
    assert fields["citations"][0]["quote"] == chunk["text"][0:20]
