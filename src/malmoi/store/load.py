"""Records from JSONL files: a bad line is counted and skipped, never stops the load."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from malmoi.errors import InputError
from malmoi.store.records import Record


def read_jsonl(path: Path, bad: Counter[str]) -> Iterator[Record]:
    """Yield the JSON object of each non-blank line; count the lines that are not JSON."""
    try:
        handle = path.open(encoding="utf-8", errors="strict")
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from e
    with handle:
        try:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    bad["bad_json"] += 1
        except UnicodeDecodeError as e:
            raise InputError(
                f"{path} is not UTF-8 ({e.reason}): records must be UTF-8 JSONL"
            ) from e
