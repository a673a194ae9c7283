"""Copy clusters and wire families of articles, found incrementally.

1. exact copies: the same squashed body (content hash);
2. candidates: MinHash LSH over the body's shingles and over its lead's (a cut
   copy keeps the lead);
3. each candidate is verified on sampled shingles with their positions:
   a **copy** holds the same text from its start (up to a little portal chrome),
   with no gaps inside the shared span, cut or not at the end; a **rewrite**
   (same story, another lead or headline, edited sentences) shares much of the
   body but not its start: it joins the wire **family**, not the cluster.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from malmoi.dedup.settings import FoldSettings
from malmoi.dedup.sketch import Backend, Sketch, backend, make_sketch
from malmoi.dedup.text import Record
from malmoi.dedup.unionfind import UnionFind


@dataclass(slots=True)
class Member:
    """What the index keeps of one article."""

    id: str
    digest: str
    samples: np.ndarray
    positions: np.ndarray
    lead: np.ndarray
    own_page: bool  # no repost: the outlet's own page (or a portal copy of it)
    published: str | None
    outlet: str | None


@dataclass(slots=True)
class Placement:
    """Where one article went when it was added."""

    id: str
    cluster: str
    family: str
    how: str  # "new", "exact", "near" (a copy), "family" (a rewrite only)


@dataclass(slots=True)
class Cluster:
    id: str
    canonical: str
    members: list[str]
    family: str


def _block(shared: np.ndarray, max_gap: int) -> tuple[int, int, int]:
    """The largest run of shared samples with gaps of at most ``max_gap``: (start, end, hits)."""
    hits = np.flatnonzero(shared)
    if len(hits) == 0:
        return 0, 0, 0
    breaks = np.flatnonzero(np.diff(hits) > max_gap + 1)
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [len(hits) - 1]))
    sizes = ends - starts + 1
    best = int(np.argmax(sizes))
    return int(hits[starts[best]]), int(hits[ends[best]]) + 1, int(sizes[best])


def _shape_ok(shared: np.ndarray, s: FoldSettings) -> bool:
    """A copy's shape: one block of shared text, (nearly) no holes inside.

    Stray shared samples away from the block (a phrase the article repeats) do not count.
    """
    start, end, hits = _block(shared, s.copy_hole)
    total = int(shared.sum())
    if hits < s.copy_block * total:
        return False
    holes = (end - start) - hits
    return holes <= max(s.copy_hole, s.copy_gap * (end - start))


def _positions(values: np.ndarray, other: np.ndarray) -> np.ndarray:
    """For each value, its first index in ``other`` (-1 where absent)."""
    if len(other) == 0:
        return np.full(len(values), -1)
    order = np.argsort(other, kind="stable")
    ref = other[order]
    at = np.minimum(np.searchsorted(ref, values), len(ref) - 1)
    return np.where(ref[at] == values, order[at], -1)


def same_start(a: Member, b: Member, s: FoldSettings) -> bool:
    """Both bodies start with the same text, after at most ``copy_head`` characters of chrome.

    The same ``copy_run`` shingles in a row must begin within ``copy_head`` characters of
    the start of both bodies (a chrome line both carry is no such run; nor is a sentence
    that one body leads with and the other has later).
    """
    run, limit = s.copy_run, s.copy_head
    pos = _positions(a.lead, b.lead)
    steps = np.arange(run)
    for i in range(min(limit + 1, len(a.lead) - run + 1)):
        p = int(pos[i])
        if 0 <= p <= limit and np.array_equal(pos[i : i + run] - p, steps):
            return True
    return False


def isin(values: np.ndarray, other: np.ndarray) -> np.ndarray:
    """``np.isin`` for small arrays: a sort and a binary search."""
    if len(other) == 0:
        return np.zeros(len(values), dtype=bool)
    ref = np.sort(other)
    at = np.minimum(np.searchsorted(ref, values), len(ref) - 1)
    return ref[at] == values


def relation(a: Member, b: Member, s: FoldSettings) -> str | None:
    """``copy``, ``family`` or None for two articles' bodies."""
    if a.digest == b.digest:
        return "copy"
    in_a = isin(a.samples, b.samples)
    in_b = isin(b.samples, a.samples)
    shared = int(min(in_a.sum(), in_b.sum()))
    smaller = min(len(a.samples), len(b.samples))  # a cut copy is small
    if shared < s.min_shared or smaller == 0:
        return None
    contained = shared / smaller
    if contained < s.family_containment:
        return None
    if (
        contained >= s.copy_containment
        and same_start(a, b, s)
        and _shape_ok(in_a, s)
        and _shape_ok(in_b, s)
    ):
        return "copy"
    larger = max(len(a.samples), len(b.samples))
    return "family" if shared >= s.family_shared and shared >= s.family_of_larger * larger else None


def _rank(m: Member) -> tuple[int, str, str]:
    """Canonical order: the outlet's own page first, then the earliest, then the id."""
    return (0 if m.own_page else 1, m.published or "9999", m.id)


