"""Bytes to text: UTF-8 first, then the Korean legacy encodings, then detection."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_BYTES = 10 * 1024 * 1024  # documents above this are read only up to it, with a warning

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_KOREAN_ALIASES = {"ks_c_5601-1987": "cp949", "euc-kr": "cp949", "euckr": "cp949", "ksc5601": "cp949"}


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str]


_SAMPLE = 256 * 1024
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def gunzip_if_needed(data: bytes, limit: int | None = None) -> bytes:
    """Gunzip every member, at most ``limit`` bytes of output; a stream cut short gives what
    could be read."""
    if data[:2] != b"\x1f\x8b":
        return data
    import io

    from malmoi.read.stream import read_capped

    cap = MAX_BYTES + 1 if limit is None else limit
    out, _ = read_capped(io.BytesIO(data), data, cap)
    return out


_CONTROL = bytes([*range(0, 9), *range(14, 32)])


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read."""
    head = data[:4096]
    if not head:
        return False
    if b"\x00" in head:
        # UTF-16 text has NULs too; we do not read it as news text
        return True
    ctrl = len(head) - len(head.translate(None, _CONTROL))
    return ctrl / len(head) > 0.05


def normalise_encoding(name: str | None) -> str | None:
    if not name:
        return None
    n = name.strip().lower()
    return _KOREAN_ALIASES.get(n, n)


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes as UTF-8, the declared charset, CP949 (a superset of EUC-KR), or detection."""
    warnings: list[str] = []
    if data[:2] in UTF16_BOMS:
        return Decoded(clean_text(data.decode("utf-16", "replace")), "utf-16", warnings)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    candidates: list[str] = []
    meta = _META_CHARSET.search(data[:4096])
    for name in (normalise_encoding(declared), normalise_encoding(meta.group(1).decode("ascii", "ignore")) if meta else None):
        if name and name not in candidates:
            candidates.append(name)
    for name in ("utf-8", "cp949"):
        if name not in candidates:
            candidates.append(name)
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return Decoded(clean_text(text), enc, warnings)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()  # a bounded sample: detection is slow on megabytes
    if best is not None:
        warnings.append(f"encoding guessed as {best.encoding}")
        return Decoded(clean_text(data.decode(best.encoding, "replace")), best.encoding, warnings)
    warnings.append("text is not valid UTF-8 or CP949; undecodable bytes were replaced")
    return Decoded(clean_text(data.decode("utf-8", "replace")), "utf-8", warnings)


_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone halves (a JSON escape like "\\ud800"): not writable as UTF-8


def clean_text(text: str) -> str:
    """NFC, unify line ends and odd spaces; keep every visible character."""
    text = unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    return _SPACES.sub(" ", text)
