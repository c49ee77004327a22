"""Lists asked of layouts and wordings the list rules were not tuned on: items numbered ①②, 1. or 一是…二是… inline
in one paragraph, sections named 具体举措, 下阶段重点工作, 存在的困难和问题, 2027年工作思路; named things listed in prose
(分别是A、B和C, 包括A、B和C等), in a table's 项目名称 column and one per dated news item; one place's items asked of the
whole province's bulletin; asked 有哪些, 都有啥, 列一下, 具体是哪几项, 几项…分别是. Three invented issues of 岚溪省 (its
cities, zones, projects and every figure made up) through the real loaders, index and pipeline, with the real model."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "岚溪省开发区{name}\n{issue}\n岚溪省商务厅　　{date}\n"
FILES = {
    "2026-07-kaifaqu-gongzuo-zhuanbao-di3qi.txt": _HEAD.format(
        name="工作专报", issue="2026年第3期", date="2026年7月18日") + """上半年，全省开发区实现营业收入1520.4亿元，同比增长6.3%。
一、主要做法
（一）琰川市
琰川市具体举措：①设立琰川经开区产业基金5亿元；②推行“标准地”出让，供地周期压缩至15天；③组建驻外招商小分队6支。
（二）蔺岗市
蔺岗市一是推行“园区吹哨、部门报到”机制；二是建成蔺岗高新区人才公寓800套；三是开通企业诉求直通车。
二、重点项目
琰川市上半年新签约项目分别是琰川锂电隔膜项目、琰川光伏玻璃项目和琰川智能仓储项目，总投资86.4亿元。
蔺岗市上半年新开工项目包括蔺岗碳纤维项目、蔺岗生物医药产业园和蔺岗冷链物流中心等，总投资52.7亿元。
三、存在的困难和问题
主要是：一是部分开发区土地要素保障不足；二是外贸订单下滑，进出口总额同比下降3.2%；三是专业招商人才缺乏。
四、下阶段重点工作
1.开展“招商引资攻坚季”活动，力争三季度签约亿元以上项目30个。
2.推动琰川经开区申报国家级经济技术开发区。
3.完善开发区“亩均论英雄”评价办法。
""",
    "2027-01-kaifaqu-niandu-tongbao-di1qi.html": """<html><head><title>岚溪省开发区年度工作通报</title></head><body>
<h1>岚溪省开发区年度工作通报</h1><p>2027年第1期</p><p>岚溪省商务厅　　2027年1月20日</p>
<p>2026年，全省开发区实现营业收入3120.8亿元，同比增长6.8%。</p>
<h2>一、2026年主要成效</h2>
<p>（一）产业链招商成效明显。全年新签约亿元以上项目126个，总投资1088.5亿元，其中新能源、新材料两条主链项目占比达到58%。</p>
<p>（二）营商环境持续优化。开发区全面推行“承诺制+标准地”，企业开办时间压缩至1个工作日，涉企审批事项精简三分之一。</p>
<p>（三）开放平台能级提升。琰川综保区进出口总额达到96.3亿元，同比增长12.4%，跨境电商交易额突破20亿元。</p>
<h2>二、2027年工作思路</h2>
<p>（一）聚焦产业链招商。围绕新能源、新材料两条主链开展精准招商。</p>
<p>（二）深化管理体制改革。推行“管委会+公司”运营模式。</p>
<p>（三）强化要素保障。全年保障开发区新增建设用地1.2万亩。</p>
<h2>三、2026年重点项目完成情况</h2>
<table><tr><th>序号</th><th>项目名称</th><th>所在开发区</th><th>总投资（亿元）</th></tr>
<tr><td>1</td><td>琰川锂电隔膜项目</td><td>琰川经开区</td><td>42.0</td></tr>
<tr><td>2</td><td>蔺岗碳纤维项目</td><td>蔺岗高新区</td><td>35.5</td></tr>
<tr><td>3</td><td>琰川氢能装备产业园</td><td>琰川经开区</td><td>18.6</td></tr></table>
</body></html>
""",
}

CITY_FILES = {
    "2026-04-linggang-kaifaqu-yijidu-gongzuo-qingkuang.txt": """蔺岗市开发区2026年一季度工作情况
