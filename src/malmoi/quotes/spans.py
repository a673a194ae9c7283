"""Quotation-mark spans and quote-aware sentence boundaries in one paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》"}
CLOSERS = {v: k for k, v in PAIRS.items()}
STRAIGHT = {'"', "'"}
DOUBLE = {'"', "“", "「", "『"}


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
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in STRAIGHT:
            if ch == "'" and _apostrophe(text, i):
                continue
            if stack and stack[-1][0] == ch:
                mark, pos = stack.pop()
                if not stack:
                    spans.append(Span(pos, i + 1, mark))
            elif ch == '"' and any(m == '"' for m, _ in stack):
                # close the outer straight quote, dropping a dangling inner one
                while stack and stack[-1][0] != '"':
                    stack.pop()
                mark, pos = stack.pop()
                if not stack:
                    spans.append(Span(pos, i + 1, mark))
            else:
                stack.append((ch, i))
        elif ch in PAIRS:
            stack.append((ch, i))
        elif ch in CLOSERS:
            opener = CLOSERS[ch]
            if any(m == opener for m, _ in stack):
                while stack and stack[-1][0] != opener:
                    stack.pop()
                mark, pos = stack.pop()
                if not stack:
                    spans.append(Span(pos, i + 1, mark))
    return [s for s in spans if s.end > s.start]


def _apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


_BOUNDARY = re.compile(r"(?<=[.?!])(?=\s)|(?<=[.?!][\"”’'])(?=\s)")


def sentences(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a boundary inside a quote is not one."""
    inside = [(s.open, s.close) for s in spans]
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        pos = m.start()
        if any(a < pos < b for a, b in inside):
            continue
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
