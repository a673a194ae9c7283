"""Quote search with copies folded, over the ``dedup_*`` tables that ``malmoi fold`` writes.

Hits from the articles of one copy cluster (``dedup_articles.cluster``) that are the same
quote (the same ``dedup_quotes.grp``; the same squashed text where ``grp`` is NULL) in the
same place (a headline quote never folds into the body quote it shortens) are one hit: the one from the cluster's canonical article when it is among them, else the earliest.
It carries ``copies`` (how many hits it stands for) and ``cluster``. An article loaded after
the last fold is in no cluster: its hits are never folded.

The fold is computed over the most recent matches, at most ``window`` of them (every match
when there are fewer): the count, the facets and the page are those of the folded hits
among them; beyond the window the count is an estimate (``total_exact`` false).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

DEDUP_TABLES = ("dedup_articles", "dedup_clusters", "dedup_quotes")


def has_fold(conn: sqlite3.Connection) -> bool:
    """Whether ``fold_store`` has written its tables into this store."""
    marks = ", ".join("?" * len(DEDUP_TABLES))
    sql = f"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ({marks})"
    return int(conn.execute(sql, DEDUP_TABLES).fetchone()[0]) == len(DEDUP_TABLES)


@dataclass(slots=True, frozen=True)
class Hit:
    id: int
    speaker: int | None
    outlet: int | None
    published: str | None
    text: str
    place: str
    article: str
    cluster: str | None
    canonical: str | None
    group: str | None
    alone: bool = False  # nothing else can fold with it: its cluster and article have no other hit

    def order(self) -> tuple[bool, str, int]:
        """Sort key of time order (a hit without a date after every dated one)."""
        return (self.published is None, self.published or "", self.id)


@dataclass(slots=True)
class Folded:
    hit: Hit
    copies: int


HITS_SQL = """
WITH m AS MATERIALIZED (
  SELECT q.id, q.article, q.idx, q.speaker, q.outlet, q.published, q.text, q.place
  FROM quotes q {hint} {where} ORDER BY q.published DESC, q.id DESC LIMIT ?)
SELECT m.id, m.speaker, m.outlet, m.published, m.text, m.place, a.id, m.idx
FROM m JOIN articles a ON a.n = m.article
"""
CLUSTERS_SQL = """
SELECT d.article, d.cluster, c.canonical, c.size FROM dedup_articles d
JOIN dedup_clusters c ON c.id = d.cluster WHERE d.article IN (SELECT value FROM json_each(?))
"""
GROUPS_SQL = """
SELECT article, idx, grp FROM dedup_quotes WHERE (article, idx) IN
  (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))
"""


def hits(
    conn: sqlite3.Connection, where: str, params: list[Any], hint: str, limit: int
) -> list[Hit]:
    """The ``limit`` most recent matching quotes with their cluster and quote group.

    Clusters are looked up once per article; quote groups only for the hits that could
    fold (another hit of theirs is in the same cluster)."""
    sql = HITS_SQL.format(where=where, hint=hint)
    rows = conn.execute(sql, [*params, limit]).fetchall()
    articles = Counter(r[6] for r in rows)
    place = {
        a: (cluster, canonical, size)
        for a, cluster, canonical, size in conn.execute(CLUSTERS_SQL, (json.dumps(list(articles)),))
    }
    hits_in = Counter(place[a][0] for a in (r[6] for r in rows) if a in place)
    wanted = [[r[6], r[7]] for r in rows if r[6] in place and hits_in[place[r[6]][0]] > 1]
    groups = (
        {(a, i): g for a, i, g in conn.execute(GROUPS_SQL, (json.dumps(wanted),))} if wanted else {}
    )
    out = []
    for qid, speaker, outlet, published, text, where_in, article, idx in rows:
        cluster, canonical, _ = place.get(article, (None, None, 0))
        group = groups.get((article, idx))
        alone = cluster is None or hits_in[cluster] == 1
        out.append(
            Hit(
                qid,
                speaker,
                outlet,
                published,
                text,
                where_in,
                article,
                cluster,
                canonical,
                group,
                alone,
            )
        )
    return out


def fold_key(hit: Hit) -> tuple[str, ...]:
    if hit.cluster is None or hit.alone:
        return ("quote", str(hit.id))  # not folded yet, or nothing to fold with
    if hit.group is not None:
        return ("group", hit.cluster, hit.place, hit.group)
    from malmoi.dedup.text import squash

    return ("text", hit.cluster, hit.place, squash(hit.text))


def fold(found: Iterable[Hit]) -> list[Folded]:
    """One hit per (cluster, quote), newest first, each with the number it stands for."""
    groups: dict[tuple[str, ...], list[Hit]] = {}
    for hit in found:
        groups.setdefault(fold_key(hit), []).append(hit)
    out = [Folded(kept(members), len(members)) for members in groups.values()]
    out.sort(key=lambda f: f.hit.order(), reverse=True)
    return out


def kept(members: list[Hit]) -> Hit:
    """The canonical article's hit if it is among them (its earliest), else the earliest."""
    canonical = [h for h in members if h.article == h.canonical]
    return min(canonical or members, key=Hit.order)


def facets(
    conn: sqlite3.Connection, folded: list[Folded], limit: int
) -> dict[str, list[tuple[str, int]]]:
    """Speakers and outlets of the folded hits, most frequent first (ties by name)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for part, table, attr in (("speakers", "people", "speaker"), ("outlets", "outlets", "outlet")):
        counts = Counter(getattr(f.hit, attr) for f in folded)
        counts.pop(None, None)
        names = dict(
            conn.execute(
                f"SELECT id, name FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                (str(list(counts)),),
            ).fetchall()
        )
        ranked = sorted(
            ((names[k], n) for k, n in counts.items() if k in names), key=lambda x: (-x[1], x[0])
        )
        out[part] = ranked[:limit]
    return out


def clusters(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    """quote id -> (cluster, quote group) for the given quotes, in a folded store."""
    rows = conn.execute(
        "SELECT q.id, d.cluster, dq.grp FROM quotes q JOIN articles a ON a.n = q.article"
        " LEFT JOIN dedup_articles d ON d.article = a.id"
        " LEFT JOIN dedup_quotes dq ON dq.article = a.id AND dq.idx = q.idx"
        " WHERE q.id IN (SELECT value FROM json_each(?))",
        (str(ids),),
    )
    return {r[0]: (r[1], r[2]) for r in rows}
