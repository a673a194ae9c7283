"""An HTML page to its Article: the markup's metadata become Hints, the article
region becomes text blocks in reading order, and the line reader
(``malmoi.article.text.article_from_lines``) builds the record from both.

The HTML knowledge (selectors, title suffixes, embedded-JSON keys) lives in
``data/html.toml``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from malmoi.article.hints import Hints
from malmoi.article.html_body import embedded_fields, find_body
from malmoi.article.html_meta import (
    best_date,
    byline_reporters,
    footer_lines,
    json_ld,
    merge_reporters,
    person_name,
    read_hints,
    to_iso,
)
from malmoi.article.html_text import html_data, node_lines, related_links, squash
from malmoi.article.lines import EMAIL, byline
from malmoi.model import Article, Page, Rejection, Related, Reporter

LinesBuilder = Callable[[list[str], Page, Hints | None], Article | Rejection]

__all__ = ["Extracted", "article_from_html", "extract"]


@dataclass(slots=True)
class Extracted:
    hints: Hints
    blocks: list[str]
    method: str  # how the body was found (see html_body.Body)
    site: str | None = None  # the portal, when the page is a portal's copy


def extract(html: str, url: str | None = None) -> Extracted:
    """Hints from the page's metadata and the article's text blocks, in order."""
    tree = LexborHTMLParser(html)
    hints, site = read_hints(tree, url)
    hints.site = site
    hints.page_lines = footer_lines(tree)
    body = find_body(tree, html, json_ld(tree))
    flat = body.flat
    emb = embedded_fields(tree) if body.method == "embedded" or not (hints.published and hints.title) else {}
    _fill_from_embedded(hints, emb)
    hints.subtitles = flat.subtitles or _page_subtitles(tree) or _split_br(emb.get("subtitle", []))
    hints.captions = flat.captions
    title = squash(hints.title or "")
    # outside the article, a portal's lists are the portal's picks, not the outlet's
    related = flat.related or (_page_related(tree) if site is None else [])
    hints.related = [r for r in related if squash(r.title) != title]
    page_bylines = [" ".join(node_lines(n)) for n in tree.css(html_data().byline)[:6]]
    hints.reporters = merge_reporters([hints.reporters, byline_reporters(flat.bylines + page_bylines),
                                       _embedded_reporters(emb), _line_reporters(flat.blocks)])
    _lone_email(hints.reporters, flat.blocks)
    if body.method == "none":
        hints.warnings.append("no article text found in the HTML")
    return Extracted(hints, _without_echoes(flat.blocks, hints), body.method, site)


def _fill_from_embedded(h: Hints, emb: dict[str, list[str]]) -> None:
    if not emb:
        return
    h.published = best_date(h.published, *(to_iso(v) for v in emb.get("published", [])))
    h.modified = h.modified or next((iso for v in emb.get("modified", []) if (iso := to_iso(v))), None)
    h.section = h.section or next(iter(emb.get("section", [])), None)
    h.title = h.title or next(iter(emb.get("title", [])), None)


def _embedded_reporters(emb: dict[str, list[str]]) -> list[Reporter]:
    names = [n for v in emb.get("reporter_name", []) if (n := person_name(v))]
    emails = emb.get("reporter_email", [])
    out: list[Reporter] = []
    for i, name in enumerate(dict.fromkeys(names)):
        out.append(Reporter(name, emails[i] if i < len(emails) and "@" in emails[i] else None))
    return out


def _page_related(tree: LexborHTMLParser) -> list[Related]:
    node = tree.css_first(html_data().related)
    return related_links(node) if node is not None else []


def _line_reporters(blocks: list[str]) -> list[Reporter]:
    """Reporters of byline lines left in the text (the line reader drops the lines)."""
    out: list[Reporter] = []
    for b in blocks[:2] + blocks[-4:]:
        out.extend(r for r in byline(b) or [] if r.name not in {o.name for o in out})
    return out


def _lone_email(reporters: list[Reporter], blocks: list[str]) -> None:
    """A bare e-mail line at the end of the text belongs to the one reporter without one."""
    missing = [r for r in reporters if not r.email]
    if len(missing) != 1:
        return
    for b in reversed(blocks[-4:]):
        m = EMAIL.fullmatch(b.strip())
        if m:
            missing[0].email = m.group(0)
            return


def _page_subtitles(tree: LexborHTMLParser) -> list[str]:
    node = tree.css_first(html_data().subtitle)
    return node_lines(node) if node is not None else []


def _split_br(values: list[str]) -> list[str]:
    if not values:
        return []
    tree = LexborHTMLParser(f"<div>{values[0]}</div>")
    node = tree.css_first("div")
    return node_lines(node) if node is not None else []


def _without_echoes(blocks: list[str], h: Hints) -> list[str]:
    """Drop lines that repeat the headline, a sub-headline or a caption."""
    echoes = {squash(x) for x in (h.title or "", *h.subtitles, *(c.text for c in h.captions)) if x}
    echoes |= {squash(f"{c.text} {c.credit}") for c in h.captions if c.credit}
    out = [b for b in blocks if b not in echoes]
    while out and out[0] == squash(h.title or ""):
        out.pop(0)
    return out


def article_from_html(page: Page) -> Article | Rejection:
    """One HTML page to its record, or a Rejection that says why not."""
    ex = extract(page.html or "", page.source.url)
    page.source.url = page.source.url or ex.hints.url  # og:url or the canonical link
    if not ex.blocks and not ex.hints.title:
        return Rejection(page.source, "not_article", "the HTML page has no article text or headline")
    if not ex.hints.title and page.meta.get("title"):
        ex.hints.title = page.meta["title"]
    return _lines_builder()(ex.blocks, page, ex.hints)


def _lines_builder() -> LinesBuilder:
    try:
        from malmoi.article.text import article_from_lines
    except ImportError:
        return _assemble
    return article_from_lines


def _assemble(blocks: list[str], page: Page, hints: Hints | None) -> Article | Rejection:
    """A plain record from hints and blocks, for when the line reader is not there."""
    h = hints or Hints()
    text = " ".join(blocks)
    return Article(
        id=page.record_id(), source=page.source, title=h.title, subtitles=list(h.subtitles),
        outlet=h.outlet, section=h.section, reporters=list(h.reporters), published=h.published,
        modified=h.modified, body=list(blocks), captions=list(h.captions), related=list(h.related),
        language="ko" if any("가" <= c <= "힣" for c in text) else None,
        warnings=[*page.warnings, *h.warnings],
    )
