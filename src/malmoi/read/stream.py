"""Bounded reading: what malmoi reads from a file passes through here, so no file can make
it hold more than a bounded amount in memory or decompress without a limit.

- ``read_capped`` reads at most ``limit`` bytes (gunzipped once, every member) and says
  whether there was more;
- ``gunzip_chunks`` streams a gzip file's content and stops at a bomb (far more output than a
  text file's compression gives);
- ``iter_lines`` splits a stream into lines of at most ``max_line`` bytes (longer ones are
  skipped in bounded steps and reported as ``None``).
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterator
from typing import IO

from malmoi import settings

CHUNK = 1 << 16
_NONBLANK = re.compile(rb"\S")
GZIP_MAGIC = b"\x1f\x8b"

__all__ = ["GzipBomb", "gunzip_chunks", "iter_lines", "open_input", "peek", "read_capped"]


class GzipBomb(Exception):
    """A gzip stream decompresses to far more than a text file can."""


def open_input(name: str) -> IO[bytes]:
    """A seekable binary handle: the file, or standard input spooled to a temporary file."""
    if name != "-":
        return open(name, "rb")
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - the caller closes it
    shutil.copyfileobj(sys.stdin.buffer, spool, CHUNK)
    spool.seek(0)
    return spool


def _raw_chunks(f: IO[bytes]) -> Iterator[bytes]:
    while chunk := f.read(CHUNK):
        yield chunk


def gunzip_chunks(f: IO[bytes], bomb_check: bool = True, floor: float | None = None) -> Iterator[bytes]:
    """The decompressed content of every gzip member, in bounded chunks.

    A stream cut short or corrupt ends quietly with what could be read; output past
    ``gzip_ratio`` times the compressed input (and past ``gzip_floor``) raises GzipBomb.
    """
    ratio = settings.get("gzip_ratio")
    floor = settings.get("gzip_floor") if floor is None else floor
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending, seen_in, seen_out = b"", 0, 0
    while True:
        if not pending:
            pending = f.read(CHUNK)
            seen_in += len(pending)
            if not pending:
                return
        try:
            out = d.decompress(pending, CHUNK)
        except zlib.error:
            return
        pending = d.unconsumed_tail
        if out:
            seen_out += len(out)
            used = max(seen_in - len(pending), 1)  # compressed bytes consumed so far
            if bomb_check and seen_out > floor and seen_out > ratio * used:
                raise GzipBomb(f"gzip data decompresses to over {seen_out:,} bytes from {used:,} (a gzip bomb?)")
            yield out
        if d.eof:  # another member may follow
            pending = d.unused_data + pending
            while len(pending) < 2 and (more := f.read(CHUNK)):
                seen_in += len(more)
                pending += more
            if pending[:2] != GZIP_MAGIC:
                return  # the end, or trailing bytes that are not gzip
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)


def content_chunks(f: IO[bytes], head: bytes, floor: float | None = None) -> Iterator[bytes]:
    """The file's content: gunzipped when it starts with the gzip magic, else as it is."""
    return gunzip_chunks(f, floor=floor) if head[:2] == GZIP_MAGIC else _raw_chunks(f)


def peek(f: IO[bytes], n: int = 16384) -> tuple[bytes, bytes]:
    """(first raw bytes, first content bytes, gunzipped), leaving ``f`` at its start."""
    raw = f.read(n)
    f.seek(0)
    if raw[:2] != GZIP_MAGIC:
        return raw, raw
    out = bytearray()
    try:
        for chunk in gunzip_chunks(f, bomb_check=False):
            out += chunk
            if len(out) >= n:
                break
    finally:
        f.seek(0)
    return raw, bytes(out[:n])


def read_capped(f: IO[bytes], head: bytes, limit: int) -> tuple[bytes, bool]:
    """At most ``limit`` content bytes, decompressed once; True when the content went on.

    Past ``limit`` the gzip ratio is checked: a bomb is GzipBomb, not a page cut short."""
    out = bytearray()
    for chunk in content_chunks(f, head, floor=min(limit, settings.get("gzip_floor"))):
        out += chunk
        if len(out) > limit:
            return bytes(out[:limit]), True
    return bytes(out), False


def iter_lines(chunks: Iterator[bytes], max_line: int) -> Iterator[tuple[int, bytes | None]]:
    """(line index, line without its end) for every non-blank line; a line longer than
    ``max_line`` is skipped in bounded steps and given as None.

    Blank stretches are counted, not split, so a file of newlines costs one scan per chunk.
    """
    buf = bytearray()
    lineno = 0
    too_long = False
    for chunk in chunks:
        start = 0
        while True:
            if not buf and not too_long and not _NONBLANK.search(chunk, start):
                lineno += chunk.count(b"\n", start)
                break
            nl = chunk.find(b"\n", start)
            if nl < 0:
                if not too_long:
                    buf += chunk[start:]
                    if len(buf) > max_line:
                        too_long, buf = True, bytearray()
                break
            if too_long:
                yield lineno, None
                too_long = False
            else:
                buf += chunk[start:nl]
                if buf.strip():
                    yield lineno, (None if len(buf) > max_line else bytes(buf))
            lineno += 1
            buf = bytearray()
            start = nl + 1
    if too_long:
        yield lineno, None
    elif buf.strip():
        yield lineno, bytes(buf)
