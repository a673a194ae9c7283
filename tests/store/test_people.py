"""Anonymous sources and groups are one person per article; named speakers stay one row.

The records are invented here: two articles that each quote an ``A씨`` and an ``업계 관계자``
(different people who happen to be described alike) and the same named minister.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from malmoi.store import SCHEMA_VERSION, Store, migrate_file
from malmoi.store.records import article_row, local_names, person_facts, quote_row

MINISTER = {"name": "조은별", "aliases": ["조 장관"], "titles": ["장관"], "orgs": ["해양부"]}


def said(
    text: str, para: str, p: int, name: str, kind: str, title: str | None = None
) -> dict[str, Any]:
    start = para.index(text)
    return {
        "text": text, "kind": "direct", "in": "body", "paragraph": p, "start": start,
        "end": start + len(text), "verb": "말했다", "addressee": None, "via": None,
        "speaker": {"name": name, "mention": name, "title": title, "org": None, "type": kind},
    }  # fmt: skip


def article(rid: str, day: str, words: tuple[str, str, str]) -> dict[str, Any]:
    """One article: the minister, an A씨 and an 업계 관계자, each with words of their own."""
    minister, witness, insider = words
    body = [
        f'조은별 해양부 장관은 "{minister}"고 말했다.',
        f'현장에 있던 A씨는 "{witness}"고 말했다.',
        f'업계 관계자는 "{insider}"고 전했다.',
    ]
    quotes = [
        said(minister, body[0], 0, "조은별", "person", "장관"),
        said(witness, body[1], 1, "A씨", "anonymous"),
        said(insider, body[2], 2, "업계 관계자", "anonymous"),
    ]
    people = [
        MINISTER,
        {"name": "A씨", "aliases": [], "titles": [], "orgs": [], "type": "anonymous"},
    ]
    return {
        "id": rid, "source": {"path": f"{rid}.txt", "format": "text"}, "repost": None,
        "outlet": "물결일보", "title": f"항만 점검 {rid}", "subtitles": [], "section": "사회",
        "reporters": [], "published": day, "modified": None, "body": body, "captions": [],
        "related": [], "quotes": quotes, "people": people, "language": "ko", "warnings": [],
    }  # fmt: skip


def records() -> list[dict[str, Any]]:
    return [
        article("port-1", "2024-07-01T09:00:00+09:00",
                ("항만 안전 점검을 매달 하겠다", "밤새 크레인이 멈춰 있었다", "물동량이 줄어들 것")),
        article("port-2", "2024-07-03T09:00:00+09:00",
                ("예산을 더 확보하겠다", "부두 조명이 너무 어둡다", "운임이 다시 오를 것")),
    ]  # fmt: skip


def people_rows(conn: sqlite3.Connection) -> list[tuple[str, str | None]]:
    """(name, article id or None) of every person row."""
    sql = (
        "SELECT p.name, a.id FROM people p LEFT JOIN articles a ON a.n = p.scope"
        " ORDER BY p.name, a.id"
    )
    return [tuple(r) for r in conn.execute(sql)]


EXPECTED = [
    ("A씨", "port-1"),
    ("A씨", "port-2"),
    ("업계 관계자", "port-1"),
    ("업계 관계자", "port-2"),
    ("조은별", None),
]


def check_split(store: Store) -> None:
    assert people_rows(store.conn) == EXPECTED
    # each quote's speaker is its own article's person
    rows = store.conn.execute(
        "SELECT a.id, q.speaker_name, p.scope = 0, p.scope = a.n FROM quotes q"
        " JOIN articles a ON a.n = q.article JOIN people p ON p.id = q.speaker"
    ).fetchall()
    for article_id, name, everywhere, own in rows:
        assert everywhere if name == "조은별" else own, (article_id, name)
    # what an article says of a person stays with that article's person
    facts = store.conn.execute(
        "SELECT count(*) FROM article_people ap JOIN people p ON p.id = ap.person"
        " WHERE p.scope != 0 AND p.scope != ap.article"
    ).fetchone()[0]
    assert facts == 0
    assert store.counts()["people"] == 5 and store.counts()["speakers"] == 5
    by_name = {(r["name"], r["quotes"]) for r in store.people()["results"]}
    assert ("조은별", 2) in by_name and ("A씨", 1) in by_name and ("A씨", 2) not in by_name


def test_local_names_are_the_anonymous_and_group_speakers() -> None:
    record = records()[0]
    assert local_names(record) == {"A씨", "업계 관계자"}
    group = dict(
        record, quotes=[dict(record["quotes"][0], speaker={"name": "주민들", "type": "group"})]
    )
    assert local_names(group) == {"A씨", "주민들"}


def test_anonymous_sources_are_one_person_per_article(tmp_path: Path) -> None:
    for bulk in (True, False):
        with Store(tmp_path / f"s{bulk}.db") as store:
            store.upsert(records(), bulk=bulk)
            check_split(store)


def test_speaker_filter_and_pages_of_an_anonymous_source(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.upsert(records())
        found = store.search_quotes(speaker="A씨")
        assert found["total"] == 2  # the filter is by name: both articles' A씨
        assert [f["count"] for f in found["facets"]["speakers"]] == [1, 1]  # two people
        one = store.person("A씨", article="port-1")
        assert one is not None and one["article"] == "port-1" and one["quotes"] == 1
        assert [q["text"] for q in one["timeline"]] == ["밤새 크레인이 멈춰 있었다"]
        other = store.person("A씨", article="port-2")
        assert other is not None and other["timeline"][0]["text"] == "부두 조명이 너무 어둡다"
        latest = store.person("A씨")  # no article given: the one loaded last
        assert latest is not None and latest["article"] == "port-2"
        listed = {(r["name"], r["article"]) for r in store.people()["results"]}
        assert listed == set(EXPECTED)
        named = store.person("조은별")
        assert named is not None and named["article"] is None and named["quotes"] == 2


def test_an_updated_article_keeps_its_own_anonymous_people(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.upsert(records())
        changed = records()
        changed[0]["quotes"] = changed[0]["quotes"][:2]  # the 업계 관계자 quote is gone
        assert store.upsert(changed).updated == 1
        names = people_rows(store.conn)
        assert ("업계 관계자", "port-1") not in names and ("업계 관계자", "port-2") in names
        assert ("A씨", "port-1") in names


def write_v5(conn: sqlite3.Connection, recs: list[dict[str, Any]]) -> None:
    """The rows a schema-5 store held: one ``people`` row per name, whatever its type."""

    def pid(name: str) -> int:
        conn.execute("INSERT OR IGNORE INTO people (name) VALUES (?)", (name,))
        return int(conn.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()[0])

    with conn:
        for r in recs:
            row = article_row(r)
            cols = ", ".join(row)
            n = conn.execute(
                f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(row))}) RETURNING n",
                list(row.values()),
            ).fetchone()[0]
            for name, kind, value in person_facts(r):
                conn.execute(
                    "INSERT OR IGNORE INTO article_people VALUES (?, ?, ?, ?)",
                    (n, pid(name), kind, value),
                )
            for i, q in enumerate(r["quotes"]):
                qr = quote_row(q, i) | {"article": n, "published": r["published"]}
                qr["speaker"] = pid(qr["speaker_name"])
                conn.execute(
                    f"INSERT INTO quotes ({', '.join(qr)}) VALUES ({', '.join('?' * len(qr))})",
                    list(qr.values()),
                )


def test_migration_splits_the_anonymous_people_of_an_old_store(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    with Store(path, target=5) as old:
        write_v5(old.conn, records())
        assert [r[0] for r in old.conn.execute("SELECT name FROM people ORDER BY name")] == [
            "A씨", "업계 관계자", "조은별"
        ]  # fmt: skip
    assert migrate_file(path) == (5, SCHEMA_VERSION)
    with Store(path) as store:
        check_split(store)
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.upsert(records()).unchanged == 2
        again = Store(tmp_path / "fresh.db")
        again.upsert(records())
        assert people_rows(again.conn) == people_rows(store.conn)
        record_json = json.loads(store.conn.execute("SELECT record FROM articles").fetchone()[0])
        assert record_json["id"] == "port-1"
        again.close()
