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
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from malmoi.store import fold as folding
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


MAX_EXPANSION = 2000  # trigrams a two-character term may stand for before LIKE scans instead


def expand(conn: sqlite3.Connection, vocab: str, term: str) -> list[str] | None:
    """The indexed trigrams that start with a two-character ``term`` (every occurrence of
    it starts one: indexed values end with a sentinel), or None: scan with LIKE."""
    if len(term) != 2:
        return None
    low = term.lower()
    rows = conn.execute(
        f"SELECT term FROM {vocab} WHERE term >= ? AND term < ? LIMIT ?",
        (low, low + "\U0010ffff", MAX_EXPANSION + 1),
    ).fetchall()
    return None if len(rows) > MAX_EXPANSION else [r[0] for r in rows]


def text_condition(
    conn: sqlite3.Connection,
    terms: Terms,
    key: str,
    fts: str,
    cols: tuple[str, ...],
    scan: bool = False,
) -> tuple[str, list[Any]]:
    """A WHERE fragment (with its parameters) requiring every term somewhere in ``cols``.

    Terms of three or more characters, and two-character terms by their trigrams, go to
    one FTS query; a one-character term (or a two-character one that starts too many
    trigrams) is a LIKE over ``cols``. With ``scan`` (another condition already narrows
    the rows to a few thousand), every term is a LIKE on those rows.
    """
    if scan:
        terms = Terms((), terms.all)
    match = [fts_string(t) for t in terms.long]
    likes: list[str] = []
    for term in terms.short:
        grams = None if scan else expand(conn, fts.replace("_fts", "_vocab"), term)
        if grams is None:
            likes.append(term)
        elif not grams:
            return "0", []  # the term is nowhere
        else:
            match.append("(" + " OR ".join(fts_string(g) for g in grams) + ")")
    parts: list[str] = []
    params: list[Any] = []
    if match:
        parts.append(f"{key} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
        params.append(" AND ".join(match))
    for term in likes:
        if ASCII_LETTER.search(term):  # LIKE folds ASCII case, as the FTS index does
            parts.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in cols) + ")")
            params += [like_pattern(term)] * len(cols)
        else:  # nothing to fold: a plain substring test, about twice as fast
            parts.append("(" + " OR ".join(f"instr({c}, ?) > 0" for c in cols) + ")")
            params += [term] * len(cols)
    return " AND ".join(parts), params


ASCII_LETTER = re.compile(r"[A-Za-z]")


@dataclass(slots=True, frozen=True)
class QuoteFilter:
    q: str = ""
    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    page: int = 1
    size: int = 20
    fold: bool | None = None  # fold copies (None: when the store was folded, see store/fold.py)


QUOTE_FROM = """
FROM quotes q JOIN articles a ON a.n = q.article LEFT JOIN outlets o ON o.id = q.outlet
"""
QUOTE_COLS = "q.*, a.id AS article_id, a.title AS article_title, o.name AS outlet_name"
FACETS = 20


def day_after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


SCAN_LIMIT = 3000  # rows a speaker or outlet filter may leave for text terms to be scanned


SPEAKER_IDS = """
SELECT id FROM people WHERE name = ?
UNION SELECT person FROM article_people WHERE kind = 'alias' AND value = ? LIMIT 1001
"""


def _filters(conn: sqlite3.Connection, f: QuoteFilter) -> tuple[list[str], list[Any]]:
    """The speaker, outlet and date conditions over ``quotes q``, with their parameters.

    The people a speaker filter names (by canonical name or alias) are looked up first:
    one person is ``q.speaker = ?``, which walks that person's quotes in date order."""
    parts: list[str] = []
    params: list[Any] = []
    if f.speaker:
        ids = [r[0] for r in conn.execute(SPEAKER_IDS, (f.speaker, f.speaker))]
        if len(ids) > 1000:  # an anonymous description in a thousand articles
            parts.append(f"q.speaker IN ({SPEAKER_IDS.replace('LIMIT 1001', '')})")
            params += [f.speaker, f.speaker]
        elif len(ids) == 1:
            parts.append("q.speaker = ?")
            params += ids
        else:
            parts.append(f"q.speaker IN ({', '.join('?' * len(ids))})" if ids else "0")
            params += ids
    if f.outlet:
        parts.append("q.outlet = (SELECT id FROM outlets WHERE name = ?)")
        params.append(f.outlet)
    if f.since:  # published is ISO 8601: comparing the strings compares the days
        parts.append("q.published >= ?")
        params.append(f.since)
    if f.until:
        parts.append("q.published < ?")
        params.append(day_after(f.until))
    return parts, params


