"""A regex alternation of many words (titles, outlet names, suffixes), written as a trie.

``"|".join(sorted(map(re.escape, words), key=len, reverse=True))`` makes Python's regex
engine try every word at every position of the text; the trie tries one character per
branch, after a class of the first characters that most positions fail at once. Both
match, at any position, the longest of the words that stands there, so a
pattern built from either finds the same matches (``tests/korean/test_alternation.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""  # the key that marks a word ending at a node


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """The longest of ``words`` at a position, as a regex (wrap it in ``(?:…)`` to follow it
    with more). With ``ignore_case`` (for a pattern compiled with ``re.I``) ASCII letters are
    folded first; words with other cased letters keep the plain alternation."""
    words = sorted(set(words), key=len, reverse=True)
    if ignore_case and any(not ch.isascii() and ch.lower() != ch.upper() for w in words for ch in w):
        return "|".join(map(re.escape, words))
    root: _Node = {}
    for w in words:
        node = root
        for ch in w.lower() if ignore_case else w:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if _END in root or not root:
        return _emit(root)
    # the first characters as a class in front: most positions of a text fail at one test
    first = "".join(re.escape(ch) for ch in sorted(root))
    return f"(?=[{first}]){_emit(root)}"


def _emit(node: _Node) -> str:
    branches = [re.escape(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word ends here and others go on: the longer ones first (a greedy optional group)
    return f"(?:{body})?" if _END in node else body
