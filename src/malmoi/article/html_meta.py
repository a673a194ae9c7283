"""What a page's markup says about its article: JSON-LD, Open Graph and
``article:`` meta tags, the headline element, bylines and printed dates."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from malmoi.article.dates import labelled_stamps, parse_datetime
from malmoi.article.hints import Hints
from malmoi.article.html_text import html_data, letters, node_lines, squash
from malmoi.article.lines import COMPANY_LINE, EMAIL, date_line, is_copyright, reporters_in
from malmoi.article.outlets import outlet_index
from malmoi.article.titles import strip_affixes
from malmoi.data import load_lines
from malmoi.model import Reporter

_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                  "BlogPosting", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting"}
_NAME = re.compile(r"^[가-힣]{2,4}$")
_ROLE = re.compile(r"\s*(?:선임기자|전문기자|객원기자|인턴기자|수습기자|사진기자|기자|특파원|논설위원|편집위원|대기자|PD|앵커)\b.*$")
_PAREN_TIME = re.compile(r"\((\d{1,2}:\d{2}(?::\d{2})?)\)")  # 2024.08.14 (19:12)
_COMPACT_DATE = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$")


def meta_tags(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """<meta> contents by lower-cased name/property/itemprop, in page order."""
    out: dict[str, list[str]] = {}
    for m in tree.css("meta"):
        attrs = m.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), []).append(squash(content))
    return out


def json_ld(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """The article objects of the page's JSON-LD (in @graph or lists too)."""
    found: list[dict[str, Any]] = []
    for s in tree.css("script[type='application/ld+json']"):
        try:
            data = json.loads(s.text(deep=True).strip(), strict=False)
        except ValueError:
            continue
        for obj in _objects(data):
            types = obj.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & _ARTICLE_TYPES:
                found.append(obj)
    return found


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for x in data:
            yield from _objects(x)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"])


def _str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return squash(str(value)) if isinstance(value, str | int) and str(value).strip() else None


def to_iso(value: str | None) -> str | None:
    """A date as pages write it (ISO, 2023.06.09 19:24, 20230609192400) to ISO in Korean time."""
    if not value:
        return None
    m = _COMPACT_DATE.match(value.strip())
    if m:
        y, mo, d, h, mi, s = m.groups()
        value = f"{y}-{mo}-{d}" + (f" {h}:{mi or '00'}:{s or '00'}" if h else "")
    return parse_datetime(value)


# --- title ---------------------------------------------------------------


def strip_site(title: str, site_names: list[str]) -> str:
    """Cut trailing '| 한국일보', '-정치ㅣ한국일보', ' - 매일경제', '< 사회 < 기사본문 - …' parts."""
    data = html_data()
    sections = set(load_lines("sections.txt"))
    words = tuple(data.site_words) + tuple(n for n in site_names if n)
    changed = True
    while changed:
        changed = False
        for sep in data.title_seps:
            head, found, tail = title.rpartition(sep)
            tail = tail.strip()
            if not found or not head.strip() or len(tail) > data.max_suffix:
                continue
            if (tail in sections or any(w in tail for w in words)
                    or outlet_index().alias(tail) is not None) and letters(head) >= 4:
                title, changed = head.strip(), True
                break
    return title


def choose_title(tree: LexborHTMLParser, meta: dict[str, list[str]], ld: list[dict[str, Any]],
                 site_names: list[str]) -> str | None:
    """The headline: a headline element the meta title confirms, else JSON-LD, else a stripped meta title."""
    data = html_data()
    page_title = tree.css_first("title")
    metas = [t for t in (*meta.get("og:title", ()), *meta.get("twitter:title", ()),
                         squash(page_title.text()) if page_title else "") if t]
    stripped = [strip_affixes(strip_site(t, site_names)).title for t in metas]
    named = [t for t in (*meta.get("headline", ()), *(_str(o.get("headline")) for o in ld)) if t]
    confirms = [_fold(t) for t in stripped + named]
    for sel in data.headline:
        for h in tree.css(sel)[:3]:
            text = _fold(" ".join(node_lines(h)))
            if len(text) >= 4 and any(text in t and len(text) * 3 >= len(t) * 2 for t in confirms):
                return " ".join(node_lines(h))
    if named:
        return named[0]
    if stripped:
        return min(stripped, key=len) if len({_fold(s) for s in stripped}) > 1 else stripped[0]
    return None