def _quote_where(
    conn: sqlite3.Connection, f: QuoteFilter, scan: bool = False
) -> tuple[str, list[Any]]:
    """The WHERE clause over ``quotes q`` alone (no join), using the filter indexes.

    Text terms go through the FTS index, unless a speaker or outlet filter leaves at most
    ``SCAN_LIMIT`` quotes: then they are scanned on those rows (cheaper than the index
    for a common word). With ``scan`` they are always tested on each row (for a walk
    through the quotes that stops early).
    """
    parts, params = _filters(conn, f)
    terms = parse_terms(f.q)
    if terms and not scan and (f.speaker or f.outlet):
        narrowed = _filters(conn, QuoteFilter(speaker=f.speaker, outlet=f.outlet))
        sql = "SELECT count(*) FROM (SELECT 1 FROM quotes q WHERE " + " AND ".join(narrowed[0])
        left = conn.execute(sql + " LIMIT ?)", [*narrowed[1], SCAN_LIMIT + 1]).fetchone()[0]
        scan = left <= SCAN_LIMIT
    cond, text_params = text_condition(
        conn,
        terms,
        "q.id",
        "quotes_fts",
        ("q.text", "coalesce(q.speaker_name, '')", "coalesce(q.mention, '')"),
        scan=scan,
    )
    if cond:
        parts.insert(0, cond)
        params = text_params + params
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


FACET_WINDOW = 2000  # facets count the most recent matches, at most this many
DENSE = 20  # one match in this many quotes or more: walk the quotes newest first

WINDOW_SQL = """
WITH m AS MATERIALIZED (
  SELECT q.id, q.speaker, q.outlet FROM quotes q {hint} {where}
  ORDER BY q.published DESC, q.id DESC LIMIT {window})
"""
SPEAKER_FACETS = """
SELECT 'speakers' AS part, p.name AS key, c AS n FROM (
  SELECT speaker, count(*) AS c FROM m WHERE speaker IS NOT NULL GROUP BY speaker
) JOIN people p ON p.id = speaker ORDER BY c DESC, p.name LIMIT {facets}
"""
OUTLET_FACETS = """
SELECT 'outlets', o.name, c FROM (
  SELECT outlet, count(*) AS c FROM m WHERE outlet IS NOT NULL GROUP BY outlet
) JOIN outlets o ON o.id = outlet ORDER BY c DESC, o.name LIMIT {facets}
"""
PAGE = "SELECT 'page', id, NULL FROM m LIMIT ? OFFSET ?"
PAGE_BEYOND = """
SELECT q.id FROM quotes q {hint} {where} ORDER BY q.published DESC, q.id DESC LIMIT ? OFFSET ?
"""


def count_matches(conn: sqlite3.Connection, where: str, params: list[Any]) -> int:
    """How many quotes match; a text-only query is counted in the FTS index alone."""
    fts = "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
    if where == f" WHERE {fts}" and len(params) == 1:
        sql = "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"
        return int(conn.execute(sql, params).fetchone()[0])
    return int(conn.execute(f"SELECT count(*) FROM quotes q {where}", params).fetchone()[0])


