"""The eval gate (after trafilatura's): the scores reached on our annotated pages are
pinned in eval_gate.json; the suite fails when one falls. Raise a pin when you improve it;
never lower one to make a change pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from malmoi.evaluate import Report, evaluate
from support import EXAMPLES, SHARED

PINS = json.loads((Path(__file__).with_name("eval_gate.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(EXAMPLES / "pages")


def test_enough_annotated_quotes(report: Report) -> None:
    assert report.scores["pages"] >= 40
    assert report.scores["gold_quotes"] >= 200


@pytest.mark.parametrize("metric", sorted(PINS["pages"]))
def test_score_does_not_fall(report: Report, metric: str) -> None:
    got, pinned = report.scores[metric], PINS["pages"][metric]
    assert got is not None and got >= pinned, f"{metric} fell from {pinned} to {got}"


def test_html_examples_gate() -> None:
    rep = evaluate(EXAMPLES / "html")
    for metric, pinned in PINS["html"].items():
        got = rep.scores[metric]
        assert got is not None and got >= pinned, f"html {metric} fell from {pinned} to {got}"


REAL = SHARED / "data" / "real-pages"


@pytest.fixture(scope="module")
def real_report() -> Report:
    if not REAL.is_dir():
        pytest.skip("../shared/data/real-pages is not beside the repository")
    return evaluate(REAL)


def test_real_pages_are_all_read(real_report: Report) -> None:
    assert real_report.scores["pages"] >= 69
    assert "no record" not in {m for misses in real_report.misses.values() for m in misses}


@pytest.mark.parametrize("metric", sorted(PINS["real"]["all"]))
def test_real_page_score_does_not_fall(real_report: Report, metric: str) -> None:
    got, pinned = real_report.scores[metric], PINS["real"]["all"][metric]
    assert got is not None and got >= pinned, f"real pages: {metric} fell from {pinned} to {got}"


@pytest.mark.parametrize("part", ["r1", "r2"])
def test_real_page_halves_do_not_fall(real_report: Report, part: str) -> None:
    for metric, pinned in PINS["real"][part].items():
        got = real_report.scores["groups"][part][metric]
        assert got is not None and got >= pinned, f"real pages {part}: {metric} fell from {pinned} to {got}"
