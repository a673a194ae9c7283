"""The stages, as plain functions over iterators: Page -> Article (+ quotes).

The CLI, the web app and the engines (``malmoi.engine``) all call these. One page
never stops a batch: a page that raises is an ``internal_error`` rejection, a page
that takes longer than its time budget a ``too_slow`` one.

The time budget is a real-time interval timer (``signal.setitimer``, SIGALRM) armed
around each document in the process that builds it -- the main process with
``--jobs 1``, each worker of the pool otherwise; outside a main thread (Ray Data's
actors run batches in a thread pool) a timer thread raises the same exception in the
building thread instead. Either raises ``TooSlow``, a ``BaseException`` so that no
``except Exception`` inside a stage can swallow it. Python delivers both between
bytecodes, so a stage stuck inside one long C call is cut when that call returns; the
pool (``engine/pool.py``) also kills a worker that does not answer within twice the budget.
"""

from __future__ import annotations

import signal
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from malmoi.model import Article, Page, Rejection, Source


@dataclass(slots=True)
class Stats:
    read: int = 0
    articles: int = 0
    rejections: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        rej = ", ".join(f"{k} {v}" for k, v in sorted(self.rejections.items())) or "none"
        return f"documents read {self.read}, articles {self.articles}, rejections: {rej}"

    def count(self, out: object) -> None:
        """Count one result of the pipeline: a Rejection, or an article in any form."""
        self.read += 1
        if isinstance(out, Rejection):
            self.rejections[out.reason] += 1
        else:
            self.articles += 1

    def merge(self, other: Stats) -> Stats:
        """Add another worker's counts to these (and return self)."""
        self.read += other.read
        self.articles += other.articles
        self.rejections.update(other.rejections)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "articles": self.articles, "rejections": dict(self.rejections)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stats:
        return cls(int(d.get("read", 0)), int(d.get("articles", 0)), Counter(d.get("rejections") or {}))


def build_article(page: Page, with_quotes: bool = True) -> Article | Rejection:
    """One page to its record. Raises nothing for bad pages: returns a Rejection."""
    if page.html is not None:
        from malmoi.article.html import article_from_html

        art = article_from_html(page)
    else:
        from malmoi.article.text import article_from_text

        art = article_from_text(page)
    if isinstance(art, Rejection):
        return art
    if with_quotes and (art.body or art.title):
        from malmoi.quotes import attach_quotes

        attach_quotes(art)
    return art


class TooSlow(BaseException):  # noqa: N818 - a signal, not an error a stage should catch
    """Raised by the timer when a document's time budget is spent."""


class _Timer:
    """The per-document alarm; ``armed`` keeps a late signal from firing outside a document."""

    armed = False

    @staticmethod
    def on_alarm(signum: int, frame: object) -> None:
        if _Timer.armed:
            _Timer.armed = False
            raise TooSlow


def can_time() -> bool:
    """Budgets work in the main thread of a process that has SIGALRM (not in web threads)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise TooSlow in the body once ``seconds`` have passed (0: no limit)."""
    if seconds <= 0:
        yield
    elif can_time():
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    old = signal.signal(signal.SIGALRM, _Timer.on_alarm)
    _Timer.armed = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _Timer.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    """The budget outside the main thread (Ray Data runs batches in a thread pool): a timer
    thread raises TooSlow in this thread (``PyThreadState_SetAsyncExc``); one still pending
    when the body ends is withdrawn."""
    import ctypes

    tid, lock, state = threading.get_ident(), threading.Lock(), {"armed": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["armed"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(TooSlow))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
            if state["fired"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)
        timer.cancel()


_WARM = "가상시는 새 도서관을 연다고 밝혔다.\n\n홍길동 가상시장은 \"모두의 도서관이 되겠다\"고 말했다.\n"


def warm_up(with_quotes: bool = True) -> None:
    """Load the model and the data files once, before any timer runs (and before a pool forks),
    so a budget never cuts a document in the middle of loading what every document needs."""
    if with_quotes:
        from malmoi.quotes.morph import kiwi

        kiwi()
    for page in (Page(source=Source(path="warm-up"), text=_WARM),
                 Page(source=Source(path="warm-up"), html=f"<html><body><p>{_WARM}</p></body></html>")):
        with suppress(Exception):  # a stage that fails here fails on the real pages, each counted
            build_article(page, with_quotes=with_quotes)


def build_one(doc: Page | Rejection, with_quotes: bool = True, seconds: float = 0) -> Article | Rejection:
    """One document through the stages inside the skip-and-count boundary."""
    if isinstance(doc, Rejection):
        return doc
    try:
        with time_budget(seconds):
            return build_article(doc, with_quotes=with_quotes)
    except TooSlow:
        return Rejection(doc.source, "too_slow", f"not done in {seconds:g} s (MALMOI_DOC_SECONDS); skipped")
    except Exception as e:  # noqa: BLE001 - a bug on one page must not stop the batch
        return Rejection(doc.source, "internal_error", f"{type(e).__name__}: {str(e)[:300]}")


def run(
    docs: Iterable[Page | Rejection], stats: Stats | None = None, with_quotes: bool = True, seconds: float = 0
) -> Iterator[Article | Rejection]:
    """Build every document; count; one failing page never stops the batch.

    ``seconds`` is each document's time budget (0: none)."""
    stats = stats if stats is not None else Stats()
    if seconds > 0:
        warm_up(with_quotes)
    for doc in docs:
        out = build_one(doc, with_quotes, seconds)
        stats.count(out)
        yield out
