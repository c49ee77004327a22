"""Names and one-figure questions in wordings and shapes the earlier rounds were not written for (round name13): a
first place said by an idiom (谁拔得头筹), a follow-up naming another position (那第二名呢), a rank asked 名列第几 where
the row also writes a move (上升3位), a score with no unit (综合得分 90.4), a bare 哪一个 asking the kind of place named
before it, a table row's header standing for its cell (在哪个园区 ↔ 所在开发区 甲经开区), 跟哪个单位 answered by a
customs house, 竣工 asked of 建成 written, a milestone of another thing in the same sentence, a park of a zone named
with it. Pure parts, then a real index of an invented bulletin."""
from __future__ import annotations

import pytest

from qa.dates import lacks_milestone
from qa.organisations import body_span, lacks_body
from qa.reasked import swapped
from qa.short import short_span, with_kind_asked
from qa.table_runs import cell_under
from tests.conftest import index_one


def test_a_bare_which_one_asks_the_kind_named_before_it() -> None:
    assert with_kind_asked("增速居全省综保区首位的是哪一个？") == "增速居全省综保区首位的是哪个综保区？"
    assert with_kind_asked("外资降幅居各市首位的是哪一个？") == "外资降幅居各市首位的是哪个市？"
    assert with_kind_asked("沔口经开区所在市是哪一个？") == "沔口经开区所在市是哪个市？"  # the kind after 所在
    assert with_kind_asked("哪一个项目投资最多？") == "哪一个项目投资最多？"  # a noun follows: nothing to add
    assert short_span("增速居全省综保区首位的是哪一个？",
                      "丁河综合保税区进出口总额318.5亿元，同比增长21.6%，增速居全省综合保税区首位。") == "丁河综合保税区"


def test_a_header_of_a_table_row_stands_for_its_cell() -> None:
    row = "高端轴承项目 序号 1 所在开发区 乙经开区 总投资 12.5亿元 开工时间 7月16日"
    assert cell_under(row, "所在开发区") == "乙经开区"
    assert cell_under(row, "开工时间") == "7月16日"
    assert cell_under(row, "乙经开区") == "乙经开区"  # a value stays
    assert cell_under("所在开发区推行帮办代办。", "所在开发区") == "所在开发区"  # no table row


@pytest.mark.parametrize("question, sentence, lacks", [
    ("污水处理厂何时竣工的？", "9月26日，污水处理厂二期工程建成投用。", False),  # 竣工 and 建成 are one milestone
    ("污水处理厂何时建成的？", "9月26日，污水处理厂二期工程竣工验收。", False),
    ("澜光新材料项目是哪天开工的？", "1—10月新开工亿元以上项目21个；澜光新材料项目总投资32亿元，已完成厂房建设。", True),
    ("澜光新材料项目是哪天开工的？", "澜光新材料项目于5月8日开工；新开工亿元以上项目21个。", False),
])
def test_a_milestone_is_read_where_the_thing_asked_is(question: str, sentence: str, lacks: bool) -> None:
    assert lacks_milestone(question, sentence) is lacks


def test_a_customs_house_is_a_body() -> None:
    sentence = "丙高新区与丙州海关建立“双周会商”机制，企业通关时间压缩至1.5小时。"
    assert not lacks_body("丙高新区跟哪个单位建立了双周会商机制？", sentence)
    assert body_span("丙高新区跟哪个单位建立了双周会商机制？", sentence) == "丙州海关"
    assert lacks_body("丙高新区跟哪个单位建立了机制？", "丙高新区建立“双周会商”机制。")


def test_a_date_before_a_place_is_no_part_of_its_name() -> None:
    import jieba.posseg
    from qa.segment import join_place_names
    words = [w.word for w in join_place_names(list(jieba.posseg.cut("9月26日泷川县与哪家企业签约？")))]
    assert "泷川县" in words and "日泷川县" not in words
    assert "霁川市" in [w.word for w in join_place_names(list(jieba.posseg.cut("霁川市营业收入多少？")))]


def test_a_header_ending_with_the_kind_asked() -> None:
    row = "保税维修基地项目 序号 3 所在开发区 丙综保区 总投资 3.8亿元 开工时间 5月9日"
    assert cell_under(row, "开发区") == "丙综保区"  # 在哪里建 ↔ the tail of 所在开发区


