"""A .docx as Word writes it: numbers from numbering.xml (no number in the text), tracked changes, footnotes, a
part framed in a one-cell table. Real .docx files built with python-docx plus the XML Word writes; the answer-level
rules through a real index (tests/conftest.py)."""
from __future__ import annotations

import io

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from index.pipeline import IndexingPipeline
from index.word import load_docx
from index.word_numbering import chinese_number
from qa.pipeline import BulletinQA
from tests.conftest import index_files, settings_under

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _lvl(ilvl: int, fmt: str, text: str) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/></w:lvl>')


class _Doc:
    """A python-docx document with lists defined the way Word writes numbering.xml."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self.numbering = self.document.part.numbering_part.element
        self.next_abstract, self.next_num = 50, 50

    def abstract(self, *levels: tuple[str, str]) -> int:
        a = self.next_abstract
        self.next_abstract += 1
        xml = "".join(_lvl(k, fmt, text) for k, (fmt, text) in enumerate(levels))
        first_num = next((i for i, c in enumerate(self.numbering) if c.tag == qn("w:num")), len(self.numbering))
        self.numbering.insert(first_num, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{a}"><w:multiLevelType w:val="multilevel"/>'
            f'{xml}</w:abstractNum>'))
        return a

    def num(self, abstract: int, restart: bool = True) -> int:
        n = self.next_num
        self.next_num += 1
        override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
        self.numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="{abstract}"/>'
                                        f'{override}</w:num>'))
        return n

    def para(self, text: str, num: int | None = None, ilvl: int = 0, style: str | None = None, container=None):
        p = (container or self.document).add_paragraph(text, style=style)
        if num is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))
        return p

    def footnotes(self, notes: dict[int, str]) -> None:
        body = "".join(f'<w:footnote w:id="{k}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
                       f'{text}</w:t></w:r></w:p></w:footnote>' for k, text in notes.items())
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{_W}">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.document.part.package)
        self.document.part.relate_to(part, RT.FOOTNOTES)

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()


def _lines(d: _Doc) -> list[str]:
    return load_docx(d.bytes())[0].split("\n\n")


def test_chinese_counting_as_word_writes_it():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 23, 105)] == ["一", "十", "十一", "二十", "二十三", "一百零五"]


def test_levels_count_per_list_and_restart_under_a_shallower_level():
    d = _Doc()
    outline = d.num(d.abstract(("chineseCounting", "%1、"), ("chineseCounting", "（%2）")))
    items = d.abstract(("decimal", "%1."))
    d.para("总体情况", outline, 0)
    d.para("各地情况", outline, 0)
    d.para("甲市", outline, 1)
    first = d.num(items)
    d.para("建设产业园。", first)
    d.para("培育新业态。", first)
    d.para("乙市", outline, 1)
    d.para("推进技改。", d.num(items))  # a list of its own (w:startOverride) starts again at 1
    d.para("工作安排", outline, 0)
    d.para("分项", outline, 1)  # （一） again under 三、
    assert _lines(d) == ["一、总体情况", "二、各地情况", "（一）甲市", "1.建设产业园。", "2.培育新业态。", "（二）乙市",
                         "1.推进技改。", "三、工作安排", "（一）分项"]


def test_lists_of_one_definition_continue_each_other_without_a_start_of_their_own():
    d = _Doc()
    items = d.abstract(("decimal", "%1."))
    d.para("第一项。", d.num(items, restart=False))
    d.para("中间一段。")
    d.para("第二项。", d.num(items, restart=False))
    assert _lines(d) == ["1.第一项。", "中间一段。", "2.第二项。"]


def test_a_multilevel_label_and_other_formats():
    d = _Doc()
    outline = d.num(d.abstract(("decimal", "%1."), ("decimal", "%1.%2"), ("decimalEnclosedCircle", "%3")))
    d.para("总体", outline, 0)
    d.para("分项", outline, 1)
    d.para("细目", outline, 2)
    bullets = d.num(d.abstract(("bullet", "\uf0b7")))
    d.para("无编号。", bullets)
    assert _lines(d) == ["1.总体", "1.1分项", "①细目", "无编号。"]


def test_a_heading_style_carrying_the_number():
    d = _Doc()
    outline = d.num(d.abstract(("chineseCounting", "%1、")))
    style = d.document.styles["Heading 1"].element
    style.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{outline}"/></w:numPr>'))
    d.para("主要成效", style="Heading 1")
    d.para("存在问题", style="Heading 1")
    assert _lines(d) == ["一、主要成效", "二、存在问题"]


def _tracked(p, deleted: str, inserted: str) -> None:
    meta = 'w:author="审核" w:date="2026-07-19T10:00:00Z"'
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="901" {meta}><w:r><w:delText>{deleted}</w:delText>'
                          f'</w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="902" {meta}><w:r><w:t>{inserted}</w:t></w:r></w:ins>'))


def test_tracked_changes_read_as_accepted():
    d = _Doc()
    p = d.para("甲经开区上半年实现营业收入")
    _tracked(p, "88.1亿元", "81.8亿元")
    p.add_run("，同比增长5.5%。")
    assert _lines(d) == ["甲经开区上半年实现营业收入81.8亿元，同比增长5.5%。"]


def test_a_footnote_follows_its_paragraph_as_a_note():
    d = _Doc()
    p = d.para("全省实际使用外资3.3亿美元")
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    p.add_run("，同比增长2.1%。")
    d.para("下一段。")
    d.footnotes({1: "实际使用外资按商务部口径统计。"})
    assert _lines(d) == ["全省实际使用外资3.3亿美元，同比增长2.1%。", "注：实际使用外资按商务部口径统计。", "下一段。"]


def _framed_bulletin() -> bytes:
    """Two cities under Word-numbered headings, the second framed in a one-cell table, a tracked figure."""
    d = _Doc()
    outline = d.num(d.abstract(("chineseCounting", "%1、"), ("chineseCounting", "（%2）")))
    d.para("开发区运行简报（2026年上半年）")
    d.para("各市情况", outline, 0)
    d.para("桐溪市", outline, 1, style="Heading 2")
    p = d.para("桐溪经开区1—6月实现营业收入")
    _tracked(p, "412.7亿元", "421.7亿元")
    p.add_run("，同比增长6.1%。")
    cell = d.document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = ""
    d.para("槐山市", outline, 1, style="Heading 2", container=cell)
    d.para("槐山综合保税区1—6月完成进出口额96.3亿元，同比增长12.4%；槐山港湾产业园实现营业收入58.2亿元，同比增长4.3%。",
           container=cell)
    d.para("下一步工作：推进港湾产业园冷链中心建设。", container=cell)
    d.para("工作安排", outline, 0)
    d.para("全省开发区下一步将开展招商引资提质行动。")
    return d.bytes()


def test_a_one_cell_table_is_read_as_the_paragraphs_it_frames():
    lines = load_docx(_framed_bulletin())[0].split("\n\n")
    assert "（二）槐山市" in lines
    assert any(line.startswith("槐山综合保税区1—6月") for line in lines)


@pytest.fixture(scope="module")
def framed_qa(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("framed"))
    (settings.docs_dir / "2026-07-jianbao.docx").write_bytes(_framed_bulletin())
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def test_the_accepted_figure_is_answered_and_the_deleted_one_never(framed_qa):
    answer = framed_qa.ask("桐溪经开区上半年营业收入多少")["answer"]
    assert "421.7亿元" in answer and "412.7亿元" not in answer


def test_a_framed_city_part_is_that_citys(framed_qa):
    result = framed_qa.ask("上半年槐山综保区进出口额多少？")
    assert "96.3亿元" in result["answer"]
    assert result["citations"] and all(c["region"] == "槐山" for c in result["citations"])


def test_each_asked_with_no_indicator_gives_each_places_lead_figure(framed_qa):
    """各完成多少 names no indicator: each zone's first amount, the second zone asked without its city's name."""
    result = framed_qa.ask("上半年槐山综保区和港湾产业园各完成多少？")
    assert "96.3亿元" in result["answer"] and "58.2亿元" in result["answer"], result["answer"]
    assert "12.4%" not in result["answer"] and all(c["region"] == "槐山" for c in result["citations"])


def _issue(period: str, months: str, revenue: str, cities: dict[str, str]) -> str:
    parts = "".join(f"（{n}）{city}\n\n{city[:-1]}经开区{months}实现营业收入{figure}，同比增长4.1%。\n\n"
                    for n, (city, figure) in zip("一二三", cities.items()))
    return (f"全省开发区运行情况通报\n（2025年{period}）\n\n一、全省总体情况\n\n{months}，全省开发区实现营业收入{revenue}，"
            f"同比增长5.2%。\n\n二、各市情况\n\n{parts}")


@pytest.fixture(scope="module")
def three_issues(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("three"), {
        "2025-q1.txt": _issue("一季度", "1-3月", "1204.6亿元", {"梓川市": "312.5亿元", "桑浦市": "208.7亿元"}),
        "2025-h1.txt": _issue("上半年", "1-6月", "2519.3亿元", {"梓川市": "655.1亿元", "桑浦市": "431.6亿元"}),
        "2025-q3.txt": _issue("前三季度", "1-9月", "3847.1亿元", {"梓川市": "1003.4亿元", "桑浦市": "662.8亿元"})},
        embedding)


@pytest.mark.parametrize("question, shown, not_shown", [
    ("全省开发区营业收入从一季度到上半年增长了多少", ["1204.6亿元", "2519.3亿元"], ["3847.1亿元"]),
    ("前三季度全省开发区营收较上半年增加多少？", ["2519.3亿元", "3847.1亿元"], ["1204.6亿元"]),
    ("全省开发区营业收入1-6月比1-3月多了多少", ["1204.6亿元", "2519.3亿元"], ["3847.1亿元"]),
    ("截至9月底全省开发区营收比上半年多了多少", ["2519.3亿元", "3847.1亿元"], ["1204.6亿元"]),
    ("全省开发区营业收入从一季度到前三季度怎么变化的", ["1204.6亿元", "2519.3亿元", "3847.1亿元"], []),
])
def test_a_change_between_periods_cites_those_periods_only(three_issues, question, shown, not_shown):
    answer = three_issues.ask(question)["answer"]
    assert all(f in answer for f in shown), answer
    assert not any(f in answer for f in not_shown), answer


PLANNED = """开发区运行简报
（2025年上半年）

