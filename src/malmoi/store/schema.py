"""The store's schema as numbered migrations, tracked by ``PRAGMA user_version``.

Migration *n* (1-based) takes a store from version *n - 1* to *n*. Never edit a
released migration: append a new one.
"""

from __future__ import annotations

V1_TABLES = """
CREATE TABLE outlets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE          -- canonical name
);
CREATE TABLE articles (
  n INTEGER PRIMARY KEY,             -- stable rowid for the FTS index
  id TEXT NOT NULL UNIQUE,           -- the record's id
  hash TEXT NOT NULL,                -- content hash: an unchanged record is not rewritten
  outlet INTEGER REFERENCES outlets(id),
  title TEXT,
  section TEXT,
  published TEXT,
  modified TEXT,
  language TEXT,
  url TEXT,
  text TEXT NOT NULL,                -- subtitles, body and captions, one per line, for search
  record TEXT NOT NULL               -- the record as given, JSON
);
CREATE INDEX articles_published ON articles(published, id);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE TABLE article_people (        -- what each article says of each person
  article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
  person INTEGER NOT NULL REFERENCES people(id),
  kind TEXT NOT NULL CHECK (kind IN ('name', 'alias', 'title', 'org')),
  value TEXT NOT NULL,
  PRIMARY KEY (article, person, kind, value)
) WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people(person, kind);
CREATE INDEX article_people_value ON article_people(value, kind);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
  idx INTEGER NOT NULL,              -- index into the record's quotes
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  place TEXT NOT NULL,               -- the record's "in": headline, body, caption
  paragraph INTEGER,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  verb TEXT,
  speaker INTEGER REFERENCES people(id),
  speaker_name TEXT,
  mention TEXT,
  speaker_title TEXT,
  speaker_org TEXT,
  speaker_type TEXT,
  addressee TEXT,
  via TEXT,
  fidelity TEXT,                     -- headline quotes only: the fidelity level
  published TEXT,                    -- copied from the article, for date filters
  UNIQUE (article, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker, published);
CREATE INDEX quotes_published ON quotes(published);
"""


def _fts(table: str, fts: str, key: str, cols: tuple[str, ...]) -> str:
    """An external-content trigram FTS5 index over ``table``, kept in sync by triggers."""
    names = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.{key}, {old});"
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.{key}, {new});"
    return f"""
CREATE VIRTUAL TABLE {fts} USING fts5(
  {names}, content='{table}', content_rowid='{key}', tokenize='trigram'
);
CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END;
CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END;
CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END;
INSERT INTO {fts}({fts}) VALUES ('rebuild');
"""


V2_FTS = _fts("articles", "articles_fts", "n", ("title", "text")) + _fts(
    "quotes", "quotes_fts", "id", ("text", "speaker_name", "mention")
)

# (table, fts, key, indexed columns) of the two full-text indexes
FTS_INDEXES = (
    ("articles", "articles_fts", "n", ("title", "text")),
    ("quotes", "quotes_fts", "id", ("text", "speaker_name", "mention")),
)


SENTINEL = "char(31)"  # ends every indexed value, see V4_SHORT_TERMS


def fts_triggers(
    table: str, fts: str, key: str, cols: tuple[str, ...], sentinel: bool = True
) -> dict[str, str]:
    """name -> CREATE TRIGGER of the triggers keeping ``fts`` in sync.

    The update trigger fires only when an indexed column changes. From version 4 each
    indexed value ends with the sentinel (``sentinel=False`` gives version 3's triggers).
    """
    names = ", ".join(cols)
    new = ", ".join(indexed(f"new.{c}", sentinel) for c in cols)
    old = ", ".join(indexed(f"old.{c}", sentinel) for c in cols)
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.{key}, {old});"
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.{key}, {new});"
    return {
        f"{fts}_ai": f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"{fts}_ad": f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"{fts}_au": f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table}"
        f" BEGIN {delete} {insert} END",
    }


