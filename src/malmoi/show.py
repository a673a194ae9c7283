"""Records for a person to read in a terminal."""

from __future__ import annotations

import shutil
import textwrap

from malmoi.model import Article


def _wrap(text: str, indent: str = "  ") -> str:
    width = max(40, min(100, shutil.get_terminal_size((100, 20)).columns) - len(indent))
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def render_article(a: Article) -> str:
    out: list[str] = []
    out.append(f"# {a.title or '(no headline)'}")
    out += [f"  {s}" for s in a.subtitles]
    byline = ", ".join(f"{r.name}{f' <{r.email}>' if r.email else ''}" for r in a.reporters)
    out.append(f"outlet: {a.outlet or '-'}   section: {a.section or '-'}   reporters: {byline or '-'}")
    out.append(f"published: {a.published or '-'}   modified: {a.modified or '-'}")
    if a.repost:
        out.append(f"repost: by {a.repost.author or '-'} on {a.repost.posted or '-'}")
    out.append("")
    for i, p in enumerate(a.body):
        out.append(_wrap(f"[{i}] {p}", ""))
    if a.captions:
        out.append("\ncaptions:")
        out += [f"  - {c.text}" + (f" ({c.credit})" if c.credit else "") for c in a.captions]
    if a.related:
        out.append("\nrelated:")
        out += [f"  - {r.title}" + (f" [{r.date}]" if r.date else "") for r in a.related]
    if a.quotes:
        out.append(f"\nquotes ({len(a.quotes)}):")
        for q in a.quotes:
            sp = q.speaker.name or q.speaker.mention or "?"
            where = "headline" if q.in_ == "headline" else f"{q.in_} {q.paragraph}"
            extra = f" → {q.addressee}" if q.addressee else ""
            fid = f" [{q.fidelity.level}]" if q.fidelity else ""
            out.append(_wrap(f"- {sp}{extra} ({q.kind}, {where}){fid}: {q.text}", "  "))
    if a.warnings:
        out.append("\nwarnings:")
        out += [f"  - {w}" for w in a.warnings]
    return "\n".join(out)


def render_quotes(arts: list[Article]) -> str:
    rows = [("speaker", "role", "quote", "article")]
    for a in arts:
        for q in a.quotes:
            role = " ".join(x for x in (q.speaker.org, q.speaker.title) if x) or q.speaker.type
            text = q.text if len(q.text) <= 60 else q.text[:59] + "…"
            title = (a.title or "")[:30]
            rows.append((q.speaker.name or q.speaker.mention or "?", role, text, title))
    if len(rows) == 1:
        return "no quotes found"
    widths = [min(max(_w(r[i]) for r in rows), cap) for i, cap in enumerate((16, 24, 62, 32))]
    lines = []
    for k, r in enumerate(rows):
        lines.append("  ".join(_pad(c, widths[i]) for i, c in enumerate(r)))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _w(s: str) -> int:
    """Display width: Hangul and CJK take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    while _w(s) > width:
        s = s[:-1]
    return s + " " * (width - _w(s))
