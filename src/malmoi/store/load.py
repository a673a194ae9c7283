"""Records from JSONL files: a bad line is counted and skipped, never stops the load.

Counted reasons: ``bad_json`` (not JSON, an integer too long for Python, nesting too
deep), ``bad_utf8`` (a line that is not UTF-8), ``too_large`` (a line over
``MAX_LINE`` bytes; it is skipped without being held in memory).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from malmoi.errors import InputError
from malmoi.store.records import Record

MAX_LINE = 16 * 1024 * 1024  # bytes
CHUNK = 1024 * 1024


def check_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The paths as ``Path``; a missing or unreadable one is an ``InputError`` before loading."""
    out = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise InputError(f"cannot read {path}: no such file")
        out.append(path)
    return out


def lines(handle: BinaryIO, bad: Counter[str]) -> Iterator[bytes]:
    """The lines of ``handle``; a line over ``MAX_LINE`` is counted and skipped in chunks."""
    while True:
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            bad["too_large"] += 1
            while line and not line.endswith(b"\n"):
                line = handle.readline(CHUNK)
            continue
        yield line


def parse(line: bytes, bad: Counter[str]) -> list[Record]:
    """The line's JSON value (any JSON: the store counts what is not a record), or nothing."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        bad["bad_utf8"] += 1
        return []
    if not text.strip():
        return []
    try:
        return [json.loads(text)]
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError; so are huge ints
        bad["bad_json"] += 1
        return []


def read_jsonl(path: Path, bad: Counter[str]) -> Iterator[Record]:
    """Yield the JSON value of each non-blank line; count the lines that are not JSON."""
    try:
        handle = path.open("rb")
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from e
    with handle:
        for line in lines(handle, bad):
            yield from parse(line.removeprefix(b"\xef\xbb\xbf"), bad)
