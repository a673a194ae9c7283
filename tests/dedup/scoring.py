"""Pairwise precision and recall of a grouping against the true one."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping


def pairs(labels: Mapping[Hashable, Hashable]) -> set[tuple[Hashable, Hashable]]:
    """Every pair of items with one label (for small groups: it is quadratic)."""
    groups: dict[Hashable, list[Hashable]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    out: set[tuple[Hashable, Hashable]] = set()
    for members in groups.values():
        members.sort(key=repr)
        out.update(itertools.combinations(members, 2))
    return out


def _pairs_in(counts: Counter[Hashable]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def precision_recall(pred: Mapping[Hashable, Hashable], true: Mapping[Hashable, Hashable]) -> tuple[float, float]:
    """Over pairs of items put together, counted from group sizes (linear, not quadratic).

    Items missing from ``pred`` count as alone; items missing from ``true`` are left out.
    """
    items = [k for k in true]
    unique = object()
    both = Counter((pred.get(k, (unique, k)), true[k]) for k in items)
    hit = _pairs_in(both)
    p = _pairs_in(Counter(pred.get(k, (unique, k)) for k in items))
    t = _pairs_in(Counter(true[k] for k in items))
    return hit / p if p else 1.0, hit / t if t else 1.0
