"""Where results go, one at a time (nothing holds a whole batch): JSON lines, the
rejections file, the SQLite store, Parquet (``engine/parquet.py``).

A sink has ``article(record)`` (a ``Record``: the JSON line, and its dict when asked),
``rejection(rej)`` and ``close() -> summary | None``.
Files are rewritten, never appended to, so a re-run gives the same files. Text that
cannot be written as UTF-8 (a lone surrogate) is written as its JSON escape, so a record
never fails to be written.
"""

from __future__ import annotations

import json
import sys
from typing import IO, Any, Protocol

from malmoi.model import Rejection

__all__ = ["JsonlSink", "Record", "RejectionSink", "Sink", "StoreSink", "dumps", "open_text"]


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


def open_text(path: str | None) -> IO[str]:
    """A UTF-8 text file (rewritten) or standard output as UTF-8, whatever the locale."""
    if path is None or path == "-":
        return open(sys.stdout.fileno(), "w", encoding="utf-8", errors="backslashreplace", closefd=False)
    return open(path, "w", encoding="utf-8", errors="backslashreplace")


class Record:
    """An article's record: its JSON line as the worker wrote it; the dict parsed once, on demand."""

    __slots__ = ("_data", "line")

    def __init__(self, line: str) -> None:
        self.line = line
        self._data: dict[str, Any] | None = None

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = json.loads(self.line)
        return self._data


class Sink(Protocol):
    def article(self, record: Record) -> None: ...

    def rejection(self, rej: Rejection) -> None: ...

    def close(self) -> str | None: ...


class JsonlSink:
    """One JSON line per record (``Article.to_dict``, as ``json.dumps(..., ensure_ascii=False)``)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.out = open_text(path)
        self.count = 0

    def article(self, record: Record) -> None:
        self.out.write(record.line + "\n")
        self.count += 1

    def rejection(self, rej: Rejection) -> None:
        pass

    def close(self) -> str | None:
        self.out.close()
        return None


class RejectionSink:
    """One JSON line per rejected document (``--rejections``)."""

    def __init__(self, path: str) -> None:
        self.out = open_text(path)

    def article(self, record: Record) -> None:
        pass

    def rejection(self, rej: Rejection) -> None:
        self.out.write(dumps(rej.to_dict()) + "\n")

    def close(self) -> str | None:
        self.out.close()
        return None


class StoreSink:
    """Upserts into the store as records arrive, through the store's own loader (a bulk load
    into a new store: full-text index built once at the end; else incremental).

    ``fold=True``: when the upsert is done, fold the store (``malmoi.dedup.fold_store``:
    only the articles not folded yet are added)."""

    def __init__(self, db: str, fold: bool = False) -> None:
        from malmoi.store import Store

        self.db = db
        self.fold = fold
        self.store = Store(db)
        try:
            self.load = self.store.loader()
            self.load.__enter__()
        except BaseException:
            self.store.close()
            raise

    def article(self, record: Record) -> None:
        self.load.add(record.data)

    def rejection(self, rej: Rejection) -> None:
        pass

    def close(self) -> str | None:
        try:
            self.load.__exit__(None, None, None)
        finally:
            self.store.close()
        said = f"store {self.db}: {describe_upsert(self.load.result)}"
        if self.fold:
            from malmoi.dedup import fold_store

            said += f"\nfold {self.db}: {fold_store(self.db).summary()}"
        return said


def describe_upsert(res: Any) -> str:
    """``53 new, 0 updated, 0 unchanged, 0 skipped`` (with the reasons of the skipped ones)."""
    skipped = sum(res.skipped.values())
    why = ", ".join(f"{k} {v}" for k, v in sorted(res.skipped.items()))
    return f"{res.inserted} new, {res.updated} updated, {res.unchanged} unchanged, {skipped} skipped" + (
        f" ({why})" if why else ""
    )
