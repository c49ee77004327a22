"""`short` end to end on the real sample index: always a verbatim part of the first quote, for every
kind of one-thing question (figures with their unit, dates, places, names in quotes, names)."""
import pytest

QUESTIONS = [
    "晋中签约项目投资额是多少？",                                # a figure, with its unit
    "阳泉“签约一批”项目48个，这是截止什么时候的数？",              # a date
    "“山西中部城市群重要节点”招商引资大会的举办地点在哪里？",      # a place
    "晋中借哪个交易会举办了玻璃器皿招商引资暨产业推介会？",        # a name in quotes
    "榆社经开区签约落地的储能项目名称是什么？",                    # a name
    "阳泉在哪个会上作了典型发言？",
    "晋中开发区签约落地的光伏项目叫什么？",
    "阳泉高新区为什么能在推进会上作典型发言？",                    # why: a cause, or nothing
    "阳泉高新区的服务体系叫什么？",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_short_is_always_in_the_first_quote(sample_index, question):
    result = sample_index.qa.ask(question)
    assert not result["abstained"]
    if result["short"]:
        assert result["short"] in result["citations"][0]["quote"]


@pytest.mark.parametrize("question, short", [
    ("晋中签约项目投资额是多少？", "126.6亿元"),
    ("“山西中部城市群重要节点”招商引资大会的举办地点在哪里？", "寿阳"),
    ("榆社经开区签约落地的储能项目名称是什么？", "独立储能电站项目"),
    ("晋中借哪个交易会举办了玻璃器皿招商引资暨产业推介会？", "全国糖酒商品交易会"),
])
def test_short_answers_of_each_kind(sample_index, question, short):
    assert sample_index.qa.ask(question)["short"] == short


def test_a_zone_or_a_project_asked_is_cut_from_its_enumeration():
    from qa.short import short_span
    listed = "工业类战新产业项目占比89%,潞城经开区高效异质结电池组件项目、襄垣经开区新型储能装备制造项目等一批项目签约落地。"
    assert short_span("襄垣经开区签约的装备制造项目叫什么名字", listed) == "新型储能装备制造项目"
    assert short_span("潞城经开区签约的电池组件项目叫啥", listed) == "高效异质结电池组件项目"
    assert short_span("哪两个开发区签约落地了", "沁县经开区、长治高新区签约落地。") == "沁县经开区、长治高新区"
    assert short_span("哪家公司的项目要加快投产", "加快中坤集团纳米管道项目投产，推动兴鑫公司设备项目落地") in (
        "中坤集团", "兴鑫公司")


def test_the_zone_asked_is_the_one_leading_the_project_named():
    from qa.short import short_span
    listed = "保障潞城经开区纳米管道工程项目、襄垣经开区聚酰胺系列产品项目、沁县经开区油田作业机器人项目有序推进。"
    assert short_span("油田作业机器人项目是哪个开发区的", listed) == "沁县经开区"
    assert short_span("哪个开发区的聚酰胺项目", listed) == "襄垣经开区"
    assert short_span("哪个开发区排在最前", listed) == "潞城经开区"  # no item named: the first
    planned = "积极推动长治经开区申报工作,推动长治开发区等有需求的开发区调区。"
    assert short_span("长治要积极推动哪个开发区的申报？", planned) == "长治经开区"  # its verb; 开发区 is every zone's


def test_several_names_asked_are_the_list_closed_by_deng():
    """哪几家/哪几个 asks the names a sentence lists before 等, from the clause sharing the question's words;
    it asks names, not a count (of 规模以上企业 either), and not one thing."""
    from qa.corpus import Corpus
    from qa.question import analyse_question
    from qa.listed import listed_span
    from qa.short import short_span
    listed = "要全力保障甲钢铁、乙光电、丙铝业等传统重点企业正常生产,要协助丁精品铝业、戊工服等项目办理入统手续。"
    assert short_span("哪几家传统重点企业要保障正常生产", listed) == "甲钢铁、乙光电、丙铝业"
    assert short_span("要协助哪几个项目办理入统手续", listed) == "丁精品铝业、戊工服"
    assert listed_span("哪几个项目要开工", "加快推进一批项目开工。") is None  # no list closed by 等
    q = analyse_question("要提升产出的规上工业企业是哪几家？", Corpus.from_chunks([]))
    assert not q.wants_figure and not q.single


def test_several_names_asked_of_the_sample(sample_index):
    result = sample_index.qa.ask("阳泉传统重点企业有哪几家要保障正常生产经营？")
    assert result["short"] == "欧冶链金、华储光电、兆丰铝业" and result["short"] in result["citations"][0]["quote"]


def test_a_company_asked_where_the_sentence_writes_no_company_word():
    """哪家企业 ↔ 某经开区[某特材]年产…产品: the name between the zone leading the item and what the company
    makes; a sentence whose item names no company (某经开区年产…产品项目) names none, and counts less."""
    from qa.items import names_maker
    from qa.short import short_span
    question = "襄垣经开区做尼龙系列产品的是哪家企业？"
    named = "要推动潞城经开区储能项目、襄垣经开区华瑞特材年产9000吨尼龙系列产品等重大项目加快建设进度。"
    unnamed = "保障潞城经开区管道工程项目、襄垣经开区年产9000吨尼龙系列产品项目有序推进。"
    assert short_span(question, named) == "华瑞特材" and names_maker(question, named)
    assert not names_maker(question, unnamed)
    assert names_maker("襄垣经开区有什么项目？", unnamed)  # no company asked: nothing to lack
    # a part naming what is asked, the firm after its 的, beats a part writing 企业 but not what is asked
    both = "要提升甲乙丙等18家规模以上工业企业产出;要推动新投产的华瑞通300MW独立储能电站等项目入统。"
    assert short_span("搞300MW独立储能电站的是哪家企业？", both) == "华瑞通"
    from qa.items import item_span
    assert item_span("五羊新城由哪个公司开发？", "五羊新城于1985年由东华实业开发。") is None  # no zone, no 的


def test_which_house_alone_asks_a_company():
    """电站是哪家的 asks the firm as 哪家企业 does (…新投产的[丰源通]200MW/400MWh储能电站)."""
    from qa.short import short_span
    sentence = "推动甲材料、乙资源有限公司等9家规模以上工业企业产出;要加快推动新投产的丰源通200MW/400MWh储能电站等项目升规入统。"
    assert short_span("某市新投产的储能电站是哪家的？", sentence) == "丰源通"
