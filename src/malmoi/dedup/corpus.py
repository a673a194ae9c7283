"""The fold of a corpus: copy clusters, wire families, quote provenance, speakers — incremental.

    corpus = Corpus()
    for record in records:
        folded = corpus.add(record)        # where it went: cluster, family, quote groups
    corpus.annotate(record)                # the record with its ``cluster`` and ``family``
    pickle.dumps(corpus)                   # keep it; load and add the next batch later

In a distributed job, :meth:`Corpus.sketch` is the map step (a pure function of a
record) and :meth:`Corpus.add` with the sketch the reduce step, in one process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from malmoi.dedup.copies import CopyIndex, Placement
from malmoi.dedup.provenance import QuoteIndex, QuoteLink
from malmoi.dedup.settings import FoldSettings
from malmoi.dedup.sketch import Sketch
from malmoi.dedup.speakers import SpeakerIndex
from malmoi.dedup.text import Record


@dataclass(slots=True)
class Folded:
    placement: Placement
    quotes: list[QuoteLink]
    speakers: dict[tuple[str, str], str]  # (type, name) -> entity id


@dataclass
class Corpus:
    settings: FoldSettings = field(default_factory=FoldSettings)
    backend_name: str = "datasketch"
    keep_links: bool = True
    """keep each article's quote links and speaker map (``fold_store`` writes them out instead)"""
    copies: CopyIndex = field(init=False)
    speakers: SpeakerIndex = field(default_factory=SpeakerIndex)
    quotes: QuoteIndex = field(init=False)
    quote_links: dict[str, list[QuoteLink]] = field(default_factory=dict)
    speaker_links: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.copies = CopyIndex(self.settings, self.backend_name)
        self.backend_name = self.copies.backend_name
        self.quotes = QuoteIndex(self.settings)

    def sketch(self, record: Record) -> Sketch:
        return self.copies.sketch(record)

    def add(self, record: Record, sketch: Sketch | None = None) -> Folded:
        rid = str(record.get("id"))
        if rid in self.copies.keys:
            place = self.copies.placement(rid, "known")
            return Folded(place, self.quote_links.get(rid, []), self.speaker_links.get(rid, {}))
        place = self.copies.add(record, sketch)
        ents = self.speakers.add(record)
        links = self.quotes.add(record, ents, place.cluster, place.family)
        if self.keep_links:
            self.quote_links[rid] = links
            self.speaker_links[rid] = ents
        return Folded(place, links, ents)

    def add_all(self, records: Iterable[Record]) -> list[Folded]:
        return [self.add(r) for r in records]

    def annotate(self, record: Record) -> Record:
        """The record with ``cluster``, ``family`` and ``canonical`` added (a new dict)."""
        rid = str(record.get("id"))
        cluster = self.copies.cluster_of(rid)
        return {**record, "cluster": cluster, "family": self.copies.family_of(rid),
                "canonical": self.copies.canonical(cluster) == rid}

    def speaker_summary(self, entity: str) -> dict[str, Any]:
        """An entity with its quotes counted once across copies and variants."""
        ent = self.speakers.entities[entity]
        groups = [g for g in self.quotes.groups.values() if g.speaker == entity]
        return {**ent.to_dict(), "quotes": sum(len(g.members) for g in groups), "quotes_once": len(groups)}
