"""Which outlet wrote a page: from its name lines, e-mail domains, web domains,
copyright lines and wire datelines. The outlets live in ``data/outlets.toml``.

Each piece of evidence is named (``masthead``, ``url``, ``copyright``, …) and
weighted by the ``[evidence]`` table of ``outlets.toml``; :class:`OutletVotes`
sums them and the heaviest outlet wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from malmoi.data import load_toml
from malmoi.korean.alternation import alternation


@dataclass(slots=True, frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    emails: tuple[str, ...]
    domains: tuple[str, ...]
    family: str = ""
    naver: str = ""  # the outlet's code in Naver News addresses
    timezone: str = ""  # an IANA zone where the outlet prints local times (LA중앙일보: America/Los_Angeles)


@dataclass(slots=True)
class OutletIndex:
    outlets: list[Outlet]
    by_alias: dict[str, Outlet] = field(default_factory=dict)
    by_email: dict[str, Outlet] = field(default_factory=dict)
    by_domain: dict[str, Outlet] = field(default_factory=dict)
    by_naver: dict[str, Outlet] = field(default_factory=dict)
    alias_re: re.Pattern[str] | None = None
    shared_domains: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for o in self.outlets:
            for a in (o.name, *o.aliases):
                self.by_alias.setdefault(_key(a), o)
            for e in o.emails:
                self.by_email.setdefault(e.lower(), o)
            for d in o.domains:
                self.by_domain.setdefault(d.lower(), o)
            if o.naver:
                self.by_naver.setdefault(o.naver, o)
        names = {a for o in self.outlets for a in (o.name, *o.aliases) if len(a) >= 2}
        self.alias_re = re.compile(alternation(names, ignore_case=True), re.I)  # the longest name at a place

    def alias(self, text: str) -> Outlet | None:
        return self.by_alias.get(_key(text))

    def email(self, address: str) -> Outlet | None:
        domain = address.rsplit("@", 1)[-1].lower()
        while domain:
            if domain in self.by_email:
                return self.by_email[domain]
            if "." not in domain:
                return None
            domain = domain.split(".", 1)[1]
        return None

    def shared(self, address: str) -> bool:
        """An e-mail domain that several outlets use (donga.com: 동아일보, 채널A, 주간동아)."""
        domain = address.rsplit("@", 1)[-1].lower()
        return sum(1 for o in self.outlets if any(domain == e or domain.endswith("." + e) for e in o.emails)) > 1

    def url(self, url: str) -> Outlet | None:
        hit = self.url_match(url)
        return hit[0] if hit else None

    def url_match(self, url: str) -> tuple[Outlet, bool] | None:
        """The outlet whose web domain (or a parent of it) the address is on, and whether
        that domain is shared by several outlets (mt.co.kr: 머니투데이, 머니S, 스타뉴스)."""
        host = host_of(url)
        while host:
            if host in self.by_domain:
                return self.by_domain[host], self.domain_shared(host)
            if "." not in host:
                return None
            host = host.split(".", 1)[1]
        return None

    def domain_shared(self, domain: str) -> bool:
        return domain in self.shared_domains or sum(1 for o in self.outlets if domain in o.domains) > 1

    def mentioned(self, text: str) -> Outlet | None:
        """The first outlet named in a piece of text (a dateline, a copyright line)."""
        assert self.alias_re is not None
        m = self.alias_re.search(text)
        return self.alias(m.group(0)) if m else None


def host_of(url: str) -> str:
    """'https://m.news.example.co.kr/a?b' → 'news.example.co.kr' (no www./m./mobile. prefix)."""
    m = re.match(r"(?:[a-z]+://)?([^/:?#]+)", url.strip(), re.I)
    host = m.group(1).lower() if m else ""
    for pfx in ("www.", "www1.", "m.", "mobile.", "amp."):
        host = host.removeprefix(pfx)
    return host


def _key(s: str) -> str:
    return "".join(s.split()).lower()  # str.split() and the regex \s take the same white space


@lru_cache(maxsize=1)
def outlet_index() -> OutletIndex:
    data = load_toml("outlets.toml")
    outs = [
        Outlet(o["name"], tuple(o.get("aliases", ())), tuple(o.get("emails", ())), tuple(o.get("domains", ())),
               o.get("family", ""), o.get("naver", ""), o.get("timezone", ""))
        for o in data["outlet"]
    ]
    return OutletIndex(outs, shared_domains=frozenset(data.get("domains", {}).get("shared", ())))


# (서울=연합뉴스) 홍길동 기자 = / [서울=뉴시스] / (세종=뉴스1)
DATELINE = re.compile(r"[(\[【]\s*([가-힣A-Za-z ]{1,12})\s*=\s*([^)\]】]{2,20}?)\s*[)\]】]")
# ⓒ 연합뉴스 / 저작권자 © 서울경제 / Copyright ⓒ ZDNet Korea / <저작권자ⓒ 뉴스1>
COPYRIGHT = re.compile(r"(?:ⓒ|©|\(c\)|\(C\)|저작권자|Copyright|copyright|COPYRIGHT)")


def outlet_from_dateline(line: str) -> tuple[str, str] | None:
    """(place, outlet name) from a wire dateline, e.g. ('서울', '연합뉴스')."""
    m = DATELINE.search(line)
    if not m:
        return None
    o = outlet_index().alias(m.group(2))
    return (m.group(1).strip(), o.name) if o else None


@lru_cache(maxsize=1)
def evidence_weights() -> dict[str, int]:
    """How much each kind of evidence counts (``[evidence]`` in outlets.toml)."""
    return {k: int(v) for k, v in load_toml("outlets.toml")["evidence"].items()}


@dataclass(slots=True)
class OutletVotes:
    """Named, weighted evidence for the outlet: ``votes.add("copyright", "연합뉴스")``."""

    counts: Counter[str] = field(default_factory=Counter)
    seen: list[tuple[str, str]] = field(default_factory=list)

    def add(self, kind: str, name: str) -> None:
        self.counts[name] += evidence_weights()[kind]
        self.seen.append((kind, name))

    def __bool__(self) -> bool:
        return bool(self.counts)

    def best(self) -> str | None:
        if not self.counts:
            return None
        top = max(self.counts.values())
        # ties go to the outlet whose evidence came first
        return next(name for _, name in self.seen if self.counts[name] == top)

    def kinds(self, name: str) -> set[str]:
        return {k for k, n in self.seen if n == name}
