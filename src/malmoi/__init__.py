"""malmoi (말모이): structured articles and who said what, from scraped Korean news pages.

The Python API for notebooks (``malmoi.extract``, ``malmoi.quotes_frame``, ``malmoi.open_store``)
is imported on first use, so ``import malmoi`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "open_store", "quote_rows", "quotes_frame"]

_API = frozenset({"extract", "open_store", "quote_rows", "quotes_frame"})


def __getattr__(name: str) -> Any:
    if name in _API:
        from malmoi import api

        return getattr(api, name)
    raise AttributeError(f"module 'malmoi' has no attribute {name!r}")
