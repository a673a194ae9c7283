"""``malmoi export``: a store's records as JSON lines, CSV or Parquet, for spreadsheets and
notebooks -- one table (``articles``, ``quotes`` or ``people``) with the columns of
``docs/parquet.md``; JSON lines of ``articles`` are the records themselves."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from malmoi.engine.parquet import article_rows
from malmoi.engine.sinks import open_text
from malmoi.errors import MalmoiError

__all__ = ["FORMATS", "TABLES", "export", "format_of"]

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("quotes", "articles", "people")


def format_of(path: str, given: str | None) -> str:
    if given:
        return given
    suffix = Path(path).suffix.lstrip(".").lower()
    if suffix in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if suffix in FORMATS:
        return suffix
    raise MalmoiError(f"say --format {'|'.join(FORMATS)}: the name {path} does not tell")


def _records(db: str) -> Iterator[dict[str, Any]]:
    from malmoi.store import Store

    with Store(db, readonly=True) as store, store.reading():
        # the record of each article, as Store.get reads it, in id order
        for (text,) in store.conn.execute("SELECT record FROM articles ORDER BY id"):
            yield json.loads(text)


def _rows(db: str, what: str) -> Iterator[dict[str, Any]]:
    for rec in _records(db):
        art, quotes, people = article_rows(rec)
        yield from {"articles": [art], "quotes": quotes, "people": people}[what]


def _cell(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v


def export(db: str, out: str, fmt: str, what: str) -> int:
    """Write the table ``what`` of the store ``db`` to ``out``; the number of rows."""
    if not Path(db).is_file():
        raise MalmoiError(f"no store at {db}: make one with 'malmoi extract PAGES --db {db}'")
    n = 0
    if fmt == "jsonl":
        with open_text(out) as f:
            for row in _records(db) if what == "articles" else _rows(db, what):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    elif fmt == "csv":
        from malmoi.engine.parquet import schemas

        names = schemas()[what].names if _has_pyarrow() else None
        with open_text(out) as f:
            writer: csv.DictWriter[str] | None = None
            for row in _rows(db, what):
                if writer is None:
                    writer = csv.DictWriter(f, fieldnames=names or list(row))
                    writer.writeheader()
                writer.writerow({k: _cell(v) for k, v in row.items()})
                n += 1
    else:
        n = _parquet(db, out, what)
    return n


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _parquet(db: str, out: str, what: str) -> int:
    from malmoi.engine.parquet import _pa, schemas

    pa = _pa()
    import pyarrow.parquet as pq

    schema = schemas()[what]
    n, batch = 0, []
    with pq.ParquetWriter(out, schema) as writer:
        for row in _rows(db, what):
            batch.append(row)
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
