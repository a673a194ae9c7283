"""Is a record fit to store and to show? One short stable reason code, or None.

The shapes are those of ``shared/spec/article.md`` and ``quotes.md``: every field
the store or the UI reads has the type it is read as, so a record that loads can
always be shown. Fields the spec adds later (unknown keys) are kept as given, but
like every value they must survive SQLite and JSON: text encodable as UTF-8 (no
lone surrogates), integers SQLite can bind where the store binds them (offsets,
indices), no NaN or infinity anywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]
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
    def check_list(v: Any) -> bool:
        if v is None:
            return True
        if not isinstance(v, list):
            return False
        for x in v:  # noqa: SIM110 (a loop: no generator per list checked)
            if not check(x):
                return False
        return True

    return check_list


def Shape(  # noqa: N802 (a constructor of checks, named as the shapes it checks)
    texts: tuple[str, ...] = (),
    ints: tuple[str, ...] = (),
    others: dict[str, Check] | None = None,
    required: tuple[str, ...] = (),
) -> Check:
    """The check of an object whose listed fields pass their checks (absent or null fields
    pass unless required). It runs once per quote of every record loaded, so it is made
    as one flat function (no loop over the fields, no call per text or integer field)."""
    others = others or {}
    lines = [
        "def check(v):",
        "    if not isinstance(v, dict):",
        "        return False",
        "    get = v.get",
    ]
    for k in required:
        lines += [f"    if get({k!r}) is None:", "        return False"]
    for k in texts:
        lines += [
            f"    x = get({k!r})",
            "    if x is not None and not isinstance(x, str):",
            "        return False",
        ]
    for k in ints:
        lines += [
            f"    x = get({k!r})",
            "    if x is not None and (not isinstance(x, int) or isinstance(x, bool)"
            " or not -INT64 <= x < INT64):",
            "        return False",
        ]
    env: dict[str, Any] = {"INT64": INT64}
    for i, (k, field_check) in enumerate(others.items()):
        env[f"check{i}"] = field_check
        lines += [
            f"    x = get({k!r})",
            f"    if x is not None and not check{i}(x):",
            "        return False",
        ]
    lines.append("    return True")
    exec("\n".join(lines), env)  # noqa: S102 (source made above from field names only)
    made: Check = env["check"]
    return made


opt_text = optional(text)
SPEAKER = Shape(texts=("name", "mention", "title", "org", "type"))
FIDELITY = Shape(texts=("level",), others={"body_quotes": list_of(integer)})
QUOTE = Shape(
    texts=("text", "kind", "verb", "addressee", "via"),
    ints=("paragraph", "paragraph_end", "subtitle", "start", "end"),
    others={
        "in": lambda v: v in ("headline", "body", "caption"),
        "speaker": SPEAKER,
        "fidelity": lambda v: isinstance(v, str) or FIDELITY(v),
    },
    required=("text",),
)
PERSON = Shape(
    texts=("name",),
    others={"aliases": list_of(text), "titles": list_of(text), "orgs": list_of(text)},
    required=("name",),
)
SOURCE = Shape(texts=("path", "url", "format", "encoding", "crawled"), ints=("record",))
REPOST = Shape(texts=("site", "author", "posted", "title"))

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
    "captions": list_of(Shape(texts=("text", "credit"))),
    "related": list_of(Shape(texts=("title", "date", "url"))),
    "reporters": list_of(Shape(texts=("name", "email"))),
    "quotes": list_of(QUOTE),
    "people": list_of(PERSON),
}


CODES = {"quotes": "bad_quote", "people": "bad_person"}  # stable codes from before
# the record as stored (``records.dumps``, with NaN refused): one encoder for every record
ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def serialise(record: dict[str, Any]) -> tuple[str | None, str]:
    """(why the record cannot go through SQLite and back out as JSON, or None; its JSON).

    Text must encode as UTF-8 (no lone surrogates); numbers must be finite and printable
    (Python refuses integers of more than 4,300 digits); nesting must fit the recursion
    limit.
    """
    reason, stored, _ = serialise_utf8(record)
    return reason, stored


def serialise_utf8(record: dict[str, Any]) -> tuple[str | None, str, bytes]:
    """``serialise``, and the JSON as UTF-8 (what the content hash is made of)."""
    try:
        stored = ENCODER.encode(record)
    except ValueError:
        return "bad_number", "", b""
    except RecursionError:
        return "too_deep", "", b""
    except TypeError:
        return "not_json", "", b""
    try:
        data = stored.encode("utf-8")
    except UnicodeEncodeError:
        return "bad_text", "", b""
    return None, stored, data


def shape_problem(record: object) -> str | None:
    """Why the record's fields do not have the spec's shapes, or None."""
    if not isinstance(record, dict):
        return "not_an_object"
    rid = record.get("id")
    if not isinstance(rid, str) or not rid.strip() or rid in (".", "..") or not ID.fullmatch(rid):
        return "no_id"
    for key, check in FIELDS.items():
        if not check(record.get(key)):
            return CODES.get(key, f"bad_{key}")
    return None


def problem(record: object) -> str | None:
    """Why a record cannot be stored (a short stable code), or None if it can."""
    reason = shape_problem(record)
    if reason or not isinstance(record, dict):
        return reason
    return serialise(record)[0]
