"""The `malmoi` command: thin wrappers over the library's stages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from malmoi import __version__
from malmoi.errors import MalmoiError
from malmoi.model import Article, Rejection
from malmoi.pipeline import Stats, run
from malmoi.read import iter_documents


def progress(items: Iterable[Any], quiet: bool, desc: str) -> Iterator[Any]:
    """The one progress helper: a bar on stderr when it is a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=desc, unit="doc", file=sys.stderr)


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


def records(
    paths: list[str], quiet: bool, stats: Stats, with_quotes: bool = True, exclude: Iterable[str] = ()
) -> Iterator[Article | Rejection]:
    docs = progress(iter_documents(paths, exclude), quiet, "extract")
    yield from run(docs, stats, with_quotes=with_quotes)


def cmd_extract(a: argparse.Namespace) -> int:
    stats = Stats()
    store_rows: list[dict[str, Any]] = []
    with ExitStack() as stack:
        out: IO[str] = stack.enter_context(open(a.output, "w", encoding="utf-8")) if a.output else sys.stdout
        own = [x for x in (a.output, a.rejections, a.db) if x]
        for rec in records(a.paths, a.quiet, stats, exclude=own):
            if isinstance(rec, Rejection):
                if not a.quiet:
                    where = rec.source.path or rec.source.url or "-"
                    print(f"malmoi: skipped {where}: {rec.reason}: {rec.detail}", file=sys.stderr)
                if a.rejections:
                    with open(a.rejections, "a", encoding="utf-8") as rf:
                        rf.write(dumps(rec.to_dict()) + "\n")
                continue
            d = rec.to_dict()
            out.write(dumps(d) + "\n")
            if a.db:
                store_rows.append(d)
    if a.db:
        from malmoi.store import Store

        with Store(a.db) as st:
            res = st.upsert(store_rows)
        print(f"malmoi: store {a.db}: {res}", file=sys.stderr)
    print(f"malmoi: {stats.summary()}", file=sys.stderr)
    return 0 if stats.articles else 1  # non-zero only when nothing could be read


def cmd_show(a: argparse.Namespace) -> int:
    from malmoi.show import render_article

    stats = Stats()
    shown = 0
    for rec in records([a.path], True, stats):
        if isinstance(rec, Rejection):
            print(f"not an article: {rec.reason}: {rec.detail}")
            continue
        print(render_article(rec))
        shown += 1
    return 0 if shown else 1


def cmd_quotes(a: argparse.Namespace) -> int:
    from malmoi.show import render_quotes

    stats = Stats()
    arts = [r for r in records(a.paths, a.quiet, stats) if isinstance(r, Article)]
    if a.json:
        for art in arts:
            for q in art.quotes:
                d = q.to_dict()
                d["article"] = {"id": art.id, "title": art.title, "outlet": art.outlet, "published": art.published}
                print(dumps(d))
    else:
        print(render_quotes(arts))
    print(f"malmoi: {stats.summary()}", file=sys.stderr)
    return 0 if arts else 1


def cmd_eval(a: argparse.Namespace) -> int:
    from malmoi.evaluate import evaluate, format_report

    report = evaluate(Path(a.gold_dir))
    if a.json:
        print(json.dumps(report.scores, ensure_ascii=False, indent=1))
    else:
        print(format_report(report, verbose=a.verbose))
    return 0


def cmd_load(a: argparse.Namespace) -> int:
    from malmoi.store import load_jsonl

    res = load_jsonl(a.db, a.records)
    print(f"malmoi: {a.db}: {res}", file=sys.stderr)
    return 0


def cmd_serve(a: argparse.Namespace) -> int:
    from malmoi.web import serve

    if not Path(a.db).exists():
        raise MalmoiError(f"no store at {a.db}: make one with 'malmoi extract PAGES --db {a.db}'")
    serve(a.db, host=a.host, port=a.port, open_browser=a.open)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="malmoi", description="Structured articles and who said what, from Korean news pages.")
    p.add_argument("--version", action="version", version=f"malmoi {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="pages (text, HTML, WARC, JSONL) to records as JSON lines")
    e.add_argument("paths", nargs="+", help="files, folders (read recursively) or - for standard input")
    e.add_argument("-o", "--output", help="write JSON lines here (default: standard output)")
    e.add_argument("--db", help="also upsert the records into this SQLite store")
    e.add_argument("--rejections", help="append one JSON line per rejected document here")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no per-document messages")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("show", help="one page's record, for a person to read")
    s.add_argument("path")
    s.set_defaults(func=cmd_show)

    q = sub.add_parser("quotes", help="who said what, as a table (or --json)")
    q.add_argument("paths", nargs="+")
    q.add_argument("--json", action="store_true", help="one JSON line per quote")
    q.add_argument("-q", "--quiet", action="store_true")
    q.set_defaults(func=cmd_quotes)

    v = sub.add_parser("eval", help="score malmoi against annotated pages (NAME.txt beside NAME.expected.json)")
    v.add_argument("gold_dir")
    v.add_argument("--verbose", action="store_true", help="list each page's misses")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_eval)

    ld = sub.add_parser("load", help="load records (JSON lines) into the store")
    ld.add_argument("records", nargs="+")
    ld.add_argument("--db", required=True)
    ld.set_defaults(func=cmd_load)

    sv = sub.add_parser("serve", help="the web UI and JSON API over a store")
    sv.add_argument("db")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--open", action="store_true", help="open the start page in a browser")
    sv.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except MalmoiError as e:
        print(f"malmoi: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