def indexed(col: str, sentinel: bool = True) -> str:
    return f"coalesce({col}, '') || {SENTINEL}" if sentinel else col


def reindex(table: str, fts: str, key: str, cols: tuple[str, ...]) -> str:
    """Rebuild ``fts`` from ``table`` with the sentinel (FTS5's own 'rebuild' leaves it out)."""
    values = ", ".join(indexed(c) for c in cols)
    return (
        f"INSERT INTO {fts}({fts}) VALUES ('delete-all');\n"
        f"INSERT INTO {fts}(rowid, {', '.join(cols)}) SELECT {key}, {values} FROM {table};"
    )


V3_TRIGGERS = {
    name: sql
    for table, fts, key, cols in FTS_INDEXES
    for name, sql in fts_triggers(table, fts, key, cols, sentinel=False).items()
}
TRIGGERS: dict[str, str] = {
    name: sql for index in FTS_INDEXES for name, sql in fts_triggers(*index).items()
}
REINDEX = "\n".join(reindex(*index) for index in FTS_INDEXES)

# Version 3: the outlet and the fidelity's body quotes on each quote row, indexes for the
# filters (speaker, outlet, date range), update triggers that fire only on indexed columns.
V3_FILTERS = f"""
ALTER TABLE quotes ADD COLUMN outlet INTEGER REFERENCES outlets(id);
ALTER TABLE quotes ADD COLUMN body_quotes TEXT;  -- headline quotes: JSON list of quote indices
DROP TRIGGER articles_fts_au;
DROP TRIGGER quotes_fts_au;
{V3_TRIGGERS["articles_fts_au"]};
{V3_TRIGGERS["quotes_fts_au"]};
UPDATE quotes SET outlet = (SELECT outlet FROM articles WHERE n = quotes.article),
  body_quotes = (SELECT json_extract(a.record, '$.quotes[' || quotes.idx || '].fidelity.body_quotes')
                 FROM articles a WHERE a.n = quotes.article);
DROP INDEX articles_outlet;
CREATE INDEX articles_outlet ON articles(outlet, published);
CREATE INDEX quotes_outlet ON quotes(outlet, published);
CREATE INDEX quotes_fidelity ON quotes(fidelity, published) WHERE fidelity IS NOT NULL;
CREATE INDEX quotes_type ON quotes(speaker_type, speaker);
"""

# Version 4: every indexed value ends with a sentinel character (never typed: a search
# term with a control character is refused), so every one- or two-character piece of
# text starts a trigram; a two-character term is looked up as the trigrams that start
# with it, found in the vocabulary tables.
V4_SHORT_TERMS = (
    "\n".join(f"DROP TRIGGER {name};" for name in TRIGGERS)
    + "\n"
    + "\n".join(f"{sql};" for sql in TRIGGERS.values())
    + "\n"
    + REINDEX
    + """
CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');
CREATE VIRTUAL TABLE quotes_vocab USING fts5vocab(quotes_fts, 'row');
"""
)

# Version 5: narrow indexes that the speaker page reads instead of the wide rows: a
# speaker's quotes with their day, outlet, article and addressee; each article's day.
V5_SPEAKER_PAGE = """
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes(speaker, published, outlet, article, addressee);
CREATE INDEX articles_dates ON articles(n, published);
"""

