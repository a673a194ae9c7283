"""JSON Lines to Pages: one object a line with a ``text`` or an ``html`` field,
and optionally its address and headline. A bad line is a Rejection, never the
end of the file. A ``.json`` file holding a list of objects (or one object) is
read the same way, one record per object.

Bounded: a line over ``max_line_bytes`` is a ``too_large`` rejection (skipped
without holding it); a field over ``max_bytes`` is cut, with a warning; a line that
is not JSON -- a 5,000-digit number, 100,000 nested brackets -- is ``jsonl_invalid``.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from malmoi import settings
from malmoi.model import Page, Rejection, Source
from malmoi.read.decode import clean_text
from malmoi.read.stream import iter_lines

_URL_KEYS = ("url", "link", "source_url", "href", "uri")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("crawled", "crawl_date", "date_crawled", "fetched", "timestamp")
_HTML_KEYS = ("html", "raw_html", "content_html")
_TEXT_KEYS = ("text", "content", "body")
_SHORT = 8192  # url, title and date fields are cut here

__all__ = ["iter_json_array", "iter_json_document", "iter_jsonl", "iter_jsonl_stream"]

_IN_STRING = re.compile(r'["\\]')
_OUTSIDE = re.compile(r'["\[\]{}]')
_BETWEEN = re.compile(r"[\s,\ufeff]*")  # between elements (and a byte-order mark before the list)


def iter_jsonl(data: bytes, src: Source) -> Iterator[Page | Rejection]:
    """Each line's object of ``data`` as a Page or a Rejection (see ``iter_jsonl_stream``)."""
    return iter_jsonl_stream(iter([data]), src)


def iter_jsonl_stream(chunks: Iterable[bytes], src: Source) -> Iterator[Page | Rejection]:
    """Each line's object as a Page (html or text) or a Rejection with the line number."""
    max_line = int(settings.get("max_line_bytes"))
    first, seen = True, False
    for index, line in iter_lines(iter(chunks), max_line):
        where = Source(path=src.path, url=src.url, format="jsonl", record=index)
        if line is None:
            seen = True
            yield Rejection(where, "too_large", f"line {index + 1}: over {max_line:,} bytes, not read")
            continue
        if first:
            line = line.removeprefix(b"\xef\xbb\xbf")
            first = False
        obj = _parse(line.decode("utf-8", "replace"))
        seen = True
        yield _record(obj, where, index)
    if not seen:
        yield Rejection(Source(path=src.path, url=src.url, format="jsonl"), "empty", "no JSON line in the file")


def iter_json_document(data: bytes, src: Source) -> Iterator[Page | Rejection]:
    """A whole JSON document: a list of objects, or one object; else JSON lines after all."""
    text = data.decode("utf-8", "replace").lstrip("\ufeff")
    whole = _parse(text)
    if isinstance(whole, str) and whole.startswith("not JSON (Extra data"):
        yield from iter_jsonl(data, src)  # JSON lines in a file named .json
        return
    items = whole if isinstance(whole, list) else [whole]
    for index, obj in enumerate(items):
        where = Source(path=src.path, url=src.url, format="jsonl", record=index)
        yield _record(obj if isinstance(obj, dict | str) else "not a JSON object", where, index)


def iter_json_array(chunks: Iterable[bytes], src: Source) -> Iterator[Page | Rejection]:
    """A JSON list of objects read element by element, so the list may be any size; one
    element over ``max_line_bytes`` is ``too_large``, a list cut short ends with one
    ``jsonl_invalid``."""
    reader = _ArrayReader(iter(chunks), int(settings.get("max_line_bytes")))
    index = -1
    for index, obj in enumerate(reader):
        where = Source(path=src.path, url=src.url, format="jsonl", record=index)
        if isinstance(obj, _Stop):
            yield Rejection(where, obj.reason, f"element {index + 1}: {obj.detail}")
            if isinstance(obj, _Skip):
                continue
            return
        yield _record(obj if isinstance(obj, dict) else "not a JSON object", where, index)
    if index < 0:
        yield Rejection(Source(path=src.path, url=src.url, format="jsonl"), "empty", "an empty JSON list")


class _Stop:
    def __init__(self, reason: str, detail: str) -> None:
        self.reason, self.detail = reason, detail


class _Skip(_Stop):
    """An element given as a rejection; reading goes on."""


class _Need:
    def __init__(self, length: int) -> None:
        self.length = length


