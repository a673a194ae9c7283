"""Quotation-mark spans and quote-aware sentence boundaries in one paragraph."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from malmoi.korean import memo

# Marks by class. Real pages mix them ('"…”', '“…"'): within a class any closer closes.
OPENERS = {"“": "d", "„": "d", "‘": "s", "‚": "s", "`": "s", "「": "c", "『": "w", "《": "a", "〈": "b"}  # `…' on older pages
CLOSERS = {"”": "d", "’": "s", "」": "c", "』": "w", "》": "a", "〉": "b"}
TOGGLES = {'"': "d", "″": "d", "＂": "d", "'": "s", "＇": "s", "′": "s"}  # ′…′: a prime for a mark
DOUBLE = {'"', "“", "„", "″", "＂", "「", "『"}


@dataclass(slots=True, frozen=True)
class Span:
    """A quoted stretch: marks at ``open`` and ``close - 1``; the words in between."""

    open: int
    close: int  # one past the closing mark
    mark: str

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close - 1

    @property
    def double(self) -> bool:
        return self.mark in DOUBLE


def quote_spans(text: str) -> list[Span]:
    """Top-level quoted spans; quotes inside quotes are not returned."""
    return list(_scanned(text)[0])


def dangling(text: str) -> int | None:
    """Where a double mark opens that ``text`` never closes (a quote the next paragraph goes
    on with), or None."""
    stack = _scanned(text)[1]
    return stack[0][2] if stack and stack[0][1] in DOUBLE else None


@memo.register
@lru_cache(maxsize=1024)
def _scanned(text: str) -> tuple[tuple[Span, ...], tuple[tuple[str, str, int], ...]]:
    """:func:`_scan`, once per text: a paragraph is scanned by the joined-paragraph pass, then by detection."""
    spans, stack = _scan(text)
    return tuple(spans), tuple(stack)


def _scan(text: str) -> tuple[list[Span], list[tuple[str, str, int]]]:
    spans: list[Span] = []
    stack: list[tuple[str, str, int]] = []  # (class, mark, position)

    def close(cls: str, i: int) -> None:
        while stack and stack[-1][0] != cls:
            stack.pop()  # a dangling inner mark
        _, mark, pos = stack.pop()
        if not stack:
            spans.append(Span(pos, i + 1, mark))

    for hit in _MARKS.finditer(text):  # only the marks do anything: the regex skips the rest in C
        i = hit.start()
        ch = text[i]
        if ch in OPENERS:
            stack.append((OPENERS[ch], ch, i))
        elif ch in CLOSERS:
            if any(c == CLOSERS[ch] for c, _, _ in stack):
                close(CLOSERS[ch], i)
            elif _mismatched_close(text, i, stack):
                close(stack[-1][0], i)  # '"…’며': a quote opened with one mark, closed with another
            elif _opens_here(text, i):
                stack.append((CLOSERS[ch], ch, i))  # '”…”': a page that opens with the closing mark
        elif ch in TOGGLES:
            cls = TOGGLES[ch]
            if cls == "s" and _apostrophe(text, i):
                continue
            if any(c == cls for c, _, _ in stack):
                close(cls, i)
            elif _mismatched_close(text, i, stack):
                close(stack[-1][0], i)  # '"…'며 연행을 거부했다'
            else:
                stack.append((cls, ch, i))
    return [s for s in spans if s.end > s.start], stack


_MARKS = re.compile("[" + re.escape("".join([*OPENERS, *CLOSERS, *TOGGLES])) + "]")
_ENDING_AFTER = re.compile(r"(?:이라고|라고|이라며|라며|며|면서|고|이라는|라는|는|를|을|하고)(?=[\s,.]|$)")


def _mismatched_close(text: str, i: int, stack: list[tuple[str, str, int]]) -> bool:
    """A single mark closing a double-marked quote (or the other way round) where a quotative
    ending follows it and the quote it would close has no mark of its own kind open."""
    if len(stack) != 1 or stack[-1][0] not in ("d", "s"):
        return False
    before = text[i - 1] if i > 0 else " "
    return not before.isspace() and _ENDING_AFTER.match(text, i + 1) is not None and i - stack[-1][2] > 2


def _opens_here(text: str, i: int) -> bool:
    """A closing mark where an opening one belongs: at the start or after a space, before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{–—-:") and not after.isspace() and after not in ".,!?)"


def _apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


# a sentence ends before white space; on pages that glue sentences ('…했다.윤 위원장은'), also
# where '다.' meets the next word
# (matched from the mark, so the regex tries only where one stands; the boundary is the match's end)
_BOUNDARY = re.compile(r"[.?!](?:[\"”’']?(?=\s)|(?<=[가-힣]다\.)(?=[가-힣]))")


def sentences(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a boundary inside a quote is not one."""
    opens = [s.open for s in spans]  # top-level spans do not overlap: sorted by where they open
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        pos = m.end()
        k = bisect_left(opens, pos) - 1  # the last span that opens before pos
        if k >= 0 and spans[k].open < pos < spans[k].close:
            continue
        if text[pos - 2 : pos - 1] in ("?", "!") and text[pos - 1] in "\"”’'" and re.match(r"\s[\"“'‘]", text[pos : pos + 2]):
            continue  # '"이게 도발이냐?" "당연히 그렇다"고': one sentence of two quotes
        prev = text[pos - 2] if pos >= 2 else ""
        if text[pos - 1] == "." and prev.isdigit() and pos < len(text) - 1 and text[pos + 1 : pos + 2].isdigit():
            continue
        cuts.append(pos)
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        if b > a:
            out.append((a, b))
    return out


def by_sentence(sents: list[tuple[int, int]], starts: list[int]) -> list[list[int]]:
    """For each sentence, the indices of the items whose start falls inside it, in one sweep
    (both lists sorted): linear in sentences and items, however many quotes a paragraph holds."""
    out: list[list[int]] = [[] for _ in sents]
    k = 0
    for n, (lo, hi) in enumerate(sents):
        while k < len(starts) and starts[k] < lo:
            k += 1
        while k < len(starts) and starts[k] < hi:
            out[n].append(k)
            k += 1
    return out
