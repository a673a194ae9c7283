"""morph: what kiwipiepy says, as the quote code reads it (Tok tuples, cached per text)."""

from __future__ import annotations

import pytest

from malmoi.quotes import morph

WINDOWS = [
    "한가람 새솔시 대변인은 ",
    "그는 이날 기자들과 만나",
    "오픈AI CEO",
    "김(41)씨는",
    "",
]


@pytest.mark.parametrize("text", WINDOWS)
def test_tokens_are_kiwis_tokens(text: str) -> None:
    toks = morph.tokens(text)
    assert [tuple(t) for t in toks] == [(t.form, t.tag, t.start, t.start + t.len) for t in morph.kiwi().tokenize(text)]
    for t in toks:
        assert type(t) is morph.Tok
        assert text[t.start : t.end] or t.form  # offsets in the text analysed
        assert (t.form, t.tag, t.start, t.end) == tuple(t)


def test_analysis_is_kiwis_best_analysis() -> None:
    toks, score = morph.analysis("한가람")
    (best, best_score), *_ = morph.kiwi().analyze("한가람", top_n=1)
    assert [tuple(t) for t in toks] == [(t.form, t.tag, t.start, t.start + t.len) for t in best]
    assert score == float(best_score) and all(type(t) is morph.Tok for t in toks)


def test_tokens_cached_and_forgotten_by_reset() -> None:
    first = morph.tokens("새솔시 시장은")
    assert morph.tokens("새솔시 시장은") is first
    morph.memo.reset()
    again = morph.tokens("새솔시 시장은")
    assert again == first and again is not first
