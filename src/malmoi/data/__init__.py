"""Korean knowledge as data files: outlets, page chrome, dates, speech verbs, titles.

Read them with :func:`load_toml` / :func:`load_lines`; nothing is read at import time.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    with resources.files(__package__).joinpath(name).open("rb") as f:
        return tomllib.load(f)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """A list file: one entry a line; blank lines and '#' comments skipped."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


def clear_caches() -> None:
    """For tests that change data files."""
    load_toml.cache_clear()
    load_lines.cache_clear()
