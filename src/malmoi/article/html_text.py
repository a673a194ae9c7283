"""An HTML subtree to text blocks in reading order, with its photo captions,
related-article links, bylines and sub-headlines set aside.

What counts as a caption, a byline or page furniture comes from
``data/html.toml``; this module only walks the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from selectolax.lexbor import LexborNode

from malmoi.article.dates import find_stamps
from malmoi.data import load_toml
from malmoi.model import Caption, Related

BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "table", "tbody", "thead", "tr", "td", "th", "figure",
    "figcaption", "pre", "hr", "center", "address",
))
SKIP_TAGS = frozenset((
    "script", "style", "noscript", "iframe", "button", "form", "input", "select", "textarea", "svg", "template",
    "video", "audio", "object", "embed", "canvas", "head", "img", "map", "picture", "source", "link", "meta", "title",
))
_WS = re.compile(r"\s+")
_NOT_LETTER = re.compile(r"[\W_]+")
_CAPTION_LEAD = re.compile(r"^[▲△▷■]\s*|^\[사진\]\s*")


@dataclass(frozen=True, slots=True)
class HtmlData:
    """The selectors and patterns of ``data/html.toml``, joined and compiled."""

    body: tuple[str, ...]
    body_min: int
    remove: str
    caption_boxes: str
    caption: str
    subtitle: str
    headline: tuple[str, ...]
    byline: str
    date: str
    date_attrs: tuple[str, ...]
    modified_attrs: tuple[str, ...]
    related: str
    title_seps: tuple[str, ...]
    site_words: tuple[str, ...]
    max_suffix: int
    drop: tuple[re.Pattern[str], ...]
    end: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    embedded: dict[str, list[str]]
    embedded_min: int
    portals: tuple[dict[str, list[str] | str], ...]


@lru_cache(maxsize=1)
def html_data() -> HtmlData:
    d = load_toml("html.toml")
    emb = {k: v for k, v in d["embedded"].items() if isinstance(v, list)}
    return HtmlData(
        body=tuple(d["body"]["selectors"]),
        body_min=int(d["body"]["min_chars"]),
        remove=", ".join(s for s in d["remove"]["selectors"] if s not in SKIP_TAGS),
        caption_boxes=", ".join(d["caption"]["containers"]),
        caption=", ".join(d["caption"]["selectors"]),
        subtitle=", ".join(d["subtitle"]["selectors"]),
        headline=tuple(d["headline"]["selectors"]),
        byline=", ".join(d["byline"]["selectors"]),
        date=", ".join(d["date"]["selectors"]),
        date_attrs=tuple(d["date"]["attributes"]),
        modified_attrs=tuple(d["date"]["modified_attributes"]),
        related=", ".join(d["related"]["selectors"]),
        title_seps=tuple(d["title"]["separators"]),
        site_words=tuple(d["title"]["site_words"]),
        max_suffix=int(d["title"]["max_suffix"]),
        drop=tuple(re.compile(p) for p in d["drop"]["patterns"]),
        end=tuple(re.compile(p) for p in d["drop"]["end"]),
        credit=tuple(re.compile(p) for p in d["credit"]["patterns"]),
        embedded=emb,
        embedded_min=int(d["embedded"]["min_chars"]),
        portals=tuple(d.get("portal", ())),
    )


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def letters(text: str) -> int:
    """How much text: letters and digits, Hangul or not."""
    return len(_NOT_LETTER.sub("", text))


def node_lines(node: LexborNode) -> list[str]:
    """The lines of a small element (a sub-headline, a caption): split at <br> and blocks."""
    return Walker().run(node, plain=True).blocks


def split_credit(text: str) -> Caption:
    """'… 만났다. 연합뉴스' → Caption('… 만났다.', '연합뉴스')."""
    text = _CAPTION_LEAD.sub("", squash(text))
    for pat in html_data().credit:
        m = pat.search(text)
        if not m or m.start() == 0:
            continue
        credit = m.group("credit").strip().lstrip("ⓒ©").strip()
        if credit.endswith(("다", "다.", "요")):
            continue
        return Caption(text[: m.start()].strip(), credit or None)
    return Caption(text, None)


@dataclass(slots=True)
class Flat:
    """A region read as text: body blocks and what was set aside."""

    blocks: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    subtitles: list[str] = field(default_factory=list)
    size: int = 0  # letters in the blocks

    def add(self, block: str) -> None:
        self.blocks.append(block)
        self.size += letters(block)


class Walker:
    """Depth-first over a subtree; text is cut into blocks at block tags and <br>."""

    def __init__(self) -> None:
        self.flat = Flat()
        self._buf: list[str] = []
        self._marks: dict[int, str] = {}
        self._plain = False
        self._ended = False  # after the closing byline or copyright line: no more body

    def run(self, node: LexborNode, plain: bool = False) -> Flat:
        self._plain = plain
        if not plain:
            self._mark(node)
        self._visit(node)
        self._flush()
        return self.flat

    def _mark(self, node: LexborNode) -> None:
        data = html_data()
        # later kinds win: a caption box inside a removed block is still removed
        for kind, sel in (("related", data.related), ("byline", data.byline), ("subtitle", data.subtitle),
                          ("caption", data.caption), ("box", data.caption_boxes), ("remove", data.remove)):
            for n in node.css(sel):
                if n.mem_id != node.mem_id:
                    self._marks[n.mem_id] = kind

    def _visit(self, node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self._buf.append(child.text(deep=False) or "")
                continue
            if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
                continue
            if tag == "br":
                self._flush()
                continue
            kind = self._marks.get(child.mem_id)
            if kind is not None:
                self._flush()
                self._aside(kind, child)
                continue
            block = tag in BLOCK_TAGS
            if block:
                self._flush()
            self._visit(child)
            if block:
                self._flush()

    def _aside(self, kind: str, node: LexborNode) -> None:
        if kind == "remove":
            return
        if kind in ("caption", "box"):
            cap = node.css_first(html_data().caption) if kind == "box" else node
            text = " ".join(node_lines(cap)) if cap is not None else ""
            if letters(text) >= 4:
                self.flat.captions.append(split_credit(text))
        elif kind == "byline":
            self.flat.bylines.append(" ".join(node_lines(node)))
            self._ended = self._ended or self.flat.size >= html_data().body_min
        elif kind == "subtitle":
            self.flat.subtitles.extend(node_lines(node))
        elif kind == "related":
            self.flat.related.extend(related_links(node))

    def _flush(self) -> None:
        if not self._buf:
            return
        line = squash("".join(self._buf))
        self._buf.clear()
        if not line or letters(line) == 0 or self._ended:
            return
        if not self._plain:
            data = html_data()
            if any(p.match(line) for p in data.end):
                self._ended = self.flat.size >= data.body_min
                return
            if any(p.match(line) for p in data.drop):
                return
        self.flat.add(line)


def related_links(node: LexborNode) -> list[Related]:
    """Headlines (with their dates where printed) of a related-article box."""
    out: list[Related] = []
    items = node.css("li") or node.css("a")
    for item in items:
        a = item if item.tag == "a" else item.css_first("a")
        title = squash(a.text() if a is not None else item.text())
        stamps = find_stamps(squash(item.text()))
        for st in stamps:
            title = title.replace(squash(item.text())[st.start:st.end], "").strip()
        title = title.strip("▶☞▷·- ")
        if letters(title) >= 6 and title not in {r.title for r in out}:
            out.append(Related(title, stamps[0].iso[:10] if stamps else None))
    return out
