"""The cost of one paragraph against its number of quotes, up to 10,000: it must grow linearly.

    .venv/bin/python bench/bench_quote_scaling.py            # 100 … 10,000 quotes in one paragraph
    .venv/bin/python bench/bench_quote_scaling.py --max 4000

Each row builds one article whose body is a single paragraph of N sentences of one kind: a
direct quote with its speaker, a term in marks (no quote), or a reported clause. Every
sentence differs (a number in it), so the morphology caches do not hide the work. The figure
is CPU milliseconds per sentence; linear growth keeps it flat, and the last column is its ratio
to the smallest size's figure in the same run (quadratic growth would double it at each row).
"""

from __future__ import annotations

import argparse
import time

from malmoi.model import Article, Page, Source
from malmoi.pipeline import build_article
from malmoi.quotes import morph

KINDS = {
    "direct": lambda i: f'윤가람 장관은 "예산을 {i}억 늘리겠다"고 말했다. ',
    "terms": lambda i: f"시는 '한빛 {i}호 사업'을 시작했다. ",
    "indirect": lambda i: f"윤가람 장관은 예산을 {i}억 늘리겠다고 밝혔다. ",
}


def one(kind: str, n: int) -> tuple[float, int]:
    text = "예산 발표\n\n입력 2025-01-02 10:00\n\n" + "".join(KINDS[kind](i) for i in range(n))
    start = time.process_time()
    art = build_article(Page(Source(path=f"{kind}-{n}.txt"), text=text))
    seconds = time.process_time() - start
    return seconds, len(art.quotes) if isinstance(art, Article) else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max", type=int, default=10000, help="the largest number of sentences (default 10,000)")
    a = ap.parse_args()
    morph.kiwi()
    one("direct", 20)  # warm: imports, data files, regexes
    sizes = [n for n in (100, 300, 1000, 3000, 10000) if n <= a.max]
    print("| kind | sentences | quotes found | CPU s | ms per sentence | ÷ smallest |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in KINDS:
        base = None
        for n in sizes:
            seconds, quotes = one(kind, n)
            per = seconds / n * 1000
            base = base or per
            print(f"| {kind} | {n:,} | {quotes:,} | {seconds:.2f} | {per:.3f} | {per / base:.2f} |", flush=True)


if __name__ == "__main__":
    main()
