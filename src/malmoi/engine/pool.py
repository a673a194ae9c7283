"""A process pool for ``extract --jobs N``: the model is loaded once, then the workers are
forked so they share its memory; documents go out in chunks and come back in input order.

Each worker builds its chunk with the per-document time budget (``pipeline.time_budget``).
A worker that dies (a crash inside a C extension, the OOM killer) or does not answer
within a hard deadline is replaced, and the documents of its chunk are built again one at a
time in a fresh worker, so only the document at fault becomes a rejection
(``worker_crashed`` or ``too_slow``) and the batch goes on.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from malmoi.model import Page, Rejection
from malmoi.pipeline import build_one, warm_up

Doc = Page | Rejection
Result = str | Rejection  # an article's record as its JSON line (made in the worker), or the Rejection

__all__ = ["Pool", "result_of"]


def result_of(doc: Doc, with_quotes: bool, seconds: float) -> Result:
    """One document to what the sinks write: the record's JSON line, or the Rejection.

    The worker serialises: a string crosses the pipe far cheaper than the record's dicts."""
    out = build_one(doc, with_quotes, seconds)
    if isinstance(out, Rejection):
        return out
    try:
        return json.dumps(out.to_dict(), ensure_ascii=False)
    except Exception as e:  # noqa: BLE001 - one record never stops the batch
        return Rejection(out.source, "internal_error", f"record not serialisable: {type(e).__name__}: {e}")


def _worker_main(conn: Connection, with_quotes: bool, seconds: float) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        conn.send([result_of(d, with_quotes, seconds) for d in chunk])


@dataclass(slots=True)
class _Worker:
    proc: BaseProcess
    conn: Connection
    task: int | None = None
    started: float = 0.0


class Pool:
    """``with Pool(jobs) as pool: for result in pool.map(docs): ...`` -- results in input order."""

    def __init__(self, jobs: int, with_quotes: bool = True, seconds: float = 0, chunk: int = 16) -> None:
        self.jobs, self.with_quotes, self.seconds, self.chunk = max(1, jobs), with_quotes, seconds, max(1, chunk)
        self._ctx = mp.get_context("fork")
        warm_up(with_quotes)  # before forking: every worker shares the loaded model
        self._workers = [self._start() for _ in range(self.jobs)]

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self.with_quotes, self.seconds), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    grace, slack = 5.0, 10.0  # seconds added to twice the budget, per document and per chunk

    def _deadline(self, n: int) -> float:
        """How long a worker may stay silent on ``n`` documents before it is stopped."""
        per_doc = 2 * self.seconds + self.grace if self.seconds > 0 else 3600.0
        return per_doc * n + self.slack

    def close(self) -> None:
        for w in self._workers:
            with contextlib.suppress(OSError):
                w.conn.send(None)
        for w in self._workers:
            w.proc.join(timeout=2)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(timeout=2)
            w.conn.close()
        self._workers = []

    def map(self, docs: Iterable[Doc]) -> Iterator[Result]:
        """Every document's result, in the order of ``docs``; at most 2 chunks per worker in flight."""
        chunks = _chunks(docs, self.chunk)
        pending: dict[int, list[Doc]] = {}
        done: dict[int, list[Result]] = {}
        next_in = next_out = 0
        exhausted = False
        while True:
            for w in self._workers:
                if w.task is None and not exhausted and len(pending) + len(done) < 2 * self.jobs:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                        break
                    pending[next_in] = chunk
                    self._send(w, next_in, chunk)
                    next_in += 1
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
            if exhausted and not pending:
                return
            self._collect(pending, done)

    def _send(self, w: _Worker, task: int, chunk: list[Doc]) -> None:
        w.task, w.started = task, time.monotonic()
        try:
            w.conn.send(chunk)
        except OSError:  # the worker died while idle: a fresh one takes the chunk
            self._replace(w)
            w.task, w.started = task, time.monotonic()
            w.conn.send(chunk)

    def _collect(self, pending: dict[int, list[Doc]], done: dict[int, list[Result]]) -> None:
        busy = {w.conn: w for w in self._workers if w.task is not None}
        if not busy:
            return
        for ready in wait(list(busy), timeout=1.0):
            w = busy[ready]  # type: ignore[index]
            assert w.task is not None
            results: list[Result] | None
            try:
                results = w.conn.recv()
            except (EOFError, OSError):
                results = None
            task = w.task
            w.task = None
            if results is None:  # the worker died
                self._replace(w)
                done[task] = self._one_by_one(pending.pop(task))
            else:
                done[task] = results
                pending.pop(task)
        now = time.monotonic()
        for w in self._workers:
            if w.task is not None and now - w.started > self._deadline(len(pending[w.task])):
                task, w.task = w.task, None
                self._replace(w)
                done[task] = self._one_by_one(pending.pop(task))

    def _replace(self, w: _Worker) -> None:
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=5)
        w.conn.close()
        fresh = self._start()
        w.proc, w.conn, w.task = fresh.proc, fresh.conn, None

    def _one_by_one(self, chunk: list[Doc]) -> list[Result]:
        """The chunk again, one document per request, in a worker of its own."""
        w = self._start()
        out: list[Result] = []
        try:
            for doc in chunk:
                out.append(self._alone(w, doc))
                if not w.proc.is_alive():
                    w.conn.close()
                    w = self._start()
        finally:
            self._stop(w)
        return out

    def _alone(self, w: _Worker, doc: Doc) -> Result:
        if isinstance(doc, Rejection):
            return doc
        w.conn.send([doc])
        if w.conn.poll(self._deadline(1)):
            try:
                got: list[Result] = w.conn.recv()
                return got[0]
            except (EOFError, OSError):
                return Rejection(doc.source, "worker_crashed", "the worker building this document died")
        w.proc.kill()
        w.proc.join(timeout=5)
        return Rejection(doc.source, "too_slow", f"no answer in {self._deadline(1):g} s; the worker was stopped")

    def _stop(self, w: _Worker) -> None:
        with contextlib.suppress(OSError):
            w.conn.send(None)
        w.proc.join(timeout=2)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(timeout=2)
        w.conn.close()


CHUNK_BYTES = 4 * 1024 * 1024  # a chunk also ends past this much text, so big pages travel few at a time


def _chunks(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    chunk: list[Doc] = []
    held = 0
    for d in docs:
        chunk.append(d)
        held += len(d.content) if isinstance(d, Page) else 0
        if len(chunk) >= size or held > CHUNK_BYTES:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk
