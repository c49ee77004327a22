"""签了 → 签约了: a one-character verb before 了 written as the documents write it, on a real Corpus."""
from qa.colloquial import full_verbs
from qa.corpus import Corpus

TEXTS = ["全市开发区签约项目23个,总投资126.6亿元。", "今年签约落地项目5个,完成投资12亿元。", "推动签约项目早日开工。"]


def _corpus() -> Corpus:
    return Corpus.from_chunks([{"text": t, "region": "甲市"} for t in TEXTS])


def test_a_short_verb_before_le_takes_the_documents_two_character_verb():
    corpus = _corpus()
    assert full_verbs("那边签了多少项目？", corpus) == "那边签约了多少项目？"
    assert full_verbs("一共投了多少", corpus) == "一共投资了多少"


def test_nothing_changes_without_le_or_without_a_written_verb():
    corpus = _corpus()
    assert full_verbs("签约项目有多少？", corpus) == "签约项目有多少？"
    assert full_verbs("拆了几栋楼？", corpus) == "拆了几栋楼？"  # no 拆… verb in the documents


def test_a_change_asked_stays_a_change():
    corpus = Corpus.from_chunks([{"text": "能耗降低3%,降低成本。", "region": "甲市"}])
    assert full_verbs("能耗是升了还是降了", corpus) == "能耗是升了还是降了"


def test_a_synonym_is_read_as_the_documents_write_it_unless_they_write_its_own_wording():
    from qa.colloquial import written_synonyms
    corpus = Corpus.from_chunks([{"text": "全市9家开发区完成投资12亿元。开展“服务进园区”活动。", "region": "甲市"}])
    assert written_synonyms("有几个工业类园区", corpus) == "有几个工业类开发区"
    assert written_synonyms("“服务进园区”活动是什么", corpus) == "“服务进园区”活动是什么"


def test_a_verb_inside_a_longer_word_is_no_use_of_it():
    texts = ["全市开发区实现营业收入100亿元。", "各开发区新开工项目10个。", "高新区开发区建设提速。"]
    corpus = Corpus.from_chunks([{"text": t, "region": None} for t in texts])
    assert full_verbs("开了几次会", corpus) == "开了几次会"
