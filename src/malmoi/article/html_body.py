"""Where the article text is: an outlet's known container, the densest block of
paragraphs, the escaped HTML a script-rendered page embeds in JSON, JSON-LD
``articleBody``, and last trafilatura."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from malmoi.article.html_text import Flat, Walker, html_data, letters, squash

_FIELDS = ("title", "subtitle", "section", "published", "modified", "reporter_name", "reporter_email")
_LITERAL = re.compile(r'"((?:[^"\\]|\\.){200,})"')


@dataclass(slots=True)
class Body:
    flat: Flat
    method: str  # how it was found: "selector #dic_area", "density", "embedded", "json-ld", "trafilatura", "none"


def find_body(tree: LexborHTMLParser, html: str, ld: list[dict[str, Any]]) -> Body:
    data = html_data()
    for sel in data.body:
        for node in tree.css(sel)[:2]:
            flat = Walker().run(node)
            if flat.size >= data.body_min:
                return Body(flat, f"selector {sel}")
    scripted = [b for b in (embedded_body(tree), ld_body(ld)) if b is not None and b.flat.size >= data.body_min]
    if scripted:
        return max(scripted, key=lambda b: b.flat.size)
    region = densest(tree)
    if region is not None:
        flat = Walker().run(region)
        if flat.size >= data.body_min:
            return Body(flat, "density")
    return trafilatura_body(html) or Body(Flat(), "none")


def densest(tree: LexborHTMLParser) -> LexborNode | None:
    """The element whose own paragraphs (or <br>-separated lines) hold the most text."""
    score: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}

    def add(node: LexborNode | None, n: float) -> None:
        if node is not None and node.tag not in (None, "html", "body"):
            score[node.mem_id] = score.get(node.mem_id, 0.0) + n
            nodes[node.mem_id] = node

    for p in tree.css("p"):
        n = letters(p.text())
        if n >= 25 and len(p.css("a")) <= 2:
            add(p.parent, n)
            add(p.parent.parent if p.parent else None, n / 2)
    seen: set[int] = set()
    for br in tree.css("br"):
        parent = br.parent
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        own = sum(letters(c.text(deep=False) or "") for c in parent.iter(include_text=True) if c.tag == "-text")
        if own >= 25:
            add(parent, own)
    if not score:
        return None
    return nodes[max(score, key=lambda k: score[k])]


def embedded_body(tree: LexborHTMLParser) -> Body | None:
    """The largest escaped-HTML string in the page's scripts (Next.js, React stores)."""
    data = html_data()
    markers = data.embedded["html_markers"]
    best: Flat | None = None
    for script in tree.css("script"):
        attrs = script.attributes
        if attrs.get("src") or "ld+json" in (attrs.get("type") or ""):
            continue
        code = script.text(deep=True)
        if len(code) < data.embedded_min or not any(m in code for m in markers):
            continue
        for m in _LITERAL.finditer(code):
            fragment = _unescape(m.group(1))
            if fragment is None or not fragment.lstrip().startswith("<"):
                continue
            frag = LexborHTMLParser(fragment)
            root = frag.body or frag.root
            if root is None:
                continue
            flat = Walker().run(root)
            if best is None or flat.size > best.size:
                best = flat
    return Body(best, "embedded") if best is not None else None


def _unescape(literal: str) -> str | None:
    """A JSON string's content, decoded once, or twice when it was a string inside a string."""
    try:
        text = json.loads(f'"{literal}"')
    except ValueError:
        return None
    if "\\u003c" in text or '\\"' in text:
        with contextlib.suppress(ValueError):
            text = json.loads(f'"{text}"')
    return text if isinstance(text, str) else None


def embedded_fields(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """Values of the keys listed in ``[embedded]`` found in the page's scripts, by field."""
    data = html_data()
    code = "\n".join(s.text(deep=True) for s in tree.css("script")
                     if not s.attributes.get("src") and "ld+json" not in (s.attributes.get("type") or ""))
    by_key = {k: f for f, keys in data.embedded.items() if f in _FIELDS for k in keys}
    if not by_key:
        return {}
    keys = "|".join(sorted((re.escape(k) for k in by_key), key=len, reverse=True))
    out: dict[str, list[str]] = {}
    for m in re.finditer(rf'["\'](?P<key>{keys})\\?["\']\s*:\s*\\?"(?P<value>(?:[^"\\]|\\.)*?)\\?"', code):
        value = _unescape(m.group("value"))
        if value and value.strip() and value.strip() != "null":
            out.setdefault(by_key[m.group("key")], []).append(value.strip())
    return out


def ld_body(ld: list[dict[str, Any]]) -> Body | None:
    for obj in ld:
        text = obj.get("articleBody")
        if isinstance(text, str) and text.strip():
            if "<" in text and ">" in text:
                frag = LexborHTMLParser(text)
                root = frag.body or frag.root
                if root is not None:
                    return Body(Walker().run(root), "json-ld")
            return Body(_flat(re.split(r"\n+", text)), "json-ld")
    return None


def trafilatura_body(html: str) -> Body | None:
    """The general extractor, for pages no faster way reads."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, include_images=False)
    if not text:
        return None
    return Body(_flat(text.splitlines()), "trafilatura")


def _flat(lines: list[str]) -> Flat:
    flat = Flat()
    for line in lines:
        if squash(line):
            flat.add(squash(line))
    return flat
