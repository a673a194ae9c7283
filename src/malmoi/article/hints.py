"""What a page's markup already says (JSON-LD, Open Graph, <figure>), handed to
the line reader so that it only finds what the markup does not give."""

from __future__ import annotations

from dataclasses import dataclass, field

from malmoi.model import Caption, Related, Reporter


@dataclass(slots=True)
class Hints:
    title: str | None = None
    subtitles: list[str] = field(default_factory=list)
    outlet: str | None = None
    section: str | None = None
    reporters: list[Reporter] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    captions: list[Caption] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    url: str | None = None
    site: str | None = None  # the portal, when the page is a portal's copy
    page_lines: list[str] = field(default_factory=list)  # copyright/company lines outside the article
    warnings: list[str] = field(default_factory=list)
