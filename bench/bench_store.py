"""Benchmark of the store: loading speed, search latency, and trigram vs morpheme FTS.

    .venv/bin/python bench/bench_store.py                 # 10,000 articles, 1,000 queries
    .venv/bin/python bench/bench_store.py --n 2000 --tokenizers 2000

Every figure comes with a baseline measured in the same run, as a ratio:
loading against a plain ``executemany`` insert without FTS, search against a
``LIKE '%term%'`` scan. The data are invented (malmoi.store.synth).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from malmoi.store import Store
from malmoi.store.query import parse_terms, text_condition
from malmoi.store.synth import PEOPLE, TOPICS, articles

WORDS3 = ("반도체", "인공지능", "전기차", "배터리", "경쟁력", "위원장")
WORDS2 = tuple(t for t in TOPICS if len(t) == 2)
PARTS = ("반도", "도체", "지능", "경쟁")  # pieces of longer words
NAMES2 = ("이영", "김철")


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
    rows = [(r["id"], json.dumps(r, ensure_ascii=False)) for r in records]

    def run() -> None:
        with conn:
            conn.executemany("INSERT INTO articles VALUES (?, ?)", rows)

    seconds = timed(run)
    conn.close()
    return len(records) / seconds


def load_store(path: Path, records: list[dict[str, Any]]) -> tuple[float, float]:
    with Store(path) as store:
        first = timed(lambda: store.upsert(records))
        again = timed(lambda: store.upsert(records))
    return len(records) / first, len(records) / again


# search


def queries(n: int, seed: int = 7) -> list[tuple[str, dict[str, Any]]]:
    """(category, search_quotes arguments), mixing words, 2-char terms, speakers, two terms."""
    rng = random.Random(seed)
    kinds: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("word (3+ chars)", lambda: {"q": rng.choice(WORDS3)}),
        ("2-char term", lambda: {"q": rng.choice(WORDS2 + NAMES2)}),
        ("speaker", lambda: {"speaker": rng.choice(PEOPLE).name}),
        ("two terms", lambda: {"q": f"{rng.choice(WORDS3)} {rng.choice(WORDS2)}"}),
    ]
    out = []
    for i in range(n):
        name, make = kinds[i % len(kinds)]
        out.append((name, make()))
    return out


def like_scan(conn: sqlite3.Connection, args: dict[str, Any]) -> list[Any]:
    """The baseline: the same matching rows found with LIKE, no index."""
    terms = parse_terms(args.get("q")).all
    parts = ["(q.text LIKE ? OR q.speaker_name LIKE ? OR q.mention LIKE ?)" for _ in terms]
    params: list[Any] = [f"%{t}%" for t in terms for _ in range(3)]
    if args.get("speaker"):
        parts.append("q.speaker_name = ?")
        params.append(args["speaker"])
    return conn.execute(
        "SELECT count(*) FROM quotes q WHERE " + " AND ".join(parts), params
    ).fetchall()


def index_scan(conn: sqlite3.Connection, args: dict[str, Any]) -> list[Any]:
    """The store's matching (trigram FTS + instr for short terms), same shape as the baseline."""
    cond, params = text_condition(
        parse_terms(args.get("q")),
        "q.id",
        "quotes_fts",
        ("q.text", "coalesce(q.speaker_name, '')", "coalesce(q.mention, '')"),
    )
    parts = [cond] if cond else []
    if args.get("speaker"):
        parts.append("q.speaker = (SELECT id FROM people WHERE name = ?)")
        params.append(args["speaker"])
    return conn.execute(
        "SELECT count(*) FROM quotes q WHERE " + " AND ".join(parts), params
    ).fetchall()


def bench_search(path: Path, n: int) -> list[dict[str, Any]]:
    qs = queries(n)
    rows: list[dict[str, Any]] = []
    with Store(path) as store:
        fns: dict[str, Callable[[dict[str, Any]], Any]] = {
            "search page (count, facets, 20 rows)": lambda a: store.search_quotes(**a),
            "count matches: FTS + instr": lambda a: index_scan(store.conn, a),
            "baseline: count matches with LIKE": lambda a: like_scan(store.conn, a),
        }
        for label, fn in fns.items():
            by_kind: dict[str, list[float]] = {}
            for kind, args in qs:
                t = time.perf_counter()
                fn(args)
                by_kind.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
            everything = [t for ts in by_kind.values() for t in ts]
            rows.append({"what": label, "all": everything} | by_kind)
    return rows


# tokenizers


def bigrams(text: str) -> str:
    """Each word as its overlapping two-character pieces (one-character words kept)."""
    out: list[str] = []
    for word in text.split():
        out += [word] if len(word) < 2 else [word[i : i + 2] for i in range(len(word) - 1)]
    return " ".join(out)


def bigram_query(term: str) -> str:
    return '"' + bigrams(term).replace('"', '""') + '"'


