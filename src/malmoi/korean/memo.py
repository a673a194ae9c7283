"""The caches of pure functions of a word, a phrase or a line (what they answer depends only
on the data files and the model), registered here so that one call forgets them all: tests
that change a data file, and benchmarks that time each round from cold caches."""

from __future__ import annotations

from typing import Protocol, TypeVar


class _Cache(Protocol):
    def cache_clear(self) -> None: ...


C = TypeVar("C", bound=_Cache)

_CACHES: list[_Cache] = []


def register(cache: C) -> C:
    """Register a cache (an ``functools.lru_cache`` wrapper) with :func:`reset`; use as a decorator."""
    _CACHES.append(cache)
    return cache


def reset() -> None:
    """Forget what every registered cache holds."""
    for cache in _CACHES:
        cache.cache_clear()
