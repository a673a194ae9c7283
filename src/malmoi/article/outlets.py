"""Which outlet wrote a page: from its name lines, e-mail domains, web domains,
copyright lines and wire datelines. The outlets themselves (``data/outlets.toml``) are
looked up through ``korean/outlets.py``, which the quote stage reads too.

Each piece of evidence is named (``masthead``, ``url``, ``copyright``, …) and
weighted by the ``[evidence]`` table of ``outlets.toml``; :class:`OutletVotes`
sums them and the heaviest outlet wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from malmoi.data import load_toml
from malmoi.korean.outlets import Outlet, OutletIndex, host_of, outlet_index

__all__ = ["COPYRIGHT", "DATELINE", "Outlet", "OutletIndex", "OutletVotes", "evidence_weights", "host_of",
           "outlet_from_dateline", "outlet_index"]


# (서울=연합뉴스) 홍길동 기자 = / [서울=뉴시스] / (세종=뉴스1)
DATELINE = re.compile(r"[(\[【]\s*([가-힣A-Za-z ]{1,12})\s*=\s*([^)\]】]{2,20}?)\s*[)\]】]")
# ⓒ 연합뉴스 / 저작권자 © 서울경제 / Copyright ⓒ ZDNet Korea / <저작권자ⓒ 뉴스1>
COPYRIGHT = re.compile(r"(?:ⓒ|©|\(c\)|\(C\)|저작권자|Copyright|copyright|COPYRIGHT)")


def outlet_from_dateline(line: str) -> tuple[str, str] | None:
    """(place, outlet name) from a wire dateline, e.g. ('서울', '연합뉴스')."""
    m = DATELINE.search(line)
    if not m:
        return None
    o = outlet_index().alias(m.group(2))
    return (m.group(1).strip(), o.name) if o else None


@lru_cache(maxsize=1)
def evidence_weights() -> dict[str, int]:
    """How much each kind of evidence counts (``[evidence]`` in outlets.toml)."""
    return {k: int(v) for k, v in load_toml("outlets.toml")["evidence"].items()}


@dataclass(slots=True)
class OutletVotes:
    """Named, weighted evidence for the outlet: ``votes.add("copyright", "연합뉴스")``."""

    counts: Counter[str] = field(default_factory=Counter)
    seen: list[tuple[str, str]] = field(default_factory=list)

    def add(self, kind: str, name: str) -> None:
        self.counts[name] += evidence_weights()[kind]
        self.seen.append((kind, name))

    def __bool__(self) -> bool:
        return bool(self.counts)

    def best(self) -> str | None:
        if not self.counts:
            return None
        top = max(self.counts.values())
        # ties go to the outlet whose evidence came first
        return next(name for _, name in self.seen if self.counts[name] == top)

    def kinds(self, name: str) -> set[str]:
        return {k for k, n in self.seen if n == name}
