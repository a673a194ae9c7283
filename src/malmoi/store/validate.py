"""Is a record fit to store and to show? One short stable reason code, or None.

The shapes are those of ``shared/spec/article.md`` and ``quotes.md``: every field
the store or the UI reads has the type it is read as, so a record that loads can
always be shown. Fields the spec adds later (unknown keys) are kept as given, but
like every value they must survive SQLite and JSON: text encodable as UTF-8 (no
lone surrogates), integers within SQLite's 64 bits, no NaN or infinity, nesting
at most ``MAX_DEPTH`` deep.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]
MAX_DEPTH = 32
INT64 = 2**63
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ID = re.compile(r"[^\x00-\x1f\x7f/\\]{1,200}")  # a path segment of a URL


def text(v: Any) -> bool:
    return isinstance(v, str)


def optional(check: Check) -> Check:
    return lambda v: v is None or check(v)


def integer(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and -INT64 <= v < INT64


def date(v: Any) -> bool:
    """ISO 8601, at least the day: ``2024-03-15``, ``2024-03-15T10:00:00+09:00``."""
    return isinstance(v, str) and DATE.match(v) is not None


def list_of(check: Check) -> Check:
    return lambda v: v is None or (isinstance(v, list) and all(check(x) for x in v))


def shape(fields: dict[str, Check], required: tuple[str, ...] = ()) -> Check:
    """An object whose listed fields pass their checks (absent fields pass unless required)."""

    def ok(v: Any) -> bool:
        if not isinstance(v, dict):
            return False
        if any(v.get(k) is None for k in required):
            return False
        return all(check(v.get(k)) for k, check in fields.items())

    return ok


opt_text = optional(text)
opt_int = optional(integer)
SPEAKER = shape({k: opt_text for k in ("name", "mention", "title", "org", "type")})
FIDELITY = shape({"level": opt_text, "body_quotes": list_of(integer)})
QUOTE = shape(
    {
        "text": text,
        "kind": opt_text,
        "in": optional(lambda v: v in ("headline", "body", "caption")),
        "paragraph": opt_int,
        "paragraph_end": opt_int,
        "subtitle": opt_int,
        "start": opt_int,
        "end": opt_int,
        "verb": opt_text,
        "speaker": optional(SPEAKER),
        "addressee": opt_text,
        "via": opt_text,
        "fidelity": optional(lambda v: isinstance(v, str) or FIDELITY(v)),
    },
    required=("text",),
)
PERSON = shape(
    {"name": text, "aliases": list_of(text), "titles": list_of(text), "orgs": list_of(text)},
    required=("name",),
)
SOURCE = shape(
    {k: opt_text for k in ("path", "url", "format", "encoding", "crawled")} | {"record": opt_int}
)
REPOST = shape({k: opt_text for k in ("site", "author", "posted", "title")})

# field -> check, in the order the problems are reported
FIELDS: dict[str, Check] = {
    "title": opt_text,
    "outlet": opt_text,
    "section": opt_text,
    "language": opt_text,
    "published": optional(date),
    "modified": optional(date),
    "source": optional(SOURCE),
    "repost": optional(REPOST),
    "subtitles": list_of(text),
    "body": list_of(text),
    "warnings": list_of(text),
    "captions": list_of(shape({"text": opt_text, "credit": opt_text})),
    "related": list_of(shape({"title": opt_text, "date": opt_text, "url": opt_text})),
    "reporters": list_of(shape({"name": opt_text, "email": opt_text})),
    "quotes": list_of(QUOTE),
    "people": list_of(PERSON),
}


CODES = {"quotes": "bad_quote", "people": "bad_person"}  # stable codes from before


def storable(value: Any, depth: int = 0) -> str | None:
    """Why a JSON value cannot go through SQLite and back out as JSON, or None."""
    if depth > MAX_DEPTH:
        return "too_deep"
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "bad_text"
        return None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return None if -INT64 <= value < INT64 else "bad_number"
    if isinstance(value, float):
        return None if math.isfinite(value) else "bad_number"
    if isinstance(value, list):
        items: Any = value
    elif isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            return "bad_key"
        items = [*value.keys(), *value.values()]
    else:
        return "not_json"
    for item in items:
        reason = storable(item, depth + 1)
        if reason:
            return reason
    return None


def problem(record: object) -> str | None:
    """Why a record cannot be stored (a short stable code), or None if it can."""
    if not isinstance(record, dict):
        return "not_an_object"
    rid = record.get("id")
    if not isinstance(rid, str) or not rid.strip() or rid in (".", "..") or not ID.fullmatch(rid):
        return "no_id"
    reason = storable(record)
    if reason:
        return reason
    for key, check in FIELDS.items():
        if not check(record.get(key)):
            return CODES.get(key, f"bad_{key}")
    return None