一、桦亭市

桦亭经开区1-6月实现营业收入88.4亿元，同比增长0.6%，增速较一季度回升1.9个百分点。

下一步，桦亭经开区将推进纺织企业技术改造，力争前三季度营业收入增速达到5%。

二、榆关市

榆关高新区1-6月实现营业收入64.2亿元，同比增长1.1%。
"""


@pytest.fixture(scope="module")
def planned_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("planned"), {"2025-h1-jianbao.txt": PLANNED}, embedding)


def test_a_plan_asked_is_answered_by_the_plan(planned_qa):
    answer = planned_qa.ask("桦亭经开区打算怎么提高营收增速？")["answer"]
    assert "技术改造" in answer, answer


def test_a_plan_asked_is_never_answered_by_what_came_of_the_work(planned_qa):
    answer = planned_qa.ask("榆关高新区打算怎么让营收增速提上去？")["answer"]
    assert "64.2亿元" not in answer and "1.1%" not in answer, answer


def test_no_lead_figure_where_the_question_asks_no_amount(framed_qa):
    """亮点 asks a section's items, not each place's first amount: answered as a list, not one figure per place."""
    result = framed_qa.ask("上半年槐山综保区和港湾产业园各有什么亮点？")
    assert result["kind"] != "each", result["answer"]
