"""What flows between the stages: a Page read from a source, the Article built
from it, its Quotes and People, and a Rejection when a document gives nothing.

Field names follow ``shared/spec/article.md`` and ``shared/spec/quotes.md``;
they are a contract read by other tools, so ``to_dict`` writes exactly them.
"""

from __future__ import annotations

import hashlib
from dataclasses import KW_ONLY, asdict, dataclass, field
from typing import Any, Literal

Format = Literal["text", "html", "warc", "jsonl"]
QuoteKind = Literal["direct", "indirect"]
Place = Literal["headline", "body", "caption"]
SpeakerType = Literal["person", "organization", "anonymous", "unknown"]


@dataclass(slots=True)
class Source:
    path: str | None = None
    url: str | None = None
    format: Format = "text"
    encoding: str | None = None
    crawled: str | None = None
    record: int | None = None  # index inside a WARC or JSONL container


@dataclass(slots=True)
class Page:
    """One document as read from a source, before any structure is found."""

    source: Source
    text: str | None = None
    html: str | None = None
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # container metadata (e.g. JSONL title)

    @property
    def content(self) -> str:
        return self.html if self.html is not None else (self.text or "")

    def record_id(self) -> str:
        """Stable id: the same input gives the same id."""
        where = self.source.url or self.source.path or ""
        h = hashlib.sha1()
        h.update(where.encode("utf-8"))
        h.update(b"\0")
        h.update(str(self.source.record or 0).encode())
        h.update(b"\0")
        h.update(self.content.encode("utf-8", "surrogatepass"))
        return h.hexdigest()[:16]


@dataclass(slots=True)
class Reporter:
    name: str
    email: str | None = None


@dataclass(slots=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(slots=True)
class Related:
    title: str
    date: str | None = None


@dataclass(slots=True)
class Repost:
    site: str | None = None
    author: str | None = None
    posted: str | None = None
    title: str | None = None
    kind: str | None = None  # portal | board | blog | aggregator | video | outlet (a copy on another outlet's site)


@dataclass(slots=True)
class Speaker:
    name: str | None
    mention: str | None = None
    title: str | None = None
    org: str | None = None
    type: SpeakerType = "person"


@dataclass(slots=True)
class Fidelity:
    level: Literal["verbatim", "shortened", "paraphrased", "not_found"]
    body_quotes: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """A quote is a span: offsets into its paragraph (or the title), plus who said it."""

    text: str
    kind: QuoteKind
    in_: Place
    paragraph: int | None
    start: int
    end: int
    speaker: Speaker
    verb: str | None = None
    addressee: str | None = None
    via: str | None = None
    fidelity: Fidelity | None = None
    subtitle: int | None = None  # index into subtitles when a headline quote stands there
    paragraph_end: int | None = None  # a quote over several paragraphs ends in this one

    def to_dict(self) -> dict[str, Any]:
        # written out rather than asdict (a deep copy through every field, ten times slower); the
        # keys in asdict's order, 'in' last (it is renamed), the three optional keys only when set
        sp = self.speaker
        d: dict[str, Any] = {
            "text": self.text, "kind": self.kind, "paragraph": self.paragraph, "start": self.start, "end": self.end,
            "speaker": {"name": sp.name, "mention": sp.mention, "title": sp.title, "org": sp.org, "type": sp.type},
            "verb": self.verb, "addressee": self.addressee, "via": self.via,
        }
        if self.fidelity is not None:
            d["fidelity"] = {"level": self.fidelity.level, "body_quotes": list(self.fidelity.body_quotes)}
        if self.subtitle is not None:
            d["subtitle"] = self.subtitle
        if self.paragraph_end is not None:
            d["paragraph_end"] = self.paragraph_end
        d["in"] = self.in_
        return d


@dataclass(slots=True)
class Person:
    """An entity the article names: a person, an organisation, or an anonymous source or group
    (``type``; one article's anonymous sources are never another article's)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    type: SpeakerType = "person"


@dataclass(slots=True)
class ArticleFields:
    """The fields of an article that the readers find, declared once: for the record
    (:class:`Article`), for what a page's markup says (``article.hints.Hints``) and for the
    record under construction (``article.draft.Draft``)."""

    title: str | None = None
    subtitles: list[str] = field(default_factory=list)
    section: str | None = None
    reporters: list[Reporter] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    captions: list[Caption] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Article(ArticleFields):
    """The record of one page (``to_dict`` writes the contract's fields in its order)."""

    _: KW_ONLY
    id: str
    source: Source
    outlet: str | None = None
    repost: Repost | None = None
    body: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    language: str | None = None
    # body indices before which a broadcast turn marker ([앵커], [기자]) stood: not part of the record
    turns: set[int] = field(default_factory=set)
    # a programme's credits, taken out as chrome ('■ 출연 : 이름 / 직함', '■ 진행 : 이름 앵커'): role → the
    # names as written; the quote stage reads its host and guests from them; not part of the record
    credits: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "source": {k: v for k, v in asdict(self.source).items() if v is not None},
            "repost": asdict(self.repost) if self.repost else None,
            "outlet": self.outlet,
            "title": self.title,
            "subtitles": list(self.subtitles),
            "section": self.section,
            "reporters": [{"name": r.name, "email": r.email} for r in self.reporters],
            "published": self.published,
            "modified": self.modified,
            "body": list(self.body),
            "captions": [{"text": c.text, "credit": c.credit} for c in self.captions],
            "related": [{"title": r.title, "date": r.date} for r in self.related],
            "quotes": [q.to_dict() for q in self.quotes],
            "people": [
                {"name": p.name, "aliases": list(p.aliases), "titles": list(p.titles), "orgs": list(p.orgs), "type": p.type}
                for p in self.people
            ],
            "language": self.language,
            "warnings": list(self.warnings),
        }
        return d


@dataclass(slots=True)
class Rejection:
    """A document that gave no record, with the reason kept."""

    source: Source
    reason: str  # a short stable code: empty, binary, not_article, too_large, unreadable, ...
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": {k: v for k, v in asdict(self.source).items() if v is not None},
            "reason": self.reason,
            "detail": self.detail,
        }
