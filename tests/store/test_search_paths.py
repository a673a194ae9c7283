"""Every way a quote search is run (the FTS index, a walk newest first testing each row,
a speaker's own date order, ``instr`` or ``LIKE``) finds what a plain scan in Python finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from malmoi.store import Store, query
from malmoi.store.synth import realistic


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    records = realistic(120)
    records[0]["quotes"][1]["text"] += " AI 반도체"  # an ASCII word, in two cases
    records[1]["quotes"][1]["text"] += " ai 칩"
    with Store(tmp_path_factory.mktemp("paths") / "m.db") as s:
        s.upsert(records)
        yield s


def scanned(store: Store, term: str, speaker: str | None = None) -> list[int]:
    """Quote ids containing ``term`` (ASCII case folded) in text, speaker or mention, newest first."""
    rows = store.conn.execute(
        "SELECT id, published, text, speaker_name, mention FROM quotes"
    ).fetchall()
    fold = str.lower if term.isascii() else str
    hits = [
        r
        for r in rows
        if any(fold(term) in fold(v or "") for v in (r[2], r[3], r[4]))
        and (speaker is None or r[3] == speaker)
    ]
    hits.sort(key=lambda r: (r[1], r[0]), reverse=True)
    return [r[0] for r in hits]


TERMS = ["했다", "문제는", "경쟁력이", "AI", "ai", "대책을 내놓겠다", "이날"]


@pytest.mark.parametrize("dense", [True, False])
@pytest.mark.parametrize("term", TERMS)
def test_every_path_finds_what_a_scan_finds(
    store: Store, monkeypatch: pytest.MonkeyPatch, term: str, dense: bool
) -> None:
    monkeypatch.setattr(query, "DENSE", 10**6 if dense else 1)  # dense: walked newest first
    monkeypatch.setattr(query, "FACET_WINDOW", 20 if dense else 2000)
    expected = scanned(store, term)
    found = store.search_quotes(q=term, size=100)
    assert found["total"] == len(expected)
    assert [r["id"] for r in found["results"]] == expected[:100]


def test_a_speaker_is_walked_in_date_order(store: Store) -> None:
    top = store.conn.execute(
        "SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL"
        " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    found = store.search_quotes(speaker=top, size=100)
    expected = scanned(store, "", speaker=top)
    assert found["total"] == len(expected) and [r["id"] for r in found["results"]] == expected[:100]
    with_word = store.search_quotes(speaker=top, q="했다", size=100)
    assert [r["id"] for r in with_word["results"]] == scanned(store, "했다", speaker=top)[:100]
    assert store.search_quotes(speaker="아무도 아닌 이름")["total"] == 0


def test_many_people_of_one_name_are_one_filter(tmp_path: Path) -> None:
    records = realistic(5)
    for i, r in enumerate(records):  # one anonymous 관계자 per article: five people
        q = r["quotes"][1]
        q["speaker"] = {"name": "관계자", "mention": "한 관계자", "type": "anonymous"}
        r["id"] = f"a{i}"
    with Store(tmp_path / "m.db") as s:
        s.upsert(records)
        rows = s.conn.execute("SELECT count(*) FROM people WHERE name = '관계자'").fetchone()
        assert rows[0] == 5
        assert s.search_quotes(speaker="관계자")["total"] == 5
