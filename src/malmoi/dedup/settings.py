"""Every setting of the fold, declared once with its default and what it does."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class FoldSettings:
    """Thresholds of the fold. The defaults are the ones the tests pin."""

    shingle: int = 5
    """characters in a shingle of the squashed body"""
    num_perm: int = 128
    """MinHash permutations"""
    rensa_perm: int = 120
    """MinHash permutations with rensa, whose LSH bands must divide them (120 has many divisors)"""
    seed: int = 1
    """MinHash seed (signatures of one index must share it)"""
    body_threshold: float = 0.3
    """LSH Jaccard threshold for candidates over the whole body"""
    lead_chars: int = 200
    """the first characters of the squashed body hashed for the lead index (cut copies)"""
    lead_threshold: float = 0.6
    """LSH Jaccard threshold for candidates over the lead"""
    sample_mod: int = 8
    """one shingle hash in this many is kept, with its position, to verify candidates"""
    min_body: int = 40
    """a squashed body shorter than this is folded by exact hash (with its headline) only"""
    min_shared: int = 6
    """sampled shingles two bodies must share to be related at all"""
    copy_containment: float = 0.8
    """a copy: the share of the smaller body's samples found in the other"""
    lead_dense: int = 120
    """the first shingles of the body kept whole, to see where two bodies start sharing"""
    copy_head: int = 30
    """a copy: characters allowed before the shared text starts, in either body (chrome)"""
    copy_run: int = 15
    """a copy: shingles in a row the two starts share (longer than a chrome line)"""
    copy_hole: int = 6
    """a copy: unshared samples in a row allowed inside the shared text (a chrome line)"""
    copy_gap: float = 0.03
    """a copy: share of unshared samples allowed inside the shared text, all holes together"""
    copy_block: float = 0.8
    """a copy: share of the shared samples that lie in one block"""
    family_shared: int = 20
    """a wire family: sampled shingles shared at least (about 160 characters of common text)"""
    family_of_larger: float = 0.35
    """a wire family: the share of the larger body's samples shared (a teaser links no story)"""
    family_containment: float = 0.6
    """a wire family (rewrite): the share of the smaller body's samples found in the other"""
    quote_min: int = 6
    """squashed characters a quote needs to be matched by containment (shorter: exact only)"""
    quote_similarity: float = 0.6
    """trigram containment of two squashed quotes that makes them reworded variants"""
    quote_length_ratio: float = 0.5
    """reworded variants: the shorter has at least this share of the longer's length"""
    headline_similarity: float = 0.5
    """trigram containment of a headline quote in a body quote that ties them"""
