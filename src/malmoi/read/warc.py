"""WARC archives to Pages: every HTML response is a document; every other record
(requests, metadata, non-HTML responses, redirects) is accounted for as a
Rejection with its reason, and a truncated archive stops cleanly."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from malmoi.model import Page, Rejection, Source
from malmoi.read.decode import MAX_BYTES
from malmoi.read.stream import GzipBomb

_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Archive(ArchiveIterator):
    """warcio's iterator without its stderr notes on malformed records (hostile archives would
    fill the terminal; the records end as counted rejections instead)."""

    INC_RECORD = ""

__all__ = ["iter_warc"]


def iter_warc(raw: bytes | IO[bytes], src: Source) -> Iterator[Page | Rejection]:
    """Each record of a WARC (plain or gzipped) as a Page or a Rejection, in order.

    A record warcio cannot parse (a response without ``WARC-Target-URI``, a broken header)
    ends the archive with one ``warc_invalid`` rejection; a cut archive with ``warc_truncated``.
    """
    stream = io.BytesIO(raw) if isinstance(raw, bytes) else raw
    index = -1
    logging.getLogger("warcio").setLevel(logging.ERROR)  # its 'replacing spaces in URI' notes
    records = _Archive(stream, no_record_parse=False, arc2warc=True)
    while True:
        index += 1
        where = _source(src, None, index)
        try:
            record = next(records)
            where = _source(src, record, index)
            yield from _document(record, where)
        except StopIteration:
            if index == 0 and not _left_over(stream, 0):
                yield Rejection(where, "empty", "no WARC record in the file")
            # a cut gzip member ends the iteration quietly: bytes are left over
            elif _left_over(stream, getattr(records, "offset", None)):
                yield Rejection(where, "warc_truncated", f"the archive ends inside record {index}; reading stopped")
            return
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
            yield Rejection(where, "warc_truncated", f"record {index}: {type(e).__name__}: {e}; reading stopped")
            return
        except (AttributeError, TypeError, KeyError, IndexError) as e:  # inside warcio: a malformed header
            start = getattr(records, "offset", None)
            nxt = _next_record_start(stream, start) if isinstance(start, int) else None
            tail = "reading goes on at the next record" if nxt is not None else "no record follows"
            yield Rejection(where, "warc_invalid", f"record {index} cannot be parsed ({_why(e)}); {tail}")
            if nxt is None:
                return
            stream.seek(nxt)
            records = _Archive(stream, no_record_parse=False, arc2warc=True)


def _next_record_start(stream: IO[bytes], start: int) -> int | None:
    """The offset of the record after the one at ``start``: the next gzip member of a
    .warc.gz, the next ``WARC/1.`` line of a plain WARC; None when there is none."""
    stream.seek(start)
    gz = stream.read(2) == b"\x1f\x8b"
    marker = b"\x1f\x8b\x08" if gz else b"\nWARC/1."
    pos, carry = start + 1, b""
    stream.seek(pos)
    while chunk := stream.read(1 << 16):
        buf = carry + chunk
        hit = buf.find(marker)
        if hit >= 0:
            return pos - len(carry) + hit + (0 if gz else 1)
        carry = buf[-(len(marker) - 1):]
        pos += len(chunk)
    return None


def _why(e: Exception) -> str:
    if isinstance(e, AttributeError) and "startswith" in str(e):
        return "a record without WARC-Target-URI or with a broken header"
    return f"{type(e).__name__}: {str(e)[:200]}"


def _left_over(stream: IO[bytes], offset: int | None) -> bool:
    """True when bytes other than padding follow the last record read."""
    if offset is None:
        return False
    stream.seek(offset)
    return bool(stream.read(4096).strip(b"\r\n\x00 "))


def _source(src: Source, record: ArcWarcRecord | None, index: int) -> Source:
    url = record.rec_headers.get_header("WARC-Target-URI") if record is not None else None
    crawled = record.rec_headers.get_header("WARC-Date") if record is not None else None
    return Source(path=src.path, url=url or src.url, format="warc", crawled=crawled, record=index)


def _document(record: ArcWarcRecord, src: Source) -> Iterator[Page | Rejection]:
    kind = record.rec_type
    if not kind:
        yield Rejection(src, "warc_invalid", "a WARC record with no WARC-Type (a header with no record)")
        return
    if kind not in ("response", "resource"):
        yield Rejection(src, f"warc_{kind}", f"a WARC {kind} record, not a page")
        return
    ctype = _content_type(record)
    status = record.http_headers.get_statuscode() if record.http_headers is not None else None
    payload = record.content_stream().read(MAX_BYTES + 1)
    if _short(record):
        raise EOFError(f"the record's {record.length} bytes are cut short")
    if status and not status.startswith("2"):
        yield Rejection(src, "warc_not_ok", f"HTTP status {status}")
        return
    if not ctype.startswith(_HTML_TYPES) and not (not ctype and b"<html" in payload[:4096].lower()):
        yield Rejection(src, "warc_non_html", f"content type {ctype or 'unknown'}")
        return
    from malmoi.read import single_document

    for doc in single_document(payload, src, "html", _charset(ctype)):
        doc.source.format = "warc"  # single_document names the content; the source stays the archive
        yield doc


def _short(record: ArcWarcRecord) -> bool:
    """True when the archive ended inside this record's block; reads the rest in bounded steps."""
    drained, cap = 0, 8 * MAX_BYTES
    while chunk := record.raw_stream.read(1 << 16):
        drained += len(chunk)
        if drained > cap:
            raise GzipBomb(f"a WARC record over {cap:,} bytes (a gzip bomb?); reading stopped")
    return getattr(record.raw_stream, "limit", 0) > 0


def _content_type(record: ArcWarcRecord) -> str:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return (headers.get_header("Content-Type") or "").strip().lower()


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
