"""Benchmark of the fold: MinHash signatures, LSH insert and query, and the whole fold.

    .venv/bin/python bench/bench_dedup.py                 # 10,000 and 100,000 articles
    .venv/bin/python bench/bench_dedup.py --sizes 10000   # quicker

On the same generated articles (tests/dedup/corpus_gen.py), in one run:
- plain datasketch (MinHash.update_batch over UTF-8 shingles, MinHashLSH) — the baseline;
- malmoi's datasketch backend (shingles hashed in numpy, datasketch's permutations and LSH);
- rensa (RMinHash, RMinHashLSH), when installed (``pip install rensa``), else skipped with a message.
Recall: the share of true copy pairs among the LSH candidates. Then the whole fold
(clusters, quotes, speakers) per backend, and the peak memory of folding the largest
size in a fresh process (records streamed, not held).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "dedup"))

import corpus_gen  # noqa: E402

from malmoi.dedup import Corpus, FoldSettings  # noqa: E402
from malmoi.dedup.sketch import DatasketchBackend  # noqa: E402
from malmoi.dedup.text import body_text, shingle_hashes, shingles  # noqa: E402

S = FoldSettings()


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def true_pairs(truth: corpus_gen.Truth, ids: list[str]) -> set[tuple[int, int]]:
    index = {rid: i for i, rid in enumerate(ids)}
    groups: dict[str, list[int]] = defaultdict(list)
    for rid, cl in truth.cluster.items():
        groups[cl].append(index[rid])
    return {(a, b) for g in groups.values() for a in g for b in g if a < b}


def recall(cands: list[list[int]], truth: set[tuple[int, int]]) -> float:
    found = {(min(i, j), max(i, j)) for i, c in enumerate(cands) for j in c if i != j}
    return len(found & truth) / len(truth) if truth else 1.0


def bench_plain(texts: list[str]) -> dict[str, Any]:
    from datasketch import MinHash, MinHashLSH

    def sign() -> list[Any]:
        out = []
        for t in texts:
            m = MinHash(num_perm=S.num_perm, seed=S.seed)
            m.update_batch([s.encode("utf-8") for s in shingles(t, S.shingle)])
            out.append(m)
        return out

    return _lsh_phase("plain datasketch", sign, lambda: MinHashLSH(threshold=S.body_threshold, num_perm=S.num_perm))


def bench_ours(texts: list[str]) -> dict[str, Any]:
    be = DatasketchBackend(S)
    sign = lambda: [be.signature(t, shingle_hashes(t, S.shingle)) for t in texts]  # noqa: E731
    return _lsh_phase("malmoi datasketch", sign, lambda: be.new_lsh(S.body_threshold))


def bench_rensa(texts: list[str]) -> dict[str, Any] | None:
    try:
        from malmoi.dedup.sketch import RensaBackend

        be = RensaBackend(S)
    except Exception as e:  # noqa: BLE001 - rensa is optional
        print(f"  rensa: skipped ({e})")
        return None
    sign = lambda: [be.signature(t, shingle_hashes(t, S.shingle)) for t in texts]  # noqa: E731
    return _lsh_phase("rensa", sign, lambda: be.new_lsh(S.body_threshold))


def _lsh_phase(name: str, sign: Callable[[], list[Any]], new_lsh: Callable[[], Any]) -> dict[str, Any]:
    sigs, t_sign = timed(sign)
    lsh = new_lsh()

    def insert() -> None:
        for i, m in enumerate(sigs):
            lsh.insert(i, m)

    _, t_insert = timed(insert)
    cands, t_query = timed(lambda: [[int(k) for k in lsh.query(m)] for m in sigs])
    n = len(sigs)
    return {"name": name, "sign": n / t_sign, "insert": n / t_insert, "query": n / t_query, "cands": cands}


def bench_fold(records: list[dict[str, Any]], truth: corpus_gen.Truth, backend: str) -> dict[str, Any] | None:
    try:
        corpus = Corpus(backend_name=backend)
    except Exception as e:  # noqa: BLE001
        print(f"  fold with {backend}: skipped ({e})")
        return None
    results, t = timed(lambda: corpus.add_all(records))
    ids = [f.placement.id for f in results]
    pred = {i: corpus.copies.cluster_of(i) for i in ids}  # as the fold ends, not as each came
    sys.path.insert(0, str(REPO / "tests" / "dedup"))
    from scoring import precision_recall

    p, r = precision_recall(pred, truth.cluster)
    fp, fr = precision_recall({i: corpus.copies.family_of(i) for i in ids}, truth.family)
    qpred = {(q.article, q.idx): q.group for f in results for q in f.quotes if (q.article, q.idx) in truth.quote}
    qp, qr = precision_recall(qpred, truth.quote)
    return {"backend": corpus.backend_name, "rate": len(records) / t, "seconds": t, "clusters": (p, r),
            "families": (fp, fr), "quotes": (qp, qr)}


def peak_memory(n: int, backend: str, seeds: list[dict[str, Any]]) -> dict[str, Any]:
    """Peak RSS (MB) of a fresh process that folds ``n`` streamed articles (and its baseline)."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(seeds, f, ensure_ascii=False)
    code = f"""
import sys, json

def hwm():  # peak RSS of this process in MB (VmHWM: unlike ru_maxrss, not inherited over exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")

sys.path.insert(0, {str(REPO / "tests" / "dedup")!r})
import corpus_gen
from malmoi.dedup import Corpus
seeds = json.load(open({f.name!r}, encoding="utf-8"))
base = hwm()
c = Corpus(backend_name={backend!r}, keep_links=False)  # as fold_store folds
for r in corpus_gen.stream({n}, seeds=seeds):
    c.add(r)
print(json.dumps({{"base": base, "peak": hwm(), "articles": len(c.copies)}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(n: int, seeds: list[dict[str, Any]]) -> None:
    records, truth = corpus_gen.generate(n, seeds=seeds)
    texts = [body_text(r) for r in records]
    ids = [r["id"] for r in records]
    pairs = true_pairs(truth, ids)
    print(f"\n{len(records)} articles, {len(pairs)} true copy pairs")
    rows = [x for x in (bench_plain(texts), bench_ours(texts), bench_rensa(texts)) if x]
    base = rows[0]
    print(f"  {'':18} {'sign/s':>9} {'insert/s':>9} {'query/s':>9}  {'recall':>6}  (× plain datasketch)")
    for row in rows:
        ratio = "  ".join(f"{row[k] / base[k]:.2f}" for k in ("sign", "insert", "query"))
        print(f"  {row['name']:18} {row['sign']:9.0f} {row['insert']:9.0f} {row['query']:9.0f}  "
              f"{recall(row['cands'], pairs):6.4f}  ({ratio})")
    for backend in ("datasketch", "rensa"):
        fold = bench_fold(records, truth, backend)
        if fold:
            print(f"  fold ({fold['backend']}): {fold['rate']:.0f} articles/s ({fold['seconds']:.1f} s); "
                  "clusters P/R {:.4f}/{:.4f}, families {:.4f}/{:.4f}, quotes {:.4f}/{:.4f}".format(
                      *fold["clusters"], *fold["families"], *fold["quotes"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--memory", type=int, default=None, help="articles folded for peak memory (default: the largest size)")
    args = ap.parse_args()
    seeds = corpus_gen.seed_records()
    for n in args.sizes:
        run(n, seeds)
    n = args.memory or max(args.sizes, default=10_000)
    for backend in ("datasketch", "rensa"):
        try:
            m = peak_memory(n, backend, seeds)
        except subprocess.CalledProcessError as e:
            print(f"peak memory with {backend}: skipped ({e.stderr.strip().splitlines()[-1]})")
            continue
        print(f"peak memory folding {m['articles']} articles ({backend}): {m['peak']:.0f} MB "
              f"(process before the fold {m['base']:.0f} MB; target < 2048 MB)")
    print(f"(self: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB peak)")


if __name__ == "__main__":
    main()
