"""Read queries over the store. User text only ever reaches SQL as a bound parameter.

Search is substring search, as Korean readers expect: terms of three or more
characters go through the trigram FTS5 index (each term quoted as an FTS
string, so FTS syntax typed by a user is matched literally); terms of one or two
characters, which a trigram index cannot look up, are matched with ``LIKE``
on the rows the index left (or on every row when no long term is given).
Both fold ASCII case only; Hangul is matched as written.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from malmoi.store.records import Record

TERM = re.compile(r'"([^"]+)"|(\S+)')
TRIGRAM = 3


@dataclass(slots=True, frozen=True)
class Terms:
    long: tuple[str, ...] = ()  # three characters or more: FTS
    short: tuple[str, ...] = ()  # one or two characters: instr

    def __bool__(self) -> bool:
        return bool(self.long or self.short)

    @property
    def all(self) -> tuple[str, ...]:
        return self.long + self.short


def parse_terms(q: str | None) -> Terms:
    """Split a query into terms: words, or "quoted phrases"."""
    terms = [(m.group(1) or m.group(2)).strip() for m in TERM.finditer(q or "")]
    terms = list(dict.fromkeys(t for t in terms if t))
    return Terms(
        tuple(t for t in terms if len(t) >= TRIGRAM), tuple(t for t in terms if len(t) < TRIGRAM)
    )


def fts_string(term: str) -> str:
    """A term as an FTS5 string literal: matched as written, never as query syntax."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """``%term%`` with LIKE's own wildcards in the term escaped."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def text_condition(
    terms: Terms, key: str, fts: str, cols: tuple[str, ...]
) -> tuple[str, list[Any]]:
    """A WHERE fragment (with its parameters) requiring every term somewhere in ``cols``."""
    parts: list[str] = []
    params: list[Any] = []
    if terms.long:
        parts.append(f"{key} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
        params.append(" AND ".join(fts_string(t) for t in terms.long))
    for term in terms.short:
        parts.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in cols) + ")")
        params += [like_pattern(term)] * len(cols)
    return " AND ".join(parts), params


@dataclass(slots=True, frozen=True)
class QuoteFilter:
    q: str = ""
    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    page: int = 1
    size: int = 20


QUOTE_FROM = """
FROM quotes q JOIN articles a ON a.n = q.article LEFT JOIN outlets o ON o.id = q.outlet
"""
QUOTE_COLS = "q.*, a.id AS article_id, a.title AS article_title, o.name AS outlet_name"
FACETS = 20


def day_after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _quote_where(f: QuoteFilter) -> tuple[str, list[Any]]:
    """The WHERE clause over ``quotes q`` alone (no join), using the filter indexes."""
    cond, params = text_condition(
        parse_terms(f.q),
        "q.id",
        "quotes_fts",
        ("q.text", "coalesce(q.speaker_name, '')", "coalesce(q.mention, '')"),
    )
    parts = [cond] if cond else []
    if f.speaker:
        parts.append(
            "q.speaker IN (SELECT id FROM people WHERE name = ?"
            " UNION SELECT person FROM article_people WHERE kind = 'alias' AND value = ?)"
        )
        params += [f.speaker, f.speaker]
    if f.outlet:
        parts.append("q.outlet = (SELECT id FROM outlets WHERE name = ?)")
        params.append(f.outlet)
    if f.since:  # published is ISO 8601: comparing the strings compares the days
        parts.append("q.published >= ?")
        params.append(f.since)
    if f.until:
        parts.append("q.published < ?")
        params.append(day_after(f.until))
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def fidelity_dict(level: str | None, body_quotes: str | None) -> dict[str, Any] | None:
    """A headline quote's fidelity, one shape everywhere: ``{"level", "body_quotes"}``."""
    if not level:
        return None
    return {"level": level, "body_quotes": json.loads(body_quotes) if body_quotes else []}


