"""Quote provenance: the same words of the same speaker across articles, with their variants.

A body quote joins a group of its speaker when its squashed text is the same
(``exact``), is contained in a quote of the group or contains it (``shortened``),
or shares most of its character trigrams (``reworded``). A headline quote joins
the group of the body quote its record's fidelity names, else a group of the
same speaker whose words it shortens or rewords; a headline quote that matches
no body quote anywhere in the corpus is flagged ``unsupported``: words nobody said.

Speakers are entities of :mod:`malmoi.dedup.speakers`; anonymous and unknown
speakers are grouped only within one wire family (the same story), since the
same ``A씨`` in two stories is two people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from malmoi.dedup.settings import FoldSettings
from malmoi.dedup.text import squash, trigrams


class Occurrence(NamedTuple):
    """One quote of one article in a group (a tuple: a large corpus keeps and pickles many)."""

    article: str
    idx: int  # index into the record's quotes
    place: str  # body, headline, caption
    variant: str  # exact, shortened, reworded, headline
    published: str | None
    outlet: str | None
    cluster: str
    fidelity: str | None = None  # headline quotes: the record's fidelity level


@dataclass(slots=True)
class QuoteGroup:
    id: str
    speaker: str  # entity id, or a family-scoped key for anonymous and unknown speakers
    speaker_name: str
    text: str  # the first body text seen, as written
    key: str  # its squashed form
    members: list[Occurrence] = field(default_factory=list)
    variants: dict[str, str] = field(default_factory=dict)  # squashed -> as written

    def first(self) -> Occurrence | None:
        body = [m for m in self.members if m.place != "headline"] or self.members
        # at the same time, the first article of its copy cluster (the outlet's page, not the copy)
        return min(body, key=lambda m: (m.published or "9999", m.article != m.cluster, m.article), default=None)

    def summary(self) -> dict[str, Any]:
        first = self.first()
        heads = [m for m in self.members if m.place == "headline"]
        return {
            "id": self.id, "speaker": self.speaker, "speaker_name": self.speaker_name,
            "text": self.text, "variants": sorted(self.variants.values()),
            "first_article": first.article if first else None,
            "first_published": first.published if first else None,
            "articles": len({m.article for m in self.members}),
            "clusters": len({m.cluster for m in self.members}),
            "outlets": sorted({m.outlet for m in self.members if m.outlet}),
            "headlines": [{"article": m.article, "idx": m.idx, "fidelity": m.fidelity} for m in heads],
        }


@dataclass(slots=True)
class Bucket:
    """One speaker's quotes: exact texts, and a trigram index over the distinct texts."""

    exact: dict[str, str] = field(default_factory=dict)  # squashed text -> group id
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # squashed text -> its words
    grams: dict[str, set[str]] = field(default_factory=dict)  # trigram -> squashed texts
    pending: list[tuple[str, int, frozenset[str], str]] = field(default_factory=list)


@dataclass(slots=True)
class QuoteLink:
    article: str
    idx: int
    group: str | None  # None: a headline quote that matches nothing (yet)
    variant: str


def _score(a: str, ga: frozenset[str], b: str, gb: frozenset[str]) -> float:
    if a in b or b in a:
        return 1.0
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / min(len(ga), len(gb))


def words_of(text: str) -> frozenset[str]:
    """The squashed words of a quote: word order and endings aside, what it is made of."""
    return frozenset(w for w in (squash(x) for x in text.split()) if w)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass
class QuoteIndex:
    settings: FoldSettings = field(default_factory=FoldSettings)
    groups: dict[str, QuoteGroup] = field(default_factory=dict)
    buckets: dict[str, Bucket] = field(default_factory=dict)
    unsupported: dict[tuple[str, int], Occurrence] = field(default_factory=dict)  # headline quotes
    resolved: list[QuoteLink] = field(default_factory=list)  # headline quotes tied later; drained by the store

    def speaker_key(self, quote: dict[str, Any], entities: dict[tuple[str, str], str], family: str) -> str:
        s = quote.get("speaker") or {}
        kind, name = s.get("type") or "unknown", s.get("name") or ""
        if kind in ("person", "organization") and (kind, name) in entities:
            return entities[(kind, name)]
        return f"f:{family}:{name}"

    def add(self, record: dict[str, Any], entities: dict[tuple[str, str], str], cluster: str, family: str) -> list[QuoteLink]:
        """Every quote of one record, body quotes first, then the headlines."""
        quotes = record.get("quotes") or []
        links: dict[int, QuoteLink] = {}
        order = sorted(range(len(quotes)), key=lambda i: quotes[i].get("in") == "headline")
        for i in order:
            q = quotes[i]
            occ = Occurrence(str(record.get("id")), i, q.get("in") or "body", "", record.get("published"),
                             record.get("outlet"), cluster)
            speaker = self.speaker_key(q, entities, family)
            name = (q.get("speaker") or {}).get("name") or ""
            if occ.place == "headline":
                others = [self.speaker_key(quotes[j], entities, family) for j in order if j != i]
                links[i] = self._headline(q, occ, [speaker, *others], links)
            else:
                links[i] = self._body(q, occ, speaker, name)
        return [links[i] for i in range(len(quotes))]

    # body quotes

    def _body(self, q: dict[str, Any], occ: Occurrence, speaker: str, name: str) -> QuoteLink:
        text = str(q.get("text") or "")
        key = squash(text)
        bucket = self.buckets.setdefault(speaker, Bucket())
        gid = bucket.exact.get(key)
        variant = "exact"
        if gid is None:
            gid, variant = self._match(bucket, key, words=words_of(text))
            if gid is None:
                gid, variant = f"q:{occ.article}:{occ.idx}", "exact"
                self.groups[gid] = QuoteGroup(gid, speaker, name, text, key)
            bucket.exact[key] = gid
            bucket.words[key] = words_of(text)
            self.groups[gid].variants.setdefault(key, text)
            for g in trigrams(key):
                bucket.grams.setdefault(g, set()).add(key)
            self._resolve_pending(bucket, key, gid)
        group = self.groups[gid]
        if variant == "exact" and key != group.key:
            variant = "shortened" if key in group.key or group.key in key else "reworded"
        group.members.append(occ._replace(variant=variant))
        return QuoteLink(occ.article, occ.idx, gid, variant)

    def _match(self, bucket: Bucket, key: str, threshold: float | None = None, ratio: float | None = None,
               words: frozenset[str] = frozenset()) -> tuple[str | None, str]:
        s = self.settings
        threshold = s.quote_similarity if threshold is None else threshold
        ratio = s.quote_length_ratio if ratio is None else ratio
        grams = trigrams(key)
        counts: dict[str, int] = {}
        for g in grams:
            for other in bucket.grams.get(g, ()):
                counts[other] = counts.get(other, 0) + 1
        best, best_score = None, 0.0
        for other, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:50]:
            short, long_ = sorted((key, other), key=len)
            if short in long_ and len(short) >= s.quote_min:
                score = 1.0
            elif len(short) < ratio * len(long_):
                continue
            else:
                score = max(_score(key, grams, other, trigrams(other)),
                            _overlap(words, bucket.words.get(other, frozenset())) if len(words) >= 3 else 0.0)
            if score >= threshold and score > best_score:
                best, best_score = other, score
        if best is None:
            return None, ""
        short, long_ = sorted((key, best), key=len)
        return bucket.exact[best], "shortened" if short in long_ else "reworded"

    # headline quotes

    def _headline(self, q: dict[str, Any], occ: Occurrence, speakers: list[str], links: dict[int, QuoteLink]) -> QuoteLink:
        """Tie a headline quote to the words it puts in marks.

        Searched: the body quotes its fidelity names; the groups of its speaker; then those of
        the article's other speakers (a headline's subject may be the organisation whose
        spokesman the body quotes).
        """
        fid = q.get("fidelity") or {}
        occ = occ._replace(variant="headline", fidelity=fid.get("level") if isinstance(fid, dict) else None)
        gid = None
        for j in fid.get("body_quotes") or [] if isinstance(fid, dict) else []:
            link = links.get(j)
            if link is not None and link.group is not None:
                gid = link.group
                break
        key = squash(str(q.get("text") or ""))
        for speaker in dict.fromkeys(speakers):
            if gid is None and speaker in self.buckets and key:
                gid, _ = self._match(self.buckets[speaker], key, self.settings.headline_similarity, 0.0)
        if gid is None:
            self.unsupported[(occ.article, occ.idx)] = occ
            bucket = self.buckets.setdefault(speakers[0], Bucket())
            bucket.pending.append((occ.article, occ.idx, trigrams(key), key))
            return QuoteLink(occ.article, occ.idx, None, "headline")
        self.groups[gid].members.append(occ)
        return QuoteLink(occ.article, occ.idx, gid, "headline")

    def _resolve_pending(self, bucket: Bucket, key: str, gid: str) -> None:
        """A new body text may be the words an earlier headline put in marks."""
        if not bucket.pending:
            return
        grams = trigrams(key)
        keep = []
        for art, idx, hgrams, hkey in bucket.pending:
            if hkey and _score(hkey, hgrams, key, grams) >= self.settings.headline_similarity:
                occ = self.unsupported.pop((art, idx), None)
                if occ is not None:
                    self.groups[gid].members.append(occ)
                    self.resolved.append(QuoteLink(art, idx, gid, "headline"))
            else:
                keep.append((art, idx, hgrams, hkey))
        bucket.pending = keep
