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