@dataclass
class CopyIndex:
    """Add records one by one or in batches; clusters and families update as they come.

    The index pickles (``pickle.dumps(index)``) with its LSH tables, so a store or
    a job can keep it and add the next batch later.
    """

    settings: FoldSettings = field(default_factory=FoldSettings)
    backend_name: str = "datasketch"
    members: list[Member] = field(default_factory=list)
    keys: dict[str, int] = field(default_factory=dict)
    by_digest: dict[str, int] = field(default_factory=dict)
    copies: UnionFind = field(default_factory=UnionFind)
    families: UnionFind = field(default_factory=UnionFind)
    children: dict[int, list[int]] = field(default_factory=dict)  # copy root -> members
    kin: dict[int, list[int]] = field(default_factory=dict)  # family root -> members
    _backend: Backend | None = None
    _body_lsh: Any = None
    _lead_lsh: Any = None

    def __post_init__(self) -> None:
        self._backend = backend(self.backend_name, self.settings)
        self.backend_name = self._backend.name
        self._body_lsh = self._backend.new_lsh(self.settings.body_threshold)
        self._lead_lsh = self._backend.new_lsh(self.settings.lead_threshold)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_backend"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._backend = backend(self.backend_name, self.settings)

    # adding

    def sketch(self, record: Record) -> Sketch:
        assert self._backend is not None
        return make_sketch(record, self._backend, self.settings)

    def add(self, record: Record, sketch: Sketch | None = None) -> Placement:
        """Add one record (with its sketch when a map step made it already)."""
        rid = str(record.get("id"))
        if rid in self.keys:
            return self.placement(rid, "known")
        sk = sketch if sketch is not None else self.sketch(record)
        member = Member(
            rid, sk.digest, sk.samples, sk.positions, sk.lead, not record.get("repost"),
            record.get("published"), record.get("outlet"),
        )
        key = self._new_key(member)
        how = self._link(key, member, sk)
        if sk.body_sig is not None and how != "exact":
            self._body_lsh.insert(key, sk.body_sig)
            self._lead_lsh.insert(key, sk.lead_sig)
        return self.placement(rid, how)

    def add_all(self, records: Iterable[Record]) -> list[Placement]:
        return [self.add(r) for r in records]

    def _new_key(self, member: Member) -> int:
        key = self.copies.add()
        self.families.add()
        self.members.append(member)
        self.keys[member.id] = key
        self.children[key] = [key]
        self.kin[key] = [key]
        return key

    def _link(self, key: int, member: Member, sk: Sketch) -> str:
        twin = self.by_digest.get(sk.digest)
        if twin is not None:
            self._join(twin, key)
            return "exact"
        self.by_digest[sk.digest] = key
        if sk.body_sig is None:
            return "new"
        how = "new"
        for other in self._candidates(sk):
            rel = relation(member, self.members[other], self.settings)
            if rel == "copy":
                self._join(other, key)
                how = "near"
            elif rel == "family":
                self._join_family(other, key)
                how = "family" if how == "new" else how
        return how

    def _candidates(self, sk: Sketch) -> list[int]:
        found = set(self._body_lsh.query(sk.body_sig)) | set(self._lead_lsh.query(sk.lead_sig))
        return sorted(int(k) for k in found)

    def _join(self, a: int, b: int) -> None:
        ra, rb = self.copies.find(a), self.copies.find(b)
        if ra == rb:
            return
        root = self.copies.union(ra, rb)
        other = rb if root == ra else ra
        self.children[root].extend(self.children.pop(other))
        self._join_family(ra, rb)

    # reading

    def cluster_of(self, rid: str) -> str:
        return self.members[self.copies.find(self.keys[rid])].id

    def _join_family(self, a: int, b: int) -> None:
        ra, rb = self.families.find(a), self.families.find(b)
        if ra == rb:
            return
        root = self.families.union(ra, rb)
        self.kin[root].extend(self.kin.pop(rb if root == ra else ra))

    def family(self, rid: str) -> list[str]:
        """Every article of the wire family of ``rid`` (its copies and the rewrites and theirs)."""
        return [self.members[k].id for k in self.kin[self.families.find(self.keys[rid])]]

    def family_of(self, rid: str) -> str:
        return self.members[self.families.find(self.keys[rid])].id

    def placement(self, rid: str, how: str) -> Placement:
        return Placement(rid, self.cluster_of(rid), self.family_of(rid), how)

    def canonical(self, cluster: str) -> str:
        root = self.copies.find(self.keys[cluster])
        return min((self.members[k] for k in self.children[root]), key=_rank).id

    def cluster(self, cluster: str) -> Cluster:
        root = self.copies.find(self.keys[cluster])
        ids = [self.members[k].id for k in self.children[root]]
        return Cluster(self.members[root].id, self.canonical(cluster), ids, self.family_of(cluster))

    def clusters(self) -> list[Cluster]:
        return [self.cluster(self.members[root].id) for root in self.children]

    def __len__(self) -> int:
        return len(self.members)
