"""Benchmark of the store: loading speed, and search latency under concurrent clients.

    .venv/bin/python bench/bench_store.py                      # 10,000 articles to load, 100,000 to search
    .venv/bin/python bench/bench_store.py --load 2000 --search 20000 --queries 400
    .venv/bin/python bench/bench_store.py --load 0 --store /tmp/s100k.db --clients 4 --search-rounds 5
    .venv/bin/python bench/bench_store.py --load 0 --store /tmp/s100k.db \
        --search-before a9d3245 --store-before /tmp/s100k-a9d3245.db    # before and now, in turn

Every figure comes with a baseline measured in the same run:

- loading: a plain ``executemany`` insert of the same records (no FTS, no children), the
  store as it was before the bulk load (``--before``, a git revision: its store package is
  taken from git and run on the same records), and the store now, bulk (a new file) and
  incremental (triggers kept);
- search: ``/api/search`` of ``malmoi serve`` (a separate process) under ``--clients``
  concurrent clients over HTTP, by kind of query, median and p99, each run
  ``--search-rounds`` times (the medians over the runs, the load average of each).

The data are invented (``malmoi.store.synth.realistic``): hundreds of speakers and outlets,
a vocabulary with a long tail, two years of dates.
"""

from __future__ import annotations

import argparse
import http.client
import importlib
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from malmoi.store import Store
from malmoi.store.synth import CLAIMS, ORG_CLAIM, TOPICS, realistic

REPO = Path(__file__).resolve().parents[1]
# the store package's modules, each after those it imports (missing ones are skipped)
OLD_FILES = (
    "__init__.py", "validate.py", "schema.py", "records.py", "fold.py", "query.py", "load.py",
    "db.py",
)  # fmt: skip


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def timed(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


# loading


def load_baseline(path: Path, records: list[dict[str, Any]]) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, record TEXT)")

    def run() -> None:
        rows = [(r["id"], json.dumps(r, ensure_ascii=False)) for r in records]
        with conn:
            conn.executemany("INSERT INTO articles VALUES (?, ?)", rows)

    seconds = timed(run)
    conn.close()
    return len(records) / seconds