def search_quotes(conn: sqlite3.Connection, f: QuoteFilter) -> dict[str, Any]:
    """Quotes newest first, their count, and facets (over the most recent matches).

    The count is exact. The facets count every match up to ``FACET_WINDOW`` matches, else
    the ``FACET_WINDOW`` most recent (``facets_over`` says how many they counted). When
    the matches are dense, the quotes are walked newest first through the date index
    until enough are found, instead of sorting every match.
    """
    where, params = _quote_where(conn, f)
    total = count_matches(conn, where, params)
    everything = int(conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0])
    window = min(total, FACET_WINDOW)
    dense = total > FACET_WINDOW and total * DENSE > everything
    hint = "INDEXED BY quotes_published" if dense else ""
    if dense and f.q:  # walked newest first: each row tested, no set of every match made
        where, params = _quote_where(conn, f, scan=True)
    elif "MATCH" in where and not (f.speaker or f.outlet):  # their dates: a narrow index
        hint = "INDEXED BY quotes_window"
    folded_store = folding.has_fold(conn)
    if folded_store and f.fold is not False:
        return folded_search(conn, f, where, params, total, hint)
    offset = (f.page - 1) * f.size
    inside = offset + f.size <= window
    selects = [SPEAKER_FACETS, OUTLET_FACETS, *([PAGE] if inside else [])]
    sql = (WINDOW_SQL + " UNION ALL ".join(f"SELECT * FROM ({x})" for x in selects)).format(
        where=where, facets=FACETS, hint=hint, window=window
    )
    parts: dict[str, list[tuple[Any, Any]]] = {"speakers": [], "outlets": [], "page": []}
    for part, key, n in conn.execute(sql, [*params, *([f.size, offset] if inside else [])]):
        parts[part].append((key, n))
    page = [key for key, _ in parts["page"]]
    if not inside:
        beyond = PAGE_BEYOND.format(where=where, hint=hint)
        page = [r[0] for r in conn.execute(beyond, [*params, f.size, offset])]
    marks = ", ".join("?" * len(page))
    rows = conn.execute(f"SELECT {QUOTE_COLS} {QUOTE_FROM} WHERE q.id IN ({marks})", page)
    by_id = {r["id"]: r for r in rows}
    places = folding.clusters(conn, page) if folded_store else {}
    results = []
    for i in page:
        if i in by_id:
            cluster, group = places.get(i, (None, None))
            results.append(quote_dict(by_id[i]) | {"copies": 1, "cluster": cluster, "group": group})
    return {
        "total": total,
        "total_exact": True,
        "page": f.page,
        "size": f.size,
        "results": results,
        "facets": {
            k: [{"name": name, "count": n} for name, n in parts[k]] for k in ("speakers", "outlets")
        },
        "facets_over": window,
        "fold": False,
    }


FOLD_WINDOW = FACET_WINDOW  # matches folded at most (more when a page lies further back)


