"""The `malmoi` command: thin wrappers over the library's stages and engines.

Exit status: 0 done; 1 nothing to show for it (no article read, no valid record loaded, no
gold page found); 2 a usage or input error (a message says what to do); 70 a bug in malmoi
itself (the traceback follows; please report it).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from malmoi import __version__
from malmoi.errors import MalmoiError
from malmoi.model import Article, Rejection
from malmoi.pipeline import Stats, run

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70


def progress(items: Iterable[Any], quiet: bool, desc: str) -> Iterator[Any]:
    """A bar on stderr when it is a terminal and not --quiet (for show and quotes)."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=desc, unit="doc", file=sys.stderr)


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


def say(msg: str) -> None:
    print(f"malmoi: {msg}", file=sys.stderr)


def records(
    paths: list[str], quiet: bool, stats: Stats, with_quotes: bool = True, exclude: Iterable[str] = ()
) -> Iterator[Article | Rejection]:
    """Articles (as objects) and rejections, in one process: for show, quotes and notebooks."""
    from malmoi import settings
    from malmoi.read import iter_documents

    docs = progress(iter_documents(paths, exclude), quiet, "extract")
    yield from run(docs, stats, with_quotes=with_quotes, seconds=settings.get("doc_seconds"))


def where(rec: Rejection) -> str:
    src = rec.source
    inside = f" (record {src.record})" if src.record is not None else ""
    return f"{src.path or src.url or '-'}{inside}"


def cmd_extract(a: argparse.Namespace) -> int:
    from malmoi.engine import JsonlSink, Options, RejectionSink, Sink, StoreSink, cores, extract

    sinks: list[Sink] = []
    try:
        if a.output and a.output.endswith(".parquet"):
            from malmoi.engine.parquet import ParquetSink

            sinks.append(ParquetSink(a.output))
        else:
            sinks.append(JsonlSink(a.output))
        if a.rejections:
            sinks.append(RejectionSink(a.rejections))
        if a.fold and not a.db:
            raise MalmoiError("--fold folds the store: give it with --db FILE")
        if a.db:
            sinks.append(StoreSink(a.db, fold=a.fold))
    except OSError as e:
        for s in sinks:
            s.close()
        raise MalmoiError(f"cannot write {e.filename or 'the output'}: {e.strerror or e}") from e
    opts = Options(
        jobs=a.jobs if a.jobs else cores(), progress=not a.quiet,
        exclude=tuple(x for x in (a.output, a.rejections, a.db) if x),
    )
    if a.time_budget is not None:
        opts.seconds = a.time_budget

    def tell(rec: Rejection) -> None:
        if not a.quiet:
            say(f"skipped {where(rec)}: {rec.reason}: {rec.detail}")

    try:
        stats, summaries = extract(a.paths, sinks, opts, on_rejection=tell)
    except BrokenPipeError:
        raise  # the reader of standard output went away (| head): not an error
    except OSError as e:  # the output, not an input: inputs are rejections
        raise MalmoiError(f"cannot write the output ({e.filename or a.output or 'standard output'}): {e.strerror or e}") from e
    for line in summaries:
        say(line)
    say(stats.summary())
    return EXIT_OK if stats.articles else EXIT_NOTHING


def cmd_show(a: argparse.Namespace) -> int:
    from malmoi.show import render_article

    stats = Stats()
    shown = 0
    for rec in records([a.path], True, stats):
        if isinstance(rec, Rejection):
            print(f"not an article: {where(rec)}: {rec.reason}: {rec.detail}")
            continue
        print(render_article(rec))
        shown += 1
    return EXIT_OK if shown else EXIT_NOTHING


def cmd_quotes(a: argparse.Namespace) -> int:
    stats = Stats()
    arts = [r for r in records(a.paths, a.quiet, stats) if isinstance(r, Article)]
    if a.json:
        for art in arts:
            for q in art.quotes:
                d = q.to_dict()
                d["article"] = {"id": art.id, "title": art.title, "outlet": art.outlet, "published": art.published}
                print(dumps(d))
    else:
        from malmoi.engine.table import quotes_table

        print(quotes_table(arts))
    say(stats.summary())
    return EXIT_OK if arts else EXIT_NOTHING


def cmd_eval(a: argparse.Namespace) -> int:
    from malmoi.evaluate import evaluate, format_report

    gold = Path(a.gold_dir)
    if not gold.is_dir():
        raise MalmoiError(f"{a.gold_dir} is not a folder: give the folder of NAME.txt + NAME.expected.json pages")
    report = evaluate(gold)
    if not report.scores.get("pages"):
        say(f"no annotated page in {a.gold_dir}: a page is NAME.txt or NAME.html beside NAME.expected.json")
        return EXIT_NOTHING
    if a.json:
        print(json.dumps(report.scores, ensure_ascii=False, indent=1))
    else:
        print(format_report(report, verbose=a.verbose))
    return EXIT_OK


