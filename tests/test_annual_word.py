"""A 考核通报 as Word writes it and a portal page around an article: text boxes (a DrawingML shape and its VML
fallback copy) read once where they are anchored, a reviewer's comment never; full-width figures read whole; a
later year's target not taken for the actual asked; a 附件 list after the article read, a sidebar's link not; the
date signing a bulletin off and a clause opening after a topic's lead (重点园区方面，…). Real .docx files built with
python-docx plus the XML Word writes; the answers through a real index (tests/conftest.py)."""
from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml

from index.figures import FIGURE, split_figure
from index.html_page import load_html
from index.loaders import LoadedFile
from index.periods import later_year
from index.pipeline import IndexingPipeline, chunk_document
from index.word import load_docx
from qa.pipeline import BulletinQA
from tests.conftest import index_files, settings_under

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _box(n: int, *lines: str, fallback: bool = True) -> str:
    """A floating text box run as Word 2010+ writes it: the wps shape in mc:Choice, the same text again in a VML
    mc:Fallback; or (fallback=False) a VML box alone, as older Word writes it."""
    content = "<w:txbxContent>" + "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines) \
              + "</w:txbxContent>"
    vml = f'<w:pict><v:shape id="文本框 {n}" style="position:absolute"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
    if not fallback:
        return f"<w:r {_NS}>{vml}</w:r>"
    return (f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor simplePos="0" '
            f'relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV '
            f'relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5400000" '
            f'cy="900000"/><wp:wrapTopAndBottom/><wp:docPr id="{n}" name="文本框 {n}"/><a:graphic><a:graphicData '
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            f'<wps:spPr/><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            f'</w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')


def _bulletin() -> bytes:
    """An invented 2025 考核通报: a box after the lead and one after a city's paragraph, a comment with another
    figure, full-width figures, 2026 targets one line per city, the issuer and the date closing it."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "澄川省开发区工作通报　2026年第2期"
    d.add_paragraph("关于2025年度全省开发区考核情况的通报", style="Title")
    d.add_paragraph("2025年，全省开发区全年实现营业收入８６４２．３亿元，同比增长５．６％。")
    d.add_paragraph()._p.append(parse_xml(_box(1, "专栏１　考核结果",
                                               "综合考核前三名：枫岭高新技术产业开发区、杉湖经济开发区、桂塘综合保税区。")))
    d.add_paragraph("一、主要做法", style="Heading 1")
    d.add_paragraph("（一）枫岭市", style="Heading 2")
    p = d.add_paragraph("枫岭高新技术产业开发区全年实现营业收入１５２３．８亿元，同比增长７．４％。")
    d.add_comment(p.runs, text="请核实：市统计局口径为1544.2亿元。", author="审核", initials="SH")
    p._p.append(parse_xml(_box(2, "专栏２　枫岭高新区招商", "全年签约光伏产业链项目２１个，总投资３１２．６亿元。")))
    d.add_paragraph("（二）杉湖市", style="Heading 2")
    d.add_paragraph("杉湖经济开发区全年实现营业收入982.6亿元，同比增长4.2%。")
    d.add_paragraph()._p.append(parse_xml(_box(3, "杉湖经开区新增规上工业企业４６家。", fallback=False)))
    d.add_paragraph("二、下步打算", style="Heading 1")
    d.add_paragraph("1.枫岭市：枫岭高新区2026年营业收入目标1700亿元；建设光伏产业园。")
    d.add_paragraph("2.杉湖市：杉湖经开区2026年营业收入目标1050亿元；盘活低效用地。")
    d.add_paragraph("澄川省商务厅")
    d.add_paragraph("2026年1月20日")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_each_text_box_is_read_once_where_it_is_anchored_and_the_comment_never():
    lines = load_docx(_bulletin())[0].split("\n\n")
    at = lines.index("专栏２　枫岭高新区招商")
    assert lines[at - 1].startswith("枫岭高新技术产业开发区全年") and lines[at + 1].startswith("全年签约光伏")
    assert lines.index("专栏１　考核结果") < lines.index("一、主要做法")
    assert sum("前三名" in line for line in lines) == 1  # not again from the VML fallback
    assert "杉湖经开区新增规上工业企业４６家。" in lines  # a VML box of older Word, written once
    assert not any("1544.2" in line or "澄川省开发区工作通报" in line for line in lines)


def test_full_width_figures_are_read_whole():
    found = [m.group() for m in FIGURE.finditer("营业收入８６４２．３亿元，同比增长５．６％，企业１２６８家")]
    assert found == ["８６４２．３亿元", "５．６％", "１２６８家"]
    assert [split_figure(f) for f in found] == [(8642.3, "亿元"), (5.6, "%"), (1268.0, "家")]


def test_a_later_year_named_bare_is_a_targets_year():
    assert later_year("枫岭高新区2026年营业收入目标", 2025).label == "2026年全年"
    assert later_year("截至2026年1月20日", 2025) is None and later_year("2026年上半年", 2025) is None
    assert later_year("2025年营业收入", 2025) is None


@pytest.fixture(scope="module")
def annual_qa(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("annual"))
    (settings.docs_dir / "2026-01-kaohe-tongbao.docx").write_bytes(_bulletin())
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def test_a_full_width_figure_is_answered_verbatim_not_the_target_nor_the_comment(annual_qa):
    answer = annual_qa.ask("去年枫岭高新区营业收入多少？")["answer"]
    assert "１５２３．８亿元" in answer, answer
    assert "1700亿元" not in answer and "1544.2亿元" not in answer, answer


def test_a_later_years_target_is_not_the_actual(annual_qa):
    answer = annual_qa.ask("2025年杉湖经开区营收是多少")["answer"]
    assert "982.6亿元" in answer and "1050亿元" not in answer, answer


def test_a_target_asked_is_answered_by_the_target(annual_qa):
    answer = annual_qa.ask("杉湖经开区2026年营业收入目标是多少")["answer"]
    assert "1050亿元" in answer and "982.6亿元" not in answer, answer


def test_a_text_boxs_figure_is_its_citys(annual_qa):
    result = annual_qa.ask("枫岭市签约的光伏产业链项目总投资多少")
    assert "３１２．６亿元" in result["answer"], result["answer"]
    assert result["citations"] and all(c["region"] == "枫岭" for c in result["citations"])


def test_a_list_only_a_text_box_holds(annual_qa):
    answer = annual_qa.ask("综合考核前三名是哪几个开发区")["answer"]
    assert all(name in answer for name in ("枫岭高新技术产业开发区", "杉湖经济开发区", "桂塘综合保税区")), answer


def test_the_comments_figure_is_never_answered(annual_qa):
    answer = annual_qa.ask("按市统计局口径枫岭高新区营收是多少")["answer"]
    assert "1544.2亿元" not in answer, answer


def _chunks(name: str, text: str) -> list[dict]:
    return chunk_document(LoadedFile(path=None, text=text, title=None), name)[0]


def test_the_date_signing_the_bulletin_off_is_no_citys():
    chunks = _chunks("2026-01-kaohe-tongbao.docx", load_docx(_bulletin())[0])
    assert [c["region"] for c in chunks if c["text"] == "2026年1月20日"] == [None]


PORTAL = """<html><head><title>2026年1—5月全省开发区运行情况_工作动态_澄川省商务厅</title></head><body>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a></div>
<div class="left"><div class="article"><h1>2026年1—5月全省开发区运行情况</h1>
<div class="TRS_Editor"><p>1—5月，全省开发区实现营业收入3620.5亿元，同比增长6.9%；进出口总额1022.4亿元，同比增长8.1%。</p>
<p>分市看，枫岭市开发区营业收入同比增长9.2%；杉湖市开发区营业收入同比增长3.1%。</p>
<p>重点园区方面，枫岭高新技术产业开发区实现营业收入702.3亿元，同比增长8.8%；杉湖经开区营业收入266.4亿元。</p>
<table border="1"><tr><td>序号</td><td>地区</td><td>营业收入（亿元）</td></tr><tr><td>1</td><td>枫岭市</td><td>1130.2</td></tr>
<tr><td>2</td><td>杉湖市</td><td>587.9</td></tr></table></div>
<div class="fujian"><span>附件：</span><ul><li><a href="/d?f=1.xlsx">附件1.全省开发区主要经济指标.xlsx</a></li>
<li><a href="/d?f=2.xlsx">附件2.各开发区营业收入排名.xlsx</a></li></ul></div>
<div class="tools"><a href="#">【打印本页】</a></div></div></div>
<div class="right"><div class="box-title">相关文章</div><ul><li><a href="#">2025年1—5月全省开发区实现营业收入3311.8亿元</a></li>
</ul></div><div class="footer">主办单位：澄川省商务厅</div></body></html>"""


def test_the_attachment_list_after_the_article_is_read_and_the_sidebar_is_not():
    text = load_html(PORTAL.encode("utf-8"))[0]
    assert "附件1.全省开发区主要经济指标.xlsx" in text and "附件2.各开发区营业收入排名.xlsx" in text
    assert "3311.8" not in text and "打印本页" not in text and "主办单位" not in text


def test_a_clause_opening_after_a_topics_lead_is_the_citys_it_names():
    chunks = _chunks("2026-06-yunxing.html", load_html(PORTAL.encode("utf-8"))[0])
    owner = {c["text"]: c["region"] for c in chunks}
    assert owner["重点园区方面，枫岭高新技术产业开发区实现营业收入702.3亿元，同比增长8.8%；"] == "枫岭"
    assert owner["杉湖经开区营业收入266.4亿元。"] == "杉湖"


RANKED = """全省开发区运行情况通报
（2025年全年）

一、各市情况

（一）枫岭市

枫岭高新技术产业开发区全年实现营业收入1523.8亿元，同比增长11.2%，增速居全省开发区首位。

（二）桂塘市

桂塘经济开发区全年实现营业收入802.4亿元，同比增长4.1%；桂塘综合保税区进出口总额356.2亿元，同比增长19.5%，增速居全省综保区第一。

二、下一步工作

省商务厅将对营业收入负增长的开发区开展专项调度，推动已签约项目早开工。
"""


@pytest.fixture(scope="module")
def ranked_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("ranked"), {"2025-quannian-tongbao.txt": RANKED}, embedding)


def test_a_zone_first_among_its_kind_is_not_first_among_every_zone(ranked_qa):
    answer = ranked_qa.ask("2025年营业收入增速全省第一的开发区是哪个")["answer"]
    assert "枫岭高新技术产业开发区" in answer and "桂塘" not in answer, answer


def test_a_zone_first_among_every_zone_is_not_first_of_a_kind_asked(ranked_qa):
    answer = ranked_qa.ask("2025年增速全省综保区第一的是哪个")["answer"]
    assert "桂塘综合保税区" in answer and "枫岭" not in answer, answer


def test_an_office_written_short_is_no_unknown_place(ranked_qa):
    answer = ranked_qa.ask("省厅下一步对营收负增长的开发区怎么办")["answer"]
    assert "专项调度" in answer, answer