def folded_search(
    conn: sqlite3.Connection, f: QuoteFilter, where: str, params: list[Any], total: int, hint: str
) -> dict[str, Any]:
    """``search_quotes`` with copies folded (see ``malmoi.store.fold``): the count, facets and
    page are of folded hits, over the most recent ``FOLD_WINDOW`` matches (or as many as the
    page needs); beyond them the count is estimated from the share folded in the window."""
    offset = (f.page - 1) * f.size
    window = min(total, max(FOLD_WINDOW, 2 * (offset + f.size)))
    found = folding.hits(conn, where, params, hint, window) if window else []
    folded = folding.fold(found)
    exact = window >= total
    count = len(folded) if exact else round(total * len(folded) / len(found))
    page = folded[offset : offset + f.size]
    marks = ", ".join("?" * len(page))
    rows = conn.execute(
        f"SELECT {QUOTE_COLS} {QUOTE_FROM} WHERE q.id IN ({marks})", [x.hit.id for x in page]
    )
    by_id = {r["id"]: r for r in rows}
    groups = folding.clusters(conn, [x.hit.id for x in page])  # also of hits that fold nothing
    results = [
        quote_dict(by_id[x.hit.id])
        | {
            "copies": x.copies,
            "cluster": x.hit.cluster,
            "group": groups.get(x.hit.id, (None, None))[1],
        }
        for x in page
        if x.hit.id in by_id
    ]
    facets = folding.facets(conn, folded, FACETS)
    return {
        "total": count,
        "total_exact": exact,
        "page": f.page,
        "size": f.size,
        "results": results,
        "facets": {
            k: [{"name": name, "count": n} for name, n in facets[k]]
            for k in ("speakers", "outlets")
        },
        "facets_over": len(found),
        "fold": True,
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
    cond, params = text_condition(
        conn, terms, "a.n", "articles_fts", ("coalesce(a.title, '')", "a.text")
    )
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
SELECT p.name,{extra}
  (SELECT count(*) FROM quotes WHERE speaker = p.id) AS quotes,
  (SELECT count(DISTINCT article) FROM article_people WHERE person = p.id) AS articles
FROM people p {where} ORDER BY quotes DESC, articles DESC, p.name LIMIT ? OFFSET ?
"""
PERSON_ARTICLE = "\n  (SELECT id FROM articles WHERE n = p.scope) AS article,"
PEOPLE_MATCH = (
    "WHERE instr(p.name, ?) > 0 OR p.id IN"
    " (SELECT person FROM article_people WHERE kind = 'alias' AND instr(value, ?) > 0)"
)


def top_speakers(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        PEOPLE_SQL.format(where="WHERE p.id IN (SELECT speaker FROM quotes)", extra=""),
        (limit, 0),
    )
    return [dict(r) for r in rows]


def people(conn: sqlite3.Connection, q: str, page: int = 1, size: int = 100) -> dict[str, Any]:
    """People whose name or an alias contains ``q``, most quoted first, one page of them;
    ``article``: the article an anonymous source or group belongs to (None: a named one)."""
    where, params = (PEOPLE_MATCH, [q, q]) if q else ("", [])
    total = conn.execute(f"SELECT count(*) FROM people p {where}", params).fetchone()[0]
    rows = conn.execute(
        PEOPLE_SQL.format(where=where, extra=PERSON_ARTICLE), [*params, size, (page - 1) * size]
    )
    return {"total": total, "page": page, "size": size, "results": [dict(r) for r in rows]}


def weeks(days: list[tuple[str | None, int]]) -> list[dict[str, Any]]:
    """Counts by day folded into weeks (Monday to Sunday), every week of the span listed."""
    counts: dict[date, int] = {}
    for day, n in days:
        try:
            d = date.fromisoformat(day or "")
        except ValueError:
            continue
        monday = d - timedelta(days=d.weekday())
        counts[monday] = counts.get(monday, 0) + n
    if not counts:
        return []
    first, last = min(counts), max(counts)
    span = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    return [{"week": w.isoformat(), "quotes": counts.get(w, 0)} for w in span]


def ranked(conn: sqlite3.Connection, sql: str, *params: Any) -> list[dict[str, Any]]:
    return [{"name": r[0], "count": r[1]} for r in conn.execute(sql, params)]


def overview(conn: sqlite3.Connection, limit: int = 10) -> dict[str, Any]:
    """The corpus at a glance: counts, quotes per week, who and which outlets, lost headlines."""
    days = conn.execute(
        "SELECT substr(published, 1, 10), count(*) FROM quotes"
        " WHERE published IS NOT NULL GROUP BY 1"
    ).fetchall()
    top = (
        "SELECT p.name, c FROM (SELECT speaker, count(*) AS c FROM quotes"
        " WHERE speaker_type = ? AND speaker IS NOT NULL GROUP BY speaker)"
        " JOIN people p ON p.id = speaker ORDER BY c DESC, p.name LIMIT ?"
    )
    outlets = (
        "SELECT o.name, c FROM (SELECT outlet, count(*) AS c FROM articles"
        " WHERE outlet IS NOT NULL GROUP BY outlet) JOIN outlets o ON o.id = outlet"
        " ORDER BY c DESC, o.name LIMIT ?"
    )
    lost = conn.execute(
        f"SELECT {QUOTE_COLS} {QUOTE_FROM} WHERE q.fidelity = 'not_found'"
        " ORDER BY q.published DESC, q.id LIMIT ?",
        (limit,),
    )
    return {
        "counts": counts(conn),
        "weekly": weeks([(d, n) for d, n in days]),
        "top_people": ranked(conn, top, "person", limit),
        "top_organizations": ranked(conn, top, "organization", limit),
        "outlets": ranked(conn, outlets, limit),
        "not_found": [quote_dict(r) for r in lost],
    }


def _resolve(conn: sqlite3.Connection, name: str, article: str | None = None) -> sqlite3.Row | None:
    """A person by canonical name, else by the alias most articles give.

    An anonymous source or group is a person of one article: with ``article`` (its id), that
    article's; without, a named person first, else the one of the article loaded last.
    """
    row = None
    if article is not None:
        row = conn.execute(
            "SELECT p.id, p.name, a.id AS article FROM people p JOIN articles a ON a.n = p.scope"
            " WHERE p.name = ? AND a.id = ?",
            (name, article),
        ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT p.id, p.name, a.id AS article FROM people p LEFT JOIN articles a"
            " ON a.n = p.scope WHERE p.name = ? ORDER BY p.scope = 0 DESC, p.scope DESC LIMIT 1",
            (name,),
        ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT p.id, p.name, a.id AS article FROM article_people ap"
            " JOIN people p ON p.id = ap.person LEFT JOIN articles a ON a.n = p.scope"
            " WHERE ap.kind = 'alias' AND ap.value = ? GROUP BY p.id ORDER BY count(*) DESC LIMIT 1",
            (name,),
        ).fetchone()
    return row


def _names(conn: sqlite3.Connection, sql: str, *params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, params)]


TIMELINE = 500  # quotes listed on a speaker's page: the most recent, in time order
RECENT_ARTICLES = 2000  # "in the same articles": the speaker's most recent articles


def person(
    conn: sqlite3.Connection, name: str, article: str | None = None
) -> dict[str, Any] | None:
    """A speaker: names, titles, organisations, quotes in time order, and who they talk to or
    about. ``article``: the article of an anonymous source or group (see ``_resolve``); the
    answer's ``article`` is that article's id, None for a named person or organisation."""
    row = _resolve(conn, name, article)
    if row is None:
        return None
    pid = row["id"]
    aliases = [
        r[0]
        for r in conn.execute(
            "SELECT value FROM article_people WHERE person = ? AND kind = 'alias'"
            " GROUP BY value ORDER BY count(*) DESC, value",
            (pid,),
        )
    ]
    held = roles(conn, pid)
    by_use = sorted(held, key=lambda r: (-r["articles"], r["value"]))
    timeline = conn.execute(
        f"SELECT * FROM (SELECT {QUOTE_COLS} {QUOTE_FROM} WHERE q.speaker = ?"
        " ORDER BY q.published DESC, q.id DESC LIMIT ?) ORDER BY published, id",
        (pid, TIMELINE),
    ).fetchall()
    total = conn.execute("SELECT count(*) FROM quotes WHERE speaker = ?", (pid,)).fetchone()[0]
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
        " WHERE ap.article IN (SELECT x.article FROM article_people x"
        "  JOIN articles a INDEXED BY articles_dates ON a.n = x.article"
        "  WHERE x.person = ? AND x.kind = 'name' ORDER BY a.published DESC LIMIT ?)"
        " AND ap.person != ? AND ap.kind = 'name'"
        " GROUP BY p.id ORDER BY count DESC, p.name LIMIT 20",
        pid,
        RECENT_ARTICLES,
        pid,
    )
    quotes = [quote_dict(r) for r in timeline]
    return {
        "name": row["name"],
        "article": row["article"],
        "aliases": aliases,
        "titles": [r["value"] for r in by_use if r["kind"] == "title"],
        "orgs": [r["value"] for r in by_use if r["kind"] == "org"],
        "quotes": total,
        "weekly": speaker_weeks(conn, pid),
        "roles": held,
        "timeline": quotes,  # the most recent TIMELINE quotes, in time order
        "addressees": addressees,
        "spoken_about": spoken_about(conn, pid, row["name"], quotes),
        "co_occurring": about,
    }


OUTLET_SERIES = 8  # outlets drawn apart on a speaker's timeline; the rest are one series
OTHER, UNNAMED = "기타", "언론사 미상"


def speaker_weeks(conn: sqlite3.Connection, pid: int) -> dict[str, Any]:
    """The speaker's quotes per week, in all and by outlet (the eight biggest, then the rest)."""
    names = dict(conn.execute("SELECT id, name FROM outlets").fetchall())
    by_day = Counter(
        (published[:10], outlet)
        for published, outlet in conn.execute(
            "SELECT published, outlet FROM quotes WHERE speaker = ? AND published IS NOT NULL",
            (pid,),
        )
    )  # counted here: SQLite would sort every row to group them by day
    rows = [
        (day, names.get(outlet, "") if outlet else "", n) for (day, outlet), n in by_day.items()
    ]
    total = weeks([(r[0], r[2]) for r in rows])
    span = [w["week"] for w in total]
    sizes: dict[str, int] = {}
    for _, outlet, n in rows:
        sizes[outlet] = sizes.get(outlet, 0) + n
    named = sorted(sizes, key=lambda o: (-sizes[o], o))[:OUTLET_SERIES]
    group = {o: (o if o in named else OTHER) or UNNAMED for o in sizes}
    monday: dict[str, str | None] = {}
    series: dict[str, dict[str, int]] = {}
    for day, outlet, n in rows:
        if day not in monday:
            monday[day] = week_of(day)
        week = monday[day]
        if week is not None:
            counts = series.setdefault(group[outlet], {})
            counts[week] = counts.get(week, 0) + n
    order = sorted(series, key=lambda g: (g == OTHER, -sum(series[g].values()), g))
    return {
        "weeks": span,
        "total": [w["quotes"] for w in total],
        "by_outlet": [{"outlet": g, "quotes": [series[g].get(w, 0) for w in span]} for g in order],
    }


def week_of(day: str | None) -> str | None:
    """The Monday of the week of ``day`` (ISO), or None for what is not a date."""
    try:
        d = date.fromisoformat(day or "")
    except ValueError:
        return None
    return (d - timedelta(days=d.weekday())).isoformat()


def roles(conn: sqlite3.Connection, pid: int) -> list[dict[str, Any]]:
    """Each title and organisation the articles give the person, first and last seen."""
    rows = conn.execute(
        "SELECT ap.kind, ap.value, min(substr(a.published, 1, 10)), max(substr(a.published, 1, 10)),"
        " count(DISTINCT ap.article) FROM article_people ap"
        " JOIN articles a INDEXED BY articles_dates ON a.n = ap.article"
        " WHERE ap.person = ? AND ap.kind IN ('title', 'org')"
        " GROUP BY ap.kind, ap.value ORDER BY 3, ap.kind, ap.value",
        (pid,),
    )
    return [
        {"kind": r[0], "value": r[1], "first": r[2], "last": r[3], "articles": r[4]} for r in rows
    ]


def spoken_about(
    conn: sqlite3.Connection, pid: int, name: str, quotes: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """People the given quotes name (by canonical name or an alias given in the quote's
    own article), most often first."""
    ids = sorted({q["article"]["id"] for q in quotes if q.get("article")})
    by_article: dict[str, dict[str, str]] = {}
    for article, person, word in conn.execute(
        "SELECT a.id, p.name, ap.value FROM articles a JOIN article_people ap ON ap.article = a.n"
        " JOIN people p ON p.id = ap.person"
        " WHERE a.id IN (SELECT value FROM json_each(?)) AND ap.person != ?"
        " AND ap.kind IN ('name', 'alias')",
        (json.dumps(ids), pid),
    ):
        if len(word) >= 2 and word != name:
            by_article.setdefault(article, {}).setdefault(word, person)
    counts: dict[str, int] = {}
    for q in quotes:
        words = by_article.get(str((q.get("article") or {}).get("id")), {})
        for person in {p for w, p in words.items() if w in (q["text"] or "")}:
            counts[person] = counts.get(person, 0) + 1
    ranked = sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:20]
    return [{"name": n, "count": c} for n, c in ranked]


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
