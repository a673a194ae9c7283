"""From a record dict (``Article.to_dict()``) to the rows of the store."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from malmoi.store.schema import LOCAL_TYPES
from malmoi.store.validate import problem

Record = dict[str, Any]
__all__ = [
    "Record",
    "Rows",
    "article_row",
    "dumps",
    "local_names",
    "make_rows",
    "person_facts",
    "problem",
    "quote_row",
    "quote_values",
]

# the columns of a quote row, in the order of ``quote_values``
QUOTE_COLUMNS = (
    "id", "article", "idx", "text", "kind", "place", "paragraph", "span_start", "span_end",
    "verb", "speaker", "speaker_name", "mention", "speaker_title", "speaker_org",
    "speaker_type", "addressee", "via", "fidelity", "body_quotes", "published", "outlet",
)  # fmt: skip
# the slots of ``quote_values`` that the store fills in: id, article, speaker, published, outlet
Q_ID, Q_ARTICLE, Q_SPEAKER, Q_PUBLISHED, Q_OUTLET = (
    QUOTE_COLUMNS.index(c) for c in ("id", "article", "speaker", "published", "outlet")
)
Q_SPEAKER_NAME = QUOTE_COLUMNS.index("speaker_name")


def dumps(record: Any) -> str:
    """The record as stored: JSON, Hangul as written (not \\u escapes)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def content_hash(stored: str) -> str:
    """Hash of the stored JSON: records written by ``Article.to_dict`` keep their key order."""
    return hashlib.sha1(stored.encode("utf-8")).hexdigest()


def search_text(record: Record) -> str:
    """Subtitles, body and captions, one per line: the text that article search looks in."""
    lines: list[str] = list(record.get("subtitles") or [])
    lines += record.get("body") or []
    lines += [c.get("text") or "" for c in record.get("captions") or [] if isinstance(c, dict)]
    return "\n".join(s for s in lines if isinstance(s, str))


def article_row(
    record: Record, stored: str | None = None, digest: str | None = None
) -> dict[str, Any]:
    """The article's row; ``stored`` is the record's JSON when it is already made (and
    ``digest`` its ``content_hash``)."""
    source = record.get("source") or {}
    stored = dumps(record) if stored is None else stored
    return {
        "id": record["id"],
        "hash": digest or content_hash(stored),
        "title": record.get("title"),
        "section": record.get("section"),
        "published": record.get("published"),
        "modified": record.get("modified"),
        "language": record.get("language"),
        "url": source.get("url") if isinstance(source, dict) else None,
        "text": search_text(record),
        "record": stored,
    }


def quote_row(quote: Record, idx: int) -> dict[str, Any]:
    speaker = quote.get("speaker") or {}
    fidelity = quote.get("fidelity") or {}
    return {
        "idx": idx,
        "text": quote["text"],
        "kind": quote.get("kind") or "direct",
        "place": quote.get("in") or "body",
        "paragraph": quote.get("paragraph"),
        "span_start": int(quote.get("start") or 0),
        "span_end": int(quote.get("end") or 0),
        "verb": quote.get("verb"),
        "speaker_name": speaker.get("name") or None,
        "mention": speaker.get("mention"),
        "speaker_title": speaker.get("title"),
        "speaker_org": speaker.get("org"),
        "speaker_type": speaker.get("type"),
        "addressee": quote.get("addressee"),
        "via": quote.get("via"),
        "fidelity": fidelity_level(fidelity),
        "body_quotes": dumps(fidelity.get("body_quotes") or [])
        if fidelity and isinstance(fidelity, dict)
        else None,
    }


