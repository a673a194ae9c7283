"""The progress bar: a total measured first (so an ETA), and the rate in pages per second."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from malmoi.engine.progress import Progress, measure


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_has_a_total_and_a_page_rate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(3):
        (tmp_path / f"p{i}.txt").write_bytes(b"x" * 1000)
    assert measure([str(tmp_path)]) == 3000
    assert measure(["-"]) is None  # standard input: no total
    err = Tty()
    monkeypatch.setattr(sys, "stderr", err)
    bar = Progress([str(tmp_path)], enabled=True)
    assert bar.bar is not None and bar.bar.total == 3000
    for _ in range(3):
        bar.file(1000)
        bar.doc()
    bar.close()
    shown = err.getvalue()
    assert "3.00k/3.00k" in shown and "3 pages" in shown and "pages/s" in shown


def test_no_bar_when_quiet_or_not_a_terminal(tmp_path: Path) -> None:
    assert Progress([str(tmp_path)], enabled=False).bar is None
    assert Progress([str(tmp_path)], enabled=True).bar is None  # pytest's stderr is not a terminal
