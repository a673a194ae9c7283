"""The whole text pipeline beside one kiwipiepy pass over the same text; peak memory.

    .venv/bin/python bench/bench_pipeline.py                   # 2,000 generated pages
    .venv/bin/python bench/bench_pipeline.py --pages 500 --unit paragraph
    .venv/bin/python bench/bench_pipeline.py --pages 300 --profile   # needs pyinstrument
    .venv/bin/python bench/bench_pipeline.py --dir ../shared/data/real-pages --pages 100 --repeat 15 --chunk 10 --calls

One process, one thread (kiwipiepy with num_workers=0): the figures are per core.

* pipeline: ``run(iter_documents(paths), with_quotes=True)`` -- reading, decoding,
  structure and quotes (records are built, not serialised: see bench_extract.py
  for the ``to_dict`` + JSON cost).
* kiwi pass (the reference): ``kiwi().tokenize(text)`` once over each page's
  whole decoded text (``--unit page``, the default) or once per paragraph
  (``--unit paragraph``: the text split at blank lines). The texts are read and
  decoded before this is timed, so it is tokenisation alone. It uses the very Kiwi the
  pipeline uses (``morph.kiwi()``: kiwipiepy's default model, CoNg -- the only one
  kiwipiepy_model ships since 0.22 --, no typo or multi-word dictionary), so the two
  are compared like with like.

The ratio pipeline_time / kiwi_pass_time says how many full morphological
passes the pipeline costs. The model is loaded and warmed before either is
timed; its load time and the memory it takes are printed apart. Peak RSS is
``resource.getrusage(RUSAGE_SELF).ru_maxrss`` (the high-water mark of the
process, so it only grows); the target is under 600 MB.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_pages import bench_pages  # noqa: E402

from malmoi.korean import memo  # noqa: E402
from malmoi.model import Page, Rejection  # noqa: E402
from malmoi.pipeline import Stats, build_article, run  # noqa: E402
from malmoi.quotes import morph  # noqa: E402
from malmoi.read import iter_documents  # noqa: E402


def kiwipiepy_version() -> str:
    from importlib.metadata import version

    return version("kiwipiepy")


def peak_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024  # macOS gives bytes


class TimedKiwi:
    """Stands in for the loaded Kiwi during the pipeline: counts the calls the
    pipeline makes to kiwipiepy and the time spent in them (about a microsecond
    of overhead per call)."""

    def __init__(self, kiwi: Any, clock: Any = time.perf_counter, by_caller: bool = False) -> None:
        self.kiwi = kiwi
        self.clock = clock  # perf_counter (wall) for the single run, process_time for the interleaved split
        self.seconds = 0.0
        self.calls: Counter[str] = Counter()
        self.chars = 0
        # with by_caller: per 'caller < its caller' of morph.tokens / morph.analysis, [calls, characters, seconds]
        self.by_caller: dict[str, list[float]] | None = {} if by_caller else None

    def _timed(self, name: str, text: str, *args: Any, **kwargs: Any) -> Any:
        t = self.clock()
        out = getattr(self.kiwi, name)(text, *args, **kwargs)
        dt = self.clock() - t
        self.seconds += dt
        self.calls[name] += 1
        self.chars += len(text)
        if self.by_caller is not None:
            # frames: _timed < tokenize/analyze < morph.tokens/analysis < the caller < its caller
            f = sys._getframe(3)  # noqa: SLF001
            up = f.f_back
            key = f"{name}: {f.f_code.co_qualname}" + (f" < {up.f_code.co_qualname}" if up else "")
            row = self.by_caller.setdefault(key, [0, 0, 0.0])
            row[0] += 1
            row[1] += len(text)
            row[2] += dt
        return out

    def caller_table(self, kiwi_pass: float) -> str:
        """The kiwipiepy calls of the pipeline by who asked, most time first (Markdown)."""
        rows = sorted((self.by_caller or {}).items(), key=lambda kv: -kv[1][2])
        out = ["| kiwipiepy call: caller < its caller | calls | characters | chars/call | CPU ms | share | of the kiwi pass |",
               "|---|---:|---:|---:|---:|---:|---:|"]
        for key, (n, chars, sec) in rows:
            out.append(f"| {key} | {n:,} | {chars:,} | {chars / n:.1f} | {sec * 1000:.1f} | {sec / max(self.seconds, 1e-9):.0%} | "
                       f"{sec / kiwi_pass:.3f} |")
        return "\n".join(out)

    def tokenize(self, text: str, *args: Any, **kwargs: Any) -> Any:
        return self._timed("tokenize", text, *args, **kwargs)

    def analyze(self, text: str, *args: Any, **kwargs: Any) -> Any:
        return self._timed("analyze", text, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.kiwi, name)


def pipeline(paths: list[str]) -> tuple[float, float, Stats, int]:
    stats = Stats()
    quotes = 0
    w, c = time.perf_counter(), time.process_time()
    for rec in run(iter_documents(paths), stats, with_quotes=True):
        if not isinstance(rec, Rejection):
            quotes += len(rec.quotes)
    return time.perf_counter() - w, time.process_time() - c, stats, quotes


def kiwi_pass(texts: list[str]) -> tuple[float, float, int]:
    kiwi = morph.kiwi()
    n = 0
    w, c = time.perf_counter(), time.process_time()
    for t in texts:
        n += len(kiwi.tokenize(t))
    return time.perf_counter() - w, time.process_time() - c, n


def _pieces(items: list[Any], n: int) -> list[list[Any]]:
    """``items`` in ``n`` contiguous pieces of (nearly) equal length, in order."""
    return [items[len(items) * i // n : len(items) * (i + 1) // n] for i in range(n)]


def interleaved(paths: list[str], texts: list[str], rounds: int, chunk: int = 0, calls: bool = False) -> None:
    """The pipeline and the kiwi pass in turn, ``rounds`` times, warm (imports, data files and
    regexes loaded by a first untimed pipeline run) with the morphology caches and every word and
    phrase cache registered in ``korean/memo.py`` cleared before each round (``is_chrome``'s and
    the lexicon's ``is_org_word`` are not registered: they stay warm); CPU seconds, medians. On a
    noisy machine this is the figure to quote.

    With ``chunk`` > 0 each round alternates the two at a finer grain: the pipeline over
    ``chunk`` pages, then the kiwi pass over the same share of the texts, and so on to the end
    (the same work in the same order, the times summed per round), so that both see the same
    load of a shared machine. With ``calls``, the extra split round after the timed ones also
    tells the kiwipiepy calls by caller."""
    docs = [d for d in iter_documents(paths) if isinstance(d, Page)]
    for d in docs[:5]:
        build_article(d)
    ratios, p_times, k_times = [], [], []
    kiwi = morph.kiwi()
    n = max(1, -(-len(docs) // chunk)) if chunk > 0 else 1
    doc_pieces, text_pieces = _pieces(docs, n), _pieces(texts, n)
    for _ in range(rounds):
        memo.reset()  # the morphology caches and every word and phrase cache (korean/memo.py)
        p = k = 0.0
        for some_docs, some_texts in zip(doc_pieces, text_pieces, strict=True):
            c = time.process_time()
            for d in some_docs:
                build_article(d)
            p += time.process_time() - c
            c = time.process_time()
            for t in some_texts:
                kiwi.tokenize(t)
            k += time.process_time() - c
        p_times.append(p)
        k_times.append(k)
        ratios.append(p / k)
    mid = sorted(range(rounds), key=lambda i: ratios[i])[rounds // 2]
    grain = f", alternating every {chunk} pages" if n > 1 else ""
    print(f"\ninterleaved, warm, {rounds} rounds{grain} (CPU s, the median round): pipeline {p_times[mid]:.2f} s, "
          f"kiwi pass {k_times[mid]:.2f} s, pipeline ÷ kiwi pass = **{ratios[mid]:.2f}** "
          f"(all rounds: {', '.join(f'{r:.2f}' for r in ratios)})")
    # one more round, after the timed ones (so the ratio above is untouched), with the kiwipiepy
    # calls timed in CPU seconds: how the ratio splits into kiwipiepy and Python
    memo.reset()
    timer = TimedKiwi(kiwi, time.process_time, by_caller=calls)
    morph._KIWI = timer  # noqa: SLF001 - the bench stands in for the loaded model
    try:
        c = time.process_time()
        for d in docs:
            build_article(d)
        p = time.process_time() - c
    finally:
        morph._KIWI = kiwi  # noqa: SLF001
    k = k_times[mid]
    cache_t, cache_a = morph.tokens.cache_info(), morph.analysis.cache_info()
    print(f"split (one more warm round, kiwipiepy calls timed): pipeline {p:.2f} s = kiwipiepy {timer.seconds:.2f} s "
          f"(**{timer.seconds / k:.2f}** of the median kiwi pass; {timer.calls['tokenize']:,} tokenize, "
          f"{timer.calls['analyze']:,} analyze, {timer.chars:,} characters) + Python {p - timer.seconds:.2f} s "
          f"(**{(p - timer.seconds) / k:.2f}**); morph caches this round: tokens {cache_t.hits:,} hits / "
          f"{cache_t.misses:,} misses, analysis {cache_a.hits:,} hits / {cache_a.misses:,} misses")
    if calls:
        print("\n" + timer.caller_table(k))


def main() -> None:
    ap = argparse.ArgumentParser(description="text pipeline pages/s per core beside one kiwipiepy pass; peak RSS")
    ap.add_argument("--pages", type=int, default=2000, help="number of pages (default 2000)")
    ap.add_argument("--dir", help="folder of pages to use (first N files); generated into it when empty or missing")
    ap.add_argument("--seed", type=int, default=11, help="generator seed (default 11)")
    ap.add_argument("--unit", choices=("page", "paragraph"), default="page",
                    help="kiwi pass over each page's whole text (default) or each paragraph")
    ap.add_argument("--profile", action="store_true", help="profile the pipeline with pyinstrument (if installed)")
    ap.add_argument("--profile-html", help="with --profile: also write pyinstrument's HTML report here")
    ap.add_argument("--chunk", type=int, default=0,
                    help="with --repeat: alternate pipeline and kiwi pass every N pages within a round (default 0: "
                         "the whole pipeline, then the whole pass)")
    ap.add_argument("--calls", action="store_true",
                    help="with --repeat: tell the kiwipiepy calls of the split round by caller (calls, characters, CPU time)")
    ap.add_argument("--repeat", type=int, default=5,
                    help="rounds of the interleaved comparison (warm, caches cleared each round; default 5, 0: none)")
    a = ap.parse_args()

    rss_start = peak_mb()
    paths, where = bench_pages(a.dir, a.pages, a.seed)
    docs = [d for d in iter_documents(paths) if isinstance(d, Page)]  # also fills the page cache
    texts = [d.content for d in docs]
    if a.unit == "paragraph":
        texts = [p for t in texts for p in (x.strip() for x in t.split("\n\n")) if p]
    chars = sum(len(t) for t in texts)
    del docs
    rss_texts = peak_mb()

    t = time.perf_counter()
    kiwi = morph.kiwi()
    kiwi.tokenize("모델을 미리 올려 둔다.")
    load = time.perf_counter() - t
    for sample in texts[:20]:  # warm-up, untimed
        kiwi.tokenize(sample)
    rss_model = peak_mb()

    profiler = None
    if a.profile:
        try:
            from pyinstrument import Profiler
        except ImportError:
            print("(--profile: pyinstrument is not installed: pip install pyinstrument)", file=sys.stderr)
        else:
            profiler = Profiler(interval=0.001)
            profiler.start()
    memo.reset()
    timer = TimedKiwi(kiwi)
    morph._KIWI = timer  # noqa: SLF001 - the bench stands in for the loaded model
    try:
        p_wall, p_cpu, stats, quotes = pipeline(paths)
    finally:
        morph._KIWI = kiwi  # noqa: SLF001
    if profiler is not None:
        profiler.stop()
    cache_t, cache_a = morph.tokens.cache_info(), morph.analysis.cache_info()
    rss_pipeline = peak_mb()

    k_wall, k_cpu, n_tokens = kiwi_pass(texts)
    rss_end = peak_mb()

    n = stats.read
    print(f"{where}; {n} pages read, {stats.articles} articles, {quotes / max(stats.articles, 1):.1f} quotes/article; "
          f"Python {sys.version.split()[0]}, one process")
    print(f"kiwipiepy {kiwipiepy_version()} model {getattr(kiwi, 'model_type', '?')} load (excluded): {load:.2f} s; kiwi pass unit: {a.unit} "
          f"({len(texts):,} calls, {chars:,} characters, {n_tokens:,} tokens)"
          + (" [pipeline timed under pyinstrument: slower than usual]" if profiler else "") + "\n")
    print("| measure | wall s | CPU s | pages/s (per core) | ratio |")
    print("|---|---:|---:|---:|---:|")
    print(f"| pipeline: read + structure + quotes | {p_wall:.2f} | {p_cpu:.2f} | {n / p_wall:,.1f} | "
          f"pipeline ÷ kiwi pass = **{p_wall / k_wall:.2f}** |")
    print(f"| one kiwi pass, `tokenize` per {a.unit} | {k_wall:.2f} | {k_cpu:.2f} | {n / k_wall:,.1f} | 1.00 |")
    print(f"| of the pipeline: time inside kiwipiepy | {timer.seconds:.2f} | | | {timer.seconds / p_wall:.0%} of the pipeline |")
    print(f"| of the pipeline: the rest (Python) | {p_wall - timer.seconds:.2f} | | | {(p_wall - timer.seconds) / p_wall:.0%} of the pipeline |")
    print(f"\nkiwipiepy calls by the pipeline: {timer.calls['tokenize']:,} tokenize, {timer.calls['analyze']:,} analyze, "
          f"{timer.chars:,} characters ({timer.chars / chars:.0%} of the pass's); "
          f"morph caches: tokens {cache_t.hits:,} hits / {cache_t.misses:,} misses, "
          f"analysis {cache_a.hits:,} hits / {cache_a.misses:,} misses")
    print()
    print("| peak RSS (ru_maxrss) after | MB |")
    print("|---|---:|")
    print(f"| start (interpreter + imports) | {rss_start:,.0f} |")
    print(f"| reading the texts for the kiwi pass | {rss_texts:,.0f} |")
    print(f"| loading the kiwipiepy model | {rss_model:,.0f} |")
    print(f"| the pipeline | {rss_pipeline:,.0f} |")
    print(f"| the kiwi pass (end of run) | {rss_end:,.0f} |")
    print(f"\npeak RSS {rss_end:,.0f} MB: {'under' if rss_end < 600 else 'OVER'} the 600 MB target")

    if a.repeat > 0:
        interleaved(paths, texts, a.repeat, a.chunk, a.calls)

    if profiler is not None:
        print("\n## pyinstrument: the pipeline, functions by own time\n")
        print("```")
        print(profiler.output_text(unicode=True, color=False, flat=True, flat_time="self", time="percent_of_total",
                                   short_mode=False).rstrip()[:12000])
        print("```\n\n## pyinstrument: call tree\n\n```")
        print(profiler.output_text(unicode=True, color=False, time="percent_of_total").rstrip()[:20000])
        print("```")
        if a.profile_html:
            Path(a.profile_html).write_text(profiler.output_html(), encoding="utf-8")
            print(f"HTML report: {a.profile_html}")


if __name__ == "__main__":
    main()
