"""The outlets (``data/outlets.toml``): their names and aliases, e-mail and web domains,
looked up by any of them. Both stages read it: the article stage votes for a page's outlet,
the quote stage keeps outlets from speaking."""

from __future__ import annotations

import re
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
    email_owners: dict[str, frozenset[int]] = field(default_factory=dict)  # e-mail domain -> the outlets (by index) using it

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
        owners: dict[str, set[int]] = {}
        for k, o in enumerate(self.outlets):
            for e in o.emails:
                owners.setdefault(e, set()).add(k)
        self.email_owners = {e: frozenset(ks) for e, ks in owners.items()}
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
        # the outlets whose e-mail domain is the address's domain or a parent of it, looked up
        # suffix by suffix ('a.donga.com': 'a.donga.com', 'donga.com', 'com')
        users: frozenset[int] = self.email_owners.get(domain, frozenset())
        at = domain.find(".")
        while at >= 0:
            users = users | self.email_owners.get(domain[at + 1 :], frozenset())
            at = domain.find(".", at + 1)
        return len(users) > 1

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