def cmd_load(a: argparse.Namespace) -> int:
    from malmoi.engine.sinks import describe_upsert
    from malmoi.store import load_jsonl

    for p in a.records:
        if not Path(p).is_file():
            raise MalmoiError(f"no records file at {p}: make one with 'malmoi extract PAGES -o {p}'")
    res = load_jsonl(a.db, a.records)
    say(f"store {a.db}: {describe_upsert(res)}")
    if not (res.inserted or res.updated or res.unchanged):
        say(f"no valid record in {', '.join(a.records)}")
        return EXIT_NOTHING
    return EXIT_OK


def cmd_serve(a: argparse.Namespace) -> int:
    from malmoi.web import serve

    if not Path(a.db).is_file():
        raise MalmoiError(f"no store at {a.db}: make one with 'malmoi extract PAGES --db {a.db}'")
    serve(a.db, host=a.host, port=a.port, open_browser=a.open)
    return EXIT_OK


def cmd_migrate(a: argparse.Namespace) -> int:
    from malmoi.store import migrate_file

    before, after = migrate_file(a.db)
    say(f"store {a.db}: schema version {before} -> {after}" if before != after else f"store {a.db}: schema version {after}, current")
    return EXIT_OK


def cmd_fold(a: argparse.Namespace) -> int:
    from malmoi.dedup import fold_store

    report = fold_store(a.db, backend=a.backend)
    say(f"fold {a.db}: {report.summary()}")
    return EXIT_OK


def cmd_export(a: argparse.Namespace) -> int:
    from malmoi.engine.export import export, format_of

    fmt = format_of(a.output, a.format)
    n = export(a.db, a.output, fmt, a.what)
    say(f"export {a.db}: {n} {a.what} rows to {a.output} ({fmt})")
    return EXIT_OK if n else EXIT_NOTHING


def cmd_ray(a: argparse.Namespace) -> int:
    from malmoi.engine.ray import run_ray

    stats = run_ray(a.paths, a.out, jsonl=a.jsonl, address=a.address, fold=a.fold)
    say(f"ray: wrote {a.out}/")
    say(stats.summary())
    return EXIT_OK if stats.articles else EXIT_NOTHING