def _fold(s: str) -> str:
    return re.sub(r"[\W_]+", "", s).lower()


# --- reporters -------------------------------------------------------------


def person_name(text: str) -> str | None:
    """'박준석 기자 외 1명' → '박준석'; outlets and addresses are not names."""
    text = squash(EMAIL.sub("", text))
    if not text or text.startswith("http") or outlet_index().alias(text):
        return None
    name = _ROLE.sub("", text).strip()
    if _NAME.match(name):
        return name
    reps = reporters_in(text)
    if reps:
        return reps[0].name
    return name if 2 <= len(name) <= 30 and not re.search(r"[가-힣]", name) and " " in name else None


def merge_reporters(groups: list[list[Reporter]]) -> list[Reporter]:
    """The first group that names anyone, with e-mails filled in from the others."""
    out: list[Reporter] = []
    for r in next((g for g in groups if g), []):
        if r.name not in {o.name for o in out}:
            out.append(Reporter(r.name, r.email))
    for g in groups:
        for r in g:
            for o in out:
                if o.name == r.name and not o.email and r.email:
                    o.email = r.email
    # one reporter without an address, one address nobody has: a byline like '순천, 광양 구현모 기자 …'
    missing = [o for o in out if not o.email]
    taken = {o.email for o in out}
    spare = list(dict.fromkeys(r.email for g in groups for r in g if r.email and r.email not in taken))
    if len(missing) == 1 and len(spare) == 1:
        missing[0].email = spare[0]
    return out


def ld_reporters(ld: list[dict[str, Any]]) -> list[Reporter]:
    out: list[Reporter] = []
    for obj in ld[:1]:
        authors = obj.get("author") or []
        for a in authors if isinstance(authors, list) else [authors]:
            if isinstance(a, dict) and a.get("@type") not in (None, "Person"):
                continue
            raw = a.get("name") if isinstance(a, dict) else a
            name = person_name(raw) if isinstance(raw, str) else None
            email = a.get("email") if isinstance(a, dict) else None
            if name and name not in {r.name for r in out}:
                out.append(Reporter(name, email if isinstance(email, str) else None))
    return out


def meta_reporters(meta: dict[str, list[str]]) -> list[Reporter]:
    out: list[Reporter] = []
    for key in ("dable:author", "author", "article:author", "og:article:author", "byl"):
        for value in meta.get(key, ()):
            reps = reporters_in(value)
            if not reps:
                names = [person_name(v) for v in re.split(r"[,·]", value.removeprefix("By "))]
                reps = [Reporter(n) for n in names if n]
            for r in reps:
                if r.name not in {o.name for o in out}:
                    out.append(r)
        if out:
            return out
    return out


def byline_reporters(lines: list[str]) -> list[Reporter]:
    return merge_reporters([[r for line in lines for r in reporters_in(line)]])


# --- dates ---------------------------------------------------------------


def page_dates(tree: LexborHTMLParser | LexborNode) -> tuple[str | None, str | None]:
    """(published, modified) printed in the page: datestamp attributes, then labelled date lines."""
    data = html_data()
    pub = mod = None
    for attr in data.date_attrs:
        for n in tree.css(f"[{attr}]")[:4]:
            iso = to_iso(n.attributes.get(attr))
            if not iso:
                continue
            if attr in data.modified_attrs or "수정" in n.text() or "modify" in (n.attributes.get("class") or ""):
                mod = mod or iso
            else:
                pub = pub or iso
    if pub:
        return pub, mod
    for n in tree.css(data.date)[:12]:
        for line in node_lines(n) or [n.text()]:
            for kind, st in labelled_stamps(_PAREN_TIME.sub(r" \1", line)):
                if kind == "modified":
                    mod = mod or st.iso
                elif st.has_time or pub is None:
                    pub = pub or st.iso
        if pub and mod:
            break
    if pub is None:
        pub, mod = _visible_date(tree)
    return pub, mod


def visible_lines(tree: LexborHTMLParser | LexborNode) -> list[str]:
    """The page's text, line by line."""
    root = tree.body if isinstance(tree, LexborHTMLParser) else tree
    if root is None:
        return []
    return [x.strip() for x in root.text(separator="\n").split("\n") if x.strip()]