# Version 6: anonymous sources and groups are one person per article. ``people`` is keyed
# by (name, scope): scope 0 for named persons and organisations (one row per canonical
# name, as before), the article's ``n`` for a name the article gives an anonymous or group
# speaker (``A씨``, ``업계 관계자``), so that the same words in two articles are two people.
# The table is rebuilt with its ids kept (foreign keys are off while a migration runs).
LOCAL_TYPES = ("anonymous", "group")
V6_LOCAL_PEOPLE = """
CREATE TABLE people_v6 (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  scope INTEGER NOT NULL DEFAULT 0,  -- 0: everywhere; else the article (n) it belongs to
  UNIQUE (name, scope)
);
INSERT INTO people_v6 (id, name) SELECT id, name FROM people;
CREATE TEMP TABLE local_v6 AS
  SELECT DISTINCT q.article, q.speaker_name AS name FROM quotes q
  WHERE q.speaker_type IN ('anonymous', 'group') AND q.speaker_name IS NOT NULL
  UNION
  SELECT a.n, json_extract(p.value, '$.name') FROM articles a, json_each(a.record, '$.people') p
  WHERE json_extract(p.value, '$.type') IN ('anonymous', 'group')
    AND json_type(p.value, '$.name') = 'text';
INSERT INTO people_v6 (name, scope) SELECT name, article FROM local_v6;
UPDATE quotes SET speaker = (
  SELECT l.id FROM people_v6 l WHERE l.name = quotes.speaker_name AND l.scope = quotes.article)
WHERE (article, speaker_name) IN (SELECT article, name FROM local_v6);
UPDATE article_people SET person = (
  SELECT l.id FROM people_v6 l JOIN people_v6 g ON g.name = l.name
  WHERE g.id = article_people.person AND l.scope = article_people.article)
WHERE (article, person) IN (
  SELECT x.article, g.id FROM local_v6 x JOIN people_v6 g ON g.name = x.name AND g.scope = 0);
DELETE FROM people_v6 WHERE scope = 0
  AND id NOT IN (SELECT person FROM article_people)
  AND id NOT IN (SELECT speaker FROM quotes WHERE speaker IS NOT NULL);
DROP TABLE local_v6;
DROP TABLE people;
ALTER TABLE people_v6 RENAME TO people;
"""

# Version 7: each quote's day, speaker and outlet by id, for the dates of a text search's
# matches (the wide rows with their text are not read to sort them).
V7_QUOTE_WINDOW = """
CREATE INDEX quotes_window ON quotes(id, published, speaker, outlet);
"""

MIGRATIONS: tuple[str, ...] = (
    V1_TABLES,
    V2_FTS,
    V3_FILTERS,
    V4_SHORT_TERMS,
    V5_SPEAKER_PAGE,
    V6_LOCAL_PEOPLE,
    V7_QUOTE_WINDOW,
)

# The secondary indexes as of the latest version: a bulk load into a new store drops them
# and builds each once at the end (a store found without one gets it back when opened).
INDEXES: dict[str, str] = {
    "articles_published": "CREATE INDEX articles_published ON articles(published, id)",
    "articles_outlet": "CREATE INDEX articles_outlet ON articles(outlet, published)",
    "article_people_person": "CREATE INDEX article_people_person ON article_people(person, kind)",
    "article_people_value": "CREATE INDEX article_people_value ON article_people(value, kind)",
    "quotes_speaker": "CREATE INDEX quotes_speaker"
    " ON quotes(speaker, published, outlet, article, addressee)",
    "articles_dates": "CREATE INDEX articles_dates ON articles(n, published)",
    "quotes_published": "CREATE INDEX quotes_published ON quotes(published)",
    "quotes_outlet": "CREATE INDEX quotes_outlet ON quotes(outlet, published)",
    "quotes_fidelity": "CREATE INDEX quotes_fidelity ON quotes(fidelity, published)"
    " WHERE fidelity IS NOT NULL",
    "quotes_type": "CREATE INDEX quotes_type ON quotes(speaker_type, speaker)",
    "quotes_window": "CREATE INDEX quotes_window ON quotes(id, published, speaker, outlet)",
}
SCHEMA_VERSION = len(MIGRATIONS)

# ``PRAGMA application_id`` of a store being bulk loaded as a new file (written without a
# journal): set before the first row goes in, cleared in the journaled transaction that
# completes it. A store found with it was stopped mid-load and may be damaged: it is refused.
INCOMPLETE = 0x4D4C4F41
