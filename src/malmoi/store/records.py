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
]


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


def article_row(record: Record, stored: str | None = None) -> dict[str, Any]:
    """The article's row; ``stored`` is the record's JSON when it is already made."""
    source = record.get("source") or {}
    stored = dumps(record) if stored is None else stored
    return {
        "id": record["id"],
        "hash": content_hash(stored),
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
    quotes: list[dict[str, Any]]
    local: set[str]


def make_rows(record: Record, stored: str | None) -> Rows:
    article = article_row(record, stored) if stored is not None else {}
    quotes = [quote_row(q, i) for i, q in enumerate(record.get("quotes") or [])]
    return Rows(article, person_facts(record), quotes, local_names(record))
