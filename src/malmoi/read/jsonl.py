"""JSON Lines to Pages: one object a line with a ``text`` or an ``html`` field,
and optionally its address and headline. A bad line is a Rejection, never the
end of the file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from malmoi.model import Page, Rejection, Source
from malmoi.read.decode import clean_text

_URL_KEYS = ("url", "link", "source_url", "href", "uri")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("crawled", "crawl_date", "date_crawled", "fetched", "timestamp")
_HTML_KEYS = ("html", "raw_html", "content_html")
_TEXT_KEYS = ("text", "content", "body")

__all__ = ["iter_jsonl"]


def iter_jsonl(data: bytes, src: Source) -> Iterator[Page | Rejection]:
    """Each line's object as a Page (html or text) or a Rejection with the line number."""
    for index, obj in _objects(data):
        where = Source(path=src.path, url=src.url, format="jsonl", record=index)
        if isinstance(obj, str):  # the reason the line could not be read
            yield Rejection(where, "jsonl_invalid", f"line {index + 1}: {obj}")
            continue
        yield _page(obj, where, index)


def _objects(data: bytes) -> Iterator[tuple[int, dict[str, Any] | str]]:
    text = data.decode("utf-8", "replace").lstrip("\ufeff")
    lines = text.splitlines()
    if len(lines) > 1 and not _is_json(lines[0]) and _is_json(text):
        whole = json.loads(text)  # one pretty-printed object or a list of them
        for i, obj in enumerate(whole if isinstance(whole, list) else [whole]):
            yield i, obj if isinstance(obj, dict) else "not a JSON object"
        return
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield i, f"not JSON ({e.msg})"
            continue
        yield i, obj if isinstance(obj, dict) else "not a JSON object"


def _is_json(s: str) -> bool:
    try:
        json.loads(s)
    except ValueError:
        return False
    return True


def _page(obj: dict[str, Any], src: Source, index: int) -> Page | Rejection:
    src.url = _first(obj, _URL_KEYS) or src.url
    src.crawled = _first(obj, _DATE_KEYS)
    html, text = _first(obj, _HTML_KEYS), _first(obj, _TEXT_KEYS)
    if not (html or text):
        keys = ", ".join(sorted(obj)[:8])
        return Rejection(src, "jsonl_no_text", f"line {index + 1} has no text or html field (keys: {keys})")
    if not html and text and text.lstrip().startswith("<") and "</" in text[:5000]:
        html, text = text, None
    page = Page(source=src)
    if html:
        page.html = clean_text(html)
    else:
        page.text = clean_text(text or "")
    title = _first(obj, _TITLE_KEYS)
    if title:
        page.meta["title"] = title
    return page


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = obj.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return None
