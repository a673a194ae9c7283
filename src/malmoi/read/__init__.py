"""Sources to Pages: files, folders, standard input; text, HTML, WARC, JSONL and JSON.

The format is chosen by content, not only by name. Every document ends as a
Page or as a Rejection with its reason; a bad file never stops the batch: what
cannot be read, a file that is not a file (FIFO, device, socket), a folder that
cannot be listed and any error inside a reader become counted rejections.
Reading is bounded (``read/stream.py``): no file makes malmoi hold more than a
few times ``max_bytes`` in memory.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from malmoi import settings
from malmoi.model import Page, Rejection, Source
from malmoi.read.decode import MAX_BYTES, UTF16_BOMS, decode, gunzip_if_needed, looks_binary
from malmoi.read.stream import GzipBomb, content_chunks, open_input, peek, read_capped

_HTML_HINT = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]", re.I)

__all__ = ["canonical_path", "documents_from_bytes", "iter_documents", "iter_paths", "sniff"]

OnFile = Callable[[int], None]


def canonical_path(name: str) -> str:
    """The one form of a path that the id and the record keep, however the path was typed:
    absolute and normalised; bytes that are not UTF-8 shown as ``\\xNN``."""
    full = os.path.abspath(name)
    return os.fsencode(full).decode("utf-8", "backslashreplace")


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders recursively (sorted, hidden files skipped); keep '-' and files."""
    for entry in _walk(paths):
        if isinstance(entry, str):
            yield entry


def _walk(paths: Iterable[str]) -> Iterator[str | Rejection]:
    """Every file under ``paths``, or a Rejection for a folder that cannot be listed."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            yield from _walk_folder(p)
        else:
            yield p


def _walk_folder(top: str) -> Iterator[str | Rejection]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        yield from _folder_errors(errors)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not name.endswith(".expected.json"):
                yield os.path.join(root, name)
    yield from _folder_errors(errors)


def _folder_errors(errors: list[OSError]) -> Iterator[Rejection]:
    while errors:
        e = errors.pop(0)
        where = str(e.filename) if e.filename is not None else "?"
        yield Rejection(Source(path=canonical_path(where)), "unreadable", f"{where}: folder cannot be listed: {e.strerror or e}")


def sniff(data: bytes, name: str = "") -> str:
    """'warc', 'jsonl', 'json', 'html' or 'text', by content first, then by name."""
    head = data[:8192].lstrip()
    if data[:2] in UTF16_BOMS:
        head = data[:8192].decode("utf-16", "ignore").lstrip().encode("utf-8")
    if head.startswith(b"WARC/"):
        return "warc"
    lowered = name.lower()
    named_json = lowered.endswith((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz"))
    if head.startswith((b"{", b"[")) and (named_json or b'"text"' in head or b'"html"' in head):
        return _json_shape(head)
    if _HTML_HINT.search(head) and head.count(b"<") >= 3:
        return "html"
    for ext, fmt in ((".warc", "warc"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
                     (".html", "html"), (".htm", "html")):
        if lowered.endswith(ext) or lowered.endswith(ext + ".gz"):
            return fmt if fmt != "html" else ("html" if head.count(b"<") >= 3 else "text")
    return "text"


def _json_shape(head: bytes) -> str:
    """'jsonl' when the first line is a whole object (it ends with ``}``), else 'json' (a list,
    or one pretty-printed object)."""
    if head.startswith(b"["):
        return "json"
    first, newline, _ = head.partition(b"\n")
    return "jsonl" if not newline or first.rstrip().endswith(b"}") else "json"


NOT_DOCUMENTS = (
    ".py", ".js", ".css", ".sh", ".toml", ".yaml", ".yml", ".lock", ".exe", ".zip", ".pdf",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".mp4", ".mp3", ".wav", ".db", ".sqlite",
)

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def iter_documents(paths: Iterable[str], exclude: Iterable[str] = (), on_file: OnFile | None = None) -> Iterator[Page | Rejection]:
    """Every document under ``paths``; ``exclude`` names files to pass over (the run's own output).

    ``on_file`` is called with each file's size once it has been read (for a progress bar).
    """
    skip = {os.path.abspath(x) for x in exclude}
    for entry in _walk(paths):
        if isinstance(entry, Rejection):
            yield entry
            continue
        name = entry
        if name != "-" and os.path.abspath(name) in skip:
            continue
        src = Source(path=None if name == "-" else canonical_path(name))
        yield from _guarded(_file_documents(name, src, on_file), src)


def _guarded(docs: Iterator[Page | Rejection], src: Source) -> Iterator[Page | Rejection]:
    """The documents of one file; an error inside a reader ends that file with a counted rejection."""
    try:
        yield from docs
    except GzipBomb as e:
        yield Rejection(src, "too_large", str(e))
    except OSError as e:
        yield Rejection(src, "unreadable", f"{src.path or '-'}: {e.strerror or e}")
    except (MemoryError, RecursionError, Exception) as e:  # noqa: BLE001 - one file never stops the batch
        yield Rejection(src, "read_error", f"{type(e).__name__}: {str(e)[:300]}")


def _not_a_file(name: str) -> str | None:
    """Why ``name`` is not read as a file (a FIFO, a device, a socket), or None."""
    if name == "-":
        return None
    st = os.stat(name)  # follows symlinks: a link to /dev/zero is a device
    if stat.S_ISREG(st.st_mode):
        return None
    return next((what for test, what in _KINDS if test(st.st_mode)), "not a regular file")


def _file_documents(name: str, src: Source, on_file: OnFile | None) -> Iterator[Page | Rejection]:
    if name.lower().endswith(NOT_DOCUMENTS):
        yield Rejection(src, "not_a_document", f"{name}: files of this type are not read (code, media, archives)")
        return
    what = _not_a_file(name)
    if what:
        yield Rejection(src, "not_a_file", f"{src.path}: {what}, not read")
        return
    with open_input(name) as f:
        size = os.fstat(f.fileno()).st_size
        try:
            yield from documents_from_file(f, src)
        finally:
            if on_file is not None:
                on_file(size)  # a file that ends in an error is still behind the progress bar


def documents_from_file(f: IO[bytes], src: Source, declared: str | None = None) -> Iterator[Page | Rejection]:
    """One file's documents (several for a WARC, JSONL or JSON file), read in bounded steps."""
    raw, head = peek(f)
    if not raw or (len(head) < 16384 and not head.strip()):
        yield Rejection(src, "empty", "the document has no content")
        return
    fmt = sniff(head, src.path or src.url or "")
    if fmt != "text" and fmt != "html" and not head.lstrip().startswith((b"WARC/", b"{", b"[")) and looks_binary(head):
        yield Rejection(src, "binary", f"named as {fmt} but binary")
        return
    if fmt == "warc":
        from malmoi.read.warc import iter_warc

        yield from iter_warc(f, src)
    elif fmt == "jsonl":
        from malmoi.read.jsonl import iter_jsonl_stream

        yield from iter_jsonl_stream(content_chunks(f, raw), src)
    elif fmt == "json":
        yield from _json_file(f, raw, src)
    else:
        limit = int(settings.get("max_bytes"))
        data, cut = read_capped(f, raw, limit)
        yield from single_document(data, src, fmt, declared, cut=cut)


def _json_file(f: IO[bytes], raw: bytes, src: Source) -> Iterator[Page | Rejection]:
    from malmoi.read.jsonl import iter_json_array, iter_json_document

    _, head = peek(f, 64)
    if head.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"["):
        yield from iter_json_array(content_chunks(f, raw), src)  # a list of any size, element by element
        return
    limit = int(settings.get("max_line_bytes"))
    data, cut = read_capped(f, raw, limit)
    if cut:
        yield Rejection(src, "too_large", f"a JSON document over {limit:,} bytes; split it into JSON lines")
        return
    yield from iter_json_document(data, src)


