"""Pages per second per core of `malmoi extract`, structure only and with quotes.

    .venv/bin/python bench/bench_extract.py                    # 2,000 generated pages
    .venv/bin/python bench/bench_extract.py --pages 500 --dir /tmp/pages --cli --ray

One process, one thread (kiwipiepy runs with num_workers=0), so the figures are
per core. Each stage runs the loop of `malmoi extract` (malmoi.cli.records: read,
decode, build, then ``to_dict`` and ``json.dumps`` of every record, written to
/dev/null) over the same files, against a baseline measured in the same run:

* baseline: reading and decoding the files only (``list(iter_documents(paths))``)
* structure: ``run(..., with_quotes=False)``
* structure + quotes: ``run(..., with_quotes=True)``; the kiwipiepy model is
  loaded before timing (its load time is printed apart) and the morphology
  caches are cleared, so the figure is the steady state of a long batch.

The files are read once before timing, so every stage finds them in the page
cache. ``--jobs`` (on by default; ``--no-jobs`` to skip) then times the local engine
(``malmoi.engine.extract``, what ``malmoi extract`` runs) with ``--jobs 1`` and ``--jobs 2``
over the same pages, one after the other in this run: pages/s, the ratio (it needs idle
cores: on a loaded machine it shows the load, not the pool), CPU seconds of the process and
its workers, whether the two outputs are byte-identical, and the memory of each run as the
sum of the proportional set sizes (PSS, shared pages divided among the processes sharing
them) of the process and its workers, sampled every 0.5 s (reading smaps costs CPU:
sampled every 50 ms it took 4 s of the pool's 2 cores on 2,000 pages).
``--cli`` adds one row for the real command in a subprocess
(``malmoi extract -q --jobs 1 DIR -o /dev/null``): interpreter start and model load included.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_pages import bench_pages  # noqa: E402

from malmoi.cli import dumps, records  # noqa: E402
from malmoi.model import Rejection  # noqa: E402
from malmoi.pipeline import Stats  # noqa: E402
from malmoi.quotes import morph  # noqa: E402
from malmoi.read import iter_documents  # noqa: E402


def clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def timed_baseline(paths: list[str]) -> dict[str, Any]:
    w, c = clock()
    docs = list(iter_documents(paths))
    w2, c2 = clock()
    return {
        "docs": len(docs),
        "wall": w2 - w,
        "cpu": c2 - c,
        "note": f"{sum(isinstance(d, Rejection) for d in docs)} rejected",
    }


def timed_extract(paths: list[str], with_quotes: bool) -> dict[str, Any]:
    stats = Stats()
    quotes = 0
    with open(os.devnull, "w", encoding="utf-8") as out:
        w, c = clock()
        for rec in records(paths, True, stats, with_quotes=with_quotes):
            if isinstance(rec, Rejection):
                continue
            quotes += len(rec.quotes)
            out.write(dumps(rec.to_dict()) + "\n")
        w2, c2 = clock()
    rej = sum(stats.rejections.values())
    note = f"{stats.articles} articles, {rej} rejected" + (
        f", {quotes / max(stats.articles, 1):.1f} quotes/article" if with_quotes else ""
    )
    return {"docs": stats.read, "wall": w2 - w, "cpu": c2 - c, "note": note}


def timed_cli(directory: str, n: int) -> dict[str, Any]:
    exe = shutil.which("malmoi", path=str(Path(sys.executable).parent)) or "malmoi"
    w = time.perf_counter()
    before = os.times()
    subprocess.run(
        [exe, "extract", "-q", "--jobs", "1", directory, "-o", os.devnull], check=False, stderr=subprocess.DEVNULL
    )
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return {
        "docs": n,
        "wall": time.perf_counter() - w,
        "cpu": cpu,
        "note": "subprocess: start-up and model load included",
    }


def pss_mb() -> float:
    """PSS of this process and its children, in MB (Linux /proc; 0 elsewhere)."""
    pids = [os.getpid()]
    try:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children") as f:
                pids += [int(x) for x in f.read().split()]
    except OSError:
        return 0.0
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except (OSError, StopIteration):
            continue
    return total / 1024


def timed_jobs(paths: list[str], jobs: int, out: Path) -> dict[str, Any]:
    import hashlib
    import threading

    from malmoi.engine import JsonlSink, Options, extract

    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.5):
            peak[0] = max(peak[0], pss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    w, c = clock()
    t0 = os.times()
    stats, _ = extract(paths, [JsonlSink(str(out))], Options(jobs=jobs, seconds=0))
    t1 = os.times()
    w2, c2 = clock()
    workers = (t1.children_user - t0.children_user) + (t1.children_system - t0.children_system)
    stop.set()
    sampler.join()
    digest = hashlib.sha256(out.read_bytes()).hexdigest()[:12]
    note = f"{stats.articles} articles; output sha256 {digest}; peak PSS {peak[0]:.0f} MB"
    if jobs > 1:
        note += f"; CPU s: {c2 - c:.2f} this process + {workers:.2f} workers"
    return {
        "docs": stats.read,
        "wall": w2 - w,
        "cpu": c2 - c + workers,
        "note": note,
        "digest": digest,
        "pss": peak[0],
    }


def timed_ray(paths: list[str], out: Path) -> dict[str, Any]:
    import ray

    from malmoi.engine.ray import run_ray

    w0 = time.perf_counter()
    ray.init(
        num_cpus=os.cpu_count(),
        include_dashboard=False,
        log_to_driver=False,
        configure_logging=False,
    )
    start = time.perf_counter() - w0
    w, c = clock()
    stats = run_ray(paths, str(out), jsonl=True, seconds=0)
    w2, c2 = clock()
    ray.shutdown()
    import hashlib

    digest = hashlib.sha256((out / "records.jsonl").read_bytes()).hexdigest()[:12]
    note = f"{stats.articles} articles; records.jsonl sha256 {digest}; cluster start {start:.1f} s excluded"
    return {"docs": stats.read, "wall": w2 - w, "cpu": c2 - c, "note": note, "digest": digest}


def main() -> None:
    ap = argparse.ArgumentParser(
        description="pages/s per core of malmoi extract, against reading+decoding"
    )
    ap.add_argument("--pages", type=int, default=2000, help="number of pages (default 2000)")
    ap.add_argument(
        "--dir",
        help="folder of pages to use (first N files); generated into it when empty or missing",
    )
    ap.add_argument("--seed", type=int, default=11, help="generator seed (default 11)")
    ap.add_argument("--cli", action="store_true", help="also time the real command in a subprocess")
    ap.add_argument(
        "--no-jobs", dest="jobs", action="store_false", help="skip the --jobs 1 / --jobs 2 rows"
    )
    ap.add_argument(
        "--ray", action="store_true", help="also run `malmoi ray` on a local cluster of all cores"
    )
    a = ap.parse_args()

    paths, where = bench_pages(a.dir, a.pages, a.seed)
    size = sum(os.path.getsize(p) for p in paths)
    for p in paths:  # into the page cache
        Path(p).read_bytes()

    t = time.perf_counter()
    morph.kiwi().tokenize("모델을 미리 올려 둔다.")
    load = time.perf_counter() - t

    rows: list[tuple[str, dict[str, Any]]] = [
        ("baseline: read + decode (iter_documents)", timed_baseline(paths))
    ]
    rows.append(("extract, structure only", timed_extract(paths, with_quotes=False)))
    morph.tokens.cache_clear()
    morph.analysis.cache_clear()
    rows.append(("extract, structure + quotes", timed_extract(paths, with_quotes=True)))
    if a.cli:
        d = str(Path(paths[0]).parent)
        if len(os.listdir(d)) == len(paths):
            rows.append(
                ("`malmoi extract -q --jobs 1 DIR -o /dev/null` (subprocess)", timed_cli(d, len(paths)))
            )
        else:
            print(
                f"(--cli skipped: {d} holds more than the {len(paths)} pages measured)",
                file=sys.stderr,
            )

    if a.jobs:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            one = timed_jobs(paths, 1, Path(tmp) / "jobs1.jsonl")
            two = timed_jobs(paths, 2, Path(tmp) / "jobs2.jsonl")
            if a.ray:
                ray_row = timed_ray(paths, Path(tmp) / "ray")
        rows.append(("engine `--jobs 1`", one))
        rows.append(("engine `--jobs 2`", two))
        if a.ray:
            rows.append(("`malmoi ray`, local cluster", ray_row))

    base = rows[0][1]["wall"]
    print(
        f"{where}; {size / 1e6:.1f} MB, {size / len(paths) / 1e3:.1f} kB/page; Python {sys.version.split()[0]}, one process"
    )
    print(f"kiwipiepy model load (excluded from the quotes row): {load:.2f} s\n")
    print("| stage | pages | wall s | CPU s | pages/s (per core) | time ÷ baseline time | notes |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, r in rows:
        print(
            f"| {name} | {r['docs']} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['docs'] / r['wall']:,.1f} | "
            f"{r['wall'] / base:,.1f}× | {r['note']} |"
        )
    if a.jobs:
        same = "identical" if one["digest"] == two["digest"] else "DIFFERENT"
        print(
            f"\n--jobs 2 ÷ --jobs 1 throughput: {one['wall'] / two['wall']:.2f}× on {os.cpu_count()} cores; "
            f"output {same}; memory (PSS) {two['pss'] / max(one['pss'], 1e-9):.2f}× one process"
        )
        if a.ray:
            same = "identical to" if ray_row["digest"] == one["digest"] else "DIFFERENT from"
            print(
                f"ray ÷ --jobs 1 throughput: {one['wall'] / ray_row['wall']:.2f}×; records {same} --jobs 1"
            )


if __name__ == "__main__":
    main()
