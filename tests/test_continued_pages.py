"""A file numbered after another continues it only when the number names a page (`-p2`, `第2页`, a scanned image
`清单2.png`); two issues of a series numbered bare (`通报-1.txt`, `通报-2.txt`) stay two documents, and the second
never takes the first's period (a figure of no period must not be filed under another issue's)."""
import pytest

from index.continued_pages import _previous_page
from tests.conftest import index_files


@pytest.mark.parametrize("name, before", [
    ("清单-p2.png", "清单-p1.png"),
    ("清单_page3.pdf", "清单_page2.pdf"),
    ("清单第2页.pdf", "清单第1页.pdf"),
    ("清单2.png", "清单1.png"),  # a scanned page numbered bare
    ("通报-2.docx", None),  # an issue of a series, not a page
    ("2025-2.pdf", None),
    ("清单-p1.png", None),
])
def test_a_number_names_a_page_only_after_a_page_marker_or_on_a_scan(name, before):
    assert _previous_page(name) == before


def test_the_second_issue_of_a_series_keeps_no_period_of_the_first(tmp_path, embedding):
    qa = index_files(tmp_path, {
        "芷岚市商务局通报-1.txt": "芷岚市开发区工作通报\n2026年第1期\n芷岚市商务局　2026年4月10日\n\n2026年一季度，芷岚经开区实现营业收入52.3亿元，同比增长6.1%。\n",
        "芷岚市商务局通报-2.txt": "芷岚市开发区工作通报\n芷岚市商务局\n\n芷岚经开区新签约项目14个，总投资88.6亿元。\n",
    }, embedding)
    second = [c for c in qa.snapshot.chunks if c["doc"] == "芷岚市商务局通报-2.txt"]
    assert second and all(c.get("period") != "2026年一季度" for c in second), second
    figures = {f["figure"]: f["period"] for f in qa.snapshot.facts}
    assert figures.get("88.6亿元") != "2026年一季度", figures