def old_store(rev: str) -> Any:
    """The ``Store`` class of malmoi's store package at git revision ``rev``."""
    name = "malmoi_store_" + rev.replace("-", "_")
    package = types.ModuleType(name)
    package.__path__ = []
    sys.modules[name] = package
    for file in OLD_FILES:
        try:
            source = subprocess.run(
                ["git", "-C", str(REPO), "show", f"{rev}:src/malmoi/store/{file}"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        except subprocess.CalledProcessError:
            continue
        module = file.removesuffix(".py")
        full = name if module == "__init__" else f"{name}.{module}"
        mod = sys.modules.get(full) or types.ModuleType(full)
        sys.modules[full] = mod
        mod.__dict__["__source__"] = source.replace("malmoi.store", name)
    for file in OLD_FILES[1:]:
        full = f"{name}.{file.removesuffix('.py')}"
        if full in sys.modules:
            mod = sys.modules[full]
            exec(compile(mod.__source__, f"{rev}:{file}", "exec"), mod.__dict__)
            setattr(package, file.removesuffix(".py"), mod)
    return importlib.import_module(f"{name}.db").Store


def load_with(store_class: Any, path: Path, records: list[dict[str, Any]], **kw: Any) -> float:
    with store_class(path) as store:
        return len(records) / timed(lambda: store.upsert(records, **kw))


def bench_load(
    tmp: Path, records: list[dict[str, Any]], before: str, repeat: int
) -> list[list[str]]:
    """Every variant ``repeat`` times, interleaved (a busy machine slows them alike);
    the median rate of each, and the median of the per-round ratios."""
    old_class = old_store(before) if before else None
    variants: list[tuple[str, Callable[[Path], float]]] = [
        (
            "baseline: executemany of the records, no FTS",
            lambda d: load_baseline(d / "base.db", records),
        ),
    ]
    if old_class is not None:
        variants.append(
            (
                f"store before ({before}): upsert into a new file",
                lambda d: load_with(old_class, d / "old.db", records),
            )
        )
    variants += [
        (
            "store now: bulk load into a new file",
            lambda d: load_with(Store, d / "bulk.db", records),
        ),
        (
            "store now: incremental load (triggers kept)",
            lambda d: load_with(Store, d / "inc.db", records, bulk=False),
        ),
        ("store now: the same records again (unchanged)", lambda d: again(d / "bulk.db", records)),
    ]
    rates: dict[str, list[float]] = {name: [] for name, _ in variants}
    for round_ in range(repeat):
        folder = tmp / f"round{round_}"
        folder.mkdir()
        for name, run in variants:
            rates[name].append(run(folder))
    names = [name for name, _ in variants]
    base, old = rates[names[0]], rates[names[1]] if old_class else None
    out = []
    for name in names:
        r = rates[name]
        vs_base = statistics.median(a / b for a, b in zip(r, base, strict=True))
        vs_old = statistics.median(a / b for a, b in zip(r, old, strict=True)) if old else None
        out.append(
            [
                name,
                f"{statistics.median(r):,.0f}",
                f"{vs_base:.3f}",
                f"{vs_old:.2f}" if vs_old else "–",
            ]
        )
    return out


def again(path: Path, records: list[dict[str, Any]]) -> float:
    with Store(path) as store:
        return len(records) / timed(lambda: store.upsert(records))


# search under concurrent clients


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, port: int, source: Path | None = None) -> subprocess.Popen[bytes]:
    """``malmoi serve`` of ``db`` in a process of its own; of the malmoi in ``source`` (a
    ``src`` folder) when given."""
    code = (
        "import sys, uvicorn; from malmoi.web import create_app;"
        f"uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port={port}, log_level='warning')"
    )
    env = dict(os.environ, PYTHONPATH=str(source)) if source else None
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def queries(store: Store, n: int, seed: int = 7) -> list[tuple[str, dict[str, Any]]]:
    """(kind, parameters) drawn from the store's own text.

    Words are drawn as a reader would search: content words of the vocabulary, more
    often the more frequent ones are (drawn from the quotes' words, template words
    aside); the template words of the generator, each in about one quote of six, are a
    kind of their own (the worst case); 2-character terms are pieces of content words.
    """
    rng = random.Random(seed)
    conn = store.conn
    phrases = [c.format(t="") for c in CLAIMS] + [ORG_CLAIM.format(t="")]
    template = {w for c in phrases for w in c.split() if len(w) >= 2}
    texts = [r[0] for r in conn.execute("SELECT text FROM quotes ORDER BY random() LIMIT 3000")]
    tokens = [t for w in texts for t in w.split()]
    content = [t for t in tokens if len(t) >= 3 and t not in template and t not in TOPICS]
    common = sorted(t for t in template if len(t) >= 3)
    shorts = [t[i : i + 2] for t in content for i in range(len(t) - 1)]
    speakers = [r[0] for r in conn.execute("SELECT name FROM people ORDER BY random() LIMIT 500")]
    kinds: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("word (3+ chars)", lambda: {"q": rng.choice(content)}),
        ("2-char term", lambda: {"q": rng.choice(shorts)}),
        ("speaker", lambda: {"speaker": rng.choice(speakers)}),
        ("word and speaker", lambda: {"q": rng.choice(content), "speaker": rng.choice(speakers)}),
        ("template word (1 quote in 6)", lambda: {"q": rng.choice(common)}),
    ]
    return [(kinds[i % len(kinds)][0], kinds[i % len(kinds)][1]()) for i in range(n)]


