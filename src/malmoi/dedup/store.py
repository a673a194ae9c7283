"""``fold_store(db)``: fold the records of a malmoi store into tables of the fold's own.

The store's own tables are only read. The fold keeps its state (the pickled
:class:`~malmoi.dedup.corpus.Corpus`) in ``dedup_state``, so the next call adds
only the articles that are new since; an article whose record changed, or one
that left the store, makes the fold start again from nothing.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from malmoi.dedup.corpus import Corpus, Folded
from malmoi.dedup.settings import FoldSettings
from malmoi.errors import StoreError

STATE_VERSION = 1
CHUNK = 32 * 1024 * 1024  # bytes of pickled state per row

TABLES = """
CREATE TABLE IF NOT EXISTS dedup_state (
  part INTEGER PRIMARY KEY,          -- the pickled Corpus, in parts
  version INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS dedup_articles (
  article TEXT PRIMARY KEY,          -- articles.id
  hash TEXT NOT NULL,                -- articles.hash when folded
  cluster TEXT NOT NULL,             -- copy cluster: the id of its first article
  family TEXT NOT NULL,              -- wire family (copies and rewrites of one story)
  how TEXT NOT NULL                  -- new, exact, near (a copy), family (a rewrite)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dedup_articles_cluster ON dedup_articles(cluster);
CREATE INDEX IF NOT EXISTS dedup_articles_family ON dedup_articles(family);
CREATE TABLE IF NOT EXISTS dedup_clusters (
  id TEXT PRIMARY KEY,
  canonical TEXT NOT NULL,           -- the outlet's own page, else the earliest
  size INTEGER NOT NULL,
  family TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_quotes (
  article TEXT NOT NULL,
  idx INTEGER NOT NULL,              -- index into the record's quotes (quotes.idx)
  grp TEXT,                          -- quote group; NULL: a headline quote nobody said
  variant TEXT NOT NULL,             -- exact, shortened, reworded, headline
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dedup_quotes_grp ON dedup_quotes(grp);
CREATE TABLE IF NOT EXISTS dedup_quote_groups (
  id TEXT PRIMARY KEY,
  speaker TEXT NOT NULL,             -- entity id (or a family-scoped anonymous key)
  speaker_name TEXT,
  text TEXT NOT NULL,                -- the first body text seen
  first_article TEXT,
  first_published TEXT,
  articles INTEGER NOT NULL,
  clusters INTEGER NOT NULL,         -- articles counted once across copies
  summary TEXT NOT NULL              -- JSON: variants, outlets, headlines with fidelity
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dedup_quote_groups_speaker ON dedup_quote_groups(speaker);
CREATE TABLE IF NOT EXISTS dedup_entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,                -- person, organization, anonymous
  name TEXT NOT NULL,
  titles TEXT NOT NULL,              -- JSON list
  orgs TEXT NOT NULL,                -- JSON list
  articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dedup_entities_name ON dedup_entities(name);
CREATE TABLE IF NOT EXISTS dedup_speakers (
  article TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,                -- speaker.name as the record gives it
  entity TEXT NOT NULL,
  PRIMARY KEY (article, type, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dedup_speakers_entity ON dedup_speakers(entity);
"""
DERIVED = ("dedup_articles", "dedup_clusters", "dedup_quotes", "dedup_quote_groups",
           "dedup_entities", "dedup_speakers")


@dataclass(slots=True)
class FoldReport:
    added: int = 0
    known: int = 0
    rebuilt: bool = False
    clusters: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        again = " (folded again from nothing: records changed or left the store)" if self.rebuilt else ""
        return (f"folded {self.added} new articles, {self.known} already folded{again}; "
                f"{self.clusters} copy clusters touched, {self.seconds:.1f} s")


@dataclass(slots=True)
class _Dirty:
    clusters: set[str]
    groups: set[str]
    entities: set[str]


def _connect(path: str | Path) -> sqlite3.Connection:
    if not Path(path).is_file():
        raise StoreError(f"no store at {path}: make one with `malmoi extract ... --db {path}`")
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("SELECT 1 FROM articles LIMIT 1")
    except sqlite3.Error as e:
        raise StoreError(f"cannot read the store {path}: {e}") from e
    return conn


def _load(conn: sqlite3.Connection) -> Corpus | None:
    rows = conn.execute("SELECT version, data FROM dedup_state ORDER BY part").fetchall()
    if not rows or any(v != STATE_VERSION for v, _ in rows):
        return None
    corpus = pickle.loads(b"".join(d for _, d in rows))
    return corpus if isinstance(corpus, Corpus) else None


def _save(conn: sqlite3.Connection, corpus: Corpus) -> None:
    data = pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL)
    conn.execute("DELETE FROM dedup_state")
    conn.executemany(
        "INSERT INTO dedup_state (part, version, data) VALUES (?, ?, ?)",
        [(i, STATE_VERSION, data[o : o + CHUNK]) for i, o in enumerate(range(0, len(data), CHUNK))],
    )


def _new_articles(conn: sqlite3.Connection) -> tuple[list[tuple[str, str]], bool]:
    """(id, hash) of the store's articles not folded yet; and whether the fold is stale."""
    stale = conn.execute(
        "SELECT 1 FROM dedup_articles d LEFT JOIN articles a ON a.id = d.article "
        "WHERE a.id IS NULL OR a.hash != d.hash LIMIT 1"
    ).fetchone()
    rows = conn.execute(
        "SELECT a.id, a.hash FROM articles a LEFT JOIN dedup_articles d ON d.article = a.id "
        "WHERE d.article IS NULL ORDER BY a.n"
    ).fetchall()
    return [(r[0], r[1]) for r in rows], stale is not None


def _records(conn: sqlite3.Connection, ids: list[str]) -> Iterator[dict[str, Any]]:
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ",".join("?" * len(part))
        rows = dict(conn.execute(f"SELECT id, record FROM articles WHERE id IN ({marks})", part).fetchall())
        for rid in part:
            yield json.loads(rows[rid])


def fold_store(db_path: str | Path, *, backend: str = "datasketch", settings: FoldSettings | None = None) -> FoldReport:
    """Fold the store's new articles into its ``dedup_*`` tables; returns what was done.

    The fold starts again from nothing when a folded record changed or left the store, or
    when ``settings`` or ``backend`` differ from those of the kept state.
    """
    start = time.perf_counter()
    conn = _connect(db_path)
    try:
        conn.executescript(TABLES)
        todo, stale = _new_articles(conn)
        corpus = None if stale else _load(conn)
        if corpus is not None and (
            (settings is not None and corpus.settings != settings) or backend not in ("auto", corpus.backend_name)
        ):
            corpus, stale = None, True  # other thresholds or another MinHash: fold again
        report = FoldReport(rebuilt=stale)
        if corpus is None:
            conn.executescript("".join(f"DELETE FROM {t};" for t in (*DERIVED, "dedup_state")))
            todo, _ = _new_articles(conn)
            corpus = Corpus(settings or FoldSettings(), backend, keep_links=False)
        report.known = len(corpus.copies)
        hashes = dict(todo)
        dirty = _Dirty(set(), set(), set())
        conn.execute("BEGIN")
        for record in _records(conn, [rid for rid, _ in todo]):
            folded = corpus.add(record)
            _write_new(conn, folded, hashes[folded.placement.id], dirty)
            report.added += 1
        _write_dirty(conn, corpus, dirty)
        _save(conn, corpus)
        conn.execute("COMMIT")
        report.clusters = len(dirty.clusters)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    report.seconds = time.perf_counter() - start
    return report


def _write_new(conn: sqlite3.Connection, f: Folded, hash_: str, dirty: _Dirty) -> None:
    p = f.placement
    conn.execute(
        "INSERT OR REPLACE INTO dedup_articles (article, hash, cluster, family, how) VALUES (?, ?, ?, ?, ?)",
        (p.id, hash_, p.cluster, p.family, p.how),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO dedup_quotes (article, idx, grp, variant) VALUES (?, ?, ?, ?)",
        [(q.article, q.idx, q.group, q.variant) for q in f.quotes],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO dedup_speakers (article, type, name, entity) VALUES (?, ?, ?, ?)",
        [(p.id, kind, name, ent) for (kind, name), ent in f.speakers.items()],
    )
    dirty.clusters.add(p.cluster)
    dirty.groups.update(q.group for q in f.quotes if q.group)
    dirty.entities.update(f.speakers.values())


def _write_dirty(conn: sqlite3.Connection, corpus: Corpus, dirty: _Dirty) -> None:
    """Rewrite what the new articles touched: clusters (with their members' rows), groups, entities."""
    for link in corpus.quotes.resolved:
        conn.execute("UPDATE dedup_quotes SET grp = ? WHERE article = ? AND idx = ?", (link.group, link.article, link.idx))
        dirty.groups.add(str(link.group))
    corpus.quotes.resolved.clear()
    families = {corpus.copies.family_of(c) for c in dirty.clusters}
    roots = {corpus.copies.cluster_of(c) for c in dirty.clusters}
    for fid in families:  # families merge without their clusters changing
        members = corpus.copies.family(fid)
        conn.executemany("UPDATE dedup_articles SET family = ? WHERE article = ?", [(fid, m) for m in members])
        roots.update(corpus.copies.cluster_of(m) for m in members)
    for cid in roots:
        cl = corpus.copies.cluster(cid)
        conn.executemany(
            "UPDATE dedup_articles SET cluster = ?, family = ? WHERE article = ?",
            [(cl.id, cl.family, m) for m in cl.members],
        )
        conn.execute("DELETE FROM dedup_clusters WHERE id IN (SELECT value FROM json_each(?))",
                     (json.dumps([m for m in cl.members if m != cl.id]),))
        conn.execute(
            "INSERT OR REPLACE INTO dedup_clusters (id, canonical, size, family) VALUES (?, ?, ?, ?)",
            (cl.id, cl.canonical, len(cl.members), cl.family),
        )
    for gid in dirty.groups:
        s = corpus.quotes.groups[gid].summary()
        conn.execute(
            "INSERT OR REPLACE INTO dedup_quote_groups (id, speaker, speaker_name, text, first_article, "
            "first_published, articles, clusters, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (gid, s["speaker"], s["speaker_name"], s["text"], s["first_article"], s["first_published"],
             s["articles"], s["clusters"], json.dumps(s, ensure_ascii=False)),
        )
    for eid in dirty.entities:
        e = corpus.speakers.entities[eid].to_dict()
        conn.execute(
            "INSERT OR REPLACE INTO dedup_entities (id, type, name, titles, orgs, articles) VALUES (?, ?, ?, ?, ?, ?)",
            (eid, e["type"], e["name"], json.dumps(e["titles"], ensure_ascii=False),
             json.dumps(e["orgs"], ensure_ascii=False), e["articles"]),
        )
