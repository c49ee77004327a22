"""Names asked in shapes of their own (round name10): the city whose own clause the question restates, a firm
after the zone and the link (与, 引进的) before it, the body written before the question's verb (谁牵头), a city
asked as 哪座城市 (a kind of place, no place named), a question opened by the connective 那, and a verb split by
的 around its object (签的约). Pure parts, then a real index of an invented bulletin."""
from __future__ import annotations

import pytest

from qa.corpus import Corpus
from qa.question import analyse_question
from qa.short import short_span
from tests.conftest import index_one


@pytest.mark.parametrize("question, sentence, short", [
    # the city of the clause the question restates, not the first city written
    ("上半年增速升到全省第一的是哪个市？",
     "其中，甲川市开发区实现营业收入40.1亿元，总量列全省第1；乙岭市开发区实现营业收入30.2亿元，增速升至全省第1。",
     "乙岭市"),
    ("上半年总量全省第一的是哪个市？",
     "其中，甲川市开发区实现营业收入40.1亿元，总量列全省第1；乙岭市开发区实现营业收入30.2亿元，增速升至全省第1。",
     "甲川市"),
    # a firm after its partner zone and the link between them
    ("落户丙塘经开区的那家外国企业是哪家？", "5月8日，丙塘经开区与德国博雅精密株式会社签约，引进冲压件项目。",
     "德国博雅精密株式会社"),
    ("丁安总投资3.2亿元的仓储设备项目是哪家公司的？", "丁安经开区引进的浙江恒远智能装备有限公司年产300台仓储设备项目开工，总投资3.2亿元。",
     "浙江恒远智能装备有限公司"),
    ("戊川高新园5月跟哪家企业签的约？", "5月20日，戊川高新园与上海明芯半导体有限公司签约，引进晶圆制造项目。",
     "上海明芯半导体有限公司"),
    # the body written right before the question's verb
    ("“园区吹哨”机制由谁牵头？", "推行“园区吹哨”机制。县政务服务中心牵头，为园区企业建立诉求台账。", "县政务服务中心"),
    ("航线是谁牵头开通的？", "园区依托二类口岸，由市交通运输局和园区管委会共同牵头，开通集装箱航线。", "市交通运输局和园区管委会"),
    # the quoted name written right before the kind asked; a facility without how many of it
    ("综保区获批的新业态是什么？", "9月12日，丁湖综保区“保税研发”新业态获批，跨境电商单量已达1860万单。", "保税研发"),
    ("经开区新建的是什么设施？", "戊港经开区新建污水处理厂一座，日处理能力达到3万吨。", "污水处理厂"),
    # a city asked as 哪座城市: the place after 在
    ("9月的专场推介会是在哪座城市开的？", "9月20日在杭州举办己鸣开发区专场推介会，现场签约项目18个。", "杭州"),
])
def test_the_name_asked_is_cut_from_its_sentence(question: str, sentence: str, short: str) -> None:
    assert short_span(question, sentence) == short


_BULLETIN = """<html><head><title>某省开发区动态（2025年第3期）</title></head><body>
<h1>某省开发区动态</h1><p>现将松原、枫坞两市开发区前三季度工作情况摘编如下。</p>
<h2>松原市</h2><h3>一、运行态势</h3>
<p>1-9月，松原经开区实现营业收入86.5亿元，同比增长6.2%。9月20日在杭州举办松原开发区专场推介会，现场签约项目18个。</p>
<p>5月20日，松原经开区与上海明芯半导体有限公司签约，引进功率器件晶圆制造项目，总投资36亿元。</p>
<h2>枫坞市</h2><h3>一、运行态势</h3>
<p>1-9月，枫坞高新区实现营业收入52.8亿元，同比增长4.1%。</p>
<h3>二、下阶段打算</h3><p>1.争取枫坞农业科技园区升级为国家级农业科技园区。</p>
</body></html>"""


@pytest.fixture(scope="module")
def shapes_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("name-shapes"), "2025-10-dongtai.html", _BULLETIN, embedding)


def test_a_city_asked_by_its_kind_is_no_place_left_uncovered(shapes_qa) -> None:
    answer = shapes_qa.ask("松原9月20日的专场推介会是在哪座城市开的？")
    assert answer["short"] == "杭州" and "没有关于" not in answer["answer"]


def test_a_question_opened_by_the_connective_na_names_its_place() -> None:
    corpus = Corpus.from_chunks([{"text": "争取枫坞农业科技园区升级为国家级农业科技园区。", "region": "枫坞"},
                                 {"text": "松原经开区入驻企业412家。", "region": "松原"}])
    q = analyse_question("那枫坞打算把哪个园区升级成国家级的？", corpus)  # jieba: 那枫 | 坞
    assert q.region == "枫坞" and not q.unknown
    assert analyse_question("那个园区打算升级成国家级的吗？", corpus).text.startswith("那个")  # 那 pointing: kept


def test_a_verb_split_around_its_object_is_read_whole(shapes_qa) -> None:
    answer = shapes_qa.ask("松原经开区5月20日跟哪家企业签的约？")
    assert not answer["abstained"] and answer["short"] == "上海明芯半导体有限公司"


def test_an_honour_asked_is_read_with_the_verb_the_documents_write() -> None:
    corpus = Corpus.from_chunks([{"text": "枫坞综合保税区获评“国家进口贸易促进创新示范区”。", "region": "枫坞"},
                                 {"text": "松原经开区入驻企业412家。", "region": "松原"}])
    q = analyse_question("枫坞综保区获得了什么荣誉？", corpus)
    assert "获评" in q.text and "综保区" not in q.terms  # the zone's kind word is its name's, no term