def quote_dict(r: sqlite3.Row) -> dict[str, Any]:
    keys = r.keys()
    d: dict[str, Any] = {
        "id": r["id"],
        "index": r["idx"],
        "text": r["text"],
        "kind": r["kind"],
        "in": r["place"],
        "paragraph": r["paragraph"],
        "start": r["span_start"],
        "end": r["span_end"],
        "verb": r["verb"],
        "speaker": {
            "name": r["speaker_name"],
            "mention": r["mention"],
            "title": r["speaker_title"],
            "org": r["speaker_org"],
            "type": r["speaker_type"],
        },
        "addressee": r["addressee"],
        "via": r["via"],
        "fidelity": fidelity_dict(r["fidelity"], r["body_quotes"]),
        "published": r["published"],
    }
    if "article_id" in keys:
        d["article"] = {
            "id": r["article_id"],
            "title": r["article_title"],
            "outlet": r["outlet_name"],
        }
    return d


SEARCH_SQL = """
WITH m AS MATERIALIZED (SELECT q.id, q.speaker, q.outlet, q.published FROM quotes q {where})
SELECT 'total' AS part, NULL AS key, count(*) AS n FROM m
UNION ALL SELECT * FROM (
  SELECT 'speakers', p.name, c FROM (
    SELECT speaker, count(*) AS c FROM m WHERE speaker IS NOT NULL GROUP BY speaker
  ) JOIN people p ON p.id = speaker ORDER BY c DESC, p.name LIMIT {facets})
UNION ALL SELECT * FROM (
  SELECT 'outlets', o.name, c FROM (
    SELECT outlet, count(*) AS c FROM m WHERE outlet IS NOT NULL GROUP BY outlet
  ) JOIN outlets o ON o.id = outlet ORDER BY c DESC, o.name LIMIT {facets})
UNION ALL SELECT * FROM (
  SELECT 'page', id, NULL FROM m ORDER BY published DESC, id LIMIT ? OFFSET ?)
"""


def search_quotes(conn: sqlite3.Connection, f: QuoteFilter) -> dict[str, Any]:
    """One statement finds the matches once and gives their count, the facets and one page."""
    where, params = _quote_where(f)
    sql = SEARCH_SQL.format(where=where, facets=FACETS)
    parts: dict[str, list[tuple[Any, Any]]] = {
        "total": [],
        "speakers": [],
        "outlets": [],
        "page": [],
    }
    for part, key, n in conn.execute(sql, [*params, f.size, (f.page - 1) * f.size]):
        parts[part].append((key, n))
    page = [key for key, _ in parts["page"]]
    marks = ", ".join("?" * len(page))
    rows = conn.execute(f"SELECT {QUOTE_COLS} {QUOTE_FROM} WHERE q.id IN ({marks})", page)
    by_id = {r["id"]: r for r in rows}
    return {
        "total": parts["total"][0][1],
        "page": f.page,
        "size": f.size,
        "results": [quote_dict(by_id[i]) for i in page if i in by_id],
        "facets": {
            k: [{"name": name, "count": n} for name, n in parts[k]] for k in ("speakers", "outlets")
        },
    }


