"""Speakers across articles: one entity per real person, organisation, or anonymous source.

- A person is their canonical name with the organisations and titles the
  articles give: the same name with an agreeing organisation (or title) is one
  person; the same name with another organisation is another person.
- An organisation is its name, short forms expanded (``산업부`` → ``산업통상자원부``)
  and legal forms dropped.
- An anonymous source or a group (``A씨``, ``업계 관계자``, ``주민들``) is never the
  same entity in two articles: its entity is the article's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from malmoi.dedup.text import Record, squash

_LEGAL = re.compile(r"㈜|\(주\)|（주）|주식회사")


def _aliases() -> dict[str, str]:
    from malmoi.data import load_toml

    return {squash(k): squash(v) for k, v in load_toml("orgs.toml").get("aliases", {}).items()}


@dataclass(slots=True)
class Entity:
    id: str
    type: str  # person, organization, anonymous
    name: str
    titles: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)  # normalised
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "name": self.name, "titles": sorted(self.titles),
                "orgs": sorted(self.orgs), "articles": len(self.articles)}


def titles_agree(a: set[str], b: set[str]) -> bool:
    """Titles agree when either side has none, or one title ends the other (산업장관, 장관)."""
    if not a or not b:
        return True
    return any(x.endswith(y) or y.endswith(x) or x in y or y in x for x in a for y in b)


def orgs_agree(a: set[str], b: set[str]) -> bool:
    """Organisations agree when one names the other or a part of it (KAIST, KAIST물리학과)."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


@dataclass
class SpeakerIndex:
    """Entities over the corpus; ``add(record)`` maps the article's speaker names to entity ids."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=dict)
    org_alias: dict[str, str] = field(default_factory=_aliases)
    _keys: dict[str, str] = field(default_factory=dict)  # memo: titles and organisations recur

    def org_key(self, name: str) -> str:
        key = self._keys.get("o" + name)
        if key is None:
            key = squash(_LEGAL.sub("", name))
            key = self.org_alias.get(key, key)
            key = self._keys["o" + name] = key.removesuffix("측") if len(key) > 2 else key
        return key

    def title_key(self, title: str) -> str:
        key = self._keys.get("t" + title)
        if key is None:
            key = self._keys["t" + title] = squash(title)
        return key

    def add(self, record: Record) -> dict[tuple[str, str], str]:
        """(type, name) -> entity id for everyone the article quotes or names."""
        rid = str(record.get("id"))
        facts = self._facts(record)
        out: dict[tuple[str, str], str] = {}
        for (kind, name), (titles, orgs) in facts.items():
            if kind == "person":
                ent = self._person(name, titles, orgs)
            elif kind == "organization":
                ent = self._organisation(name)
            else:
                ent = self._local(kind, name, rid)
            if not ent.articles or ent.articles[-1] != rid:
                ent.articles.append(rid)
            out[(kind, name)] = ent.id
        return out

    def _facts(self, record: Record) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
        facts: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
        for p in record.get("people") or []:
            if isinstance(p, dict) and p.get("name"):
                titles, orgs = facts.setdefault(("person", p["name"]), (set(), set()))
                titles.update(self.title_key(t) for t in p.get("titles") or [] if t)
                orgs.update(self.org_key(o) for o in p.get("orgs") or [] if o)
        for q in record.get("quotes") or []:
            s = q.get("speaker") or {}
            name, kind = s.get("name"), s.get("type") or "unknown"
            if not name or kind == "unknown":
                continue
            titles, orgs = facts.setdefault((kind, name), (set(), set()))
            if kind == "person" and s.get("title"):
                titles.add(self.title_key(s["title"]))
            if kind == "person" and s.get("org"):
                orgs.add(self.org_key(s["org"]))
        return facts

    def _person(self, name: str, titles: set[str], orgs: set[str]) -> Entity:
        cands = [self.entities[i] for i in self.by_name.get(name, [])]
        pick = None
        if orgs:
            same = [e for e in cands if orgs_agree(e.orgs, orgs)]
            free = [e for e in cands if not e.orgs and titles_agree(e.titles, titles)]
            pick = max(same or free, key=lambda e: len(e.articles), default=None)
        else:
            fits = [e for e in cands if titles_agree(e.titles, titles)]
            pick = max(fits, key=lambda e: len(e.articles), default=None)
        if pick is None:
            pick = Entity(f"p:{name}:{len(cands) + 1}", "person", name)
            self.entities[pick.id] = pick
            self.by_name.setdefault(name, []).append(pick.id)
        pick.titles |= titles
        pick.orgs |= orgs
        return pick

    def _organisation(self, name: str) -> Entity:
        key = self.org_key(name)
        eid = f"o:{key}"
        ent = self.entities.get(eid)
        if ent is None:
            ent = self.entities[eid] = Entity(eid, "organization", name)
        return ent

    def _local(self, kind: str, name: str, rid: str) -> Entity:
        eid = f"a:{rid}:{name}"
        ent = self.entities.get(eid)
        if ent is None:
            ent = self.entities[eid] = Entity(eid, kind, name)
        return ent
