"""The corpus: copy clusters and wire families, quote provenance, speakers across articles.

    from malmoi.dedup import Corpus, fold_store
    corpus = Corpus()
    corpus.add_all(records)      # incremental: add more later, or pickle it
    fold_store("malmoi.db")      # the same over a store, into its own tables

See docs/dedup.md.
"""

from malmoi.dedup.copies import Cluster, CopyIndex, Placement, relation
from malmoi.dedup.corpus import Corpus, Folded
from malmoi.dedup.provenance import QuoteGroup, QuoteIndex, QuoteLink
from malmoi.dedup.settings import FoldSettings
from malmoi.dedup.sketch import Sketch, make_sketch
from malmoi.dedup.speakers import Entity, SpeakerIndex
from malmoi.dedup.store import FoldReport, fold_store

__all__ = [
    "Cluster",
    "CopyIndex",
    "Corpus",
    "Entity",
    "FoldReport",
    "FoldSettings",
    "Folded",
    "Placement",
    "QuoteGroup",
    "QuoteIndex",
    "QuoteLink",
    "Sketch",
    "SpeakerIndex",
    "fold_store",
    "make_sketch",
    "relation",
]
