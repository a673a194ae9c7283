"""Quotes that run over several paragraphs of prose: a mark opened in one paragraph and
closed in a later one (a script wrapped line by line, a digest's credit on a line of its
own). Such paragraphs are read as one text, and each quote found in it is mapped back to
its paragraphs (spec: a direct quote over several lines or paragraphs is one quote)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from malmoi.model import Quote
from malmoi.quotes.spans import dangling, quote_spans

MAX_PARAGRAPHS = 4  # a quote longer than this is more likely a mark the page never closed
# what stands after a closing mark that ends a quote: a quotative ending, a speech act, a credit
_AFTER_CLOSE = re.compile(r"(?:\s*\(|(?:이?라고|고|이?라며|며|면서|이?라는|는|하고|라|이라)(?![가-힣])|,\s?[\"“]|\s?등|\s*$)")


def groups(body: Sequence[str], skip: set[int]) -> dict[int, int]:
    """First paragraph → last paragraph of each run read as one text."""
    out: dict[int, int] = {}
    i = 0
    while i < len(body):
        last = _closing(body, i, skip) if i not in skip and dangling(body[i]) is not None else None
        if last is None:
            i += 1
            continue
        out[i] = last
        i = last + 1
    return out


def _closing(body: Sequence[str], first: int, skip: set[int]) -> int | None:
    """The paragraph where every mark opened from ``body[first]`` on is closed, each quote that
    crosses a paragraph's end closing before a quote's end (a quotative, a credit, a list)."""
    for last in range(first + 1, min(first + MAX_PARAGRAPHS, len(body))):
        if last in skip:
            return None
        text = "\n".join(body[first : last + 1])
        if dangling(text) is not None:
            continue  # still open: '"\n최유나 기자 침착했다", "\n…'
        ends = [len("\n".join(body[first : k + 1])) for k in range(first, last)]
        for sp in quote_spans(text):
            crosses = any(sp.open < e < sp.close for e in ends)
            if crosses and not _AFTER_CLOSE.match(text, sp.close):
                return None
        return last
    return None


def read_joined(body: Sequence[str], first: int, last: int, detect: Callable[[str, int], list[Quote]]) -> list[Quote]:
    """The quotes of paragraphs ``first..last`` read as one text, each mapped back to the
    paragraph it starts in (and ``paragraph_end`` where it ends in a later one)."""
    paras = list(body[first : last + 1])
    offs = [0]
    for p in paras[:-1]:
        offs.append(offs[-1] + len(p) + 1)
    out = []
    joined = "\n".join(paras)
    for q in detect(joined, first):
        while q.start < q.end and joined[q.start] in " \n":
            q.start += 1  # '누리꾼들은 "⏎최유나 …': the words start on the next line
        while q.end > q.start and joined[q.end - 1] in " \n":
            q.end -= 1
        k1, s = _locate(offs, paras, q.start, start=True)
        k2, e = _locate(offs, paras, q.end, start=False)
        q.paragraph, q.start, q.end = first + k1, s, e
        q.paragraph_end = first + k2 if k2 > k1 else None
        q.text = paras[k1][s:e] if k2 == k1 else "\n".join([paras[k1][s:], *paras[k1 + 1 : k2], paras[k2][:e]])
        out.append(q)
    return out


def _locate(offs: list[int], paras: list[str], pos: int, start: bool) -> tuple[int, int]:
    """A position in the joined text as (paragraph, offset); a boundary belongs to the
    paragraph after it for a start and to the one before it for an end."""
    k = max(j for j, o in enumerate(offs) if (o <= pos if start else o < pos) or j == 0)
    return k, min(pos - offs[k], len(paras[k]))
