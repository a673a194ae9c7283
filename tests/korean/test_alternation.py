"""The trie alternation finds what the plain longest-first alternation finds."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from malmoi.korean.alternation import alternation


def _plain(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (["장관", "장관대행", "차관"], "김 장관대행과 이 차관, 박 장관", ["장관대행", "차관", "장관"]),
        (["대표", "대표이사", "공동대표"], "공동대표이사는 대표와", ["공동대표", "대표"]),
        (["KBS", "KBS뉴스", "MBC"], "kbs뉴스와 MBC", ["kbs뉴스", "MBC"]),
        (["(주)", "a.b", "x+"], "(주)가람 a.b x+ axb", ["(주)", "a.b", "x+"]),
    ],
)
def test_longest_word_at_each_position(words: list[str], text: str, expected: list[str]) -> None:
    flags = re.I if any(w.isascii() for w in words) else 0
    found = [m.group(0) for m in re.finditer(alternation(words, ignore_case=bool(flags)), text, flags)]
    assert found == expected


def test_suffix_search_anchored_at_the_end() -> None:
    pat = re.compile(f"(?:{alternation(['원', '연구원', '위원회', '회'])})$")
    assert (m := pat.search("한빛연구원")) is not None and m.group(0) == "연구원"
    assert (m := pat.search("대책위원회")) is not None and m.group(0) == "위원회"
    assert pat.search("한빛연구소") is None


def test_other_cased_letters_keep_the_plain_alternation() -> None:
    assert alternation(["Ωmega", "ωmega"], ignore_case=True) == _plain(["Ωmega", "ωmega"])


_WORD = st.text(alphabet="가나다라abAB.(", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_WORD, min_size=1, max_size=12), text=st.text(alphabet="가나다라abAB.( ", max_size=40))
def test_same_matches_as_the_plain_alternation(words: list[str], text: str) -> None:
    assert _spans(alternation(words), text) == _spans(_plain(words), text)
    folded = alternation(words, ignore_case=True)
    assert _spans(folded, text, re.I) == _spans(_plain(words), text, re.I)
    tail = f"(?:{alternation(words)})$"
    assert [m.span() for m in [re.search(tail, text)] if m] == [m.span() for m in [re.search(f"(?:{_plain(words)})$", text)] if m]