def compare_tokenizers(n: int) -> list[dict[str, Any]]:
    from kiwipiepy import Kiwi

    docs = [(r["title"] + "\n" + "\n".join(r["body"])) for r in articles(n, seed=11)]
    conn = sqlite3.connect(":memory:")
    kiwi = Kiwi()

    def morphemes(texts: list[str]) -> list[str]:
        return [" ".join(t.form for t in toks) for toks in kiwi.tokenize(texts)]

    builds: dict[str, float] = {}
    conn.execute("CREATE VIRTUAL TABLE tri USING fts5(t, tokenize='trigram')")
    builds["trigram + instr"] = timed(
        lambda: conn.executemany("INSERT INTO tri(rowid, t) VALUES (?, ?)", enumerate(docs))
    )
    conn.execute("CREATE VIRTUAL TABLE big USING fts5(t, tokenize='unicode61')")
    builds["bigram column"] = timed(
        lambda: conn.executemany(
            "INSERT INTO big(rowid, t) VALUES (?, ?)", ((i, bigrams(d)) for i, d in enumerate(docs))
        )
    )
    conn.execute("CREATE VIRTUAL TABLE kiw USING fts5(t, tokenize='unicode61')")
    builds["kiwi morphemes"] = timed(
        lambda: conn.executemany(
            "INSERT INTO kiw(rowid, t) VALUES (?, ?)", enumerate(morphemes(docs))
        )
    )

    def tri(term: str) -> set[int]:
        if len(term) >= 3:
            sql, p = "SELECT rowid FROM tri WHERE tri MATCH ?", ['"' + term + '"']
        else:
            sql, p = "SELECT rowid FROM tri WHERE instr(t, ?) > 0", [term]
        return {r[0] for r in conn.execute(sql, p)}

    def big(term: str) -> set[int]:
        return {
            r[0]
            for r in conn.execute("SELECT rowid FROM big WHERE big MATCH ?", [bigram_query(term)])
        }

    def kiw(term: str) -> set[int]:
        forms = morphemes([term])[0]
        return {
            r[0]
            for r in conn.execute("SELECT rowid FROM kiw WHERE kiw MATCH ?", ['"' + forms + '"'])
        }

    groups = {
        "3+ char words": WORDS3,
        "2-char words": WORDS2,
        "2-char names": NAMES2,
        "parts of words": PARTS,
    }
    out = []
    for label, fn in (("trigram + instr", tri), ("bigram column", big), ("kiwi morphemes", kiw)):
        row: dict[str, Any] = {"index": label, "build s": builds[label]}
        times: list[float] = []
        for group, terms in groups.items():
            found = truth = 0
            for term in terms:
                expected = {i for i, d in enumerate(docs) if term in d}
                t = time.perf_counter()
                got = fn(term)
                times.append((time.perf_counter() - t) * 1000)
                found += len(got & expected)
                truth += len(expected)
            row[group] = found / truth if truth else 1.0
        row["median ms"] = statistics.median(times)
        out.append(row)
    return out


# report


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--n", type=int, default=10_000, help="synthetic articles to load")
    ap.add_argument("--queries", type=int, default=1_000, help="search queries to time")
    ap.add_argument(
        "--tokenizers",
        type=int,
        default=2_000,
        help="articles for the tokenizer comparison (0: skip)",
    )
    args = ap.parse_args()

    records = articles(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        base = load_baseline(Path(tmp, "base.db"), records)
        first, again = load_store(Path(tmp, "store.db"), records)
        print(
            f"## Loading {args.n:,} articles ({sum(len(r['quotes']) for r in records):,} quotes)\n"
        )
        print(
            table(
                ["what", "records/s", "ratio to baseline"],
                [
                    ["baseline: executemany, no FTS", f"{base:,.0f}", "1.00"],
                    ["Store.upsert, new file", f"{first:,.0f}", f"{first / base:.2f}"],
                    ["Store.upsert again (unchanged)", f"{again:,.0f}", f"{again / base:.2f}"],
                ],
            )
        )
        results = bench_search(Path(tmp, "store.db"), args.queries)
    like = results[-1]
    kinds = [k for k in results[0] if k != "what"]
    print(
        f"\n## Search latency over {args.queries:,} queries, ms (median / p99; ratio of medians to LIKE)\n"
    )
    rows = []
    for r in results:
        rows.append(
            [r["what"]]
            + [
                f"{statistics.median(r[k]):.2f} / {percentile(r[k], 0.99):.2f} ({statistics.median(r[k]) / statistics.median(like[k]):.2f})"
                for k in kinds
            ]
        )
    print(table(["what", *kinds], rows))
    if args.tokenizers:
        rows = [
            [r["index"], f"{r['build s']:.2f}"]
            + [
                f"{r[g]:.2f}"
                for g in ("3+ char words", "2-char words", "2-char names", "parts of words")
            ]
            + [f"{r['median ms']:.2f}"]
            for r in compare_tokenizers(args.tokenizers)
        ]
        print(
            f"\n## Korean full-text search over {args.tokenizers:,} articles: recall against substring truth\n"
        )
        print(
            table(
                [
                    "index",
                    "build s",
                    "3+ char words",
                    "2-char words",
                    "2-char names",
                    "parts of words",
                    "median ms",
                ],
                rows,
            )
        )


if __name__ == "__main__":
    main()
