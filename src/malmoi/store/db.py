"""The embedded store: one SQLite file, records upserted by id, FTS kept in sync by triggers."""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import queue
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from types import TracebackType
from typing import Any

from malmoi.errors import StoreError
from malmoi.store import ftsbuild, query
from malmoi.store.records import (
    Q_ARTICLE,
    Q_ID,
    Q_OUTLET,
    Q_PUBLISHED,
    Q_SPEAKER,
    Q_SPEAKER_NAME,
    QUOTE_COLUMNS,
    Record,
    Rows,
    article_row,
    make_rows,
)
from malmoi.store.schema import (
    FTS_INDEXES,
    INCOMPLETE,
    INDEXES,
    MIGRATIONS,
    REINDEX,
    SCHEMA_VERSION,
    TRIGGERS,
    indexed,
)
from malmoi.store.validate import serialise_utf8, shape_problem

BATCH = 500  # records per transaction in an incremental load
BULK_BATCH = 5000  # records per transaction in a bulk load
FTS_HASH_SIZE = 64 << 20  # bytes of pending FTS terms a writer holds before it writes a segment
STORE_ERRORS = (sqlite3.Error, OverflowError, ValueError, UnicodeError, RecursionError)
PIPE_BATCH = 1000  # records per transaction in a bulk load into a new store (each sent on to
# the processes building the quotes, facts and FTS indexes once written)
FIRST_PIPE_BATCH = 200  # the first one: those processes start sooner
FTS_PROCESS = True  # a bulk load into a new store builds its FTS indexes in another process
QUOTE_INSERT = f"INSERT INTO quotes ({', '.join(QUOTE_COLUMNS)}) VALUES ({', '.join('?' * len(QUOTE_COLUMNS))})"
FACT_INSERT = (
    "INSERT OR IGNORE INTO article_people (article, person, kind, value) VALUES (?, ?, ?, ?)"
)


# a record that passed its checks, its JSON, and its rows when made ahead (or None)
Fact = tuple[int, int, str, str]  # an article_people row: article, person, kind, value
Ready = tuple[Record, str, "Rows | None"]


def check_records(records: list[Record], rows: bool = False) -> tuple[UpsertResult, list[Ready]]:
    """The records fit to store (with their JSON, and with ``rows`` their rows), and the
    others counted by reason.

    Pure Python, no SQLite (with ``rows``, the rows of a bulk load into a new store)."""
    result = UpsertResult()
    ready: list[Ready] = []
    for record in records:
        reason = shape_problem(record)
        stored = ""
        if not reason:
            reason, stored, data = serialise_utf8(record)
        if reason:
            result.skipped[reason] += 1
        elif rows:
            digest = hashlib.sha1(data).hexdigest()  # content_hash, the UTF-8 made once
            ready.append((record, stored, rows_ahead(record, stored, digest, data)))
        else:
            ready.append((record, stored, None))
    return result, ready


