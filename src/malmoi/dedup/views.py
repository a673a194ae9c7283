"""Read-only queries over a folded store, for the web pages: copies, quote groups, entities.

Each function takes a connection to the store's file and reads its own tables (``articles``,
``quotes``, ``outlets``) with the ``dedup_*`` tables that :func:`~malmoi.dedup.store.fold_store`
writes. A store never folded has no ``dedup_*`` tables: :func:`folded` says so, and every
function answers ``None`` (or an empty fold) instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
from difflib import SequenceMatcher
from typing import Any

# why a page has no fold: ``note`` says it, ``state`` names it (the pages say it in Korean)
NOT_FOLDED = {"state": "never_folded", "note": "the store was never folded: run malmoi fold DB"}
LATE = {"state": "after_fold", "note": "stored after the last fold: run malmoi fold DB again"}
ENTITY_GROUPS = 500  # quote groups listed on an entity's page
NAMESAKES = 50  # entities of one name listed on a speaker page


def folded(conn: sqlite3.Connection) -> bool:
    """Whether ``fold_store`` has run on this store (its tables exist and hold articles)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dedup_articles'"
    ).fetchone()
    return row is not None and conn.execute("SELECT 1 FROM dedup_articles LIMIT 1").fetchone() is not None


def rows(conn: sqlite3.Connection, sql: str, *params: Any) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


ARTICLE_COLS = """a.id, a.title, o.name AS outlet, a.published,
  json_extract(a.record, '$.repost.site') AS repost_site,
  json_extract(a.record, '$.repost.kind') AS repost_kind"""


def article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any]:
    """The article's place in the fold: its copy cluster (members, canonical, how each was
    found), the other clusters of its wire family, and the group of each of its quotes."""
    if not folded(conn):
        return {"folded": False, **NOT_FOLDED}
    me = conn.execute(
        "SELECT d.cluster, d.family, d.how, c.canonical FROM dedup_articles d"
        " JOIN dedup_clusters c ON c.id = d.cluster WHERE d.article = ?",
        (article_id,),
    ).fetchone()
    if me is None:
        return {"folded": False, **LATE}
    cluster, family, how, canonical = me
    copies = rows(
        conn,
        f"SELECT {ARTICLE_COLS}, d.how FROM dedup_articles d JOIN articles a ON a.id = d.article"
        " LEFT JOIN outlets o ON o.id = a.outlet WHERE d.cluster = ? ORDER BY a.published, a.n",
        cluster,
    )
    for c in copies:
        c["canonical"] = c["id"] == canonical
    wire = rows(
        conn,
        f"SELECT c.id AS cluster, c.size, {ARTICLE_COLS} FROM dedup_clusters c"
        " JOIN articles a ON a.id = c.canonical LEFT JOIN outlets o ON o.id = a.outlet"
        " WHERE c.family = ? AND c.id != ? ORDER BY a.published, a.n",
        family,
        cluster,
    )
    return {
        "folded": True,
        "cluster": cluster,
        "family": family,
        "how": how,
        "canonical": canonical,
        "is_canonical": canonical == article_id,
        "copies": copies,
        "family_clusters": wire,
        "quotes": article_quotes(conn, article_id),
        "speakers": rows(
            conn, "SELECT type, name, entity FROM dedup_speakers WHERE article = ? ORDER BY name, type",
            article_id,
        ),
    }


