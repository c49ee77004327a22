"""What a digest's news items and table rows left unanswered after its first fixers: a figure written `5月当月营业收入`
counts 营业收入 (当月 is its period, not its name), and a headline's round bound (`超60亿元`) gives way to the amount its
body states for the same period (`63.8亿元`); a zone asked of a period whose table reports its city's row alone reads
that row, though another period's table has a row under the zone's name; a cell's numbered points (`1.…；2.…`) are
read one by one. Small invented bulletins through the real loader, index and QA."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.facts import extract_facts
from index.loaders import load_file
from index.pipeline import chunk_document
from qa.compose.bounded import borne_out
from qa.pipeline import BulletinQA
from tests.conftest import index_files

ANNUAL = """开发区工作动态
2026年第1期
编者按：2025年，全省开发区主要指标保持平稳增长。
【信息1】雁溪高新区全年实现营业收入512.6亿元
雁溪高新区2025年实现营业收入512.6亿元，同比增长7.7%。（雁溪市商务局供稿）
附件：各市开发区重点工作进展情况汇总表
城市|主要指标完成情况|重点项目进展|下步打算
桐岭市|桐岭产业园实现营业收入131.5亿元，同比增长2.1%。|1.仓储中心开工建设。|1.2026年力争新引进亿元以上项目9个；2.新建标准厂房6万平方米。
雁溪市|雁溪高新区实现营业收入512.6亿元，同比增长7.7%。|1.检测中心项目主体结构封顶；2.新签约项目3个，总投资5.1亿元。|1.2026年力争新增高新技术企业40家。
"""

MONTHLY = """开发区工作动态
2026年第7期
编者按：1-5月，全省开发区实现营业收入2100.4亿元。
◆雁溪高新区1-5月进出口总额超60亿元
雁溪高新区1-5月累计实现进出口总额63.8亿元，同比增长9.4%；其中5月当月实现进出口额14.1亿元。（雁溪市商务局供稿）
◆桐岭产业园新签约项目6个
桐岭产业园1-5月新签约项目6个，协议投资额22.5亿元。（桐岭市商务局供稿）
附件：各市开发区重点工作进展情况汇总表
开发区|城市|主要指标完成情况|重点项目进展|下步打算
桐岭产业园|桐岭市|桐岭产业园1-5月营业收入48.6亿元，同比增长3.2%；5月当月营业收入11.2亿元，同比增长5.0%。|1.仓储中心5月投入使用；2.新签约项目6个。|1.6月底前完成仓储中心验收。
雁溪高新区|雁溪市|雁溪高新区1-5月营业收入133.4亿元，同比增长8.1%。|1.检测平台主体完工。|1.二季度举办招商推介会。
"""


def _facts(tmp_path: Path) -> list[dict]:
    path = tmp_path / "2026-06-dongtai.txt"
    path.write_text(MONTHLY, encoding="utf-8")
    return extract_facts(chunk_document(load_file(path), path.name)[0])


@pytest.fixture(scope="module")
def digest(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-01-dongtai.txt": ANNUAL, "2026-06-dongtai.txt": MONTHLY}
    return index_files(tmp_path_factory.mktemp("digest-left"), files, embedding)


def test_当月_before_an_indicator_is_its_period_not_its_name(tmp_path):
    month = next(f for f in _facts(tmp_path) if f["figure"] == "11.2亿元")
    assert (month["indicator"], month["period"]) == ("营业收入", "2026年5月")


def test_a_figure_of_the_month_alone_in_a_table_row_answers_当月(digest):
    answer = digest.ask("桐岭产业园5月当月营收是多少？")["answer"]
    assert "11.2亿元" in answer and "48.6亿元" not in answer


def test_the_amount_beats_the_headlines_bound_on_it(digest):
    answer = digest.ask("1-5月雁溪高新区进出口总额是多少？")["answer"]
    assert "63.8亿元" in answer and "超60亿元" not in answer


def test_a_bound_is_borne_out_only_by_an_amount_on_its_side_and_near_it():
    assert borne_out("more", 60.0, 63.8)
    assert not borne_out("more", 60.0, 58.0)  # under a 超 bound: another figure
    assert not borne_out("more", 60.0, 133.4)  # far over it: another figure
    assert borne_out("less", 3.0, 2.9) and not borne_out("less", 3.0, 3.2)


def test_a_zone_asked_of_a_period_reads_its_citys_row_when_that_periods_table_has_no_zone_rows(digest):
    answer = digest.ask("2025年桐岭产业园下步打算有哪些？")["answer"]
    assert "9个" in answer and "6万平方米" in answer
    assert "6月底前" not in answer  # the other period's row under the zone's name


def test_a_place_and_a_bare_year_with_情况怎么样_ask_a_summary(digest):
    answer = digest.ask("2025年桐岭产业园情况怎么样")
    assert answer["kind"] == "summary"
    assert "131.5亿元" in answer["answer"] and "48.6亿元" not in answer["answer"]


def test_a_name_is_read_in_its_own_numbered_point_of_a_cell(digest):
    answer = digest.ask("2025年雁溪市主体结构封顶的是哪个项目？")["answer"]
    assert "检测中心项目" in answer and "5.1亿元" not in answer  # the next point tells another thing
