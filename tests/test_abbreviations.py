"""营收 → 营业收入: an abbreviation the documents do not write read as the term they do, on a real Corpus."""
from qa.abbreviations import spelled_out, written_term
from qa.corpus import Corpus
from qa.question import analyse_question

TEXTS = [
    "上半年,全市开发区实现营业收入1012.4亿元,同比增长9.2%;规模以上工业增加值236.81亿元。",
    "甲高新区营业收入448.9亿元,居全省开发区第1位;固定资产投资12.6亿元。",
    "全市开发区高新技术企业数量达到438家;完成固定资产投资8.2亿元,社会消费品零售总额52亿元。",
    "规模以上工业企业稳产增产,高新技术企业新增26家,社会消费品零售总额增长5%。",
    "乙经开区营业收入331.5亿元,规模以上工业增加值增长7.8%。",
]


def _corpus(texts: list[str] = TEXTS) -> Corpus:
    return Corpus.from_chunks([{"text": t, "region": "甲市"} for t in texts])


def test_an_abbreviation_reads_as_the_term_the_documents_write():
    corpus = _corpus()
    assert spelled_out("上半年营收多少？", corpus) == "上半年营业收入多少？"
    assert spelled_out("规上增加值增长多少", corpus) == "规模以上增加值增长多少"
    assert spelled_out("固投完成了多少", corpus) == "固定资产投资完成了多少"
    assert spelled_out("高企有多少家？", corpus) == "高新技术企业有多少家？"
    assert spelled_out("社零增长多少", corpus) == "社会消费品零售总额增长多少"


def test_the_question_analysis_matches_the_documents_terms():
    q = analyse_question("甲高新区上半年营收是多少？", _corpus())
    assert "营业收入" in q.text and "营收" not in q.text


def test_words_the_documents_write_stay_as_they_are():
    corpus = _corpus(TEXTS + ["全市规上工业增加值占比61.5%。"])
    assert spelled_out("规上工业增加值多少", corpus) == "规上工业增加值多少"  # the documents write 规上 themselves
    assert spelled_out("营业收入多少", corpus) == "营业收入多少"


def test_a_word_written_only_in_a_heading_still_abbreviates_the_term_written_throughout():
    texts = TEXTS + ["2.营收稳步提升。全年实现营业收入436.2亿元。", "乙高新区营业收入208.6亿元。"]
    assert spelled_out("营收各多少", _corpus(texts)) == "营业收入各多少"  # 营收 counts nothing, 营业收入 is written 5 times
    assert spelled_out("营收各多少", _corpus(texts + ["营收增长3.1%。"])) == "营收各多少"  # a figure counted by it
    assert spelled_out("营收各多少", _corpus(["营收稳步提升。", "营业收入436.2亿元。"])) == "营收各多少"  # not 3 times
    listed = TEXTS + ["按亩均税收、亩均营收等6项指标分类。"]  # 6项 counts the list, not 营收
    assert spelled_out("营收各多少", _corpus(listed)) == "营业收入各多少"


def test_no_reading_without_one_term_written_often_enough():
    assert written_term("社零", _corpus(TEXTS[:2])) is None  # the documents never write such a term
    once = _corpus(["规模以上工业增加值3.3亿元。", "工业投资22亿元。"])
    assert written_term("规上", once) is None  # written once, and 规上 is not its words' initials (规模|以上)
    rivals = _corpus(["营业收入10亿元,营商收益5亿元。", "营业收入8亿元,营商收益4亿元。"])
    assert written_term("营收", rivals) is None  # two readings, neither most of them


def test_no_term_holds_a_zone_or_a_time_nor_is_cut_out_of_the_question():
    texts = ["丙经开区营业收入10亿元,增长5%。", "丁经开区营业收入8亿元。", "比去年一季度增长3%,比去年一季度提高2个百分点。"]
    corpus = _corpus(texts)
    assert written_term("经营", corpus) is None     # 经开区营业: a zone and a word, no indicator
    assert spelled_out("两市工业投资比一比", corpus) == "两市工业投资比一比"
    assert spelled_out("建了几个", corpus) == "建了几个"  # 了: a particle, in no abbreviation


def test_an_everyday_word_means_itself():
    corpus = _corpus(["全市签约项目投资总投资额100亿元。", "总投资额50亿元,其中产业项目。"])
    assert spelled_out("进出口总额是多少", corpus) == "进出口总额是多少"  # 总额: a word of its own, no 总投资额


def test_the_initials_of_a_term_written_once_read_as_it():
    corpus = _corpus(["完成固定资产投资3.3亿元。", "工业投资22亿元。"])
    assert spelled_out("固投多少", corpus) == "固定资产投资多少"  # 固定资产|投资


def test_no_abbreviation_starts_inside_an_everyday_word():
    corpus = _corpus(["甲资源有限公司投产。", "乙资源有限公司签约。"])
    assert spelled_out("实际利用外资有多少", corpus) == "实际利用外资有多少"  # 外资: a word, no 资有
