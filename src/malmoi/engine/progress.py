"""The one progress helper: a bar on stderr when it is a terminal and not ``--quiet``.

The input is measured first (file sizes, a cheap walk that gives up after a few seconds),
so the bar shows a total and an ETA in bytes, and the rate in pages per second.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from typing import Any

__all__ = ["Progress", "measure"]


def measure(paths: Iterable[str], max_seconds: float = 3.0) -> int | None:
    """The total size of the input files, or None when unknown (standard input, too many files)."""
    from malmoi.read import iter_paths

    total, start = 0, time.monotonic()
    for name in iter_paths(paths):
        if name == "-" or time.monotonic() - start > max_seconds:
            return None
        try:
            total += os.stat(name).st_size
        except OSError:
            continue
    return total


class Progress:
    """``file(size)`` when a file has been read, ``doc()`` when a document is done."""

    def __init__(self, paths: list[str], enabled: bool) -> None:
        self.bar: Any = None
        self.docs, self.start, self._shown = 0, time.monotonic(), 0.0
        if not enabled or not sys.stderr.isatty():
            return
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: the pool forks after the bar exists
        total = measure(paths)
        self.bar = tqdm(total=total, unit="B", unit_scale=True, desc="extract", file=sys.stderr, dynamic_ncols=True)

    def file(self, size: int) -> None:
        if self.bar is not None:
            self.bar.update(size)

    def doc(self) -> None:
        self.docs += 1
        now = time.monotonic()
        if self.bar is not None and now - self._shown > 0.5:
            self._shown = now
            self.bar.set_postfix_str(f"{self.docs} pages, {self.docs / max(now - self.start, 1e-9):.1f} pages/s")

    def close(self) -> None:
        if self.bar is not None:
            self.doc_rate_final()
            self.bar.close()

    def doc_rate_final(self) -> None:
        rate = self.docs / max(time.monotonic() - self.start, 1e-9)
        self.bar.set_postfix_str(f"{self.docs} pages, {rate:.1f} pages/s")
