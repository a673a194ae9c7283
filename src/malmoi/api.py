"""The Python API, for notebooks and scripts.

    import malmoi.api as malmoi

    articles = list(malmoi.extract(["pages/", "기사 본문을 그대로 붙여 넣은 글…"]))
    frame = malmoi.quotes_frame(articles)        # pandas: one row per quote
    with malmoi.open_store("malmoi.db") as corpus:
        corpus.search(q="반도체", speaker="이영")  # the same dict as GET /api/search

``extract`` runs the same stages as ``malmoi extract``; ``open_store`` answers with the
same dicts as the JSON API (``/api/…``), read-only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from malmoi.errors import InputError, MissingDependency
from malmoi.model import Article, Page, Rejection, Source

__all__ = ["Corpus", "extract", "open_store", "quote_rows", "quotes_frame"]


def documents(items: Iterable[str | Path]) -> Iterator[Page | Rejection]:
    """Pages from paths (files or folders) and from texts (any string that is no path)."""
    from malmoi.read import iter_documents

    for item in items:
        if is_path(item):
            yield from iter_documents([str(item)])
        else:
            yield Page(source=Source(format="text"), text=str(item))


SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".gz")


def is_path(item: str | Path) -> bool:
    """A ``Path``, or a one-line string naming a file or folder that exists; a one-line
    string that looks like a file name (``pages/a.html``) but names nothing is an error."""
    if isinstance(item, Path):
        return True
    if len(item) > 4096 or "\n" in item:
        return False
    try:
        if Path(item).exists():
            return True
    except (OSError, ValueError):  # a name too long, a NUL
        return False
    if item.lower().endswith(SUFFIXES) and " " not in item:
        raise InputError(f"no such file: {item} (a text to read must be given as the text)")
    return False


def extract(
    paths_or_texts: str | Path | Iterable[str | Path], *, quotes: bool = True
) -> Iterator[Article]:
    """The articles in the given files, folders or texts; pages that give none are skipped
    (``malmoi extract --rejections`` tells why)."""
    from malmoi.pipeline import run

    items = [paths_or_texts] if isinstance(paths_or_texts, str | Path) else paths_or_texts
    for out in run(documents(items), with_quotes=quotes):
        if isinstance(out, Article):
            yield out


COLUMNS = (
    "article_id", "title", "outlet", "published", "index", "text", "kind", "in", "paragraph",
    "start", "end", "verb", "speaker", "mention", "speaker_title", "speaker_org",
    "speaker_type", "addressee", "via", "fidelity",
)  # fmt: skip


def quote_rows(articles: Iterable[Article | dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One flat dict per quote (columns ``COLUMNS``), from articles or their record dicts."""
    for art in articles:
        record = art.to_dict() if isinstance(art, Article) else art
        for i, q in enumerate(record.get("quotes") or []):
            speaker = q.get("speaker") or {}
            fidelity = q.get("fidelity")
            yield {
                "article_id": record.get("id"),
                "title": record.get("title"),
                "outlet": record.get("outlet"),
                "published": record.get("published"),
                "index": i,
                **{
                    k: q.get(k) for k in ("text", "kind", "in", "paragraph", "start", "end", "verb")
                },
                "speaker": speaker.get("name"),
                "mention": speaker.get("mention"),
                "speaker_title": speaker.get("title"),
                "speaker_org": speaker.get("org"),
                "speaker_type": speaker.get("type"),
                "addressee": q.get("addressee"),
                "via": q.get("via"),
                "fidelity": fidelity.get("level") if isinstance(fidelity, dict) else fidelity,
            }


def quotes_frame(articles: Iterable[Article | dict[str, Any]]) -> Any:
    """A pandas DataFrame, one row per quote (``pip install 'malmoi[pandas]'``)."""
    try:
        import pandas as pd
    except ImportError:
        raise MissingDependency("pandas", "pandas") from None
    return pd.DataFrame(list(quote_rows(articles)), columns=list(COLUMNS))


def _day(name: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{name}: expected a date as YYYY-MM-DD, got {value!r}") from None


class Corpus:
    """A store opened read-only; each method returns the dict of its ``/api/…`` route."""

    def __init__(self, path: str | Path) -> None:
        from malmoi.store import Store

        self.store = Store(path, readonly=True)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def overview(self) -> dict[str, Any]:
        """``GET /api``."""
        from malmoi.web import views

        with self.store.reading():
            return views.index(self.store)

    def search(
        self,
        q: str = "",
        speaker: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        page: int = 1,
        size: int = 20,
        articles: bool = False,
    ) -> dict[str, Any]:
        """``GET /api/search``: quotes, with their count and facets, one page at a time."""
        from malmoi.store import QuoteFilter
        from malmoi.web import views

        f = QuoteFilter(q, speaker, outlet, _day("since", since), _day("until", until), page, size)
        with self.store.reading():
            return views.search(self.store, f, articles)

    def articles(
        self, q: str = "", outlet: str | None = None, page: int = 1, size: int = 20
    ) -> dict[str, Any]:
        """``GET /api/articles``."""
        from malmoi.web import views

        with self.store.reading():
            return views.articles(self.store, q, outlet, page, size)

    def article(self, article_id: str) -> dict[str, Any]:
        """``GET /api/articles/{id}``; ``LookupError`` when there is none."""
        from malmoi.web import views

        with self.store.reading():
            return views.article(self.store, article_id)

    def speakers(self, q: str = "", page: int = 1, size: int = 100) -> dict[str, Any]:
        """``GET /api/speakers``."""
        from malmoi.web import views

        with self.store.reading():
            return views.speakers(self.store, q, page, size)

    def speaker(self, name: str) -> dict[str, Any]:
        """``GET /api/speakers/{name}``; ``LookupError`` when there is none."""
        from malmoi.web import views

        with self.store.reading():
            return views.speaker(self.store, name)


def open_store(path: str | Path) -> Corpus:
    """The store at ``path``, read-only (``with open_store(path) as corpus: …``)."""
    return Corpus(path)