def rows_ahead(record: Record, stored: str, digest: str, data: bytes) -> Rows | None:
    """The record's rows, ids aside, and its JSON's UTF-8 (``data``: bound as the text it
    is, not encoded again); None if making them fails (then they are made again where a
    failure is counted against the record)."""
    try:
        made = make_rows(record, stored, digest)
    except STORE_ERRORS:
        return None
    made.utf8 = data
    return made


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
    if version >= target:
        return version
    conn.execute("PRAGMA foreign_keys = OFF")  # a migration may rebuild a referenced table
    try:
        for number in range(version + 1, target + 1):
            script = MIGRATIONS[number - 1]
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("PRAGMA foreign_keys = ON")
    return target


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
        self._people: dict[tuple[str, int], int] = {}  # (name, 0) -> id, until a prune
        self._outlets: dict[str, int] = {}  # name -> id, likewise
        # the articles, quotes and facts rows the last batch made (sent to other processes)
        self._fresh: tuple[list[dict[str, Any]], list[list[Any]], list[Fact]] = ([], [], [])
        # A bulk load into a new store hands the quotes and person facts of its batches
        # (``_fresh``) to the processes building the FTS indexes instead of writing them
        # here; ``_delegated``: per batch, the articles (n after [0] up to [1]) and quote ids
        # (after [2] up to [3]) whose quotes and facts are not in the store yet.
        self._delegate = False
        self._delegated: list[tuple[int, int, int, int]] = []
        try:
            if readonly:
                self.conn = self._open_readonly()
                self._check_complete()
                self.version = schema_version(self.conn)
                self._check_readable()
            else:
                self.conn = self._open_writer()
                self._check_complete()
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
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            if os.access(self.path.parent, os.W_OK):
                raise
            # A WAL store in a folder we cannot write: SQLite cannot make its -shm file.
            # Nobody can be writing there either, so the file is read as immutable.
            conn.close()
            conn = sqlite3.connect(
                readonly_uri(self.path) + "&immutable=1",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cache_size = -16384")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    def _incomplete(self) -> bool:
        return int(self.conn.execute("PRAGMA application_id").fetchone()[0]) == INCOMPLETE

    def _check_complete(self) -> None:
        """Refuse a store whose load into it as a new file (without a journal) was stopped."""
        if self._incomplete():
            self.conn.close()
            raise StoreError(
                f"the store {self.path} is incomplete: a load into it as a new store was"
                " stopped before it finished (it was written without a journal and may be"
                " damaged): delete it and load again"
            )

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
        delegated = list(self._delegated)
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._forget()
            self._delegated = delegated  # rows a reclaim wrote are undone: to be written
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
        drops the full-text triggers (and, into a new store, the secondary indexes),
        inserts in large batches and builds the indexes once at the end. An
        incremental load keeps them all.
        """
        with self.loader(bulk=bulk) as load:
            for record in records:
                load.add(record)
        return load.result

    def loader(self, *, bulk: bool | None = None) -> Loader:
        """``with store.loader() as load: load.add(record)`` — ``upsert`` for records that
        arrive one at a time (a sink); ``load.result`` when the block ends."""
        if self.readonly:
            raise StoreError(f"the store {self.path} was opened read-only")
        if self.version != SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} is at schema version {self.version}, this malmoi"
                f" writes {SCHEMA_VERSION}: run 'malmoi migrate {self.path}'"
            )
        return Loader(self, bulk)

    def _upsert_batch(self, records: list[Record]) -> UpsertResult:
        """Check every record, then write the batch in one transaction (see ``_write_checked``)."""
        result, ready = check_records(records)
        return result + self._write_checked(ready)

    def _write_checked(self, ready: list[Ready], after: AfterWrite | None = None) -> UpsertResult:
        """Write checked records in one transaction; ``after(outcome, one_by_one)`` runs in it.

        New records go in with one ``executemany`` per table; if that fails, the batch is
        done again a record at a time, each in a savepoint, so one bad record costs
        only itself.
        """
        try:
            with self._transaction():
                outcome = self._write_batch(ready)
                if after is not None:
                    after(outcome, False)
        except STORE_ERRORS:
            with self._transaction():
                outcome = self._write_one_by_one(ready)
                if after is not None:
                    after(outcome, True)
        return outcome

    def _write_batch(self, ready: list[Ready]) -> UpsertResult:
        result = UpsertResult()
        self._fresh = ([], [], [])
        ids = [r["id"] for r, _, _ in ready]
        known = {
            row[0]: (row[1], row[2])
            for row in self.conn.execute(
                "SELECT id, n, hash FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
        }
        seen: set[str] = set()
        new: list[Ready] = []
        later: list[Ready] = []  # already stored, or twice in this batch
        for item in ready:
            rid = item[0]["id"]
            (later if rid in known or rid in seen else new).append(item)
            seen.add(rid)
        self._insert_new(new)
        result.inserted = len(new)
        return result + self._write_one_by_one(later, guarded=False)

    def _insert_new(self, new: list[Ready]) -> None:
        if not new:
            return
        n = int(self.conn.execute("SELECT coalesce(max(n), 0) FROM articles").fetchone()[0])
        qid = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0])
        if self._delegated:  # the store has not got them: the ids go on after the last given
            qid = max(qid, self._delegated[-1][3])
        first = (n, qid)
        articles: list[dict[str, Any]] = []
        quotes: list[list[Any]] = []
        facts: list[Fact] = []
        for record, stored, ahead in new:
            n += 1
            made = ahead or make_rows(record, stored)
            row = made.article
            if made.utf8 is not None:
                row["record"] = made.utf8  # CAST(? AS TEXT): the same text, encoded once
            outlet = self._outlet_id(record.get("outlet"))
            row.update(n=n, outlet=outlet)
            articles.append(row)
            f, q = self._children(n, outlet, record, made)
            facts += f
            for r in q:  # ids as SQLite would give them (max + 1), known for the FTS rows
                qid += 1
                r[Q_ID] = qid
            quotes += q
        self._insert_rows("articles", articles)
        if self._delegate:
            self._delegated.append((first[0], n, first[1], qid))
        else:
            self.conn.executemany(FACT_INSERT, facts)
            self.conn.executemany(QUOTE_INSERT, quotes)
        self._fresh = (articles, quotes, facts)

    def _insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Rows made by one function, so with their keys in one order: bound by position."""
        if rows:
            cols = list(rows[0])
            values = ", ".join("CAST(? AS TEXT)" if c == "record" else "?" for c in cols)
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({values})"
            self.conn.executemany(sql, [tuple(r.values()) for r in rows])

    def _write_one_by_one(self, ready: list[Ready], *, guarded: bool = True) -> UpsertResult:
        result = UpsertResult()
        if ready and (self._delegate or self._delegated):
            self._reclaim()  # before any prune or new quote id: the store holds every row
        for record, stored, _ in ready:
            outcome = (
                self._upsert_guarded(record, stored)
                if guarded
                else self._upsert_one(record, stored)
            )
            if outcome in ("inserted", "updated", "unchanged"):
                setattr(result, outcome, getattr(result, outcome) + 1)
            else:
                result.skipped[outcome] += 1
        if result.updated:
            self._prune()
        return result

    def _reclaim(self, facts: bool = True, quotes: bool = True) -> None:
        """Write the quotes and person facts handed to other processes, which will not copy
        them in (the load rewrote or refused a record, or failed), made again from the
        stored records with the ids they were given; from here on a batch writes its own.
        In a transaction."""
        self._delegate = False
        ranges, self._delegated = self._delegated, []
        for after, last, qid, _ in ranges:
            rows = self.conn.execute(
                "SELECT n, outlet, record FROM articles WHERE n > ? AND n <= ? ORDER BY n",
                (after, last),
            ).fetchall()
            for n, outlet, stored in rows:
                made_facts, made_quotes = self._children(n, outlet, json.loads(stored))
                for r in made_quotes:
                    qid += 1
                    r[Q_ID] = qid
                if facts:
                    self.conn.executemany(FACT_INSERT, made_facts)
                if quotes:
                    self.conn.executemany(QUOTE_INSERT, made_quotes)

    def _upsert_guarded(self, record: Record, stored: str) -> str:
        """One record inside a savepoint: a failure undoes this record only."""
        self.conn.execute("SAVEPOINT one")
        try:
            outcome = self._upsert_one(record, stored)
        except STORE_ERRORS:
            self.conn.execute("ROLLBACK TO one")
            self._forget()
            outcome = "store_error"
        self.conn.execute("RELEASE one")
        return outcome

    def _upsert_one(self, record: Record, stored: str) -> str:
        row = article_row(record, stored)
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
        facts, quotes = self._children(n, outlet, record)
        self.conn.executemany(FACT_INSERT, facts)
        self.conn.executemany(QUOTE_INSERT, quotes)
        return "inserted" if old is None else "updated"

    def _children(
        self, n: int, outlet: int | None, record: Record, made: Rows | None = None
    ) -> tuple[list[Fact], list[list[Any]]]:
        """The article_people and quotes rows of article ``n`` (quotes without ids)."""
        made = made or make_rows(record, None)
        local = made.local
        known = self._people
        people: dict[str, int] = {}
        for name, _, _ in made.facts:
            if name not in people:
                key = (name, n if name in local else 0)
                pid = known.get(key)
                people[name] = pid if pid is not None else self._person_id(*key)
        rows = [(n, people[name], kind, value) for name, kind, value in made.facts]
        published = record.get("published")
        for r in made.quotes:
            r[Q_ARTICLE] = n
            r[Q_PUBLISHED] = published
            r[Q_OUTLET] = outlet
            name = r[Q_SPEAKER_NAME]
            r[Q_SPEAKER] = people.get(name) if name else None
        return rows, made.quotes

    def _outlet_id(self, name: object) -> int | None:
        if not isinstance(name, str) or not name:
            return None
        if name not in self._outlets:
            sql = "INSERT INTO outlets (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"
            self._outlets[name] = int(self.conn.execute(sql, (name,)).fetchone()[0])
        return self._outlets[name]

    def _person_id(self, name: str, scope: int = 0) -> int:
        """The person of ``name``: everywhere (scope 0), or one article's anonymous source."""
        key = (name, scope)
        if key in self._people:
            return self._people[key]
        sql = (
            "INSERT INTO people (name, scope) VALUES (?, ?)"
            " ON CONFLICT (name, scope) DO UPDATE SET name = name RETURNING id"
        )
        pid = int(self.conn.execute(sql, key).fetchone()[0])
        if scope == 0:  # one article's people are looked up once: not kept
            self._people[key] = pid
        return pid

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

    # full-text triggers and secondary indexes: dropped for a bulk load, built once after it

    def _objects(self, kind: str) -> set[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
        return {r[0] for r in rows}

    def _drop_for_bulk(self, indexes: bool, mark: bool = False) -> None:
        """Drop the FTS triggers (and with ``indexes`` the secondary indexes); with ``mark``,
        mark the store incomplete in the same (journaled) transaction."""
        with self._transaction():
            for name in sorted(self._objects("trigger") & set(TRIGGERS)):
                self.conn.execute(f"DROP TRIGGER {name}")
            for name in sorted(self._objects("index") & set(INDEXES) if indexes else ()):
                self.conn.execute(f"DROP INDEX {name}")
            if mark:
                self.conn.execute(f"PRAGMA application_id = {INCOMPLETE}")

    def _create_indexes(self) -> None:
        self.conn.execute("PRAGMA threads = 2")  # the index sorts may use another core
        try:
            with self._transaction():
                for name in sorted(set(INDEXES) - self._objects("index")):
                    self.conn.execute(INDEXES[name])
        finally:
            self.conn.execute("PRAGMA threads = 0")

    def _fts_hash_size(self) -> None:
        for _, fts, _, _ in FTS_INDEXES:  # pending terms in memory: fewer segments to merge
            self.conn.execute(
                f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {FTS_HASH_SIZE})"
            )

    def _index_since(self, article: int, quote: int) -> tuple[int, int]:
        """Add the articles after ``n = article`` and the quotes after ``id = quote`` to the
        full-text indexes (with the sentinel, as the triggers do); the new last ones."""
        last = {}
        for (table, fts, key, cols), after in zip(FTS_INDEXES, (article, quote), strict=True):
            values = ", ".join(indexed(c) for c in cols)
            self.conn.execute(
                f"INSERT INTO {fts}(rowid, {', '.join(cols)})"
                f" SELECT {key}, {values} FROM {table} WHERE {key} > ?",
                (after,),
            )
            row = self.conn.execute(f"SELECT coalesce(max({key}), ?) FROM {table}", (after,))
            last[table] = int(row.fetchone()[0])
        return last["articles"], last["quotes"]

    def _restore_after_bulk(self, complete: bool = False) -> None:
        """The triggers and secondary indexes back, the full-text indexes being in sync;
        with ``complete`` the store's incomplete mark is cleared in the same transaction."""
        with self._transaction():
            for name in sorted(set(INDEXES) - self._objects("index")):
                self.conn.execute(INDEXES[name])
            for name in sorted(set(TRIGGERS) - self._objects("trigger")):
                self.conn.execute(TRIGGERS[name])
            if complete:
                self.conn.execute("PRAGMA application_id = 0")

    def _repair_fts(self) -> None:
        """Restore missing indexes; rebuild the FTS indexes if any of their triggers is missing."""
        triggers = set(TRIGGERS) - self._objects("trigger")
        indexes = set(INDEXES) - self._objects("index")
        if not triggers and not indexes:
            return
        with self._transaction():
            for name in sorted(indexes):
                self.conn.execute(INDEXES[name])
            if triggers:
                self._fts_hash_size()
                for sql in REINDEX.split(";\n"):
                    self.conn.execute(sql)
            for name in sorted(triggers):
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

    def person(self, name: str, article: str | None = None) -> dict[str, Any] | None:
        return query.person(self.conn, name, article)

    def people(self, q: str = "", page: int = 1, size: int = 100) -> dict[str, Any]:
        return query.people(self.conn, q, page, size)

    def overview(self, limit: int = 10) -> dict[str, Any]:
        return query.overview(self.conn, limit)

    def neighbours(self, article_id: str) -> dict[str, dict[str, Any] | None]:
        return query.neighbours(self.conn, article_id)


AfterWrite = Callable[["UpsertResult", bool], None]


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a batch is made and written: its rows hold no
    cycles, and every full collection would walk each object the caller holds (measured:
    a tenth of a bulk load's time with 10,000 records in memory). Back on after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def fts_insert(fts: str, cols: tuple[str, ...]) -> str:
    """The insert of one row into ``fts``, each value with the sentinel (as the triggers do)."""
    return (
        f"INSERT INTO {fts}(rowid, {', '.join(cols)})"
        f" VALUES (?, {', '.join(indexed('?') for _ in cols)})"
    )


ARTICLE_FTS, QUOTE_FTS = (fts_insert(fts, cols) for _, fts, _, cols in FTS_INDEXES)
# an articles row (a dict) -> the values of its FTS row; a quotes row's (a list) positions
ARTICLE_FTS_VALUES = itemgetter("n", *FTS_INDEXES[0][3])
QUOTE_FTS_SLOTS = tuple(QUOTE_COLUMNS.index(c) for c in ("id", *FTS_INDEXES[1][3]))


@dataclass(frozen=True, slots=True)
class Side:
    """What one process builds for a bulk load into a new store: a table (empty in the store
    until the end) and its indexes, and one FTS index."""

    table: str
    fts: str
    indexes: tuple[str, ...]  # names in ``INDEXES``, made once every row is in

    def ddl(self, conn: sqlite3.Connection) -> list[str]:
        sql = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"
        return [conn.execute(sql, (name,)).fetchone()[0] for name in (self.table, self.fts)]


# the person facts with the articles' FTS index; the quotes with theirs
ARTICLE_SIDE = Side(
    "article_people", "articles_fts", ("article_people_person", "article_people_value")
)
QUOTE_SIDE = Side(
    "quotes",
    "quotes_fts",
    ("quotes_speaker", "quotes_published", "quotes_outlet", "quotes_fidelity", "quotes_type")
    + ("quotes_window",),
)


FEED_BATCHES = 8  # batches waiting for one FTS process at most


class FtsProcess:
    """One side of a bulk load into a new store (an FTS index, and the table of quotes or of
    person facts with its indexes), built by ``ftsbuild.py`` in a process of its own from
    the rows each batch made, and copied into the store at the end (``copy``). A thread of
    ours feeds it (``marshal``: the rows are tuples and lists of text, integers and None,
    a third faster than ``pickle``; writing to its pipe) so that a batch is never waited
    for.
    Any failure (the process cannot start or dies, the pipe breaks) makes ``copy`` answer
    False: the caller then writes the table's rows from the stored records and rebuilds the
    FTS indexes from the tables.
    """

    def __init__(self, store: Store, side: Side) -> None:
        self.side = side
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-S", str(Path(__file__).with_name("ftsbuild.py"))],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
        )
        self.failed = False
        self.closed = False
        # bounded: a process that falls behind holds the load back instead of letting batches pile up in memory
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=FEED_BATCHES)
        self.feeder = threading.Thread(target=self._feed, name="malmoi-fts-feed", daemon=True)
        self.feeder.start()
        later = [INDEXES[name] for name in side.indexes]
        self.queue.put(("ddl", side.ddl(store.conn), [(side.fts, FTS_HASH_SIZE)], later))

    def prepare(self, message: Any) -> Any:
        """A message as sent: a batch's rows made the rows of this side's tables."""
        if message[0] != "rows":
            return message
        arts, quotes, facts = message[1]
        if self.side is QUOTE_SIDE:  # the FTS rows are made of the quote rows over there
            return ("rows", [(QUOTE_INSERT, quotes, [(QUOTE_FTS, QUOTE_FTS_SLOTS)])])
        return (
            "rows",
            [(ARTICLE_FTS, list(map(ARTICLE_FTS_VALUES, arts)), []), (FACT_INSERT, facts, [])],
        )

    def _feed(self) -> None:
        stdin = self.proc.stdin
        assert stdin is not None
        while (message := self.queue.get()) is not None:
            if not self.failed:
                try:
                    data = marshal.dumps(self.prepare(message))  # same Python reads it
                    stdin.write(len(data).to_bytes(8, "little"))
                    stdin.write(data)
                    stdin.flush()  # a short message ("commit") is not left in the buffer
                except (OSError, ValueError):
                    self.failed = True
        try:
            stdin.close()
        except OSError:
            self.failed = True

    def _close(self, *last: Any) -> None:
        if not self.closed:
            self.closed = True
            for message in last:
                self.queue.put(message)
            self.queue.put(None)

    def _end(self) -> int:
        code = self.proc.wait()
        self.feeder.join()
        return code

    def abort(self) -> None:
        """The load did not finish: the process ends without writing more to the store."""
        self._close()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._end()

    def add(self, fresh: tuple[list[dict[str, Any]], list[list[Any]], list[Fact]]) -> None:
        """A batch's new rows: its articles (in the store), quotes and facts (in the store
        only once copied; the load will be stopped or rewrite them anyway)."""
        self.queue.put(("rows", fresh))

    def commit(self) -> None:
        """Every batch is sent: the process may make its indexes (in its database)."""
        if not self.closed:
            self.queue.put(("commit",))

    def ask_copy(self, path: Path) -> None:
        """Have the side's tables copied into the store at ``path`` (in no transaction of
        ours) once built."""
        shadows = [f"{self.side.fts}_{shadow}" for shadow in ftsbuild.SHADOWS]
        self._close(("copy", str(path.absolute()), shadows, [self.side.table]))

    def copied(self) -> bool:
        """Wait for the copy asked for: whether the tables are in the store."""
        return self._end() == 0 and not self.failed


