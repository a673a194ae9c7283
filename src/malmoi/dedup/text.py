"""Normalised text and character shingles: what copies of one article share.

A page copied onto a portal or a board keeps its words but not its layout:
line breaks, paragraph breaks, white space, quotation marks, full-width forms
and punctuation change. ``squash`` keeps only letters and digits (NFKC,
lower case), so these copies squash to the same string.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import numpy as np

Record = dict[str, Any]

_DROP = re.compile(r"[\W_]+")  # all but letters and digits (str.isalnum: categories L and N)
_LOOKALIKE = str.maketrans({"ㆍ": "·", "ᆞ": "·", "〃": '"'})  # letters that stand for punctuation
_MIX = (
    0x9E3779B97F4A7C15,
    0xC2B2AE3D27D4EB4F,
    0x165667B19E3779F9,
    0xD6E8FEB86659FD93,
    0xFF51AFD7ED558CCD,
    0xC4CEB9FE1A85EC53,
    0x94D049BB133111EB,
    0xBF58476D1CE4E5B9,
)


def squash(text: str) -> str:
    """Letters and digits only, NFKC and lower case: layout and punctuation do not count."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text).translate(_LOOKALIKE).lower())


def body_text(record: Record) -> str:
    """The record's body squashed into one string (paragraph breaks do not count)."""
    return squash("".join(str(p) for p in record.get("body") or []))


def digest(text: str) -> str:
    """Content hash of a squashed text: equal for exact copies."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def shingle_hashes(text: str, k: int) -> np.ndarray:
    """One stable 32-bit hash per character ``k``-gram of ``text``, in text order (uint64)."""
    if len(text) < k:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    n = len(codes) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        h ^= codes[j : j + n] * np.uint64(_MIX[j % len(_MIX)])
        h = (h << np.uint64(13)) | (h >> np.uint64(51))
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(29)
    return h >> np.uint64(32)


def shingles(text: str, k: int) -> list[str]:
    """The character ``k``-grams themselves (for MinHash libraries that hash strings)."""
    return [text[i : i + k] for i in range(len(text) - k + 1)]


def trigrams(text: str) -> frozenset[str]:
    """Character trigrams of a squashed text (a short text is its own trigram)."""
    if len(text) <= 3:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


def containment(a: Iterable[str], b: Iterable[str]) -> float:
    """Share of the smaller set found in the other."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))
