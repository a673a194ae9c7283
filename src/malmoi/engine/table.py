"""Tables for a terminal: cells cut with … to their column's display width (Hangul and CJK
characters take two columns)."""

from __future__ import annotations

import unicodedata

from malmoi.model import Article, Quote

__all__ = ["cut", "quotes_table", "role", "width"]

COLUMNS = (("speaker", 16), ("role", 28), ("quote", 60), ("article", 32))


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cut(s: str, w: int) -> str:
    """``s`` padded to ``w`` columns, or cut to ``w`` with … at its end."""
    s = " ".join(s.split())
    if width(s) <= w:
        return s + " " * (w - width(s))
    while s and width(s) > w - 1:
        s = s[:-1]
    return s + "…" + " " * (w - 1 - width(s))


def role(q: Quote, art: Article) -> str:
    """The speaker's title and organisation, from the quote or else from the article's people."""
    sp = q.speaker
    org, title = sp.org, sp.title
    if not (org or title) and sp.name:
        person = next((p for p in art.people if p.name == sp.name), None)
        if person is not None:
            org = person.orgs[0] if person.orgs else None
            title = person.titles[0] if person.titles else None
    return " ".join(x for x in (org, title) if x) or "-"


def quotes_table(arts: list[Article]) -> str:
    rows = [tuple(name for name, _ in COLUMNS)]
    for a in arts:
        for q in a.quotes:
            rows.append((q.speaker.name or q.speaker.mention or "?", role(q, a), q.text, a.title or ""))
    if len(rows) == 1:
        return "no quotes found"
    widths = [min(max(width(r[i]) for r in rows), cap) for i, (_, cap) in enumerate(COLUMNS)]
    lines = []
    for k, r in enumerate(rows):
        lines.append("  ".join(cut(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
