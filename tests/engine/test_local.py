"""The local engine: --jobs N writes the same bytes as --jobs 1; a slow document becomes
too_slow, a document that kills its worker becomes worker_crashed, and the batch goes on."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from malmoi import pipeline
from malmoi.engine import JsonlSink, Options, RejectionSink, extract
from malmoi.engine import pool as pool_mod
from malmoi.model import Page, Rejection, Source
from malmoi.pipeline import Stats, run
from support import EXAMPLES

TEXT = (
    "가상시, 도서관 24시간 연다\n\n"
    "가상시는 시립도서관 열람실을 다음 달부터 24시간 운영한다고 3일 밝혔다. 시험 기간마다 자리가 모자랐다.\n\n"
    "도서관 관계자는 \"야간에는 보안 요원이 상주한다\"고 말했다.\n"
)


def test_jobs_two_writes_the_same_bytes_as_jobs_one(tmp_path: Path) -> None:
    paths = [str(EXAMPLES / "pages"), str(EXAMPLES / "html")]
    outs = []
    for jobs in (1, 2):
        out, rej = tmp_path / f"out{jobs}.jsonl", tmp_path / f"rej{jobs}.jsonl"
        stats, _ = extract(paths, [JsonlSink(str(out)), RejectionSink(str(rej))], Options(jobs=jobs, chunk=4))
        outs.append((out.read_bytes(), rej.read_bytes(), stats.to_dict()))
    assert outs[0] == outs[1]
    assert outs[0][2]["articles"] >= 53 and outs[0][0].count(b"\n") == outs[0][2]["articles"]


def _slow_or_crash(page: Page, with_quotes: bool = True) -> object:
    text = page.text or ""
    if "SLOW" in text:  # Python work (a C call such as sleep would end only when it returns, in a thread)
        end = time.monotonic() + 30
        while time.monotonic() < end:
            pass
    if "DEAF" in text:  # deaf to the alarm: only the pool's deadline stops it
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        time.sleep(30)
    if "CRASH" in text:
        os._exit(3)
    return real_build(page, with_quotes)


real_build = pipeline.build_article


def _docs(*marks: str) -> list[Page | Rejection]:
    docs: list[Page | Rejection] = []
    for i, m in enumerate(marks):
        docs.append(Page(source=Source(path=f"p{i}.txt"), text=TEXT.replace("3일", f"{i + 1}일") + m))
    return docs


def test_a_slow_document_is_too_slow_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "build_article", _slow_or_crash)
    stats = Stats()
    start = time.monotonic()
    out = list(run(_docs("", "SLOW", ""), stats, with_quotes=False, seconds=0.5))
    assert time.monotonic() - start < 10
    assert [getattr(o, "reason", "article") for o in out] == ["article", "too_slow", "article"]
    assert stats.rejections == {"too_slow": 1} and stats.articles == 2


def test_a_slow_document_is_too_slow_outside_the_main_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setattr(pipeline, "build_article", _slow_or_crash)
    got: list[object] = []
    worker = threading.Thread(target=lambda: got.extend(run(_docs("SLOW", ""), with_quotes=False, seconds=0.5)))
    start = time.monotonic()
    worker.start()
    worker.join(20)
    assert time.monotonic() - start < 10
    assert [getattr(o, "reason", "article") for o in got] == ["too_slow", "article"]
    time.sleep(0.7)  # a withdrawn timer must not fire later in this thread or any other


@pytest.mark.parametrize("jobs", [1, 2])
def test_slow_and_crashing_documents_in_the_pool(monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    monkeypatch.setattr(pipeline, "build_article", _slow_or_crash)
    marks = ["", "SLOW", "", "CRASH", "", ""] if jobs == 1 else ["", "SLOW", "", "CRASH", "", "DEAF", ""]
    if jobs == 1:
        marks.remove("CRASH")  # in one process a crash is the process: only the pool survives it
    monkeypatch.setattr(pool_mod.Pool, "grace", 0.5)
    monkeypatch.setattr(pool_mod.Pool, "slack", 1.0)
    start = time.monotonic()
    got = list(_results(_docs(*marks), jobs))
    assert time.monotonic() - start < 60
    want = {"": "article", "SLOW": "too_slow", "DEAF": "too_slow", "CRASH": "worker_crashed"}
    assert [r.reason if isinstance(r, Rejection) else "article" for r in got] == [want[m] for m in marks]
    assert [r.source.path if isinstance(r, Rejection) else json.loads(r)["source"]["path"] for r in got] == [
        f"p{i}.txt" for i in range(len(marks))
    ]


def _results(docs: list[Page | Rejection], jobs: int) -> list[str | Rejection]:
    from malmoi.engine import results

    return list(results(docs, Options(jobs=jobs, with_quotes=False, seconds=0.5, chunk=2)))


def test_stats_merge_across_workers() -> None:
    a, b = Stats(), Stats()
    a.count(Rejection(Source(), "empty"))
    b.count(Rejection(Source(), "empty"))
    b.count({"id": "x"})
    merged = Stats.from_dict(a.to_dict()).merge(b)
    assert merged.to_dict() == {"read": 3, "articles": 1, "rejections": {"empty": 2}}
    assert merged.summary() == "documents read 3, articles 1, rejections: empty 2"
