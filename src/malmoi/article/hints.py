"""What a page's markup already says (JSON-LD, Open Graph, <figure>), handed to
the line reader so that it only finds what the markup does not give."""

from __future__ import annotations

from dataclasses import dataclass, field

from malmoi.model import ArticleFields


@dataclass(slots=True)
class Hints(ArticleFields):
    """The article's fields as the markup gives them, and what the markup says of the page."""

    outlet: str | None = None
    url: str | None = None
    site: str | None = None  # the portal, when the page is a portal's copy
    page_lines: list[str] = field(default_factory=list)  # copyright/company lines outside the article
