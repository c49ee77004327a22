"""公报问答 (bulletin QA): command line and web UI wiring. See README.md and CONTRACT.md.

    python app.py                      # web UI on http://127.0.0.1:7860
    python app.py index [--json]       # (re-)index documents/
    python app.py ask "晋中签约项目投资额是多少？" [--json]
    python app.py facts [--region R] [--q TEXT] [--csv | --json]   # the figures extracted at index time
    python app.py user add NAME --role reader|editor   # logins (BQA_USERS)
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from settings import Settings, megabytes


def _progress_printer(stream=sys.stderr):
    """A one-line text progress bar per stage."""
    def show(stage: str, done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        stream.write(f"\r{stage} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()
    return show


def cmd_index(args, settings: Settings) -> int:
    from index.pipeline import IndexingPipeline
    from index.embedding import EmbeddingMismatch
    from index.store import StoreBusyError, VectorStoreUnavailable
    try:
        report = IndexingPipeline(settings).run(settings.docs_dir, rebuild=args.rebuild,
                                                progress=None if args.json else _progress_printer())
    except (StoreBusyError, EmbeddingMismatch) as err:
        print(str(err), file=sys.stderr)
        return 2
    except VectorStoreUnavailable as err:
        print(str(err), file=sys.stderr)
        return 3
    summary = {k: v for k, v in report.to_dict().items() if k != "files"}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print("新增 {added}，更新 {updated}，删除 {removed}，未变 {unchanged}，跳过 {skipped}；"
              "共 {chunks} 段，新向量化 {embedded} 段，用时 {seconds} 秒".format(**summary))
        for name in report.documentation:
            print(f"  跳过说明文件 {name}")
        for err in report.errors:
            print(f"  跳过 {err['file']}：{err['reason']}")
        for warning in report.warnings:
            print(f"  注意 {warning['file']}：{warning['warning']}")
    return 0


def _questions(args) -> list[dict]:
    questions = [{"q": q} for q in args.questions]
    if args.file:
        for line in Path(args.file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                questions.append(json.loads(line))
    return questions


def cmd_ask(args, settings: Settings) -> int:
    from qa.pipeline import BulletinQA
    try:
        questions = _questions(args)
    except (OSError, json.JSONDecodeError) as err:
        print(f"无法读取问题文件 {args.file}：{err}", file=sys.stderr)
        return 2
    qa = BulletinQA(settings)
    for item in questions:
        history = item.get("history") if isinstance(item.get("history"), list) else None
        result = qa.ask(item.get("q", ""), region=args.region, top_k=args.top_k, history=history)
        result.pop("retrieved", None)
        if "id" in item:
            result = {"id": item["id"], **result}
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(f"问：{result['question']}\n答：{result['answer']}")
            for row in result.get("table") or []:
                print(f"  {row['entity']}｜{row['indicator']}｜{row['value']}｜{row['period'] or ''}｜[{row['n']}]")
            for c in result["citations"]:
                page = f"｜第 {c['page']} 页" if c.get("page") else ""
                print(f"  [{c['n']}] {c['title']}｜{c['region']}｜{c['section']}｜{c['item'] or ''}{page}\n"
                      f"      “{c['quote']}”")
            print()
    return 0


def cmd_facts(args, settings: Settings) -> int:
    from index.facts_table import facts_csv, facts_json_lines, facts_text_table, filter_facts
    from index.store import IndexStore
    snapshot = IndexStore(settings).load_snapshot()
    if snapshot.version is None or not snapshot.has_facts:
        missing = "还没有索引" if snapshot.version is None else "的索引建于提取数据之前"
        print(f"{settings.store_dir} {missing}，请先运行 python app.py index。", file=sys.stderr)
        return 1
    facts = filter_facts(snapshot.facts, region=args.region, query=args.q)
    render = facts_csv if args.csv else facts_json_lines if args.json else facts_text_table
    sys.stdout.buffer.write(render(facts).encode("utf-8"))
    sys.stdout.flush()
    return 0


def cmd_serve(args, settings: Settings) -> int:
    from ui import serve
    from ui.server import NoUsersError
    try:
        serve(settings, host=getattr(args, "host", "127.0.0.1"), port=getattr(args, "port", 7860),
              no_auth=getattr(args, "no_auth", False))
    except NoUsersError as err:
        print(str(err), file=sys.stderr)
        return 2
    return 0


def cmd_user(args, settings: Settings) -> int:
    """`user add NAME --role R` (password asked twice, or one line on stdin with --password-stdin); `user list`."""
    import getpass
    from ui.access import AccessError, Users
    users = Users(settings.users_path)
    if args.action == "list":
        for name, role in users.names():
            print(f"{name}\t{role}")
        return 0
    if not args.name:
        print("请给出用户名：python app.py user add 名字 --role reader|editor", file=sys.stderr)
        return 2
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("密码：")
        if getpass.getpass("再输一次：") != password:
            print("两次输入的密码不一致，未添加。", file=sys.stderr)
            return 2
    try:
        users.add(args.name, args.role, password)
    except AccessError as err:
        print(f"未添加：{err}", file=sys.stderr)
        return 2
    print(f"已添加 {args.name}（{args.role}）到 {users.path}")
    return 0


def _size_limit(value: str) -> int:
    try:
        return megabytes(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def main(argv: list[str] | None = None) -> int:
    # --store/--docs/--host/--port are accepted before or after the command (SUPPRESS keeps either)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", default=argparse.SUPPRESS, help="index directory (BQA_STORE)")
    common.add_argument("--docs", default=argparse.SUPPRESS, help="bulletins folder (BQA_DOCS)")
    common.add_argument("--host", default=argparse.SUPPRESS, help="web UI host (127.0.0.1)")
    common.add_argument("--port", type=int, default=argparse.SUPPRESS, help="web UI port (7860)")
    common.add_argument("--max-mb", type=_size_limit, default=argparse.SUPPRESS,
                        help="skip bulletin files larger than this many MB (BQA_MAX_FILE_MB, 50)")
    common.add_argument("--no-auth", action="store_true", default=argparse.SUPPRESS,
                        help="serve to a network without logins (everyone may upload and re-index)")
    parser = argparse.ArgumentParser(prog="app.py", parents=[common],
                                     description="公报问答：对公报提问，回答附带可引用的原文。")
    sub = parser.add_subparsers(dest="command")
    p_index = sub.add_parser("index", parents=[common], help="index the bulletins folder incrementally")
    p_index.add_argument("--rebuild", action="store_true")
    p_index.add_argument("--json", action="store_true")
    p_ask = sub.add_parser("ask", parents=[common], help="answer questions")
    p_ask.add_argument("questions", nargs="*")
    p_ask.add_argument("--file")
    p_ask.add_argument("--region")
    p_ask.add_argument("--top-k", type=int)
    p_ask.add_argument("--json", action="store_true")
    p_facts = sub.add_parser("facts", parents=[common], help="list the figures extracted at index time")
    p_facts.add_argument("--region")
    p_facts.add_argument("--q", help="only facts whose text holds every word of TEXT")
    formats = p_facts.add_mutually_exclusive_group()
    formats.add_argument("--csv", action="store_true", help="CSV, UTF-8 with BOM (Excel, WPS)")
    formats.add_argument("--json", action="store_true", help="one JSON object per line")
    sub.add_parser("serve", parents=[common], help="start the web UI (the default)")
    p_user = sub.add_parser("user", parents=[common], help="add or list the users who may log in (BQA_USERS)")
    p_user.add_argument("action", choices=["add", "list"])
    p_user.add_argument("name", nargs="?")
    p_user.add_argument("--role", choices=["reader", "editor"], default="reader")
    p_user.add_argument("--password-stdin", action="store_true", help="read the password from one line of stdin")
    args = parser.parse_args(argv)
    store, docs = getattr(args, "store", None), getattr(args, "docs", None)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
    except ValueError as err:
        parser.error(f"invalid environment setting: {err}")
    settings = settings.with_overrides(
        store_dir=Path(store) if store else None, docs_dir=Path(docs) if docs else None,
        max_file_bytes=getattr(args, "max_mb", None))
    command = {"index": cmd_index, "ask": cmd_ask, "facts": cmd_facts, "user": cmd_user}.get(args.command, cmd_serve)
    return command(args, settings)


if __name__ == "__main__":
    sys.exit(main())
