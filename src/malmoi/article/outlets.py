"""Which outlet wrote a page: from its name lines, e-mail domains, web domains,
copyright lines and wire datelines. The outlets live in ``data/outlets.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from malmoi.data import load_toml


@dataclass(slots=True, frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    emails: tuple[str, ...]
    domains: tuple[str, ...]
    family: str = ""


@dataclass(slots=True)
class OutletIndex:
    outlets: list[Outlet]
    by_alias: dict[str, Outlet] = field(default_factory=dict)
    by_email: dict[str, Outlet] = field(default_factory=dict)
    by_domain: dict[str, Outlet] = field(default_factory=dict)
    alias_re: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        for o in self.outlets:
            for a in (o.name, *o.aliases):
                self.by_alias.setdefault(_key(a), o)
            for e in o.emails:
                self.by_email.setdefault(e.lower(), o)
            for d in o.domains:
                self.by_domain.setdefault(d.lower(), o)
        names = sorted({a for o in self.outlets for a in (o.name, *o.aliases) if len(a) >= 2}, key=len, reverse=True)
        self.alias_re = re.compile("|".join(re.escape(n) for n in names), re.I)

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
        m = re.match(r"(?:https?://)?([^/:?#]+)", url.strip())
        host = m.group(1).lower() if m else ""
        host = host.removeprefix("www.").removeprefix("m.")
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            if "." not in host:
                return None
            host = host.split(".", 1)[1]
        return None

    def mentioned(self, text: str) -> Outlet | None:
        """The first outlet named in a piece of text (a dateline, a copyright line)."""
        assert self.alias_re is not None
        m = self.alias_re.search(text)
        return self.alias(m.group(0)) if m else None


def _key(s: str) -> str:
    return re.sub(r"\s+", "", s).lower()


@lru_cache(maxsize=1)
def outlet_index() -> OutletIndex:
    data = load_toml("outlets.toml")
    outs = [
        Outlet(o["name"], tuple(o.get("aliases", ())), tuple(o.get("emails", ())), tuple(o.get("domains", ())), o.get("family", ""))
        for o in data["outlet"]
    ]
    return OutletIndex(outs)


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
