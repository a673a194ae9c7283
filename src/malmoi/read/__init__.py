"""Sources to Pages: files, folders, standard input; text, HTML, WARC and JSONL.

The format is chosen by content, not only by name. Every document ends as a
Page or as a Rejection with its reason; a bad file never stops the batch.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from malmoi.model import Page, Rejection, Source
from malmoi.read.decode import MAX_BYTES, decode, gunzip_if_needed, looks_binary

_HTML_HINT = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]", re.I)

__all__ = ["iter_documents", "iter_paths", "read_bytes", "sniff"]


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders recursively (sorted, hidden files skipped); keep '-' and files."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and not name.endswith(".expected.json"):
                        yield str(Path(root) / name)
        else:
            yield p


def sniff(data: bytes, name: str = "") -> str:
    """'warc', 'jsonl', 'html' or 'text', by content first, then by name."""
    head = data[:8192].lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"{") and (name.endswith((".jsonl", ".json", ".ndjson")) or b'"text"' in head or b'"html"' in head):
        return "jsonl"
    if _HTML_HINT.search(head) and head.count(b"<") >= 3:
        return "html"
    lowered = name.lower()
    for ext, fmt in ((".warc", "warc"), (".jsonl", "jsonl"), (".html", "html"), (".htm", "html")):
        if lowered.endswith(ext) or lowered.endswith(ext + ".gz"):
            return fmt if fmt != "html" else ("html" if head.count(b"<") >= 3 else "text")
    return "text"


def read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as f:
        return f.read()


NOT_DOCUMENTS = (
    ".py", ".js", ".css", ".sh", ".toml", ".yaml", ".yml", ".lock", ".exe", ".zip", ".pdf",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".mp4", ".mp3", ".wav", ".db", ".sqlite",
)


def iter_documents(paths: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[Page | Rejection]:
    """Every document under ``paths``; ``exclude`` names files to pass over (the run's own output)."""
    skip = {os.path.abspath(x) for x in exclude}
    for name in iter_paths(paths):
        if name != "-" and os.path.abspath(name) in skip:
            continue
        src = Source(path=None if name == "-" else name)
        if name.lower().endswith(NOT_DOCUMENTS):
            yield Rejection(src, "not_a_document", f"{name}: files of this type are not read (code, media, archives)")
            continue
        try:
            raw = read_bytes(name)
        except OSError as e:
            yield Rejection(src, "unreadable", f"{name}: {e.strerror or e}")
            continue
        yield from documents_from_bytes(raw, src)


def documents_from_bytes(raw: bytes, src: Source, declared: str | None = None) -> Iterator[Page | Rejection]:
    """One file's bytes to its documents (several for a WARC or JSONL file)."""
    name = src.path or src.url or ""
    fmt = sniff(raw[:16384] if raw[:2] != b"\x1f\x8b" else gunzip_if_needed(raw)[:16384], name)
    if fmt == "warc":
        from malmoi.read.warc import iter_warc

        yield from iter_warc(raw, src)
        return
    data = gunzip_if_needed(raw)
    if fmt == "jsonl":
        from malmoi.read.jsonl import iter_jsonl

        yield from iter_jsonl(data, src)
        return
    yield from single_document(data, src, fmt, declared)


def single_document(data: bytes, src: Source, fmt: str, declared: str | None = None) -> Iterator[Page | Rejection]:
    if not data.strip():
        yield Rejection(src, "empty", "the document has no content")
        return
    if looks_binary(data):
        yield Rejection(src, "binary", "the document is binary, not text or HTML")
        return
    warnings: list[str] = []
    if len(data) > MAX_BYTES:
        warnings.append(f"document of {len(data):,} bytes cut to the first {MAX_BYTES:,}")
        data = data[:MAX_BYTES]
    dec = decode(data, declared)
    src.format = src.format if src.format in ("warc", "jsonl") else ("html" if fmt == "html" else "text")
    src.encoding = dec.encoding
    page = Page(source=src, warnings=warnings + dec.warnings)
    if fmt == "html":
        page.html = dec.text
    else:
        page.text = dec.text
    yield page
