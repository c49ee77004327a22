"""Who may do what: users with salted scrypt hashes, logins through Gradio's own auth, readers who can only ask,
editors who may also upload and re-index (in the page and through the API), and the log of who did it.

The browser tests log in to the real app (python app.py) with real users made by `python app.py user add`.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from evals.app_server import AppDidNotStart, running_app
from settings import ROOT
from ui.access import Users, hash_password, password_matches

READER, EDITOR = ("读者甲", "reader-pass-1"), ("editor_b", "editor-pass-2")
BULLETIN = ("全省开发区\n\n“项目建设向‘新’突破 改革能级持续提升”特刊（2024年第3期）\n\n【2024年上半年工作成绩】\n\n"
            "一是招商提速。上半年忻州开发区签约项目9个，签约投资额33.8亿元。\n\n供稿：忻州市商务局\n")


def app(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    from tests.reliability_helpers import app_env
    return subprocess.run([sys.executable, str(ROOT / "app.py"), *args], cwd=ROOT, input=stdin, text=True,
                          capture_output=True, timeout=300, env=env or app_env())


# --- no server ---------------------------------------------------------------------------------

def test_password_hashes_are_salted_and_checked(tmp_path):
    first, second = hash_password("same-password"), hash_password("same-password")
    assert first != second and "same-password" not in first
    assert password_matches("same-password", first) and not password_matches("other-password", first)
    users = Users(tmp_path / "users.json")
    users.add("甲", "reader", "long enough")
    assert users.check("甲", "long enough") and not users.check("甲", "wrong one!") and not users.check("乙", "x")
    assert users.role("甲") == "reader" and users.role("乙") is None


def test_user_add_command_and_the_network_guard(tmp_path):
    store = ["--store", str(tmp_path / "store")]
    refused = app("--host", "0.0.0.0", *store)
    assert refused.returncode == 2 and "拒绝启动" in refused.stderr and "user add" in refused.stderr
    assert "--no-auth" in refused.stderr and "Traceback" not in refused.stderr

    short = app("user", "add", "甲", "--role", "editor", "--password-stdin", *store, stdin="short\n")
    assert short.returncode == 2 and "至少 8" in short.stderr
    added = app("user", "add", "甲", "--role", "editor", "--password-stdin", *store, stdin="long enough\n")
    assert added.returncode == 0, added.stderr
    stored = json.loads((tmp_path / "store" / "users.json").read_text(encoding="utf-8"))
    assert stored["甲"]["role"] == "editor" and stored["甲"]["password"].startswith("scrypt$")
    assert "long enough" not in (tmp_path / "store" / "users.json").read_text(encoding="utf-8")
    assert app("user", "list", *store).stdout.strip() == "甲\teditor"


# --- the served app with logins ------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory, sample_index):
    """The app with one reader and one editor (users file via BQA_USERS); yields (url, docs dir, store dir)."""
    from tests.reliability_helpers import app_env
    root = tmp_path_factory.mktemp("access")
    shutil.copytree(sample_index.docs_dir, root / "docs")
    (root / "store").mkdir()
    shutil.copy2(sample_index.store_dir / "embeddings.sqlite", root / "store" / "embeddings.sqlite")
    env = app_env(BQA_USERS=str(root / "users.json"))
    for (name, password), role in ((READER, "reader"), (EDITOR, "editor")):
        assert app("user", "add", name, "--role", role, "--password-stdin", stdin=password + "\n", env=env).returncode == 0
    try:
        with running_app(root / "store", root / "docs", root / "server.log", timeout=240, env=env) as (url, _):
            yield url, root / "docs", root / "store"
    except AppDidNotStart as err:
        pytest.fail(str(err))


def login(browser, url: str, user: tuple[str, str]):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.set_default_timeout(30_000)
    page.goto(url)
    page.locator("input[type=password]").wait_for()
    page.locator("input:not([type=password])").first.fill(user[0])
    page.fill("input[type=password]", user[1])
    page.get_by_role("button", name="Login").click()
    return page


def documents_tab(page):
    page.wait_for_selector("#bqa-question textarea")
    page.get_by_role("tab", name="文档").click()
    page.wait_for_selector("#bqa-docs")


def test_wrong_password_is_refused(served, browser):
    page = login(browser, served[0], (READER[0], "not-the-password"))
    page.get_by_text("Incorrect", exact=False).wait_for()
    assert page.locator("#bqa-question").count() == 0
    page.close()


def test_reader_asks_but_cannot_upload_or_reindex(served, browser):
    from gradio_client import Client
    url, docs, store = served
    page = login(browser, url, READER)
    documents_tab(page)
    page.wait_for_timeout(1500)  # the page's load events have run: the controls stay hidden
    assert not page.locator("#bqa-upload").is_visible() and not page.locator("#bqa-reindex").is_visible()
    page.close()

    client = Client(url, auth=READER, verbose=False)
    assert "126.6亿元" in client.predict("晋中签约项目投资额是多少？", api_name="/ask")
    with pytest.raises(Exception, match="只有编辑"):
        client.predict(api_name="/reindex_all")
    new = docs.parent / "忻州.txt"
    new.write_text(BULLETIN, encoding="utf-8")
    from gradio_client import handle_file
    with pytest.raises(Exception, match="只有编辑"):
        client.predict([handle_file(str(new))], api_name="/upload")
    client.close()
    assert not (docs / "忻州.txt").exists()
    log = (store / "activity.jsonl").read_text(encoding="utf-8") if (store / "activity.jsonl").exists() else ""
    assert READER[0] not in log


def test_editor_uploads_and_the_documents_page_names_them(served, browser, tmp_path):
    url, docs, store = served
    page = login(browser, url, EDITOR)
    documents_tab(page)
    page.locator("#bqa-reindex").wait_for(state="visible")
    assert EDITOR[0] not in page.inner_text("#bqa-docs")
    new = tmp_path / "2024-xinzhou.txt"
    new.write_text(BULLETIN, encoding="utf-8")
    page.set_input_files("#bqa-upload input[type=file]", [str(new)])
    page.wait_for_function("() => document.querySelector('#bqa-index-result')?.innerText.includes('新增')",
                           timeout=180_000)
    page.wait_for_function("() => document.querySelector('#bqa-docs').innerText.includes('2024-xinzhou.txt')")
    assert EDITOR[0] in page.inner_text("#bqa-docs")  # the 添加人 of the new bulletin
    page.close()
    entries = [json.loads(line) for line in (store / "activity.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["user"], e["action"]) for e in entries][-2:] == [(EDITOR[0], "upload"), (EDITOR[0], "index")]
    assert entries[-2]["files"] == ["2024-xinzhou.txt"] and entries[-1]["added"] == 1 and entries[-1]["time"]
