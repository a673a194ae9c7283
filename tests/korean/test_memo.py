"""One reset() forgets every registered cache (tests that change data files, benchmark rounds)."""

from functools import lru_cache

from malmoi.korean import memo


def test_reset_forgets_every_registered_cache() -> None:
    calls: list[str] = []

    @memo.register
    @lru_cache(maxsize=8)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert shout("가람") == "가람" and shout("ab") == "AB" and shout("ab") == "AB"
    assert calls == ["가람", "ab"] and shout.cache_info().currsize == 2
    memo.reset()
    assert shout.cache_info().currsize == 0
    shout("ab")
    assert calls == ["가람", "ab", "ab"]


def test_the_pipelines_word_caches_are_registered() -> None:
    from malmoi.article import lines
    from malmoi.korean import labels
    from malmoi.quotes import mentions, morph, participants

    for cache in (lines._caption, labels.label_shape, mentions._parse_np, mentions._name_like,  # noqa: SLF001
                  participants._org_word, morph.tokens, morph.analysis):  # noqa: SLF001
        assert cache in memo._CACHES  # noqa: SLF001