def test_a_position_asked_again_replaces_the_previous_one() -> None:
    assert swapped("第二名", "1—10月综合考核排第一的是哪个开发区？") == "1—10月综合考核排第二名的是哪个开发区？"
    assert swapped("倒数第一", "综合得分排第三的是哪个？") == "综合得分排倒数第一的是哪个？"
    assert swapped("第二名", "全省开发区综合考核谁拔得头筹？") == "全省开发区综合考核谁排第二名？"
    assert swapped("第二名", "营业收入是多少？") is None  # no position asked before


_BULLETIN = """<html><head><title>开发区运行监测通报（2025年第10期）</title></head><body>
<h1>开发区运行监测通报</h1>
<p>2025年第10期　　岷川省商务厅　　2025年11月20日</p>
<h2>一、总体运行情况</h2>
<p>1—10月，全省开发区实现营业收入9,318.6亿元，同比增长6.1%。对全省8个开发区1—10月运行情况进行了综合考核，排名见表1。</p>
<p>表1　2025年1—10月全省开发区综合考核排名</p>
<table>
<tr><th>排名</th><th>开发区</th><th>所在市</th><th>综合得分</th><th>较上期变动</th></tr>
<tr><td>1</td><td>泷川经开区</td><td>泷川市</td><td>93.1</td><td>持平</td></tr>
<tr><td>2</td><td>鄞岭高新区</td><td>鄞岭市</td><td>90.4</td><td>上升3位</td></tr>
<tr><td>3</td><td>泷川高新区</td><td>泷川市</td><td>88.2</td><td>下降1位</td></tr>
<tr><td>4</td><td>鄞岭经开区</td><td>鄞岭市</td><td>85.6</td><td>下降1位</td></tr>
<tr><td>5</td><td>邛峡经开区</td><td>邛峡市</td><td>81.9</td><td>上升1位</td></tr>
</table>
<h2>二、各市开发区运行情况</h2>
<h3>（一）泷川市</h3>
<p>1—10月，泷川市开发区实现营业收入3,806.2亿元，同比增长7.4%。泷川综合保税区进出口总额318.5亿元，同比增长21.6%，增速居全省综合保税区首位。泷川高新区与泷川海关建立“双周会商”机制，企业通关时间压缩至1.5小时。</p>
<h3>（二）鄞岭市</h3>
<p>1—10月，鄞岭市开发区实现营业收入2,915.7亿元，同比增长5.2%。9月26日，鄞岭经开区污水处理厂二期工程建成投用，日处理能力提升至6万吨。鄞岭高新区光电产业园二期主体封顶，已签约入驻企业17家。</p>
<p>1—10月，鄞岭经开区新开工亿元以上项目21个；澜光新材料项目总投资32亿元，已完成厂房建设。</p>
<p>1—10月，鄞岭经开区实现营业收入1,206.3亿元，同比增长5.9%，居全省开发区第1位；鄞岭高新区实现营业收入986.5亿元，同比增长9.7%，增速居全省开发区第1位，总量居第2位。</p>
<p>表2　1—10月新开工亿元以上重点项目</p>
<table>
<tr><th>序号</th><th>项目名称</th><th>所在开发区</th><th>总投资（亿元）</th><th>开工时间</th></tr>
<tr><td>1</td><td>高端轴承项目</td><td>鄞岭经开区</td><td>12.5</td><td>7月16日</td></tr>
<tr><td>2</td><td>光电显示模组项目</td><td>鄞岭高新区</td><td>9.8</td><td>8月3日</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def wordings_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("name-wordings3"), "2025-11-tongbao.html", _BULLETIN, embedding)


@pytest.mark.parametrize("question", ["1—10月综合考核谁拔得头筹？", "全省开发区综合考核谁排第一？",
                                      "哪个开发区综合考核独占鳌头？"])
def test_the_first_place_said_in_other_words(wordings_qa, question: str) -> None:
    assert wordings_qa.ask(question)["short"] == "泷川经开区"


def test_the_next_position_asked_as_a_follow_up(wordings_qa) -> None:
    assert wordings_qa.ask("那第二名呢？", history=["1—10月综合考核排第一的是哪个开发区？"])["short"] == "鄞岭高新区"
    assert wordings_qa.ask("那第三名呢？", history=["全省开发区综合考核谁拔得头筹？"])["short"] == "泷川高新区"


def test_counting_from_the_bottom_is_no_position_from_the_top(wordings_qa) -> None:
    answer = wordings_qa.ask("综合考核排倒数第二的是哪个开发区？")
    assert answer["short"] != "鄞岭高新区"  # 第2 counted from the top


def test_a_rank_not_a_move_in_the_ranking(wordings_qa) -> None:
    assert wordings_qa.ask("泷川高新区综合考核名列第几？")["short"] == "3"  # not 1位 of 下降1位
    assert wordings_qa.ask("它排第几？", history=["鄞岭高新区综合得分多少？"])["short"] == "2"  # not 3位 of 上升3位


def test_a_score_without_a_unit_is_the_figure_asked(wordings_qa) -> None:
    assert wordings_qa.ask("邛峡经开区综合得分多少分？")["short"] == "81.9"


def test_which_one_names_the_place_in_its_quote(wordings_qa) -> None:
    answer = wordings_qa.ask("增速居全省综保区首位的是哪一个？")
    assert answer["short"] == "泷川综合保税区" and "泷川综合保税区" in answer["citations"][0]["quote"]


def test_a_table_cell_answers_where_and_when(wordings_qa) -> None:
    assert wordings_qa.ask("高端轴承项目在哪个园区？")["short"] == "鄞岭经开区"
    assert wordings_qa.ask("光电显示模组项目啥时候开工？")["short"] == "8月3日"


def test_a_body_by_its_kind_and_a_milestone_by_a_synonym(wordings_qa) -> None:
    assert wordings_qa.ask("泷川高新区跟哪个单位建立了双周会商机制？")["short"] == "泷川海关"
    assert wordings_qa.ask("鄞岭经开区污水处理厂二期工程何时竣工的？")["short"] == "9月26日"


def test_a_date_of_another_things_milestone_is_withheld(wordings_qa) -> None:
    answer = wordings_qa.ask("澜光新材料项目是哪天开工的？")
    assert answer["abstained"]


def test_a_park_of_a_zone_is_one_place(wordings_qa) -> None:
    answer = wordings_qa.ask("鄞岭高新区光电产业园二期已签约入驻企业几家？")
    assert answer["short"] == "17家" and answer["kind"] == "figure"


def test_a_position_written_for_the_figure_asked(wordings_qa) -> None:
    # two sentences write 居全省开发区第1位: the one whose clause says 增速 ranks the growth
    assert wordings_qa.ask("1—10月哪个开发区营业收入增速名列第一？")["short"] == "鄞岭高新区"
    assert wordings_qa.ask("1—10月哪个开发区营业收入总量居全省第1位？")["short"] == "鄞岭经开区"


def test_a_place_jieba_joins_to_a_date_is_the_known_place(wordings_qa) -> None:
    from qa.places import named_places
    places = named_places("3月8日泷川市签了什么项目？", wordings_qa._state[1])  # 日|泷|川|市 (and jieba's 日砚溪县)
    assert [p.name for p in places] == ["泷川"]


def test_a_position_said_by_the_figures_rank(wordings_qa) -> None:
    assert wordings_qa.ask("1—10月综合得分第二高的是哪个开发区？")["short"] == "鄞岭高新区"
    assert wordings_qa.ask("1—10月综合得分第二低的是哪个？")["short"] == "鄞岭经开区"


def test_located_in_which_city_asks_a_city() -> None:
    assert short_span("港城园位于哪个市？", "丙塘市港城园岸线资源紧张。") == "丙塘市"
    assert short_span("港城园位于哪个市？", "港城园岸线资源紧张，码头泊位仅剩2个。") is None  # no city written: none
    assert short_span("港城园位于哪里？", "港城园位于丙塘市东部。") == "丙塘市东部"


def test_an_industrial_park_is_named_whole() -> None:
    from qa.question_zone import _ZONE
    assert _ZONE.search("枞岭工业园区位于哪个市？").group() == "枞岭工业园区"
    assert _ZONE.search("枞岭工业园区域内有几家企业？").group() == "枞岭工业园"  # 区域: a word of its own
