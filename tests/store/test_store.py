"""The store: upsert by id, migrations, Korean full-text search, Hangul round trips."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from malmoi.errors import StoreError
from malmoi.store import SCHEMA_VERSION, Store, load_jsonl, migrate_file
from malmoi.store.records import article_row, quote_row
from malmoi.store.synth import make_id, sample


@pytest.fixture
def records() -> list[dict[str, Any]]:
    return sample()


@pytest.fixture
def store(tmp_path: Path, records: list[dict[str, Any]]) -> Store:
    s = Store(tmp_path / "m.db")
    s.upsert(records)
    return s


def ids(*keys: str) -> set[str]:
    return {make_id(k) for k in keys}


def test_sample_offsets_point_at_the_quotes(records: list[dict[str, Any]]) -> None:
    for r in records:
        for q in r["quotes"]:
            text = {"headline": r["title"], "body": None, "caption": None}[q["in"]]
            if q["in"] == "body":
                text = r["body"][q["paragraph"]]
            if q["in"] == "caption":
                text = r["captions"][q["paragraph"]]["text"]
            assert text[q["start"] : q["end"]] == q["text"]


def test_upsert_twice_changes_nothing(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    with Store(tmp_path / "m.db") as s:
        first = s.upsert(records)
        dump = list(s.conn.iterdump())
        again = s.upsert(records)
        assert (first.inserted, first.updated, first.unchanged) == (6, 0, 0)
        assert (again.inserted, again.updated, again.unchanged) == (0, 0, 6)
        assert list(s.conn.iterdump()) == dump
        assert s.counts() == {"articles": 6, "quotes": 13, "people": 6, "speakers": 6, "outlets": 4}


def test_update_rewrites_quotes_people_and_index(
    store: Store, records: list[dict[str, Any]]
) -> None:
    changed = copy.deepcopy(records[2])  # 최민준: body quote and caption quote
    changed["body"] = ['최민준 교수는 "해양 연구소를 새로 짓겠다"고 말했다.']
    changed["captions"] = []
    changed["quotes"] = [
        changed["quotes"][0] | {"text": "해양 연구소를 새로 짓겠다", "start": 9, "end": 23}
    ]
    changed["people"] = []
    result = store.upsert([changed])
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 0)
    assert store.search_quotes(q="해양 연구소")["total"] == 1
    assert store.search_quotes(q="법안을")["total"] == 0  # the old quote left the FTS index
    assert store.search_articles(q="먼저 처리해야")["total"] == 0
    assert store.get(changed["id"]) == changed
    assert store.person("최민준")["aliases"] == []  # type: ignore[index]


def test_a_person_no_longer_named_is_pruned(store: Store, records: list[dict[str, Any]]) -> None:
    changed = copy.deepcopy(records[4])  # the only article of 한도윤
    changed["quotes"], changed["people"] = [], []
    store.upsert([changed])
    assert store.person("한도윤") is None
    assert store.person("이영") is not None


def test_bad_records_are_counted_and_skipped(store: Store) -> None:
    bad: list[Any] = [
        {},
        {"id": ""},
        "text",
        {"id": "x", "body": "not a list"},
        {"id": "y", "quotes": [1]},
    ]
    result = store.upsert([*bad, {"id": "ok", "title": "정상 기록"}])
    assert result.inserted == 1
    assert dict(result.skipped) == {"no_id": 2, "not_an_object": 1, "bad_body": 1, "bad_quote": 1}


def test_records_round_trip(store: Store, records: list[dict[str, Any]]) -> None:
    for r in records:
        assert store.get(r["id"]) == r
    assert store.get("missing") is None


def test_new_store_has_the_latest_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as s:
        assert s.version == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def write_v1(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> None:
    """Rows as malmoi wrote them at schema version 1 (no quote outlet, no body quotes)."""
    for record in records:
        row = article_row(record)
        cols = ", ".join(row)
        n = conn.execute(
            f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(row))}) RETURNING n",
            list(row.values()),
        ).fetchone()[0]
        if record["outlet"]:
            conn.execute("INSERT OR IGNORE INTO outlets (name) VALUES (?)", (record["outlet"],))
            conn.execute(
                "UPDATE articles SET outlet = (SELECT id FROM outlets WHERE name = ?) WHERE n = ?",
                (record["outlet"], n),
            )
        for i, q in enumerate(record["quotes"]):
            r = quote_row(q, i)
            del r["body_quotes"]
            r.update(article=n, published=record["published"])
            name = r["speaker_name"]
            if name:
                conn.execute("INSERT OR IGNORE INTO people (name) VALUES (?)", (name,))
                r["speaker"] = conn.execute(
                    "SELECT id FROM people WHERE name = ?", (name,)
                ).fetchone()[0]
            conn.execute(
                f"INSERT INTO quotes ({', '.join(r)}) VALUES ({', '.join(':' + c for c in r)})", r
            )


def test_migration_adds_fts_and_filters_over_existing_rows(
    tmp_path: Path, records: list[dict[str, Any]]
) -> None:
    path = tmp_path / "old.db"
    with Store(path, target=1) as old:
        assert old.version == 1
        write_v1(old.conn, records)
        tables = {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master")}
        assert "quotes_fts" not in tables
        with pytest.raises(StoreError, match="migrate"):
            old.upsert(records)
    assert migrate_file(path) == (1, SCHEMA_VERSION)
    with Store(path, readonly=True) as new:
        assert new.version == SCHEMA_VERSION
        assert new.search_quotes(q="반도체")["total"] == 3
        assert new.search_quotes(outlet="새벽뉴스")["total"] == 4  # the quote's outlet filled in
        found = new.search_quotes(q="반도체 지원 서둘러야")["results"]
        head = next(r for r in found if r["in"] == "headline")
        assert head["fidelity"] == {"level": "shortened", "body_quotes": [1]}
    with Store(path) as again:
        assert again.upsert(records).unchanged == 6


def test_a_store_from_a_newer_malmoi_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="upgrade malmoi"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)


QUOTE_SEARCHES = [
    ("반도체", ids("s1", "s6"), 3),  # headline, body, body
    ("국회", ids("s3"), 1),  # two characters: LIKE fallback (s1 says 국회 outside a quote)
    ("도체", ids("s1", "s6"), 3),  # a part of 반도체
    ("이영", ids("s1", "s4", "s5", "s6"), 7),  # the speaker 이영, 이영호 (substring), and text
    ("예산", ids("s1", "s3", "s6"), 3),
    ("반도체 시급", ids("s6"), 1),  # every term must occur
    ('"교육 예산도"', ids("s6"), 1),  # a phrase
    ("서둘러", ids("s1"), 2),
    ("김철", ids("s1"), 1),  # the speaker's name
    ("없는말", set(), 0),
]


@pytest.mark.parametrize(("q", "articles", "total"), QUOTE_SEARCHES)
def test_korean_quote_search(store: Store, q: str, articles: set[str], total: int) -> None:
    found = store.search_quotes(q=q, size=100)
    assert found["total"] == total
    assert {r["article"]["id"] for r in found["results"]} == articles


ARTICLE_SEARCHES = [
    ("반도체", ids("s1", "s6")),
    ("국회", ids("s1", "s3")),
    ("양성", ids("s6")),
    ("주택 공급", ids("s4")),
    ("기후", ids("s3")),
    ("시", ids("s4", "s5", "s6")),  # one character
]


@pytest.mark.parametrize(("q", "expected"), ARTICLE_SEARCHES)
def test_korean_article_search(store: Store, q: str, expected: set[str]) -> None:
    assert {r["id"] for r in store.search_articles(q=q, size=100)["results"]} == expected


def test_filters_speaker_alias_outlet_dates(store: Store) -> None:
    assert store.search_quotes(speaker="이영")["total"] == 5
    assert store.search_quotes(speaker="이 의원")["total"] == 5  # an alias
    assert store.search_quotes(speaker="이영", outlet="새벽뉴스")["total"] == 2
    assert store.search_quotes(since="2024-04-01", until="2024-04-30")["total"] == 4
    assert store.search_quotes(until="2024-03-15")["total"] == 4  # inclusive
    facets = store.search_quotes(q="반도체")["facets"]
    assert facets["speakers"] == [{"name": "이영", "count": 3}]
    assert facets["outlets"] == [{"name": "한빛일보", "count": 2}, {"name": "새벽뉴스", "count": 1}]


HOSTILE = [
    '"',
    "*",
    "OR",
    "NEAR(",
    "a AND",
    '")',
    "'; DROP TABLE quotes; --",
    "%",
    "_",
    "\\",
    "^반도체",
    "text:국회",
    "NOT 반도체",
]


@pytest.mark.parametrize("q", HOSTILE)
def test_query_syntax_is_matched_literally(store: Store, q: str) -> None:
    before = store.counts()
    store.search_quotes(q=q)
    store.search_articles(q=q)
    assert store.counts() == before


def test_sql_text_is_found_as_text(store: Store) -> None:
    found = store.search_quotes(q="'; DROP TABLE quotes; --")
    assert [r["text"] for r in found["results"]] == [
        "'; DROP TABLE quotes; -- 같은 문자열도 안전하다"
    ]
    assert store.search_quotes(q="%")["total"] == 0


def test_speaker_page_data(store: Store) -> None:
    lee = store.person("이 의원")
    assert lee is not None
    assert lee["name"] == "이영"
    assert set(lee["aliases"]) == {"이 의원", "이영 의원"}
    assert lee["titles"] == ["의원"] and lee["orgs"] == ["미래당"]
    assert [q["published"][:10] for q in lee["timeline"]] == sorted(
        q["published"][:10] for q in lee["timeline"]
    )
    assert lee["addressees"] == [{"name": "김철", "count": 1}]
    assert {p["name"] for p in lee["co_occurring"]} == {"김철", "한도윤"}


def test_neighbours_follow_publication(store: Store, records: list[dict[str, Any]]) -> None:
    middle = store.neighbours(records[2]["id"])
    assert middle["previous"]["id"] == records[1]["id"]  # type: ignore[index]
    assert middle["next"]["id"] == records[3]["id"]  # type: ignore[index]
    assert store.neighbours(records[0]["id"])["previous"] is None
    assert store.neighbours(records[-1]["id"])["next"] is None


def test_load_jsonl(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:4]), encoding="utf-8"
    )
    b.write_text(
        json.dumps(records[4]) + "\n\n{not json\n" + json.dumps(records[5]) + "\n", encoding="utf-8"
    )
    db = tmp_path / "m.db"
    first = load_jsonl(db, [a, b])
    assert (first.inserted, first.unchanged, dict(first.skipped)) == (6, 0, {"bad_json": 1})
    again = load_jsonl(db, [a, b])
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 6)
    assert again.summary() == "0 new, 0 updated, 6 unchanged, 1 skipped (bad_json 1)"
