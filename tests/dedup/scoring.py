"""Pairwise precision and recall of a grouping against the true one."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Hashable, Mapping


def pairs(labels: Mapping[Hashable, Hashable]) -> set[tuple[Hashable, Hashable]]:
    groups: dict[Hashable, list[Hashable]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    out: set[tuple[Hashable, Hashable]] = set()
    for members in groups.values():
        members.sort(key=repr)
        out.update(itertools.combinations(members, 2))
    return out


def precision_recall(pred: Mapping[Hashable, Hashable], true: Mapping[Hashable, Hashable]) -> tuple[float, float]:
    """Over pairs of items put together; items missing from ``pred`` count as alone."""
    p, t = pairs(pred), pairs(true)
    hit = len(p & t)
    return hit / len(p) if p else 1.0, hit / len(t) if t else 1.0