def quote_values(quote: Record, idx: int) -> list[Any]:
    """``quote_row`` as a list in the order of ``QUOTE_COLUMNS``, the store's slots None:
    what a load binds (a list is filled in place; no dict per quote)."""
    get = quote.get
    speaker = get("speaker") or {}
    fidelity = get("fidelity") or {}
    if fidelity and isinstance(fidelity, dict):
        level = fidelity.get("level")
        body = fidelity.get("body_quotes")
        # a list of integers (checked): its JSON, as dumps writes it
        body_quotes = "[" + ",".join(map(int.__repr__, body)) + "]" if body else "[]"
        level = level if isinstance(level, str) else None
    else:
        body_quotes = None
        level = fidelity if isinstance(fidelity, str) and fidelity else None
    sget = speaker.get
    return [
        None,
        None,
        idx,
        quote["text"],
        get("kind") or "direct",
        get("in") or "body",
        get("paragraph"),
        int(get("start") or 0),
        int(get("end") or 0),
        get("verb"),
        None,
        sget("name") or None,
        sget("mention"),
        sget("title"),
        sget("org"),
        sget("type"),
        get("addressee"),
        get("via"),
        level,
        body_quotes,
        None,
        None,
    ]


def fidelity_level(fidelity: object) -> str | None:
    """The level of a quote's fidelity: an object ``{"level", "body_quotes"}`` (or a bare level)."""
    if isinstance(fidelity, dict):
        level = fidelity.get("level")
        return level if isinstance(level, str) else None
    return fidelity if isinstance(fidelity, str) and fidelity else None


def person_facts(record: Record) -> list[tuple[str, str, str]]:
    """(canonical name, kind, value) for everyone the article names or quotes."""
    facts: list[tuple[str, str, str]] = []
    for p in record.get("people") or []:
        name = p["name"]
        facts.append((name, "name", name))
        for kind, key in (("alias", "aliases"), ("title", "titles"), ("org", "orgs")):
            facts += [(name, kind, v) for v in p.get(key) or [] if isinstance(v, str) and v]
    for q in record.get("quotes") or []:
        s = q.get("speaker") or {}
        name = s.get("name")
        if not name:
            continue
        facts.append((name, "name", name))
        facts += [(name, kind, s[kind]) for kind in ("title", "org") if s.get(kind)]
    return list(dict.fromkeys(facts))


def local_names(record: Record) -> set[str]:
    """The names this article gives an anonymous source or a group (``A씨``, ``업계 관계자``):
    each is a person of this article only, never the same words in another article."""
    local = {
        p["name"]
        for p in record.get("people") or []
        if p.get("type") in LOCAL_TYPES and isinstance(p.get("name"), str)
    }
    for q in record.get("quotes") or []:
        s = q.get("speaker") or {}
        if s.get("type") in LOCAL_TYPES and s.get("name"):
            local.add(s["name"])
    return local


@dataclass(slots=True)
class Rows:
    """A record's rows before the store gives them ids: the article (without ``stored``
    when only its children are needed), what it says of people, its quotes."""

    article: dict[str, Any]
    facts: list[tuple[str, str, str]]
    quotes: list[list[Any]]  # quote_values
    local: set[str]
    utf8: bytes | None = None  # the stored JSON as UTF-8, when already made


def make_rows(record: Record, stored: str | None, digest: str | None = None) -> Rows:
    """The rows of a checked record: ``article_row``, ``person_facts``, ``quote_values``
    and ``local_names`` in one pass over its people and quotes (the same values)."""
    article = article_row(record, stored, digest) if stored is not None else {}
    facts: list[tuple[str, str, str]] = []
    local: set[str] = set()
    for p in record.get("people") or []:
        name = p["name"]
        facts.append((name, "name", name))
        for kind, key in (("alias", "aliases"), ("title", "titles"), ("org", "orgs")):
            values = p.get(key)
            if values:
                facts += [(name, kind, v) for v in values if isinstance(v, str) and v]
        if p.get("type") in LOCAL_TYPES and isinstance(name, str):
            local.add(name)
    quotes = []
    for i, q in enumerate(record.get("quotes") or []):
        values = quote_values(q, i)
        quotes.append(values)
        name = values[Q_SPEAKER_NAME]
        if not name:
            continue
        facts.append((name, "name", name))
        s = q["speaker"]  # a speaker with a name: an object
        title, org = s.get("title"), s.get("org")
        if title:
            facts.append((name, "title", title))
        if org:
            facts.append((name, "org", org))
        if s.get("type") in LOCAL_TYPES:
            local.add(name)
    return Rows(article, list(dict.fromkeys(facts)), quotes, local)
