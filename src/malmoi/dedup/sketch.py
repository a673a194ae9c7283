"""A body's sketch: content hash, MinHash signatures and sampled shingles with positions.

``make_sketch`` is a pure function of one record: a distributed job computes
sketches in its map step and feeds them to one :class:`~malmoi.dedup.copies.CopyIndex`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from malmoi.dedup.settings import FoldSettings
from malmoi.dedup.text import Record, body_text, digest, shingle_hashes, shingles, squash
from malmoi.errors import MissingDependency


@dataclass(slots=True)
class Sketch:
    id: str
    digest: str  # of the squashed body (of headline and body when the body is short)
    length: int  # squashed characters of the body
    samples: np.ndarray  # sampled shingle hashes (uint32), in text order
    positions: np.ndarray  # their offsets in the squashed body (uint32)
    lead: np.ndarray  # every shingle hash of the first ``lead_dense`` characters (uint32)
    body_sig: Any  # backend signature of all shingles, None for a short body
    lead_sig: Any  # backend signature of the lead's shingles


class Backend(Protocol):
    name: str

    def signature(self, text: str, hashes: np.ndarray) -> Any: ...

    def new_lsh(self, threshold: float) -> Any: ...


class DatasketchBackend:
    """datasketch's MinHash and MinHashLSH; shingles hashed in numpy, permuted as datasketch does."""

    name = "datasketch"

    def __init__(self, settings: FoldSettings) -> None:
        from datasketch import MinHash

        self.num_perm = settings.num_perm
        self.seed = settings.seed
        proto = MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme="affine32")
        a, b = proto.permutations  # odd a: h -> a * h + b mod 2^32 is a permutation
        self._a = np.asarray(a, dtype=np.uint32)[None, :]
        self._b = np.asarray(b, dtype=np.uint32)[None, :]

    def signature(self, text: str, hashes: np.ndarray) -> Any:
        from datasketch import LeanMinHash

        hv = hashes.astype(np.uint32)[:, None]
        phv = hv * self._a + self._b  # wraps modulo 2^32, as datasketch's affine32 scheme
        return LeanMinHash(seed=self.seed, hashvalues=phv.min(axis=0), scheme="affine32")

    def new_lsh(self, threshold: float) -> Any:
        from datasketch import MinHashLSH

        return MinHashLSH(threshold=threshold, num_perm=self.num_perm)


class RensaBackend:
    """rensa's RMinHash and RMinHashLSH (Rust): the optional faster backend."""

    name = "rensa"

    def __init__(self, settings: FoldSettings) -> None:
        try:
            import rensa
        except ImportError as e:
            raise MissingDependency("rensa", "rensa") from e
        self._rensa = rensa
        self.num_perm = settings.rensa_perm
        self.seed = settings.seed
        self.k = settings.shingle

    def signature(self, text: str, hashes: np.ndarray) -> Any:
        m = self._rensa.RMinHash(num_perm=self.num_perm, seed=self.seed)
        m.update(shingles(text, self.k))
        return m

    def new_lsh(self, threshold: float) -> Any:
        bands = bands_for(threshold, self.num_perm)
        return self._rensa.RMinHashLSH(threshold=threshold, num_perm=self.num_perm, num_bands=bands)


def bands_for(threshold: float, num_perm: int) -> int:
    """Bands that divide ``num_perm`` (as rensa needs) with the S-curve's midpoint nearest ``threshold``.

    A band of r rows over b bands finds pairs of Jaccard about (1/b)^(1/r).
    """
    divisors = [b for b in range(1, num_perm + 1) if num_perm % b == 0]
    return min(divisors, key=lambda b: abs((1 / b) ** (b / num_perm) - threshold))


def backend(name: str, settings: FoldSettings) -> Backend:
    """``datasketch`` (declared), ``rensa`` (optional) or ``auto`` (rensa when installed)."""
    if name == "auto":
        try:
            return RensaBackend(settings)
        except MissingDependency:
            return DatasketchBackend(settings)
    if name == "rensa":
        return RensaBackend(settings)
    if name == "datasketch":
        return DatasketchBackend(settings)
    raise ValueError(f"unknown MinHash backend {name!r}: use datasketch, rensa or auto")


def make_sketch(record: Record, be: Backend, settings: FoldSettings) -> Sketch:
    """The sketch of one record's body."""
    text = body_text(record)
    hashes = shingle_hashes(text, settings.shingle)
    keep = hashes % np.uint64(settings.sample_mod) == 0
    positions = np.flatnonzero(keep).astype(np.uint32)
    samples = hashes[keep].astype(np.uint32)
    lead = hashes[: settings.lead_dense].astype(np.uint32)
    if len(text) < settings.min_body:
        key = digest("t:" + squash(str(record.get("title") or "")) + "|" + text)
        return Sketch(str(record.get("id")), key, len(text), samples, positions, lead, None, None)
    lead_n = max(1, settings.lead_chars - settings.shingle + 1)
    lead_text = text[: settings.lead_chars]
    return Sketch(
        id=str(record.get("id")),
        digest=digest(text),
        length=len(text),
        samples=samples,
        positions=positions,
        lead=lead,
        body_sig=be.signature(text, hashes),
        lead_sig=be.signature(lead_text, hashes[:lead_n]),
    )
