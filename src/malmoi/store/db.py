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
from malmoi.store.schema import FTS_INDEXES, MIGRATIONS, SCHEMA_VERSION, TRIGGERS

BATCH = 500  # records per transaction in an incremental load
BULK_BATCH = 5000  # records per transaction in a bulk load
STORE_ERRORS = (sqlite3.Error, OverflowError, ValueError, UnicodeError, RecursionError)


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
        """``53 new, 0 updated, 0 unchanged, 2 skipped (bad_title 1, no_id 1)``."""
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items()))
        return (
            f"{self.inserted} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.skipped.total()} skipped" + (f" ({reasons})" if reasons else "")
        )


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations after the store's version, up to ``target``; return the version."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {version}, newer than this malmoi knows "
            f"({SCHEMA_VERSION}): upgrade malmoi"
        )
    for number in range(version + 1, target + 1):
        script = MIGRATIONS[number - 1]
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return max(version, target)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate_file(path: str | Path) -> tuple[int, int]:
    """``malmoi migrate``: bring the store at ``path`` to the current schema; (before, after).

    The one step that writes a store's schema; ``serve`` only reads and refuses an old
    store with a message naming this. Also rebuilds the full-text indexes if a bulk
    load was interrupted before it could.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    with Store(path, target=0) as store:
        before = store.version
    with Store(path) as store:
        return before, store.version


def readonly_uri(path: Path) -> str:
    return path.absolute().as_uri() + "?mode=ro"


class Store:
    """``with Store(path) as store: store.upsert(records)``. Creates and migrates the file.

    ``Store(path, readonly=True)`` only reads: the file is opened ``mode=ro``, nothing is
    created, migrated or switched to WAL, and a store of another schema version is refused.
    """

    def __init__(
        self, path: str | Path, *, target: int = SCHEMA_VERSION, readonly: bool = False
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._people: dict[str, int] = {}  # name -> id, valid until people are pruned
        self._outlets: dict[str, int] = {}  # name -> id, likewise
        try:
            if readonly:
                self.conn = self._open_readonly()
                self.version = schema_version(self.conn)
                self._check_readable()
            else:
                self.conn = self._open_writer()
                self.version = migrate(self.conn, target)
                if self.version == SCHEMA_VERSION:
                    self._repair_fts()
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the store {self.path}: {e}") from e

    def _open_writer(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: FTS merges stay in memory
        return conn

    def _open_readonly(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise StoreError(
                f"no store at {self.path}: make one with 'malmoi load' or 'extract --db'"
            )
        conn = sqlite3.connect(
            readonly_uri(self.path), uri=True, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cache_size = -16384")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    def _check_readable(self) -> None:
        if self.version == SCHEMA_VERSION:
            return
        if self.version > SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} has schema version {self.version}, newer than this "
                f"malmoi knows ({SCHEMA_VERSION}): upgrade malmoi"
            )
        tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        what = "is not a malmoi store" if not tables and not self.version else "is an older store"
        raise StoreError(
            f"{self.path} {what} (schema version {self.version}, this malmoi reads "
            f"{SCHEMA_VERSION}): run 'malmoi migrate {self.path}' first"
        )

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
            self._forget()
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """One read transaction: every query inside sees the same snapshot of the store."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            self.conn.execute("ROLLBACK" if self.readonly else "COMMIT")

    def _forget(self) -> None:
        self._people.clear()
        self._outlets.clear()

    # writing

    def upsert(self, records: Iterable[Record], *, bulk: bool | None = None) -> UpsertResult:
        """Insert new records, rewrite changed ones, leave identical ones alone.

        A bulk load (``bulk=True``; by default when the store holds no article yet)
        drops the full-text triggers, inserts in large batches and rebuilds both
        indexes once at the end. An incremental load keeps the triggers.
        """
        if self.readonly:
            raise StoreError(f"the store {self.path} was opened read-only")
        if self.version != SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} is at schema version {self.version}, this malmoi"
                f" writes {SCHEMA_VERSION}: run 'malmoi migrate {self.path}'"
            )
        if bulk is None:
            bulk = self.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
        size = BULK_BATCH if bulk else BATCH
        result = UpsertResult()
        if bulk:
            self._drop_fts_triggers()
        try:
            batch: list[Record] = []
            for record in records:
                batch.append(record)
                if len(batch) >= size:
                    result = result + self._upsert_batch(batch)
                    batch = []
            if batch:
                result = result + self._upsert_batch(batch)
        finally:
            if bulk:
                self._repair_fts()
        return result

    def _upsert_batch(self, records: list[Record]) -> UpsertResult:
        result = UpsertResult()
        with self._transaction():
            for record in records:
                reason = problem(record)
                if reason:
                    result.skipped[reason] += 1
                    continue
                outcome = self._upsert_guarded(record)
                if outcome in ("inserted", "updated", "unchanged"):
                    setattr(result, outcome, getattr(result, outcome) + 1)
                else:
                    result.skipped[outcome] += 1
            if result.updated:
                self._prune()
        return result

    def _upsert_guarded(self, record: Record) -> str:
        """One record inside a savepoint: a failure undoes this record only."""
        self.conn.execute("SAVEPOINT one")
        try:
            outcome = self._upsert_one(record)
        except STORE_ERRORS:
            self.conn.execute("ROLLBACK TO one")
            self._forget()
            outcome = "store_error"
        self.conn.execute("RELEASE one")
        return outcome

    def _upsert_one(self, record: Record) -> str:
        row = article_row(record)
        outlet = self._outlet_id(record.get("outlet"))
        row["outlet"] = outlet
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
        self._insert_children(n, outlet, record)
        return "inserted" if old is None else "updated"

    def _insert_children(self, n: int, outlet: int | None, record: Record) -> None:
        facts = person_facts(record)
        people = {name: self._person_id(name) for name, _, _ in facts}
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_people (article, person, kind, value) VALUES (?, ?, ?, ?)",
            [(n, people[name], kind, value) for name, kind, value in facts],
        )
        rows = []
        for i, q in enumerate(record.get("quotes") or []):
            r = quote_row(q, i)
            r.update(article=n, published=record.get("published"), outlet=outlet)
            r["speaker"] = people.get(r["speaker_name"]) if r["speaker_name"] else None
            rows.append(r)
        if rows:
            cols = list(rows[0])
            sql = f"INSERT INTO quotes ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
            self.conn.executemany(sql, rows)

    def _outlet_id(self, name: object) -> int | None:
        if not isinstance(name, str) or not name:
            return None
        if name not in self._outlets:
            sql = "INSERT INTO outlets (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"
            self._outlets[name] = int(self.conn.execute(sql, (name,)).fetchone()[0])
        return self._outlets[name]

    def _person_id(self, name: str) -> int:
        if name in self._people:
            return self._people[name]
        sql = "INSERT INTO people (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"
        self._people[name] = int(self.conn.execute(sql, (name,)).fetchone()[0])
        return self._people[name]

    def _prune(self) -> None:
        """Drop people and outlets that no article refers to any more."""
        self._forget()
        self.conn.execute(
            "DELETE FROM people WHERE id NOT IN (SELECT person FROM article_people)"
            " AND id NOT IN (SELECT speaker FROM quotes WHERE speaker IS NOT NULL)"
        )
        self.conn.execute(
            "DELETE FROM outlets WHERE id NOT IN (SELECT outlet FROM articles WHERE outlet IS NOT NULL)"
        )

    # full-text triggers: dropped for a bulk load, the indexes rebuilt once after it

    def _triggers(self) -> set[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {r[0] for r in rows}

    def _drop_fts_triggers(self) -> None:
        with self._transaction():
            for name in sorted(self._triggers() & set(TRIGGERS)):
                self.conn.execute(f"DROP TRIGGER {name}")

    def _repair_fts(self) -> None:
        """Rebuild the indexes and restore the triggers if any trigger is missing."""
        missing = set(TRIGGERS) - self._triggers()
        if not missing:
            return
        with self._transaction():
            for _, fts, _, _ in FTS_INDEXES:
                self.conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            for name in sorted(missing):
                self.conn.execute(TRIGGERS[name])

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


def load_jsonl(
    db_path: str | Path, jsonl_paths: Iterable[str | Path], *, bulk: bool | None = None
) -> UpsertResult:
    """Upsert every record of the given JSONL files (one record a line) into the store.

    All files go in one load (a bulk load when the store is new, see ``Store.upsert``);
    bad lines and bad records are counted by reason in ``skipped``.
    """
    from malmoi.store.load import check_paths, read_jsonl

    paths = check_paths(jsonl_paths)
    bad: Counter[str] = Counter()
    with Store(db_path) as store:
        result = store.upsert((r for path in paths for r in read_jsonl(path, bad)), bulk=bulk)
    result.skipped.update(bad)
    return result
