"""Body extraction on real Korean pages and the outlet-template fixtures:
malmoi (article structure, quotes off) against trafilatura's ``extract``.

Body F1 is scored as the ScrapingHub article-extraction benchmark does: precision
and recall over the bags of 4-token shingles (tokens split at white space) of the
extracted body against the gold body. Milliseconds per page are the median of
several runs on the decoded page (reading and decoding excluded for both).

    .venv/bin/python bench/bench_html.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from malmoi.model import Page, Rejection, Source
from malmoi.pipeline import build_article
from malmoi.read import documents_from_bytes

ROOT = Path(__file__).resolve().parents[1]
FUNDUS = ROOT / ".." / "shared" / "data" / "html-fundus"
FIXTURES = ROOT / "examples" / "html"


@dataclass(slots=True)
class Case:
    name: str
    page: Page
    gold: str


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = unicodedata.normalize("NFKC", text).split()
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def f1(predicted: str, gold: str) -> float:
    p, g = shingles(predicted), shingles(gold)
    if not p or not g:
        return 1.0 if not p and not g else 0.0
    hit = sum((p & g).values())
    precision, recall = hit / sum(p.values()), hit / sum(g.values())
    return 0.0 if hit == 0 else 2 * precision * recall / (precision + recall)


def cases() -> list[Case]:
    out: list[Case] = []
    if FUNDUS.is_dir():
        meta = json.loads((FUNDUS / "meta.info").read_text(encoding="utf-8"))
        for outlet in ("HankookIlbo", "MBN"):
            expected = json.loads((FUNDUS / f"{outlet}.json").read_text(encoding="utf-8"))
            for i, path in enumerate(sorted(FUNDUS.glob(f"{outlet}_*.html.gz")), start=1):
                sections = expected[f"V{i}"]["body"]["sections"]
                gold = "\n".join(x for s in sections for x in (*s["headline"], *s["paragraphs"]))
                out.append(Case(path.name, _page(path, meta[path.name]["url"]), gold))
    for path in sorted(FIXTURES.glob("*.html")):
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
        out.append(Case(path.name, _page(path, None), "\n".join(expected["body"])))
    return out


def _page(path: Path, url: str | None) -> Page:
    doc = next(documents_from_bytes(path.read_bytes(), Source(path=str(path), url=url)))
    assert isinstance(doc, Page) and doc.html is not None
    return doc


def malmoi_body(page: Page) -> str:
    art = build_article(page, with_quotes=False)
    return "" if isinstance(art, Rejection) else "\n".join(art.body)


def trafilatura_body(page: Page) -> str:
    return trafilatura.extract(page.html or "", url=page.source.url) or ""


def timed(fn: Callable[[Page], str], page: Page, runs: int) -> tuple[str, float]:
    out = fn(page)  # warm-up (imports, data files)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        out = fn(page)
        times.append((time.perf_counter() - t) * 1000)
    return out, statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    rows = []
    for c in cases():
        m_text, m_ms = timed(malmoi_body, c.page, args.runs)
        t_text, t_ms = timed(trafilatura_body, c.page, args.runs)
        rows.append((c.name, f1(m_text, c.gold), f1(t_text, c.gold), m_ms, t_ms))
    print("| page | malmoi F1 | trafilatura F1 | malmoi ms/page | trafilatura ms/page |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, mf, tf, mm, tm in rows:
        print(f"| {name} | {mf:.3f} | {tf:.3f} | {mm:.1f} | {tm:.1f} |")
    if rows:
        mean = [statistics.fmean(r[i] for r in rows) for i in range(1, 5)]
        print(f"| **mean of {len(rows)}** | **{mean[0]:.3f}** | **{mean[1]:.3f}** | **{mean[2]:.1f}** | **{mean[3]:.1f}** |")


if __name__ == "__main__":
    main()