蔺岗市商务局　　2026年4月15日
一季度，全市开发区实现营业收入210.6亿元，同比增长7.7%。新增规上工业企业分别是蔺岗华辰新材料有限公司、蔺岗恒润电子有限公司和蔺岗立达精密机械有限公司。
一、主要做法
蔺岗市开发区一季度主要做法：一是强化链式招商。围绕碳纤维、电子材料两条产业链，梳理断链缺链环节42个，编制招商图谱，由市领导带队赴长三角、珠三角开展小分队招商11批次，对接企业86家，新签约亿元以上项目9个，总投资64.3亿元；二是推行拿地即开工。对新签约工业项目实行“容缺受理、并联审批、联合验收”，建立项目专员全程代办制度，一季度12个项目实现拿地即开工，平均审批用时压缩至11个工作日，较去年同期缩短一半以上；三是盘活闲置资源。对园区内停产半停产企业逐户建档，通过兼并重组、腾笼换鸟等方式处置低效用地1260亩，盘活闲置厂房8.6万平方米，引进入驻项目14个，新增产值预计超过20亿元；四是优化企业服务。建立“园区吹哨、部门报到”机制，市级领导包联重点企业126家，一季度帮助企业解决用工、融资、物流等问题217个，问题办结率达到96%，企业满意度持续提升；五是加强人才支撑。联合岚溪大学、蔺岗职业技术学院开展订单式培养，一季度为园区企业输送技术工人1300余人，新建人才公寓300套，为引进的高层次人才发放安家补贴480万元。
二、存在的主要困难
当前，开发区发展仍面临一些困难：企业用工缺口较大，一季度缺工约1200人；部分企业订单不足，开工率仅为78%；标准厂房供给偏紧，在谈项目落地受限。
三、下步打算
下一步，我们将重点做好以下工作：
（1）抓好项目开工。力争二季度新开工亿元以上项目15个。
（2）抓好企业服务。开展“企业服务月”活动，走访企业200家以上。
（3）抓好要素保障。新建标准厂房10万平方米。
""",
}

THEMED_FILES = {
"2026-10-qianshan-kaifaqu-gongzuo-jianbao-di3qi.txt": """芩山省开发区工作简报
2026年第3期
芩山省商务厅　　2026年10月20日
前三季度，全省开发区实现营业收入2860.3亿元，同比增长6.9%。
一、各市工作进展
■蒴阳市
前三季度，蒴阳市开发区实现营业收入812.6亿元，同比增长8.1%。主要举措：
1）实施“链主”企业培育计划，认定链主企业12家；
2）建成蒴阳经开区数字化招商平台，线上对接企业340家；
3）设立开发区人才发展基金2亿元。
下步打算：第一，全力冲刺四季度，确保全年营收突破1100亿元；第二，推动蒴阳高新区升级为国家级高新区；第三，谋划“十五五”开发区发展规划。
■棠溪市
前三季度，棠溪市开发区实现营业收入506.8亿元，同比增长5.2%。
\f
主要举措：
1）开展“百企帮扶”行动，帮助企业解决问题156个；
2）推行“工业上楼”，建成高标准厂房6.3万平方米。
存在的困难：棠溪经开区龙头企业偏少，营收超50亿元的企业仅2家；园区基础设施配套滞后，污水处理能力缺口约1万吨/日。
二、全省重点项目
前三季度全省开发区新投产亿元以上项目共5个，分别为蒴阳高纯硅项目、蒴阳储能电池项目、棠溪绿色建材产业园、棠溪预制菜产业园和蒴阳光伏组件项目。
""",
}

_MEASURES_YC = ("产业基金5亿元", "“标准地”出让", "招商小分队6支")
_MEASURES_LG = ("园区吹哨、部门报到", "人才公寓800套", "企业诉求直通车")
_SIGNED_YC = ("琰川锂电隔膜项目", "琰川光伏玻璃项目", "琰川智能仓储项目")
_STARTED_LG = ("蔺岗碳纤维项目", "蔺岗生物医药产业园", "蔺岗冷链物流中心")
_PROBLEMS = ("土地要素保障不足", "外贸订单下滑", "专业招商人才缺乏")
_NEXT = ("招商引资攻坚季", "申报国家级经济技术开发区", "亩均论英雄")
_THINKING = ("聚焦产业链招商", "深化管理体制改革", "强化要素保障")
QUESTIONS = [
    ("琰川市上半年有哪些具体举措", _MEASURES_YC),
    ("琰川主要做法都有啥", _MEASURES_YC),
    ("蔺岗都采取了啥措施", _MEASURES_LG),
    ("蔺岗市的主要做法列一下", _MEASURES_LG),
    ("琰川新签约的项目都是哪几个", _SIGNED_YC),
    ("琰川上半年签约了哪些项目", _SIGNED_YC),
    ("蔺岗新开工项目有哪些", _STARTED_LG),
    ("蔺岗上半年开工的项目具体是哪几个", _STARTED_LG),
    ("上半年全省开发区存在哪些困难和问题", _PROBLEMS),
    ("上半年开发区面临的困难有哪些，列一下", _PROBLEMS),
    ("上半年存在的困难和问题有几项，分别是什么", _PROBLEMS),
    ("上半年下阶段重点工作具体是哪几项", _NEXT),
    ("上半年通报提到下一阶段全省开发区重点干什么", _NEXT),
    ("上半年专报里下阶段有啥安排", _NEXT),
    ("2027年工作思路有哪些", _THINKING),
    ("2027年全省开发区准备重点抓哪几方面工作", _THINKING),
    ("2026年全省开发区取得了哪些主要成效", ("产业链招商成效明显", "营商环境持续优化", "开放平台能级提升")),
    ("2026年重点项目有哪些", ("琰川锂电隔膜项目", "蔺岗碳纤维项目", "琰川氢能装备产业园")),
    ("琰川经开区2026年有哪些重点项目", ("琰川锂电隔膜项目", "琰川氢能装备产业园")),
]
CITY_QUESTIONS = [
    ("一季度蔺岗开发区主要做法有哪些", ("强化链式招商", "推行拿地即开工", "盘活闲置资源", "优化企业服务", "加强人才支撑")),
    ("蔺岗一季度都干了些啥，列一下", ("强化链式招商", "盘活闲置资源", "加强人才支撑")),
    ("蔺岗一季度存在的主要困难有哪些", ("企业用工缺口较大", "部分企业订单不足", "标准厂房供给偏紧")),
    ("蔺岗开发区一季度遇到了哪几方面困难", ("企业用工缺口较大", "部分企业订单不足", "标准厂房供给偏紧")),
    ("蔺岗二季度有啥打算", ("抓好项目开工", "抓好企业服务", "抓好要素保障")),
    ("蔺岗下步打算具体是哪几项", ("抓好项目开工", "抓好企业服务", "抓好要素保障")),
    ("一季度蔺岗新增了哪几家规上企业", ("蔺岗华辰新材料有限公司", "蔺岗恒润电子有限公司", "蔺岗立达精密机械有限公司")),
    ("蔺岗新增的规上工业企业都是哪些", ("蔺岗华辰新材料有限公司", "蔺岗恒润电子有限公司", "蔺岗立达精密机械有限公司")),
]


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("list23"), FILES, embedding)


@pytest.fixture(scope="module")
def city_qa(tmp_path_factory, embedding) -> BulletinQA:
    """A city's own report, its whole the city (全市), asked by the city's name."""
    return index_files(tmp_path_factory.mktemp("list23city"), CITY_FILES, embedding)


@pytest.mark.parametrize("index, question, items", [("qa", *asked) for asked in QUESTIONS]
                         + [("city_qa", *asked) for asked in CITY_QUESTIONS])
def test_every_item_listed(request, index, question, items) -> None:
    result = request.getfixturevalue(index).ask(question)
    assert not result["abstained"], result["answer"]
    for item in items:
        assert item in result["answer"], (item, result["answer"])


@pytest.fixture(scope="module")
def themed_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("list23themed"), THEMED_FILES, embedding)


@pytest.mark.parametrize("question, own, others", [
    ("蒴阳新投产了哪些亿元以上项目", ("蒴阳高纯硅项目", "蒴阳储能电池项目", "蒴阳光伏组件项目"), ("棠溪绿色建材产业园",)),
    ("蒴阳前三季度新投产了哪些项目", ("蒴阳高纯硅项目", "蒴阳光伏组件项目"), ("棠溪预制菜产业园",))])
def test_one_places_names_out_of_a_sentence_listing_every_places(themed_qa, question, own, others) -> None:
    result = themed_qa.ask(question)
    assert not result["abstained"], result["answer"]
    assert all(name in result["answer"] for name in own), result["answer"]
    assert not any(name in result["answer"] for name in others) and "5个" not in result["answer"], result["answer"]
    assert all(c["quote"] in THEMED_FILES["2026-10-qianshan-kaifaqu-gongzuo-jianbao-di3qi.txt"] for c in result["citations"])
