"""The name a 哪/谁/什么 question asks for, aligned out of the answering sentence (pure, no model)."""
import pytest

from qa.span import aligned_span, asks_name

SENTENCE = ("市委、市政府高度重视招商引资工作,利用平遥商会招商引资暨政银企座谈会契机开展情谊招商;"
            "在寿阳举办“山西中部城市群重要节点”招商引资大会;借“全国糖酒商品交易会”举办之机,举办推介会。")


@pytest.mark.parametrize("question, sentence, expected", [
    ("晋中在寿阳举办了什么大会？", SENTENCE, "“山西中部城市群重要节点”招商引资大会"),
    ("晋中借哪个交易会举办了推介会？", SENTENCE, "全国糖酒商品交易会"),  # the quote marks around a name go
    ("阳泉高新区在哪个会上作了典型发言？", "推动阳泉高新区开展好试点工作,在全省开发区“管运分离”改革推进会上作了典型发言。",
     "全省开发区“管运分离”改革推进会"),
    ("湖大特塑由哪家公司建设？", "项目由湖南大学特种塑料有限公司建设,年产聚酰胺10000吨。", "湖南大学特种塑料有限公司"),
    ("新园区在哪年建成？", "新园区于2021年建成投用。", "2021年"),
    ("承诺制是什么？", "承诺制，是企业投资项目先承诺后审批的办理方式，由各开发区推行。", "企业投资项目先承诺后审批的办理方式"),
])
def test_aligned_span(question, sentence, expected):
    assert asks_name(question)
    assert aligned_span(question, sentence) == expected


def test_no_span_for_other_questions():
    assert not asks_name("晋中签约项目投资额是多少？")
    assert aligned_span("晋中签约项目投资额是多少？", SENTENCE) is None
    assert aligned_span("大同在哪年建成机场？", "没有任何相同的字。") is None


# ---- one extractor per kind of span (qa/short.py); sentences of bulletins, news and encyclopaedias ----
from qa.short import short_span  # noqa: E402
from qa.span import echoes_question  # noqa: E402

