"""One view, one dict: the same dict is rendered as HTML or returned as JSON."""

from __future__ import annotations

from collections import Counter
from typing import Any

from malmoi.dedup import views as fold
from malmoi.store import QuoteFilter, Store
from malmoi.web.marks import FIDELITY, colours, marked


class NotFound(LookupError):
    """A record the URL names is not in the store."""


def index(store: Store) -> dict[str, Any]:
    """The corpus at a glance, and the latest articles; headline quotes not in their own
    body, each flagged ``unsupported`` when no body anywhere in the corpus says them."""
    overview = store.overview(10)
    return {
        **overview,
        "not_found": fold.with_groups(store.conn, overview.get("not_found") or []),
        "top_speakers": store.top_speakers(10),
        "recent": store.search_articles(size=5)["results"],
        "fold": fold.overview(store.conn),
    }


def unsaid(store: Store, page: int, size: int) -> dict[str, Any]:
    """Headline quotes that no body quote anywhere in the corpus says."""
    return fold.unsaid(store.conn, page, size)


def search(
    store: Store, f: QuoteFilter, with_articles: bool = False, show_all: bool = False
) -> dict[str, Any]:
    """Quotes found, with facets; the article search only when asked (``articles=true``).

    Copies of one article fold into one hit with its count of ``copies`` (the store's
    ``fold`` option; ``all=1``: every hit); in a store never folded nothing is folded and
    ``folded`` is false.
    """
    query = {"q": f.q, "speaker": f.speaker, "outlet": f.outlet, "since": f.since, "until": f.until}
    is_folded = fold.folded(store.conn)
    wanted = is_folded and not show_all
    found = store.search_quotes(**query, page=f.page, size=f.size, fold=wanted)
    articles = (
        store.search_articles(q=f.q, outlet=f.outlet, size=5) if f.q and with_articles else None
    )
    return {
        "query": {**query, "all": 1 if show_all else None},
        **found,
        "articles": articles,
        "folded": is_folded,
        "folding": wanted,
    }


def articles(store: Store, q: str, outlet: str | None, page: int, size: int) -> dict[str, Any]:
    return {"query": {"q": q, "outlet": outlet}, **store.search_articles(q, outlet, page, size)}


def speakers(store: Store, q: str, page: int = 1, size: int = 100) -> dict[str, Any]:
    return {"query": {"q": q}, **store.people(q, page, size)}


def speaker(store: Store, name: str, article: str | None = None) -> dict[str, Any]:
    """The store's page of a name, with the fold's entities of that name kept apart, each
    quote counted once across copies (``fold.entities``). An anonymous source or a group is
    one article's (``article``): its page is that article's, and so is its entity."""
    person = store.person(name, article)
    if person is None:
        raise NotFound(f"no speaker or alias named {name!r} in the store")
    timeline = fold.with_groups(store.conn, person["timeline"])
    scoped = article if article and person.get("article") == article else None
    names = fold.namesakes(store.conn, person["name"], scoped)  # unscoped: every one, apart
    return {**person, "timeline": timeline, "fold": names}


def entity(store: Store, entity_id: str) -> dict[str, Any]:
    """One speaker of the fold: a person, an organisation, or one article's anonymous source."""
    found = fold.entity(store.conn, entity_id)
    if found is None:
        raise NotFound(f"no speaker entity {entity_id!r} in the fold of this store")
    return found


def quote_group(store: Store, grp: str) -> dict[str, Any]:
    found = fold.quote_group(store.conn, grp)
    if found is None:
        why = "" if fold.folded(store.conn) else " (the store was never folded: run malmoi fold DB)"
        raise NotFound(f"no quote group {grp!r} in the store{why}")
    return found


def headline(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Each headline quote with its fidelity to the body, said in Korean too."""
    quotes = record.get("quotes") or []
    out = []
    for i, q in enumerate(quotes):
        if q.get("in") != "headline":
            continue
        fid = q.get("fidelity")
        fid = {"level": fid} if isinstance(fid, str) else fid if isinstance(fid, dict) else {}
        level = fid.get("level")
        body = [
            j for j in fid.get("body_quotes") or [] if isinstance(j, int) and 0 <= j < len(quotes)
        ]
        out.append(
            {
                "index": i,
                "text": q.get("text"),
                "level": level,
                "label": FIDELITY.get(level or "", "알 수 없음"),
                "body_quotes": [{"index": j, "text": quotes[j].get("text")} for j in body],
            }
        )
    return out


def article(store: Store, article_id: str) -> dict[str, Any]:
    record = store.get(article_id)
    if record is None:
        raise NotFound(f"no article with id {article_id!r} in the store")
    quotes = record.get("quotes") or []
    cls = colours(quotes)
    said = Counter((q.get("speaker") or {}).get("name") for q in quotes)
    local = {
        (q.get("speaker") or {}).get("name")
        for q in quotes
        if (q.get("speaker") or {}).get("type") in ("anonymous", "group")
    }
    pieces = marked(record)
    return {
        "article": record,
        "marked": {
            "title": pieces[("title", None)],
            "subtitles": [v for (k, _), v in pieces.items() if k == "subtitle"],
            "body": [v for (k, _), v in pieces.items() if k == "body"],
            "captions": [v for (k, _), v in pieces.items() if k == "caption"],
        },
        "speakers": [
            {"name": n, "class": cls[n], "quotes": said[n], "local": n in local}
            for n in cls
            if said[n]
        ],
        "headline": headline(record),
        **store.neighbours(article_id),
        "fold": folded_article(store, article_id, quotes),
    }


def folded_article(store: Store, article_id: str, quotes: list[dict[str, Any]]) -> dict[str, Any]:
    """The article's copies and wire family, and for each quote its group (by index)."""
    found = fold.article(store.conn, article_id)
    if found.get("folded"):
        by_index = {q["index"]: q for q in found["quotes"] if q["index"] < len(quotes)}
        found["quotes"] = [by_index.get(i) for i in range(len(quotes))]
        found["entities"] = {s["name"]: s["entity"] for s in found["speakers"]}
    return found