def client(
    port: int, todo: list[tuple[str, dict[str, Any]]], out: list[tuple[str, float, int]]
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for kind, params in todo:
        t = time.perf_counter()
        conn.request("GET", "/api/search?" + urlencode(params))
        resp = conn.getresponse()
        resp.read()
        out.append((kind, (time.perf_counter() - t) * 1000, resp.status))
    conn.close()


def bench_search(
    db: Path, n: int, clients: int, served: Path | None = None, source: Path | None = None
) -> tuple[dict[str, list[float]], int]:
    """Queries drawn from ``db``, asked of a server of ``served`` (default ``db``: another
    store of the same records, e.g. one the store before wrote) run from ``source``."""
    with Store(db, readonly=True) as store:
        qs = queries(store, n)
    port = free_port()
    proc = serve(served or db, port, source)
    try:
        client(port, qs[: clients * 4], [])  # warm up
        results: list[tuple[str, float, int]] = []
        threads = [
            threading.Thread(target=client, args=(port, qs[i::clients], results))
            for i in range(clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        proc.terminate()
        proc.wait()
    by_kind: dict[str, list[float]] = {}
    for kind, ms, _ in results:
        by_kind.setdefault(kind, []).append(ms)
    by_kind["all"] = [ms for _, ms, _ in results]
    return by_kind, sum(1 for *_, status in results if status != 200)


Server = tuple[str, Path, Path | None]  # label, store, malmoi source folder (None: this one)


def search_rounds(db: Path, servers: list[Server], n: int, clients: int, rounds: int) -> None:
    """``rounds`` runs of ``bench_search`` for each server, interleaved; per kind of query
    the median over the runs of each run's median and p99 (a busy machine slows some
    runs: the load average at the start of each is printed)."""
    medians: dict[str, dict[str, list[float]]] = {label: {} for label, _, _ in servers}
    p99s: dict[str, dict[str, list[float]]] = {label: {} for label, _, _ in servers}
    loads: dict[str, list[float]] = {label: [] for label, _, _ in servers}
    errors = 0
    for _ in range(rounds):
        for label, served, source in servers:
            loads[label].append(os.getloadavg()[0])
            by_kind, failed = bench_search(db, n, clients, served, source)
            errors += failed
            for kind, v in by_kind.items():
                medians[label].setdefault(kind, []).append(statistics.median(v))
                p99s[label].setdefault(kind, []).append(percentile(v, 0.99))
    for label, _, _ in servers:
        print(
            f"{label}: `/api/search` over HTTP, {clients} concurrent client(s), {n:,} requests"
            f" a run, {rounds} runs, {errors} errors in all; load average at the start of each"
            f" run: {', '.join(f'{x:.1f}' for x in loads[label])}; ms, the median over the runs\n"
        )
        rows = [
            [
                k,
                f"{statistics.median(medians[label][k]):.1f}",
                f"{statistics.median(p99s[label][k]):.1f}",
                " / ".join(f"{x:.0f}" for x in p99s[label][k]),
            ]
            for k in medians[label]
        ]
        print(table(["query", "median", "p99", "p99 of each run"], rows) + "\n")


def before_server(rev: str, tmp: Path, store: Path | None, n: int) -> Server:
    """The malmoi of git revision ``rev`` (its ``src``) and a store it wrote of the same
    records as the searched store (``store``, made if missing)."""
    tree = tmp / f"src-{rev}"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "src"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    db = store or tmp / "search-before.db"
    if not db.exists():
        with old_store(rev)(db) as old:
            old.upsert(realistic(n, seed=9))
    return (f"store before ({rev})", db, tree / "src")


# report


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--load", type=int, default=10_000, help="articles to load (0: skip)")
    ap.add_argument(
        "--search", type=int, default=100_000, help="articles in the searched store (0: skip)"
    )
    ap.add_argument("--queries", type=int, default=1_000, help="search requests to time")
    ap.add_argument(
        "--clients",
        type=lambda v: [int(x) for x in v.split(",")],
        default=[1, 4],
        help="concurrent clients, one search run each: 1,4",
    )
    ap.add_argument("--search-rounds", type=int, default=3, help="runs of each search benchmark")
    ap.add_argument(
        "--search-before",
        default="",
        help="git revision whose malmoi (web and store) serves the same records too, in"
        " interleaved runs (e.g. a9d3245)",
    )
    ap.add_argument(
        "--store-before", type=Path, help="the store that revision wrote (reused if it exists)"
    )
    ap.add_argument(
        "--before", default="a11af82", help="git revision of the store to compare ('' to skip)"
    )
    ap.add_argument("--repeat", type=int, default=3, help="rounds of the load benchmark")
    ap.add_argument("--store", type=Path, help="keep the searched store here (reused if it exists)")
    args = ap.parse_args()

    print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.load:
            records = realistic(args.load)
            quotes = sum(len(r["quotes"]) for r in records)
            print(f"## Loading {args.load:,} articles ({quotes:,} quotes), {args.repeat} rounds\n")
            rows = bench_load(tmp, records, args.before, args.repeat)
            print(table(["what", "records/s", "ratio to baseline", "ratio to before"], rows))
        if args.search:
            db = args.store or tmp / "search.db"
            t = 0.0
            if not db.exists():
                with Store(db) as store:
                    t = timed(lambda: store.upsert(realistic(args.search, seed=9)))
            with Store(db, readonly=True) as store:
                counts = store.counts()
            print(
                f"\n## Search: {counts['articles']:,} articles, {counts['quotes']:,} quotes,"
                f" {counts['speakers']:,} speakers, {counts['outlets']:,} outlets"
                + (f" (bulk load {t:.1f} s)\n" if t else "\n")
            )
            servers: list[Server] = [("store now", db, None)]
            if args.search_before:
                made = before_server(args.search_before, tmp, args.store_before, args.search)
                servers.insert(0, made)
            for clients in args.clients:
                search_rounds(db, servers, args.queries, clients, args.search_rounds)
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
