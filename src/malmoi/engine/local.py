"""The local runner: read, build (in this process or a pool of ``jobs`` workers), write to sinks.

    stats = extract(["pages/"], [JsonlSink("out.jsonl")], jobs=2)

Output is in input order whatever ``jobs`` is, so ``--jobs 2`` writes the same bytes as ``--jobs 1``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from malmoi import settings
from malmoi.engine.pool import Pool, Result, result_of
from malmoi.engine.progress import Progress
from malmoi.engine.sinks import Record, Sink
from malmoi.model import Page, Rejection
from malmoi.pipeline import Stats, warm_up
from malmoi.read import iter_documents

__all__ = ["Options", "cores", "extract", "results"]


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(slots=True)
class Options:
    jobs: int = 1
    with_quotes: bool = True
    seconds: float = field(default_factory=lambda: settings.get("doc_seconds"))
    chunk: int = field(default_factory=lambda: settings.get_int("chunk"))
    progress: bool = False
    exclude: tuple[str, ...] = ()


def results(docs: Iterable[Page | Rejection], opts: Options) -> Iterator[Result]:
    """Every document's record (its JSON line) or Rejection, in input order."""
    if opts.jobs <= 1:
        if opts.seconds > 0:
            warm_up(opts.with_quotes)
        for d in docs:
            yield result_of(d, opts.with_quotes, opts.seconds)
        return
    with Pool(opts.jobs, opts.with_quotes, opts.seconds, opts.chunk) as pool:
        yield from pool.map(docs)


def extract(
    paths: list[str], sinks: list[Sink], opts: Options | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> tuple[Stats, list[str]]:
    """Run every document under ``paths`` into ``sinks``; the counts and the sinks' summaries."""
    opts = opts or Options()
    stats = Stats()
    bar = Progress(paths, opts.progress)
    summaries: list[str] = []
    try:
        for res in results(iter_documents(paths, opts.exclude, on_file=bar.file), opts):
            stats.count(res)
            bar.doc()
            if isinstance(res, Rejection):
                if on_rejection is not None:
                    on_rejection(res)
                for s in sinks:
                    s.rejection(res)
            else:
                rec = Record(res)
                for s in sinks:
                    s.article(rec)
    finally:
        bar.close()
        for s in sinks:
            line = s.close()
            if line:
                summaries.append(line)
    return stats, summaries