def article_quotes(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    """Each quote's group and variant; a headline quote without a group: nobody said it."""
    out = rows(
        conn,
        "SELECT dq.idx AS \"index\", dq.grp AS \"group\", dq.variant, g.articles, g.clusters"
        " FROM dedup_quotes dq LEFT JOIN dedup_quote_groups g ON g.id = dq.grp"
        " WHERE dq.article = ? ORDER BY dq.idx",
        article_id,
    )
    for q in out:
        q["unsupported"] = q["group"] is None and q["variant"] == "headline"
    return out


def diff(base: str, text: str) -> list[dict[str, str]]:
    """``text`` against ``base`` in pieces ``{"op": same|ins|del, "text"}``, character by character."""
    out: list[dict[str, str]] = []
    matcher = SequenceMatcher(None, base, text, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.append({"op": "same", "text": text[b0:b1]})
            continue
        if a1 > a0:
            out.append({"op": "del", "text": base[a0:a1]})
        if b1 > b0:
            out.append({"op": "ins", "text": text[b0:b1]})
    return out


TIMELINE = """
SELECT dq.article, dq.idx AS "index", dq.variant, q.text, q.place AS "in", q.fidelity,
  a.title, a.published, o.name AS outlet, d.cluster, d.how, c.canonical = dq.article AS canonical,
  json_extract(a.record, '$.repost.site') AS repost_site
FROM dedup_quotes dq JOIN articles a ON a.id = dq.article
JOIN quotes q ON q.article = a.n AND q.idx = dq.idx
LEFT JOIN outlets o ON o.id = a.outlet
LEFT JOIN dedup_articles d ON d.article = dq.article
LEFT JOIN dedup_clusters c ON c.id = d.cluster
WHERE dq.grp = ? ORDER BY a.published, dq.variant = 'headline', a.n, dq.idx LIMIT ?
"""
TIMELINE_LIMIT = 1000  # occurrences shown on a quote's page, the earliest first


def quote_group(conn: sqlite3.Connection, grp: str) -> dict[str, Any] | None:
    """One quote across articles: its variants in time order (each with its difference from
    the first words), the first article and time, the outlets, and the headlines with their
    fidelity; ``None`` when the store has no such group (or was never folded)."""
    if not folded(conn):
        return None
    row = conn.execute(
        "SELECT id, speaker, speaker_name, text, first_article, first_published, articles,"
        " clusters, summary FROM dedup_quote_groups WHERE id = ?",
        (grp,),
    ).fetchone()
    if row is None:
        return None
    gid, speaker, name, text, first, first_published, n_articles, n_clusters, summary = row
    timeline = rows(conn, TIMELINE, gid, TIMELINE_LIMIT)
    printed = conn.execute("SELECT count(*) FROM dedup_quotes WHERE grp = ?", (gid,)).fetchone()[0]
    for t in timeline:
        t["canonical"] = bool(t["canonical"])
        t["diff"] = diff(text, t["text"])
    first_row = next((t for t in timeline if t["article"] == first), None)
    return {
        "id": gid,
        "text": text,
        "speaker": {"key": speaker, "name": name, "entity": speaker_entity(conn, speaker, first, name)},
        "first": {
            "article": first,
            "published": first_published,
            "title": first_row["title"] if first_row else None,
            "outlet": first_row["outlet"] if first_row else None,
        },
        "articles": n_articles,
        "clusters": n_clusters,
        "outlets": json.loads(summary).get("outlets", []),
        "variants": sorted({t["text"] for t in timeline if t["variant"] != "headline"}),
        "printed": int(printed),  # occurrences in all: the timeline lists the first TIMELINE_LIMIT
        "timeline": timeline,
        "headlines": [t for t in timeline if t["variant"] == "headline"],
    }


def speaker_entity(conn: sqlite3.Connection, key: str, article_id: str | None, name: str | None) -> str | None:
    """The entity a group's speaker key names: itself for people and organisations; for an
    anonymous source (keyed by its wire family), the entity of the first article's speaker."""
    if not key.startswith("f:"):
        return key
    row = conn.execute(
        "SELECT entity FROM dedup_speakers WHERE article = ? AND name = ? LIMIT 1", (article_id, name or "")
    ).fetchone()
    return str(row[0]) if row else None


GROUPS_OF_PERSON = """
SELECT g.id, g.text, g.first_article, g.first_published, g.articles, g.clusters,
  (SELECT count(*) FROM dedup_quotes dq WHERE dq.grp = g.id) AS occurrences
FROM dedup_quote_groups g WHERE g.speaker = ? ORDER BY g.first_published, g.id LIMIT ?
"""
GROUPS_OF_LOCAL = """
SELECT g.id, g.text, g.first_article, g.first_published, g.articles, g.clusters,
  (SELECT count(*) FROM dedup_quotes x WHERE x.grp = g.id AND x.article = ds.article) AS occurrences
FROM dedup_speakers ds JOIN articles a ON a.id = ds.article
JOIN quotes q ON q.article = a.n AND q.speaker_name = ds.name
JOIN dedup_quotes dq ON dq.article = ds.article AND dq.idx = q.idx
JOIN dedup_quote_groups g ON g.id = dq.grp
WHERE ds.entity = ? GROUP BY g.id ORDER BY g.first_published, g.id LIMIT ?
"""


def entity(conn: sqlite3.Connection, eid: str) -> dict[str, Any] | None:
    """One speaker over the corpus: each of its quotes once (a group, however many copies
    and variants carry it), with how often the articles print it; ``None`` if unknown."""
    if not folded(conn):
        return None
    got = rows(conn, "SELECT id, type, name, titles, orgs, articles FROM dedup_entities WHERE id = ?", eid)
    if not got:
        return None
    ent = got[0]
    ent["titles"], ent["orgs"] = json.loads(ent["titles"]), json.loads(ent["orgs"])  # as the fold keys them
    ent["roles"] = roles_written(conn, eid)
    local = ent["type"] not in ("person", "organization")
    groups = rows(conn, GROUPS_OF_LOCAL if local else GROUPS_OF_PERSON, eid, ENTITY_GROUPS)
    ent["groups"] = groups
    ent["quotes_once"] = len(groups)
    ent["quotes"] = sum(g["occurrences"] for g in groups)  # as printed, in every copy and variant
    ent["article_list"] = rows(
        conn,
        f"SELECT {ARTICLE_COLS} FROM dedup_speakers ds JOIN articles a ON a.id = ds.article"
        " LEFT JOIN outlets o ON o.id = a.outlet WHERE ds.entity = ? GROUP BY a.id"
        " ORDER BY a.published, a.n LIMIT 20",
        eid,
    ) if local else []
    return ent


ROLES_WRITTEN = """
SELECT q.speaker_title, q.speaker_org, count(*) AS n FROM dedup_speakers ds
JOIN articles a ON a.id = ds.article JOIN quotes q ON q.article = a.n AND q.speaker_name = ds.name
WHERE ds.entity = ? AND ds.article IN (SELECT article FROM dedup_speakers WHERE entity = ? LIMIT 500)
GROUP BY q.speaker_title, q.speaker_org ORDER BY n DESC
"""


def roles_written(conn: sqlite3.Connection, eid: str) -> dict[str, list[str]]:
    """The titles and organisations as the articles write them (of 500 of its articles at most)."""
    titles: dict[str, None] = {}
    orgs: dict[str, None] = {}
    for title, org, _ in conn.execute(ROLES_WRITTEN, (eid, eid)):
        if title:
            titles[title] = None
        if org:
            orgs[org] = None
    return {"titles": list(titles), "orgs": list(orgs)}


def namesakes(conn: sqlite3.Connection, name: str, article: str | None = None) -> dict[str, Any]:
    """The entities of one name, kept apart: two people called 김민수, every article's own
    ``한 관계자``; each with its quotes counted once across copies. With ``article`` (an
    anonymous source's or a group's), only the entity of that article is listed."""
    if not folded(conn):
        return {"folded": False, **NOT_FOLDED, "entities": [], "total": 0}
    params: tuple[Any, ...] = (article, name)
    sql = "SELECT entity FROM dedup_speakers WHERE article = ? AND name = ?"
    if article is None:
        sql = "SELECT id FROM dedup_entities WHERE name = ? ORDER BY articles DESC, id LIMIT ?"
        params = (name, NAMESAKES)
    ids = [r[0] for r in conn.execute(sql, params)]
    total = conn.execute("SELECT count(*) FROM dedup_entities WHERE name = ?", (name,)).fetchone()[0]
    found = [e for e in (entity(conn, i) for i in ids) if e is not None]
    out: dict[str, Any] = {"folded": True, "entities": found, "total": int(total)}
    if article is not None and not found:
        out.update(LATE)
    return out


def with_groups(conn: sqlite3.Connection, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quote dicts of the store (``article.id``, ``index``) with their fold ``group`` added, and
    ``unsupported``: a headline quote whose words no body quote of the corpus says."""
    if not quotes or not folded(conn):
        return quotes
    ids = sorted({str(q["article"]["id"]) for q in quotes})
    marks = ",".join("?" * len(ids))
    groups = {
        (a, i): (g, v)
        for a, i, g, v in conn.execute(
            f"SELECT article, idx, grp, variant FROM dedup_quotes WHERE article IN ({marks})", ids
        )
    }
    out = []
    for q in quotes:
        grp, variant = groups.get((str(q["article"]["id"]), q["index"]), (None, None))
        out.append({**q, "group": grp, "unsupported": grp is None and variant == "headline"})
    return out


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    """The fold at a glance: articles folded, copy clusters, wire families, quote groups,
    and the headline quotes nobody said."""
    if not folded(conn):
        return {"folded": False, **NOT_FOLDED}
    articles, clusters, families = conn.execute(
        "SELECT count(*), count(DISTINCT cluster), count(DISTINCT family) FROM dedup_articles"
    ).fetchone()
    groups = conn.execute("SELECT count(*) FROM dedup_quote_groups").fetchone()[0]
    return {
        "folded": True,
        "articles": articles,
        "clusters": clusters,
        "copies": articles - clusters,  # articles that are another's copy
        "families": families,
        "groups": groups,
        "unsaid": count_unsaid(conn),
    }


UNSAID = """
FROM dedup_quotes dq JOIN articles a ON a.id = dq.article
JOIN quotes q ON q.article = a.n AND q.idx = dq.idx LEFT JOIN outlets o ON o.id = a.outlet
WHERE dq.grp IS NULL AND dq.variant = 'headline'
"""


def count_unsaid(conn: sqlite3.Connection) -> int:
    return int(conn.execute(f"SELECT count(*) {UNSAID}").fetchone()[0])


def unsaid(conn: sqlite3.Connection, page: int = 1, size: int = 20) -> dict[str, Any]:
    """Headline quotes whose words no body quote of the corpus says, newest first."""
    if not folded(conn):
        return {"folded": False, **NOT_FOLDED, "total": 0, "page": page, "size": size, "results": []}
    results = rows(
        conn,
        "SELECT dq.article, dq.idx AS \"index\", q.text, q.speaker_name, q.fidelity, a.title,"
        f" a.published, o.name AS outlet {UNSAID} ORDER BY a.published DESC, a.n DESC LIMIT ? OFFSET ?",
        size,
        (page - 1) * size,
    )
    return {"folded": True, "total": count_unsaid(conn), "page": page, "size": size, "results": results}