class _ArrayReader:
    """The elements of a JSON array arriving in chunks; the buffer is cut behind each element."""

    def __init__(self, chunks: Iterator[bytes], max_len: int) -> None:
        self.chunks, self.max_len = chunks, max_len
        self.text, self.pos, self.eof = "", 0, False
        self.utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        self.decoder = json.JSONDecoder()

    def _more(self) -> None:
        self.text, self.pos = self.text[self.pos:], 0  # keep only what is not read yet
        chunk = next(self.chunks, None)
        if chunk is None:
            self.eof = True
            self.text += self.utf8.decode(b"", final=True)
        else:
            self.text += self.utf8.decode(chunk)

    def __iter__(self) -> Iterator[Any]:
        while not self._at("["):
            if self.eof:
                yield _Stop("jsonl_invalid", "not a JSON list")
                return
        self.pos += 1
        need = 0
        while True:
            self.pos = _BETWEEN.match(self.text, self.pos).end()  # type: ignore[union-attr]
            rest = len(self.text) - self.pos
            if (not rest or rest < need) and not self.eof:
                self._more()
                continue
            if not rest:
                yield _Stop("jsonl_invalid", "the list ends without its closing ]")
                return
            if self.text[self.pos] == "]":
                return
            got = self._element()
            if isinstance(got, _Need):  # more text is needed
                if rest > self.max_len:
                    yield _Skip("too_large", f"an element over {self.max_len:,} characters; passed over")
                    if not self._pass_element():
                        yield _Stop("jsonl_invalid", "the list ends inside an element")
                        return
                    need = 0
                    continue
                need = got.length
                continue
            need = 0
            yield got
            if isinstance(got, _Stop) and not isinstance(got, _Skip):
                return

    def _pass_element(self) -> bool:
        """Move past the element at ``pos`` without holding it (strings and nesting followed
        chunk by chunk); False when the text ends first."""
        depth, in_string = 0, False
        while True:
            m = (_IN_STRING if in_string else _OUTSIDE).search(self.text, self.pos)
            if m is None or (m.group() == "\\" and m.end() >= len(self.text)):
                if self.eof:
                    return False
                self.pos = len(self.text) if m is None else m.start()
                self._more()
                continue
            c, self.pos = m.group(), m.end()
            if in_string:
                if c == "\\":
                    self.pos += 1  # the escaped character
                    continue
                in_string = False
            elif c == '"':
                in_string = True
                continue
            else:
                depth += 1 if c in "[{" else -1
            if depth <= 0 and not in_string:
                return True

    def _at(self, mark: str) -> bool:
        self.pos = _BETWEEN.match(self.text, self.pos).end()  # type: ignore[union-attr]
        if self.pos >= len(self.text):
            self._more()
            return False
        return self.text[self.pos] == mark

    def _element(self) -> Any:
        """The next element; _Need (the text length to wait for) when it is not complete yet."""
        rest = len(self.text) - self.pos
        try:
            obj, end = self.decoder.raw_decode(self.text, self.pos)
        except json.JSONDecodeError as e:
            if self.eof:
                return _Stop("jsonl_invalid", f"not JSON ({e.msg}); reading stopped")
            return _Need(max(2 * rest, 1 << 16))  # twice the text: each attempt at least doubles it
        except (ValueError, RecursionError) as e:
            return _Stop("jsonl_invalid", f"not readable JSON ({str(e)[:80]}); reading stopped")
        if end == len(self.text) and not self.eof:
            return _Need(rest + 1)  # a number may go on in the next chunk
        size, self.pos = end - self.pos, end
        if size > self.max_len:
            return _Skip("too_large", f"an element of {size:,} characters, over {self.max_len:,}; not read")
        return obj


def _parse(text: str) -> dict[str, Any] | list[Any] | str:
    """The JSON value, or the reason it cannot be read (a str)."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return f"not JSON ({e.msg})"
    except ValueError as e:  # a number past Python's digit limit
        return f"not readable JSON ({str(e)[:80]})"
    except RecursionError:
        return "not readable JSON (nested too deep)"
    if isinstance(obj, dict | list):
        return obj
    return "not a JSON object"


def _record(obj: Any, where: Source, index: int) -> Page | Rejection:
    if isinstance(obj, str):  # the reason the line could not be read
        return Rejection(where, "jsonl_invalid", f"line {index + 1}: {obj}")
    if not isinstance(obj, dict):
        return Rejection(where, "jsonl_invalid", f"line {index + 1}: not a JSON object")
    return _page(obj, where, index)


def _page(obj: dict[str, Any], src: Source, index: int) -> Page | Rejection:
    src.url = _short(_first(obj, _URL_KEYS)) or src.url
    src.crawled = _short(_first(obj, _DATE_KEYS))
    html, text = _first(obj, _HTML_KEYS), _first(obj, _TEXT_KEYS)
    if not (html or text):
        keys = ", ".join(clean_text(str(k))[:40] for k in sorted(obj)[:8])
        return Rejection(src, "jsonl_no_text", f"line {index + 1} has no text or html field (keys: {keys})")
    if not html and text and text.lstrip().startswith("<") and "</" in text[:5000]:
        html, text = text, None
    page = Page(source=src)
    limit = int(settings.get("max_bytes"))
    content = html or text or ""
    if len(content) > limit:
        page.warnings.append(f"field of {len(content):,} characters cut to the first {limit:,}")
        content = content[:limit]
    if html:
        page.html = clean_text(content)
    else:
        page.text = clean_text(content)
    title = _short(_first(obj, _TITLE_KEYS))
    if title:
        page.meta["title"] = title
    return page


def _short(value: str | None) -> str | None:
    return clean_text(value[:_SHORT]) if value else None


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = obj.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return None
