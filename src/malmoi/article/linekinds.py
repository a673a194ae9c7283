"""What kind of line a line of a flattened page is, before any decision is taken.

:func:`classify` gives every line its kinds (chrome, date line, byline, caption,
credit, speaker label, headline candidate, text); the header, body and footer
readers then decide with the whole page in view instead of testing one line
after another in an order that decides by accident.
"""

from __future__ import annotations

import re

from malmoi.article import lines as L

_SENTENCE_INSIDE = re.compile(r"[다요]\.\s+\S")


def body_like(line: str) -> bool:
    """A paragraph of article text rather than a headline or a label."""
    if L.WIRE_LEAD.match(line) and L.DATELINE_START.match(line):
        return True
    n = len(line)
    ends = line.rstrip("\"'”’)] |").endswith(("다.", "요.", "다", "죠.", "까?", "다.\"", "니다"))
    if n >= 100 or (n >= 40 and _SENTENCE_INSIDE.search(line)):
        return True
    return n >= 25 and ends and line.rstrip().endswith((".", "?", "!", "\"", "”", "’", "'"))


def headline_like(line: str) -> bool:
    """A headline: a dozen characters or more, several words, not a sentence of chatter."""
    if len(line) < 10 or len(line.split()) < 2 or len(line) > 150:
        return False
    if line.endswith(("요.", "요", "다.", "니다")) and not re.search(r"[\"”’']$", line):
        return line.endswith("다") and "…" in line
    return not re.search(r"[>›»]", line)


def subtitle_like(line: str) -> bool:
    return 8 <= len(line) <= 150 and len(line.split()) >= 2 and not L.EMAIL.search(line)


def fold(s: str) -> str:
    return re.sub(r"[\W_]+", "", s)