class Loader:
    """Records added one at a time, written in batches; see ``Store.loader``.

    A bulk load into a new store is written without a journal and marked incomplete until
    it ends. Its batches are checked here and their articles, people and outlets written;
    their quotes and person facts go to two other processes (``FtsProcess``, one side
    each), which build them, their indexes and the two full-text indexes meanwhile, on the
    other core (a thread in this process would wait for the GIL at every row). At the end
    the store makes its own secondary indexes while they make theirs, each copies its
    tables in, and the triggers are made in a journaled transaction that also clears the
    incomplete mark. A batch that updated a record (an id twice in the stream) or had to be
    written a record at a time first writes the quotes and facts handed over so far from
    the stored records (``Store._reclaim``; so does the end of a load stopped, or one whose
    process died), and the full-text indexes are rebuilt from the tables at the end.
    """

    def __init__(self, store: Store, bulk: bool | None) -> None:
        empty = store.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
        self.store = store
        self.bulk = empty if bulk is None else bulk
        self.new_file = self.bulk and empty
        self.size = PIPE_BATCH if self.new_file else BULK_BATCH if self.bulk else BATCH
        if self.new_file:
            self.size = min(FIRST_PIPE_BATCH, PIPE_BATCH)
        self.batch: list[Record] = []
        self.result = UpsertResult()
        self._procs: list[FtsProcess] = []  # the article side, the quote side
        self._indexed = (0, 0)  # the last article n and quote id in the full-text indexes
        self._stale = False  # the full-text indexes must be rebuilt at the end
        if self.bulk:
            store._drop_for_bulk(indexes=empty, mark=self.new_file)
        if self.new_file:  # nothing to lose: the rollback journal in memory, no syncs
            conn = store.conn
            conn.execute("PRAGMA foreign_keys = OFF")  # the rows' ids are the store's own
            conn.execute("PRAGMA journal_mode = MEMORY")
            conn.execute("PRAGMA synchronous = OFF")
            # the one CHECK (article_people.kind) holds a kind this code writes, and costs
            # an IN list made again for every row an executemany inserts
            conn.execute("PRAGMA ignore_check_constraints = ON")
            if FTS_PROCESS:
                try:
                    for side in (ARTICLE_SIDE, QUOTE_SIDE):
                        self._procs.append(FtsProcess(store, side))
                except OSError:  # both or neither
                    for proc in self._procs:
                        proc.abort()
                    self._procs = []
                store._delegate = bool(self._procs)
            if not self._procs:
                store._fts_hash_size()

    def __enter__(self) -> Loader:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        store = self.store
        procs = self._procs
        try:
            if t is None:
                self.flush()
            self._procs = []
            if t is None and self.new_file and not self._stale:
                for proc in procs:
                    proc.commit()  # their indexes made while the store makes its own
                store._create_indexes()
                if procs:  # each copies its tables in once the other is done: one writer
                    for proc in procs:
                        proc.ask_copy(store.path)
                    done = [proc.copied() for proc in procs]
                    procs = []
                    if not all(done):  # what was not copied in, written from the records
                        self._stale = True
                        with store._transaction():
                            store._reclaim(facts=not done[0], quotes=not done[1])
                    store._delegated, store._delegate = [], False
                if not self._stale:  # journaled from here: complete, or still marked
                    store.conn.execute("PRAGMA journal_mode = DELETE")
                    store._restore_after_bulk(complete=True)
        finally:
            try:
                for proc in procs:
                    proc.abort()
                if self.new_file:
                    store.conn.execute("PRAGMA journal_mode = DELETE")
                if store._delegate or store._delegated:
                    with store._transaction():
                        store._reclaim()
                if self.bulk:
                    store._repair_fts()
                if self.new_file and store._incomplete():
                    store.conn.execute("PRAGMA application_id = 0")  # whole: triggers, indexes
            finally:
                if self.new_file:
                    store.conn.execute("PRAGMA journal_mode = WAL")
                    store.conn.execute("PRAGMA synchronous = NORMAL")
                    store.conn.execute("PRAGMA foreign_keys = ON")
                    store.conn.execute("PRAGMA ignore_check_constraints = OFF")
                    store._delegate, store._delegated = False, []

    def add(self, record: Record) -> None:
        self.batch.append(record)
        if len(self.batch) >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        if self.new_file:
            self.size = PIPE_BATCH
        with gc_paused():
            if not self.new_file:
                self.result = self.result + self.store._upsert_batch(batch)
                return
            checked, ready = check_records(batch, rows=True)
            self.result = self.result + checked
            try:
                self.result = self.result + self.store._write_checked(ready, self._index_new)
            except BaseException:
                self._stale = True
                raise

    def _index_new(self, outcome: UpsertResult, one_by_one: bool) -> None:
        """Inside the batch's transaction: its new rows to the process building the
        full-text indexes (or, without one, to the indexes in this transaction)."""
        if one_by_one or outcome.updated or self._stale:
            self._stale = True
            return
        if self._procs:
            for proc in self._procs:
                proc.add(self.store._fresh)
        else:
            self._indexed = self.store._index_since(*self._indexed)


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