def _sub(sub: Any, name: str, help: str, description: str, example: str) -> argparse.ArgumentParser:
    return sub.add_parser(
        name, help=help, description=description, epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _extract_parser(sub: Any) -> None:
    from malmoi import settings

    e = _sub(sub, "extract", "pages (text, HTML, WARC, JSONL) to records as JSON lines",
             "Read pages -- files, folders (recursively) or - for standard input; text, HTML, WARC,\n"
             "JSONL or JSON, gzipped or not -- and write one record per article. A page that gives no\n"
             "article is a counted rejection with its reason; one bad page never stops a batch.\n\n"
             "settings (environment):\n" + settings.describe(),
             "malmoi extract examples/pages -o out/records.jsonl --db out/malmoi.db --rejections out/rej.jsonl")
    e.add_argument("paths", nargs="+", help="files, folders (read recursively) or - for standard input")
    e.add_argument("-o", "--output", help="write JSON lines here (default: standard output); "
                   "a name ending in .parquet writes a folder of articles/quotes/people Parquet tables")
    e.add_argument("--db", help="also upsert the records into this SQLite store")
    e.add_argument("--fold", action="store_true",
                   help="with --db: then fold the store's copies, quote variants and speakers "
                        "(as 'malmoi fold'; incremental: only the new articles are added)")
    e.add_argument("--rejections", help="write one JSON line per rejected document here (rewritten each run)")
    e.add_argument("-j", "--jobs", type=int, default=0,
                   help="worker processes (default: the number of cores); output is the same for any number")
    e.add_argument("--time-budget", type=float, metavar="SECONDS",
                   help="seconds one document may take before it becomes a too_slow rejection "
                        "(default: MALMOI_DOC_SECONDS or 30; 0: no limit)")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no per-document messages")
    e.set_defaults(func=cmd_extract)


def _other_parsers(sub: Any) -> None:
    s = _sub(sub, "show", "one page's record, for a person to read",
             "Print the record of each article in PATH (a file or a folder) as text, and say which file\n"
             "each rejected document came from and why.", "malmoi show examples/pages/a01_yonhap_chips.txt")
    s.add_argument("path", help="a page file or a folder of pages")
    s.set_defaults(func=cmd_show)

    q = _sub(sub, "quotes", "who said what, as a table (or --json)",
             "Find the quotes in the pages and print speaker, role (title and organisation), quote and\n"
             "article; long cells are cut with …", "malmoi quotes examples/pages/b03_mbn_jeonse.txt")
    q.add_argument("paths", nargs="+", help="files or folders of pages")
    q.add_argument("--json", action="store_true", help="one JSON line per quote, with its article")
    q.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    q.set_defaults(func=cmd_quotes)

    v = _sub(sub, "eval", "score malmoi against annotated pages (NAME.txt beside NAME.expected.json)",
             "Score quote detection, speakers and article fields against annotated pages. Exits 1 when\n"
             "the folder holds no annotated page.", "malmoi eval examples/pages --verbose")
    v.add_argument("gold_dir", help="a folder of NAME.txt or NAME.html pages beside NAME.expected.json")
    v.add_argument("--verbose", action="store_true", help="list each page's misses")
    v.add_argument("--json", action="store_true", help="the scores as JSON")
    v.set_defaults(func=cmd_eval)

    ld = _sub(sub, "load", "load records (JSON lines) into the store",
              "Upsert records written by 'malmoi extract' into a store; records already there and\n"
              "unchanged are left alone, bad ones are counted. Exits 1 when no record was valid.",
              "malmoi load out/records.jsonl --db out/malmoi.db")
    ld.add_argument("records", nargs="+", help="JSONL files of records")
    ld.add_argument("--db", required=True, help="the SQLite store (made if missing)")
    ld.set_defaults(func=cmd_load)

    sv = _sub(sub, "serve", "the web UI and JSON API over a store",
              "Serve the web UI and its JSON API over a store made by 'extract --db' or 'load'.",
              "malmoi serve out/malmoi.db --port 8000 --open")
    sv.add_argument("db", help="the SQLite store")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sv.add_argument("--open", action="store_true", help="open the start page in a browser")
    sv.set_defaults(func=cmd_serve)

    m = _sub(sub, "migrate", "bring a store to this malmoi's schema",
             "Apply the schema migrations a store made by an older malmoi needs (serve only reads, and\n"
             "refuses an old store with a message naming this command).", "malmoi migrate out/malmoi.db")
    m.add_argument("db", help="the SQLite store")
    m.set_defaults(func=cmd_migrate)

    f = _sub(sub, "fold", "fold copies, quote variants and speakers across a store's articles",
             "Find the copies of one article (portal, board and wire copies), follow each quote from\n"
             "article to article with its variants, and make one entity per real speaker across the\n"
             "store, into the store's own dedup_* tables (docs/dedup.md). Incremental: a second fold\n"
             "adds only the new articles.", "malmoi fold out/malmoi.db")
    f.add_argument("db", help="the SQLite store")
    f.add_argument("--backend", choices=["datasketch", "rensa", "auto"], default="datasketch",
                   help="MinHash backend (default datasketch; rensa needs pip install 'malmoi[rensa]')")
    f.set_defaults(func=cmd_fold)

    x = _sub(sub, "export", "a store's quotes, articles or people as CSV, Parquet or JSON lines",
             "Write one table of a store -- quotes (default), articles or people, with the columns of\n"
             "docs/parquet.md -- for spreadsheets and notebooks. Lists are JSON text in CSV cells; JSON\n"
             "lines of articles are the records themselves. Exits 1 when there is nothing to write.",
             "malmoi export out/malmoi.db --format csv --what quotes -o quotes.csv")
    x.add_argument("db", help="the SQLite store")
    x.add_argument("-o", "--output", required=True, help="the file to write (- for standard output)")
    x.add_argument("--format", choices=["jsonl", "csv", "parquet"], help="default: from the output's name")
    x.add_argument("--what", choices=["quotes", "articles", "people"], default="quotes", help="default: quotes")
    x.set_defaults(func=cmd_export)

    r = _sub(sub, "ray", "the same extraction on a Ray cluster, to Parquet (needs malmoi[ray])",
             "Run extract on Ray Data: read PATHS (local paths or any pyarrow filesystem URI),\n"
             "build every article in actors that load the model once, and write Parquet tables\n"
             "(articles, quotes, people, rejections) to DIR. Needs: pip install 'malmoi[ray]'.",
             "malmoi ray crawl/ --out out/ray --address auto")
    r.add_argument("paths", nargs="+", help="files or folders of pages (local or URIs)")
    r.add_argument("--out", required=True, help="output folder")
    r.add_argument("--jsonl", action="store_true", help="also write records.jsonl")
    r.add_argument("--address", default=None, help="Ray cluster address (default: start a local one)")
    r.add_argument("--fold", action="store_true",
                   help="also fold the corpus (copy clusters, wire families, quote groups) into fold_articles/ "
                        "and fold_quotes/: sketches in the actors, the fold in the driver")
    r.set_defaults(func=cmd_ray)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="malmoi", description="Structured articles and who said what, from Korean news pages.",
        epilog="exit status: 0 done, 1 nothing read or loaded, 2 usage or input error, 70 a bug in malmoi\n"
               "example:\n  malmoi extract examples/pages -o out/records.jsonl && malmoi quotes examples/pages",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"malmoi {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _extract_parser(sub)
    _other_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except MalmoiError as e:
        say(str(e))
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except Exception:  # noqa: BLE001 - a bug: say so, with its own status
        traceback.print_exc()
        say(f"internal error (a bug in malmoi {__version__}; please report it with the traceback above)")
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
