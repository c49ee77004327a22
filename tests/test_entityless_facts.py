"""A region whose facts include one about no entity (a province-wide clause in a zone's passage that the
bulletin files under no city, given its city once every bulletin is read) is still answered through its zone:
questions over it neither crash nor lose the zone's figure.
One small invented issue (蔚临省, its cities and every figure made up) through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "蔚临省开发区工作通报\n2026年第{n}期\n蔚临省商务厅　　2026年{m}月20日\n\n"
ISSUES = {  # a speech-like issue of no city parts, then one of city parts
    "2026-04-tongbao.txt": _HEAD.format(n=1, m=4) + (
        "一季度，全省开发区实现营业收入652.4亿元，同比增长6.1%。成绩主要体现在两个方面。第一，项目建设提速。"
        "苘岗经开区一季度新开工亿元以上项目12个，比上年同期翻了一番。第二，创新动能集聚。全省开发区高新技术企业"
        "达到1215家，比上年增加118家；蓁州高新区一季度实现营业收入83.9亿元，同比增长9.4%。\n"),
    "2026-07-tongbao.txt": _HEAD.format(n=2, m=7) + (
        "一、苘岗市\n苘岗市开发区上半年完成进出口总额41.7亿元，同比增长5.2%。\n\n"
        "二、蓁州市\n蓁州市开发区上半年完成进出口总额32.1亿元，同比增长4.3%。\n"),
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("entityless"), ISSUES, embedding)


@pytest.mark.parametrize("question", ["一季度苘岗、蓁州两市开发区营收各多少", "一季度蓁州市开发区营收多少？"])
def test_a_region_with_an_entityless_fact_is_answered_by_its_zone(qa, question):
    result = qa.ask(question)
    assert "83.9亿元" in result["answer"]
    assert any("83.9亿元" in c["quote"] for c in result["citations"])