def footer_lines(tree: LexborHTMLParser) -> list[str]:
    """Copyright and company lines anywhere on the page (outside the article region too):
    the page's own name for its outlet."""
    lines = visible_lines(tree)
    return [x for x in lines[-200:] if len(x) <= 200 and (is_copyright(x) or COMPANY_LINE.match(x))][-6:]


def _visible_date(tree: LexborHTMLParser | LexborNode) -> tuple[str | None, str | None]:
    """No markup gives the date: a labelled date line in the page's visible text
    ('기사입력 :[ 2018-08-25 15:24 ]'), the first one that has a label."""
    for line in visible_lines(tree)[:600]:
        dl = date_line(line)
        if dl is not None and dl.labelled and dl.published:
            return dl.published, dl.modified
    return None, None


def best_date(*candidates: str | None) -> str | None:
    """The first date, or a later one of the same day that also gives the time."""
    dates = [c for c in candidates if c]
    if not dates:
        return None
    first = dates[0]
    if "T" not in first:
        for d in dates[1:]:
            if "T" in d and d.startswith(first):
                return d
    return first


# --- all of it -------------------------------------------------------------


def outlet_and_site(tree: LexborHTMLParser, meta: dict[str, list[str]], ld: list[dict[str, Any]],
                    url: str | None) -> tuple[str | None, str | None]:
    """(outlet, portal site) — a portal's page names the outlet that wrote the article."""
    idx = outlet_index()
    host = re.sub(r"^https?://", "", url or "").split("/", 1)[0].lower()
    for portal in html_data().portals:
        domains = portal["domains"]
        if host and isinstance(domains, list) and any(host == d or host.endswith("." + d) for d in domains):
            for sel in portal["outlet_selectors"]:
                for n in tree.css(str(sel))[:1]:
                    said = (n.attributes.get("content") or n.attributes.get("alt") or n.text()).split("|")[0].strip()
                    if said:
                        o = idx.alias(said)
                        return (o.name if o else said), str(portal["site"])
            return None, str(portal["site"])
    # the address votes with the rest of the page's evidence (article.sites.vote_url)
    names = [_str(obj.get("publisher")) for obj in ld] + list(meta.get("og:site_name", ()))
    for name in names:
        if name and (o := idx.alias(name)):
            return o.name, None
    return next((name for name in names if name), None), None


def section_of(meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> str | None:
    cands = [*meta.get("article:section", ()), *(s for o in ld if (s := _str(o.get("articleSection")))),
             *meta.get("content_category", ()), *meta.get("section", ())]
    return next((c for c in cands if re.search(r"[가-힣]", c)), cands[0] if cands else None)


def canonical_url(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("link[rel='canonical']")
    href = node.attributes.get("href") if node is not None else None
    return href if href and href.startswith("http") else None


def read_hints(tree: LexborHTMLParser, url: str | None) -> tuple[Hints, str | None]:
    """Hints from the page's metadata, and the portal site when the page is a portal's copy."""
    meta = meta_tags(tree)
    ld = json_ld(tree)
    url = url or next(iter(meta.get("og:url", ())), None) or canonical_url(tree)
    outlet, site = outlet_and_site(tree, meta, ld, url)
    site_names = [*meta.get("og:site_name", ()), outlet or "", site or ""]
    h = Hints(url=url, outlet=outlet)
    h.title = choose_title(tree, meta, ld, site_names)
    h.section = section_of(meta, ld)
    page_pub, page_mod = page_dates(tree)
    first = ld[0] if ld else {}
    h.published = best_date(to_iso(_str(first.get("datePublished"))),
                            *(to_iso(v) for k in ("article:published_time", "og:regdate", "pubdate", "date",
                                                  "publish-date", "article:published") for v in meta.get(k, ())),
                            page_pub)
    h.modified = best_date(to_iso(_str(first.get("dateModified"))),
                           *(to_iso(v) for k in ("article:modified_time", "og:updated_time", "lastmod")
                             for v in meta.get(k, ())),
                           page_mod)
    h.reporters = merge_reporters([ld_reporters(ld), meta_reporters(meta)])
    return h, site
