"""Where a page's address puts it: on a portal, board, blog or mirror that copies
other outlets' articles (``data/sites.toml``), or on an outlet's own web domain
(``data/outlets.toml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from malmoi.article.outlets import OutletVotes, host_of, outlet_index
from malmoi.data import load_toml


@dataclass(slots=True, frozen=True)
class Site:
    name: str
    kind: str  # portal | board | blog | aggregator | video


@lru_cache(maxsize=1)
def _marks() -> tuple[tuple[str, Site], ...]:
    return tuple((m, Site(s["name"], s["kind"])) for s in load_toml("sites.toml")["site"] for m in s.get("marks", ()))


@lru_cache(maxsize=1)
def _any_mark() -> re.Pattern[str]:
    """Any of the marks, to pass over in C the lines that hold none (most of a page)."""
    return re.compile("|".join(re.escape(m) for m, _ in _marks()))


def site_in_chrome(lines: list[str]) -> Site | None:
    """The copying site a flattened copy's own chrome names ('다음뉴스를 만나보세요', '張貼留言')."""
    marks = _marks()
    any_mark = _any_mark()
    for line in lines:
        if (len(line) <= 60 or "만나보세요" in line) and any_mark.search(line):
            for mark, site in marks:  # the first mark in the list's order names the site
                if mark in line:
                    return site
    return None


@lru_cache(maxsize=1)
def _sites() -> dict[str, Site]:
    out: dict[str, Site] = {}
    for s in load_toml("sites.toml")["site"]:
        for d in s["domains"]:
            out.setdefault(d.lower(), Site(s["name"], s["kind"]))
    return out


def site_of(url: str | None) -> Site | None:
    """The copying site a page's address is on, if any ('https://v.daum.net/v/1' → 다음 뉴스)."""
    host = host_of(url or "")
    sites = _sites()
    while host:
        if host in sites:
            return sites[host]
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
    return None


# n.news.naver.com/article/001/0014…, /mnews/article/001/…, read.naver?oid=001&aid=…
_NAVER_CODE = re.compile(r"(?:/article/(?:[a-z]+/)?|[?&]oid=)(\d{3})(?:/|&|$)")


def vote_url(url: str | None, votes: OutletVotes) -> Site | None:
    """The address votes for the outlet on whose web domain it is; a copying site's
    address votes for nobody and is returned instead."""
    if not url:
        return None
    site = site_of(url)
    if site is not None:
        if site.name == "네이버 뉴스" and (m := _NAVER_CODE.search(url)) and (o := outlet_index().by_naver.get(m.group(1))):
            votes.add("portal_code", o.name)
        return site
    hit = outlet_index().url_match(url)
    if hit is not None:
        votes.add("url_shared" if hit[1] else "url", hit[0].name)
    return None


_URL = re.compile(r"https?://[^\s)\]>\"']+")


def vote_links(lines: list[str], votes: OutletVotes) -> None:
    """An address of an outlet's page written in the text (a board user's '출처' link,
    a pasted link) is evidence for that outlet."""
    linked: set[str] = set()
    for line in lines:
        for url in _URL.findall(line):
            if site_of(url) is None and (hit := outlet_index().url_match(url)) and hit[0].name not in linked:
                linked.add(hit[0].name)  # once per outlet: a list of links is no stronger than one
                votes.add("link", hit[0].name)


def is_copying_site(name: str) -> bool:
    """'네이버 블로그', 'NAVER 뉴스', '오늘의유머': a copying site's own name, never an outlet."""
    key = "".join(name.split()).lower()
    names = {"".join(s["name"].split()).lower() for s in load_toml("sites.toml")["site"]}
    return key in names or any("".join(m.split()).lower() == key for m, _ in _marks())