def documents_from_bytes(raw: bytes, src: Source, declared: str | None = None) -> Iterator[Page | Rejection]:
    """One file's bytes to its documents (several for a WARC or JSONL file)."""
    import io

    yield from _guarded(documents_from_file(io.BytesIO(raw), src, declared), src)


def single_document(data: bytes, src: Source, fmt: str, declared: str | None = None, cut: bool = False) -> Iterator[Page | Rejection]:
    limit = int(settings.get("max_bytes"))
    if data[:2] == b"\x1f\x8b":
        data = gunzip_if_needed(data, limit + 1)  # a gzipped payload inside a WARC record
    if not data.strip():
        yield Rejection(src, "empty", "the document has no content")
        return
    if data[:2] not in UTF16_BOMS and looks_binary(data):
        yield Rejection(src, "binary", "the document is binary, not text or HTML")
        return
    warnings: list[str] = []
    if cut or len(data) > limit:
        size = f"{len(data):,}" if len(data) > limit else f"over {limit:,}"
        warnings.append(f"document of {size} bytes cut to the first {limit:,}")
        data = _whole_chars(data[:limit])
    dec = decode(data, declared)
    src.format = src.format if src.format in ("warc", "jsonl") else ("html" if fmt == "html" else "text")
    src.encoding = dec.encoding
    page = Page(source=src, warnings=warnings + dec.warnings)
    if fmt == "html":
        page.html = dec.text
    else:
        page.text = dec.text
    yield page


def _whole_chars(data: bytes) -> bytes:
    """``data`` without a UTF-8 character cut in two at its end (a cut would fail UTF-8)."""
    for back in range(1, min(4, len(data)) + 1):
        b = data[-back]
        if b < 0x80:
            return data
        if b >= 0xC0:  # the lead byte of the last character
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return data if need <= back else data[:-back]
    return data


__all__ += ["MAX_BYTES", "documents_from_file", "single_document"]
