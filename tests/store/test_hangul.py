"""Properties: Hangul comes back exactly as it went in, and any piece of it can be found."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from malmoi.store import Store
from malmoi.store.synth import make_id

SYLLABLES = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
JAMO = st.characters(min_codepoint=0x1100, max_codepoint=0x11FF)  # conjoining (NFD) jamo
COMPAT = st.characters(min_codepoint=0x3131, max_codepoint=0x318E)
OTHER = st.sampled_from(list(" \"'“”「」·…%_\\*()-尹李文朴ABC123\n\t\u00a0\u200b"))
KOREAN = st.text(st.one_of(SYLLABLES, SYLLABLES, JAMO, COMPAT, OTHER), min_size=1, max_size=60)


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "h.db") as s:
        yield s


def record(title: str, body: list[str], name: str) -> dict[str, object]:
    quote = {
        "text": body[0],
        "kind": "direct",
        "in": "body",
        "paragraph": 0,
        "start": 0,
        "end": len(body[0]),
        "verb": "말했다",
        "speaker": {"name": name, "mention": name, "title": None, "org": None, "type": "person"},
        "addressee": None,
        "via": None,
    }
    return {
        "id": make_id(title + "\0" + "\0".join(body) + "\0" + name),
        "title": title,
        "body": body,
        "quotes": [quote],
        "people": [{"name": name, "aliases": [name[:1]], "titles": [], "orgs": []}],
    }


@settings(max_examples=60, deadline=None)
@given(title=KOREAN, body=st.lists(KOREAN, min_size=1, max_size=3), name=KOREAN)
def test_hangul_round_trips(store: Store, title: str, body: list[str], name: str) -> None:
    rec = record(title, body, name)
    store.upsert([rec])
    assert store.get(str(rec["id"])) == rec
    person = store.person(name)
    assert person is not None and person["name"] == name


@settings(max_examples=60, deadline=None)
@given(text=st.text(SYLLABLES, min_size=6, max_size=40), data=st.data())
def test_any_piece_of_a_text_is_found(store: Store, text: str, data: st.DataObject) -> None:
    rec = record("제목", [text], "홍길동")
    store.upsert([rec])
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : start + data.draw(st.integers(1, 5))]
    found = store.search_articles(q=piece, size=100_000)["results"]
    assert rec["id"] in {r["id"] for r in found}
    quotes = store.search_quotes(q=piece, size=100_000)["results"]
    assert rec["id"] in {q["article"]["id"] for q in quotes}