SHORT_CASES = [
    # why: the cause, before 所以/因此 or after 由于
    ("开工仪式为什么推迟到下周？", "由于连续降雨，原定于周六举行的开工仪式推迟到下周。", "连续降雨"),
    ("部分企业为什么推迟了投产计划？", "今年一季度原材料价格大幅上涨，因此部分企业推迟了投产计划。", "今年一季度原材料价格大幅上涨"),
    ("项目为什么暂缓开工？", "由于环评手续尚未办结，加之用地指标未落实，项目暂缓开工。", "环评手续尚未办结，加之用地指标未落实"),
    ("他被任命为什么职务？", "他于2020年被任命为市发展和改革委员会主任，分管项目建设。", "市发展和改革委员会主任"),  # 为+什么: no why
    # dates and times, with the question's precision
    ("项目什么时候开工？", "项目于2024年3月15日正式开工，预计2025年底建成。", "2024年3月15日"),
    ("项目哪一年开工？", "项目于2024年3月15日正式开工，预计2025年底建成。", "2024年"),
    ("签约仪式几点举行？", "签约仪式于上午9时在市政府会议室举行。", "上午9时"),
    ("统计截至何时？", "截至3月底,全市开发区2023年以来五次“三个一批”项目中,签约项目48个。", "3月底"),
    ("气体离心法在哪一年获得了首次成功？", "最初在1919年被提出，首次成功于1934年。", "1934年"),
    ("额亦都是在哪一年去世的？", "天命六年(1621年)六十岁去世，天聪元年，追谥弘毅。", "天命六年(1621年)"),
    # another name: the marker the question asks for, else any
    ("太行山又叫什么？", "太行山，又名五行山、王母山，位于山西、河北、河南三省交界。", "五行山、王母山"),
    ("鲁迅的原名是什么？", "鲁迅，原名周树人，字豫才，浙江绍兴人。", "周树人"),
    # places: origin, country, where
    ("王沈是哪里人？", "王沈，字处道，太原晋阳人。", "太原晋阳"),
    ("安娜是哪国钢琴家？", "安娜是奥地利钢琴家，出生于维也纳。", "奥地利"),
    ("会展中心在哪里？", "会展中心位于高新区创业大道88号（与科技路交汇处），总建筑面积12万平方米。", "高新区创业大道88号"),
    # people: the name, without the title before it
    ("唐鱼是由谁于1932年在白云山发现？", "唐鱼由中国鱼类学家林书颜于1932年在白云山发现。", "林书颜"),
    ("开工仪式由谁主持？", "开工仪式由副市长王建国主持，各开发区负责人参加。", "王建国"),
    # definitions: the rest of the clause, enumerations kept
    ("操场的定义是什么？", "操场是指用以进行步操、阅兵、集会的场地。", "用以进行步操、阅兵、集会的场地"),
    ("承诺制指什么？", "承诺制是指企业投资项目先承诺后审批的办理方式，由各开发区推行。", "企业投资项目先承诺后审批的办理方式"),
    # names in quotes, and a topic the sentence repeats before another verb
    ("他在1954年出版了什么杂志？", "1954年，他出版了《行为科学》杂志。", "行为科学"),
    ("雌鱼及幼鱼的颜色是什么？", "雌鱼及幼鱼为一致之深褐色，背鳍上有一黑色眼状斑。", "一致之深褐色"),
    ("冠饰角龙类是哪种恐龙下目的一个演化支？", "冠饰角龙类是角龙下目的一个演化支，生存于白垩纪晚期。", "角龙"),
    ("平定经开区兴鑫公司的是什么项目？",  # 项目 first stands before the name asked: anchored after 兴鑫公司
     "要对“三未”项目实施专项检查,加快推动平定经开区兴鑫公司年产4万套锂离子负极材料专用设备生产线项目等6个项目早日落地。",
     "年产4万套锂离子负极材料专用设备生产线项目"),
    ("阳泉高新区要推动开工建设的是什么示范项目？",  # the words before match a clause's end: not an anchor
     "高新区电池项目建成试产；阳泉高新区源网荷储一体化示范项目开工建设；平定经开区兴鑫公司生产线项目落地开工。",
     "源网荷储一体化"),
    ("他在哪所大学任教？", "他1998年起任教于山西大学，主讲区域经济学。", "山西大学"),  # 任教于: the order differs
    ("《战国无双3》是由哪两个公司合作开发的？", "《战国无双3》是由光荣和ω-force开发的战国无双系列的正统第三续作。", "光荣和ω-force"),
    # the question's words as the sentence writes them: another copula, without 的, without a direction
    ("该化合物的分子式是什么？", "该化合物是一种无色液体，分子式为C2H6O，易溶于水。", "C2H6O"),
    ("他在球队的位置是什么？", "张明（1990年－），中国篮球运动员，球队位置为控球后卫，现效力于山西队。", "控球后卫"),
    ("王教授退休后迁居到什么地方？", "王教授于2010年退休，后迁居云南大理，潜心著述。", "云南大理"),
    # the words after the question word as fully found after the words before as anywhere (not only 项目)
    ("公司下一步要推动哪个项目尽快投产？", "推动光伏组件项目尽快投产，推动储能电站项目开工建设。", "光伏组件项目"),
    ("东部版本在哪两个城市播出？", "西部版本在成都播出；东部版本在上海及杭州播出。", "上海及杭州"),
    # the name, not what kind of thing it is
    ("她是哪个乐队的鼓手？", "她是国内最早的女子乐队之一晨光乐队()的鼓手。", "晨光乐队"),
    ("新桥站是哪条铁路上的车站？", "新桥站是京沪铁路的一个车站，位于江苏省。", "京沪铁路"),
    ("他获得了什么称号？", "因多年扎根乡村教学，他获得“最美教师”称号。", "最美教师"),
    ("这部剧改编自什么？", "这部剧改编自明代四大奇书之一的西游记。", "明代四大奇书之一的西游记"),
    # 叫什么: the name after 名为, or right after the noun
    ("这部小说的主人公叫什么？", "这部小说的主人公名为李逍遥，是一名客栈伙计。", "李逍遥"),
    # an apposition after the topic and its aside
    ("李明是哪个国家的作家？", "李明（Li Ming，1950年－），加拿大作家，著有多部小说。", "加拿大"),
    # 又称 is no 学名, unless the 学名 is asked
    ("银杏又称什么？", "银杏（学名：Ginkgo biloba），又称白果、公孙树，是现存最古老的树种之一。", "白果、公孙树"),
    ("银杏的学名是什么？", "银杏（学名：Ginkgo biloba），又称白果、公孙树，是现存最古老的树种之一。", "Ginkgo biloba"),
    # 谁的X: the name before 的X or 之X
    ("她是谁的女儿？", "林芳，画家林风眠之女，生于杭州。", "林风眠"),
    ("她是谁的学生？", "她早年师从著名画家李可染，是李可染的学生。", "李可染"),
    # 多长/多宽: the figure with its unit of the clause asked about
    ("大桥主跨有多宽？", "大桥全长1.2公里，主跨宽32米，于2023年通车。", "32米"),
    ("新大桥有多长？", "新大桥全长1.2公里，宽32米，于2023年通车。", "1.2公里"),
    # 什么时期: the whole range
    ("他在哪段时期担任市长？", "他于2008年3月至2013年2月担任市长。", "2008年3月至2013年2月"),
    ("展览会在什么期间举办？", "展览会于5月10日至15日在市会展中心举办。", "5月10日至15日"),
    ("候鸟的迁徙期是什么时期？", "候鸟的迁徙期为每年10~12月。", "10~12月"),
]


@pytest.mark.parametrize("question, sentence, expected", SHORT_CASES)
def test_short_span_per_kind(question, sentence, expected):
    assert short_span(question, sentence) == expected


@pytest.mark.parametrize("question, sentence, expected", SHORT_CASES)
def test_short_span_is_verbatim_and_not_the_question(question, sentence, expected):
    span = short_span(question, sentence)
    assert span in sentence and not echoes_question(question, span)


def test_no_short_span_when_nothing_is_asked_or_found():
    assert short_span("晋中签约项目投资额是多少？", SENTENCE) is None  # a figure: qa.answer's targets
    assert short_span("项目什么时候开工？", "没有任何相同的字。") is None
