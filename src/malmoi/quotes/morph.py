"""kiwipiepy, loaded once per process and asked only about the short stretches
of text that need morphology (the words before a quote, a name beside a title)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from malmoi.korean import memo


class Tok(NamedTuple):
    """One morpheme: its form, its tag, and its offsets in the text analysed (a tuple: a
    window's tokens are made by the thousand)."""

    form: str
    tag: str
    start: int
    end: int


_KIWI: Any = None

_new_tuple = tuple.__new__


def _toks(found: Any) -> tuple[Tok, ...]:
    """kiwipiepy's tokens as ``Tok``s, made with ``tuple.__new__`` (a NamedTuple's own
    ``__new__`` is a Python function: a third of the cost of turning a window's tokens)."""
    out = []
    for t in found:
        start = t.start
        out.append(_new_tuple(Tok, (t.form, t.tag, start, start + t.len)))
    return tuple(out)


def kiwi() -> Any:
    global _KIWI
    if _KIWI is None:
        import warnings

        from kiwipiepy import Kiwi

        with warnings.catch_warnings():
            # num_workers=0 is one thread per process (the per-core figure); kiwipiepy warns that this changed in 0.21
            warnings.simplefilter("ignore", DeprecationWarning)
            # no typo correction and no multi-word dictionary: the windows we read are edited news
            # text; this halves the load time and the memory and keeps the scores (malmoi eval)
            _KIWI = Kiwi(num_workers=0, load_typo_dict=False, load_multi_dict=False)
    return _KIWI


def reset() -> None:
    """Forget the loaded model and every cache of what it said (for tests)."""
    global _KIWI
    _KIWI = None
    memo.reset()


@memo.register
@lru_cache(maxsize=16384)  # a window is asked about again across pages ('그는', '김 장관은'): 4,096 evicted them on 1,000 pages
def tokens(text: str) -> tuple[Tok, ...]:
    return _toks(kiwi().tokenize(text))


@memo.register
@lru_cache(maxsize=8192)
def analysis(word: str) -> tuple[tuple[Tok, ...], float]:
    """The best analysis of one word alone, with its score (higher: a commoner word)."""
    toks, score = kiwi().analyze(word, top_n=1)[0][:2]
    return _toks(toks), float(score)


NOMINAL = frozenset({"NNG", "NNP", "NNB", "NP", "SL", "SH", "SN", "XSN", "XPN", "NR", "SSO", "SSC", "MM"})
SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가", "도", "께서", "께서는", "이가"})
