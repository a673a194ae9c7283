"""The stages, as plain functions over iterators: Page -> Article (+ quotes).

The CLI, the web app and a distributed engine all call these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from malmoi.model import Article, Page, Rejection


@dataclass(slots=True)
class Stats:
    read: int = 0
    articles: int = 0
    rejections: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        rej = ", ".join(f"{k} {v}" for k, v in sorted(self.rejections.items())) or "none"
        return f"documents read {self.read}, articles {self.articles}, rejections: {rej}"


def build_article(page: Page, with_quotes: bool = True) -> Article | Rejection:
    """One page to its record. Raises nothing for bad pages: returns a Rejection."""
    if page.html is not None:
        from malmoi.article.html import article_from_html

        art = article_from_html(page)
    else:
        from malmoi.article.text import article_from_text

        art = article_from_text(page)
    if isinstance(art, Rejection):
        return art
    if with_quotes and (art.body or art.title):
        from malmoi.quotes import attach_quotes

        attach_quotes(art)
    return art


def run(docs: Iterable[Page | Rejection], stats: Stats | None = None, with_quotes: bool = True) -> Iterator[Article | Rejection]:
    """Build every document; count; one failing page never stops the batch."""
    stats = stats if stats is not None else Stats()
    for doc in docs:
        stats.read += 1
        if isinstance(doc, Rejection):
            stats.rejections[doc.reason] += 1
            yield doc
            continue
        try:
            out = build_article(doc, with_quotes=with_quotes)
        except Exception as e:  # noqa: BLE001 - a bug on one page must not stop the batch
            out = Rejection(doc.source, "internal_error", f"{type(e).__name__}: {e}")
        if isinstance(out, Rejection):
            stats.rejections[out.reason] += 1
        else:
            stats.articles += 1
        yield out
