"""The embedded store: one SQLite file, records upserted by id, FTS kept in sync by triggers."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from malmoi.errors import StoreError
from malmoi.store import query
from malmoi.store.records import Record, article_row, person_facts, problem, quote_row
from malmoi.store.schema import MIGRATIONS, SCHEMA_VERSION

BATCH = 500  # records per transaction


@dataclass(slots=True)
class UpsertResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count

    def __add__(self, other: UpsertResult) -> UpsertResult:
        return UpsertResult(
            self.inserted + other.inserted,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.skipped + other.skipped,
        )

    def summary(self) -> str:
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"
        return (
            f"inserted {self.inserted}, updated {self.updated}, "
            f"unchanged {self.unchanged}, skipped: {skipped}"
        )


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations after the store's version, up to ``target``; return the version."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {version}, newer than this malmoi knows "
            f"({SCHEMA_VERSION}): upgrade malmoi"
        )
    for number in range(version + 1, target + 1):
        script = MIGRATIONS[number - 1]
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return max(version, target)


class Store:
    """``with Store(path) as store: store.upsert(records)``. Creates and migrates the file."""

    def __init__(self, path: str | Path, *, target: int = SCHEMA_VERSION) -> None:
        self.path = Path(path)
        self._people: dict[str, int] = {}  # name -> id, valid until people are pruned
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: FTS merges stay in memory
            self.version = migrate(self.conn, target)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the store {self.path}: {e}") from e

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._people.clear()
            raise
        self.conn.execute("COMMIT")

    # writing

    def upsert(self, records: Iterable[Record]) -> UpsertResult:
        """Insert new records, rewrite changed ones, leave identical ones alone."""
        result = UpsertResult()
        batch: list[Record] = []
        for record in records:
            batch.append(record)
            if len(batch) >= BATCH:
                result = result + self._upsert_batch(batch)
                batch = []
        if batch:
            result = result + self._upsert_batch(batch)
        return result

    def _upsert_batch(self, records: list[Record]) -> UpsertResult:
        result = UpsertResult()
        with self._transaction():
            for record in records:
                reason = problem(record)
                if reason:
                    result.skipped[reason] += 1
                    continue
                outcome = self._upsert_one(record)
                setattr(result, outcome, getattr(result, outcome) + 1)
            if result.updated:
                self._prune()
        return result

    def _upsert_one(self, record: Record) -> str:
        row = article_row(record)
        row["outlet"] = self._outlet_id(record.get("outlet"))
        old = self.conn.execute(
            "SELECT n, hash FROM articles WHERE id = ?", (row["id"],)
        ).fetchone()
        if old is not None and old["hash"] == row["hash"]:
            return "unchanged"
        cols = list(row)
        if old is None:
            sql = f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            n = self.conn.execute(sql + " RETURNING n", [row[c] for c in cols]).fetchone()[0]
        else:
            n = old["n"]
            sets = ", ".join(f"{c} = ?" for c in cols)
            self.conn.execute(f"UPDATE articles SET {sets} WHERE n = ?", [*row.values(), n])
            self.conn.execute("DELETE FROM quotes WHERE article = ?", (n,))
            self.conn.execute("DELETE FROM article_people WHERE article = ?", (n,))
        self._insert_children(n, record)
        return "inserted" if old is None else "updated"

    def _insert_children(self, n: int, record: Record) -> None:
        facts = person_facts(record)
        people = {name: self._person_id(name) for name, _, _ in facts}
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_people (article, person, kind, value) VALUES (?, ?, ?, ?)",
            [(n, people[name], kind, value) for name, kind, value in facts],
        )
        rows = []
        for i, q in enumerate(record.get("quotes") or []):
            r = quote_row(q, i)
            r.update(article=n, published=record.get("published"))
            r["speaker"] = people.get(r["speaker_name"]) if r["speaker_name"] else None
            rows.append(r)
        if rows:
            cols = list(rows[0])
            sql = f"INSERT INTO quotes ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
            self.conn.executemany(sql, rows)

    def _outlet_id(self, name: object) -> int | None:
        if not isinstance(name, str) or not name:
            return None
        sql = "INSERT INTO outlets (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"
        return int(self.conn.execute(sql, (name,)).fetchone()[0])

    def _person_id(self, name: str) -> int:
        if name in self._people:
            return self._people[name]
        sql = "INSERT INTO people (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"
        self._people[name] = int(self.conn.execute(sql, (name,)).fetchone()[0])
        return self._people[name]

    def _prune(self) -> None:
        """Drop people and outlets that no article refers to any more."""
        self._people.clear()
        self.conn.execute(
            "DELETE FROM people WHERE id NOT IN (SELECT person FROM article_people)"
            " AND id NOT IN (SELECT speaker FROM quotes WHERE speaker IS NOT NULL)"
        )
        self.conn.execute(
            "DELETE FROM outlets WHERE id NOT IN (SELECT outlet FROM articles WHERE outlet IS NOT NULL)"
        )

    # reading: thin wrappers over malmoi.store.query

    def get(self, article_id: str) -> Record | None:
        return query.get_record(self.conn, article_id)

    def counts(self) -> dict[str, int]:
        return query.counts(self.conn)

    def top_speakers(self, limit: int = 10) -> list[dict[str, Any]]:
        return query.top_speakers(self.conn, limit)

    def search_quotes(self, **filters: Any) -> dict[str, Any]:
        return query.search_quotes(self.conn, query.QuoteFilter(**filters))

    def search_articles(
        self, q: str = "", outlet: str | None = None, page: int = 1, size: int = 20
    ) -> dict[str, Any]:
        return query.search_articles(self.conn, q, outlet, page, size)

    def person(self, name: str) -> dict[str, Any] | None:
        return query.person(self.conn, name)

    def people(self, q: str = "", limit: int = 100) -> list[dict[str, Any]]:
        return query.people(self.conn, q, limit)

    def neighbours(self, article_id: str) -> dict[str, dict[str, Any] | None]:
        return query.neighbours(self.conn, article_id)


def load_jsonl(db_path: str | Path, jsonl_paths: Iterable[str | Path]) -> UpsertResult:
    """Upsert every record of the given JSONL files (one record a line) into the store."""
    from malmoi.store.load import read_jsonl

    with Store(db_path) as store:
        result = UpsertResult()
        for path in jsonl_paths:
            bad: Counter[str] = Counter()
            result = result + store.upsert(read_jsonl(Path(path), bad))
            result.skipped.update(bad)
        return result
