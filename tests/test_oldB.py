"""A digest's numbered headlines (a Word file's own paragraphs) stand apart from their bodies, and a day opening a
clause (3月18日，甲经开区与乙经开区签订…) is when, the zone after it whose; a project asked as brought in with one verb
(引进, 招来) is found where the bulletin writes another (签约). Invented 栎川省 bulletins, read through the real
loaders, index and pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from index.loaders import load_file
from index.pipeline import IndexingPipeline, chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import index_one, settings_under

ITEMS = [("1. 柞岭经开区一季度新签约亿元以上项目21个",
          "柞岭经济技术开发区一季度新签约亿元以上项目21个，协议投资额173.5亿元；实现营业收入286.4亿元，同比增长5.8%。",
          "（柞岭市商务局供稿）"),
         ("2. 榴溪高新区与柞岭经开区签订飞地合作协议",
          "4月9日，榴溪高新区与柞岭经开区签订飞地合作协议，共建精密仪器产业园，首期投资约9亿元。一季度榴溪高新区"
          "实现营业收入64.2亿元，同比增长6.6%。",
          "（榴溪市商务局供稿）"),
         ("3. 柞岭经开区一季度营业收入同比增长5.8%",
          "柞岭经济技术开发区新增高新技术企业11家，研发投入同比增长12.3%。",
          "（柞岭市商务局供稿）")]


def _digest_docx(folder: Path) -> Path:
    doc = Document()
    doc.add_paragraph("开发区工作动态")
    doc.add_paragraph("2026年第4期（2026年一季度）")
    doc.add_paragraph("编者按：一季度，全省开发区实现营业收入1688.2亿元，同比增长5.2%。")
    for headline, body, source in ITEMS:
        doc.add_paragraph().add_run(headline).bold = True
        doc.add_paragraph(body)
        doc.add_paragraph(source)
    out = folder / "2026-04-kaifaqu-dongtai-di4qi.docx"
    doc.save(out)
    return out


def _chunks(path: Path) -> list[dict]:
    return chunk_document(load_file(path), path.name)[0]


def test_a_numbered_headline_of_its_own_paragraph_is_no_part_of_its_body(tmp_path):
    texts = [c["text"] for c in _chunks(_digest_docx(tmp_path))]
    assert "1. 柞岭经开区一季度新签约亿元以上项目21个" in texts  # not …21个柞岭经济技术开发区一季度…
    assert any(t.startswith("柞岭经济技术开发区一季度新签约亿元以上项目21个，") for t in texts)
    assert not any("5.8%柞岭" in t for t in texts)


def test_a_hard_wrapped_numbered_line_goes_on_into_the_next(tmp_path):
    # a mail wraps its lines anywhere: a numbered first line without a mark is no headline there
    path = tmp_path / "2026-05-kaifaqu-dongtai-di6qi.txt"
    path.write_text("开发区工作动态\r\n2026年第6期\r\n1.柞岭经开区1-4月新签约亿元以上项目\r\n27个，同比增长12.5%。\r\n",
                    encoding="utf-8")
    assert any("新签约亿元以上项目27个" in c["text"] for c in _chunks(path))


def test_a_day_opening_a_clause_leaves_it_to_the_zone_after_it(tmp_path):
    chunks = _chunks(_digest_docx(tmp_path))
    signed = next(c for c in chunks if c["text"].startswith("4月9日，"))
    assert signed["region"] == "榴溪"  # the zone the clause opens with after its day, not no one's
    assert "飞地合作协议" in signed["text"]


def test_the_day_of_an_item_is_answered_for_its_zone(tmp_path, embedding):
    settings = settings_under(tmp_path)
    _digest_docx(settings.docs_dir)
    assert not IndexingPipeline(settings, embedding).run().errors
    qa = BulletinQA(settings, embedding)
    answer = qa.ask("榴溪高新区签飞地合作协议是哪天？")
    assert not answer["abstained"] and answer["short"] == "4月9日"
    assert {c["region"] for c in answer["citations"]} == {"榴溪"}
    answer = qa.ask("一季度柞岭经开区新签约亿元以上项目多少个？")
    assert answer["short"] == "21个" and "21个柞岭" not in answer["answer"]


THEMES = ("栎川省开发区专题通报（2026年第1期）\n栎川省商务厅　2026年4月15日\n\n"
          "一、招商引资\n\n"
          "一季度，全省开发区新签约项目286个，协议投资额1322.6亿元，同比增长10.9%。\n\n"
          "柞岭市：柞岭高新区新签约项目27个，协议投资额141.3亿元，同比增长13.2%，引进柞岭星衡光学镜头产业园项目。\n\n"
          "榴溪市：榴溪高新区新签约项目31个，协议投资额158.7亿元，同比增长9.4%，签约榴溪沐川储能电池基地项目，"
          "总投资约38亿元。\n\n"
          "二、项目建设\n\n"
          "柞岭市：柞岭高新区新开工项目22个，完成固定资产投资61.5亿元，同比增长7.7%。\n")


@pytest.fixture(scope="module")
def themes(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("oldB-themes"), "2026-04-zhuanti-tongbao-di1qi.txt", THEMES, embedding)


@pytest.mark.parametrize("question, project", [("一季度榴溪高新区引进了哪个项目？", "榴溪沐川储能电池基地项目"),
                                               ("柞岭高新区一季度招来了啥项目？", "柞岭星衡光学镜头产业园项目"),
                                               ("榴溪高新区一季度拉来了什么项目", "榴溪沐川储能电池基地项目")])
def test_a_project_brought_in_is_found_whichever_verb_the_bulletin_writes(themes, question, project):
    answer = themes.ask(question)
    assert not answer["abstained"] and answer["short"] == project


def test_a_follow_up_of_a_project_brought_in_takes_the_verb_the_bulletin_writes(themes):
    answer = themes.ask("榴溪高新区呢？", history=["一季度柞岭高新区引进了哪个项目？"])
    assert answer["short"] == "榴溪沐川储能电池基地项目"
    assert {c["region"] for c in answer["citations"]} == {"榴溪"}
