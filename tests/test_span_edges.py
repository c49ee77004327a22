"""`short` rules of the grammar around a name (qa/edges.py, qa/copula.py and the span rules they
complete), on sentences written for these tests, with the real jieba."""
import pytest

from qa.copula import named_by_copula, subject_of_copula
from qa.dates import date_in
from qa.edges import clean_edges
from qa.people import person_span
from qa.short import short_span
from qa.span import aligned_span


@pytest.mark.parametrize("question, span, cleaned", [
    ("这部电影是由谁执导的？", "由朗·霍华德", "朗·霍华德"),                  # the question's own preposition
    ("他和谁一起登上了泰山？", "与林古度", "林古度"),                        # 和 stands for 与
    ("这届比赛由哪个机构举办？", "（EAFF）是东亚足球协会", "东亚足球协会"),      # the topic before 是
    ("女性法师一般有什么称谓？", "称为「阿尼」", "阿尼"),                      # a naming verb
    ("这座城市的特产分为哪两种？", "农产品与手工艺品两种", "农产品与手工艺品"),  # the count closing a list
    ("她是什么公司旗下的模特？", "Jam Cast之", "Jam Cast"),
    ("血战是什么中的战役设定？", "指在异度风景", "异度风景"),
    ("这种软件是由什么公司推出的？", "Mozilla在2004年", "Mozilla"),           # a date after the name
    ("这颗通信卫星由什么公司制造？", "卫星是法国宇航公司", "法国宇航公司"),    # what the question names, then 是
    ("这段话出自什么诗？", "唐代杜甫《春望》一诗", "《春望》"),                  # one title: the work
])
def test_frame_words_leave_the_edges_of_a_span(question, span, cleaned):
    assert clean_edges(question, span) == cleaned


def test_edges_keep_what_the_question_does_not_frame():
    assert clean_edges("这家公司由谁创办？", "于谦") == "于谦"  # two characters: nothing stripped
    assert clean_edges("该县的特产是什么？", "农产品两种") == "农产品两种"  # no list asked: the count stays


@pytest.mark.parametrize("question, sentence, answer", [
    ("这家酒店属于哪个集团？", "这家酒店所属的集团是锦江国际集团（2010年以前为另一集团所有）。", "锦江国际集团"),
    ("被毒蛇咬伤后有哪些症状？", "被毒蛇咬伤后的症状主要有疼痛、肿胀、出血和呼吸困难。", "疼痛、肿胀、出血和呼吸困难"),
])
def test_the_noun_asked_then_a_copula_gives_the_name(question, sentence, answer):
    assert named_by_copula(question, sentence) == answer
    assert short_span(question, sentence) == answer


def test_a_noun_that_is_no_topic_gives_nothing():
    assert named_by_copula("他效力过哪些球队？", "他在每一支球队都是最好的射手。") is None


def test_the_subject_of_a_copula_asked():
    assert subject_of_copula("哪个区是全市面积最大的区？", "海淀区是全市第1大区") == "海淀区"
    assert subject_of_copula("哪部小说是这部电视剧的原著？", "这部电视剧的原著是金庸的《天龙八部》") == "金庸的《天龙八部》"
    assert short_span("哪部小说是这部电视剧的原著？", "这部电视剧的原著是金庸的《天龙八部》。") == "《天龙八部》"
    assert subject_of_copula("什么是区块链？", "一种链式数据结构是") == "一种链式数据结构是"  # 什么是: a definition


@pytest.mark.parametrize("question, sentence, answer", [
    ("他现效力于哪支球队？", "他是一名中场球员，现效力于中超球队上海申花。", "中超球队上海申花"),  # the name after the noun
    ("他的主要著作有哪些？", "他的主要著作有《中国哲学史》、《中国哲学简史》、《新理学》、《新事论》、《新原人》等。",
     "《中国哲学史》、《中国哲学简史》、《新理学》、《新事论》、《新原人》等"),          # 哪些: the whole list
    ("这些恐龙后来被归类为什么科？", "数个属后来归类为甲龙科，并把另一些属归类为结节龙科。", "甲龙科"),  # 被 optional
    ("电台当时的名称叫什么？", "当时电台的名称叫作「城市之声」。", "城市之声"),
    ("能介绍一下什么是区块链吗？", "区块链是一种按时间顺序连接数据区块的链式数据结构，常用于数字货币。",
     "一种按时间顺序连接数据区块的链式数据结构"),                                      # 什么是 anywhere
    ("苦力的定义是什么？", "苦力是指从事体力劳动，以付出劳力来维生的廉价劳工。",
     "从事体力劳动，以付出劳力来维生的廉价劳工"),                                       # over commas
    ("冈瓦那的意思是什么？", "冈瓦那意为「最初的大陆」，是个史前大陆，存在于元古代。", "最初的大陆"),
    ("隆柯龙类是哪一类的一个演化支？", "隆柯龙类是泰坦巨龙类的一个演化支。", "泰坦巨龙类"),
])
def test_short_spans_of_the_grammar(question, sentence, answer):
    assert short_span(question, sentence) == answer


def test_a_long_definition_gives_its_first_clause():
    sentence = ("这种语言是一种电脑程式设计语言，源自更早的另一种语言，1966年由剑桥大学的一位教授在研究编译器时"
                "所发展出来的，后来影响了许多种语言，包括后来广泛使用的几种系统程式设计语言。")
    assert short_span("这种语言的定义是什么？", sentence) == "一种电脑程式设计语言"


def test_a_foreign_name_keeps_the_character_jieba_cuts_off():
    assert person_span("谁起草了会议计划？", "会议计划由德国邮政大臣海因里希·冯·施特凡起草。") == "海因里希·冯·施特凡"


def test_a_decade_is_a_date():
    assert date_in("这条道路是在1950年代兴建的。") == "1950年代"


def test_several_asked_take_the_names_joined_on():
    assert short_span("他效力于哪两个俱乐部？", "他效力于富勒姆足球俱乐部和布莱顿足球俱乐部，后来出任教练。") == \
        "富勒姆足球俱乐部和布莱顿足球俱乐部"


def test_asides_in_brackets_do_not_count_towards_a_spans_length():
    span = aligned_span("他为球队赢得了什么荣誉？",
                        "他为球队赢得了联赛冠军（League Champion of England）和足总杯冠军（FA Challenge Cup）等荣誉。")
    assert span and span.startswith("联赛冠军（League Champion of England）和足总杯冠军")


@pytest.mark.parametrize("question, sentence, name", [
    ("推介会是借什么活动举办的？", "在某地举办招商大会;借“全国糖酒商品交易会”举办之机,举办推介会", "全国糖酒商品交易会"),
    ("《若干措施》是经什么会议审议通过的？", "《若干措施》经市政府常务会议审议通过后正式印发。", "市政府常务会议"),
    ("这个项目由哪个部门牵头？", "该项目由市发改委牵头推进。", "市发改委"),
])
def test_the_means_asked_is_what_follows_the_same_word_in_the_sentence(question, sentence, name) -> None:
    assert short_span(question, sentence) == name