def snippet(text: str, terms: Terms, width: int = 120) -> str:
    """A window of ``text`` around the first term found (or its start)."""
    low = text.lower()
    hits = [i for i in (low.find(t.lower()) for t in terms.all) if i >= 0]
    start = max(0, min(hits) - width // 3) if hits else 0
    cut = text[start : start + width].replace("\n", " ")
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")


def search_articles(
    conn: sqlite3.Connection, q: str, outlet: str | None, page: int, size: int
) -> dict[str, Any]:
    terms = parse_terms(q)
    cond, params = text_condition(terms, "a.n", "articles_fts", ("coalesce(a.title, '')", "a.text"))
    parts = [cond] if cond else []
    if outlet:
        parts.append("o.name = ?")
        params.append(outlet)
    where = (" WHERE " + " AND ".join(parts)) if parts else ""
    base = f"FROM articles a LEFT JOIN outlets o ON o.id = a.outlet {where}"
    total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    sql = (
        f"SELECT a.id, a.title, a.published, a.text, o.name AS outlet,"
        f" (SELECT count(*) FROM quotes WHERE article = a.n) AS quotes {base}"
        " ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, [*params, size, (page - 1) * size]).fetchall()
    results = [
        {k: r[k] for k in ("id", "title", "published", "outlet", "quotes")}
        | {"snippet": snippet(r["text"], terms)}
        for r in rows
    ]
    return {"total": total, "page": page, "size": size, "results": results}


def get_record(conn: sqlite3.Connection, article_id: str) -> Record | None:
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    return json.loads(row[0]) if row else None


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    sql = """SELECT (SELECT count(*) FROM articles) AS articles,
      (SELECT count(*) FROM quotes) AS quotes,
      (SELECT count(*) FROM people) AS people,
      (SELECT count(DISTINCT speaker) FROM quotes) AS speakers,
      (SELECT count(*) FROM outlets) AS outlets"""
    return dict(conn.execute(sql).fetchone())


PEOPLE_SQL = """
SELECT p.name,
  (SELECT count(*) FROM quotes WHERE speaker = p.id) AS quotes,
  (SELECT count(DISTINCT article) FROM article_people WHERE person = p.id) AS articles
FROM people p {where} ORDER BY quotes DESC, articles DESC, p.name LIMIT ?
"""


def top_speakers(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        PEOPLE_SQL.format(where="WHERE p.id IN (SELECT speaker FROM quotes)"), (limit,)
    )
    return [dict(r) for r in rows]


def people(conn: sqlite3.Connection, q: str, limit: int) -> list[dict[str, Any]]:
    if not q:
        return [dict(r) for r in conn.execute(PEOPLE_SQL.format(where=""), (limit,))]
    where = (
        "WHERE instr(p.name, ?) > 0 OR p.id IN"
        " (SELECT person FROM article_people WHERE kind = 'alias' AND instr(value, ?) > 0)"
    )
    return [dict(r) for r in conn.execute(PEOPLE_SQL.format(where=where), (q, q, limit))]


def _resolve(conn: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    """A person by canonical name, else by the alias most articles give."""
    row = conn.execute("SELECT id, name FROM people WHERE name = ?", (name,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT p.id, p.name FROM article_people ap JOIN people p ON p.id = ap.person"
            " WHERE ap.kind = 'alias' AND ap.value = ? GROUP BY p.id ORDER BY count(*) DESC LIMIT 1",
            (name,),
        ).fetchone()
    return row


def _names(conn: sqlite3.Connection, sql: str, *params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, params)]


def person(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """A speaker: names, titles, organisations, quotes in time order, and who they talk to or about."""
    row = _resolve(conn, name)
    if row is None:
        return None
    pid = row["id"]
    facts: dict[str, list[str]] = {"alias": [], "title": [], "org": []}
    for r in conn.execute(
        "SELECT kind, value FROM article_people WHERE person = ? AND kind != 'name'"
        " GROUP BY kind, value ORDER BY count(*) DESC, value",
        (pid,),
    ):
        facts[r["kind"]].append(r["value"])
    timeline = conn.execute(
        f"SELECT {QUOTE_COLS} {QUOTE_FROM} WHERE q.speaker = ? ORDER BY q.published, q.id LIMIT 500",
        (pid,),
    ).fetchall()
    addressees = _names(
        conn,
        "SELECT addressee AS name, count(*) AS count FROM quotes WHERE speaker = ?"
        " AND addressee IS NOT NULL GROUP BY addressee ORDER BY count DESC, name LIMIT 20",
        pid,
    )
    about = _names(
        conn,
        "SELECT p.name, count(DISTINCT ap.article) AS count FROM article_people ap"
        " JOIN people p ON p.id = ap.person"
        " WHERE ap.article IN (SELECT article FROM article_people WHERE person = ?) AND ap.person != ?"
        " GROUP BY p.id ORDER BY count DESC, p.name LIMIT 20",
        pid,
        pid,
    )
    return {
        "name": row["name"],
        "aliases": facts["alias"],
        "titles": facts["title"],
        "orgs": facts["org"],
        "quotes": len(timeline),
        "timeline": [quote_dict(r) for r in timeline],
        "addressees": addressees,
        "co_occurring": about,
    }


def neighbours(conn: sqlite3.Connection, article_id: str) -> dict[str, dict[str, Any] | None]:
    """The articles before and after this one, in order of publication."""
    key = "(coalesce(published, ''), id)"
    sub = "(SELECT coalesce(published, ''), id FROM articles WHERE id = ?)"
    out: dict[str, dict[str, Any] | None] = {}
    for name, op, order in (("previous", "<", "DESC"), ("next", ">", "ASC")):
        r = conn.execute(
            f"SELECT id, title FROM articles WHERE {key} {op} {sub}"
            f" ORDER BY coalesce(published, '') {order}, id {order} LIMIT 1",
            (article_id,),
        ).fetchone()
        out[name] = dict(r) if r else None
    return out
