"""Loading: bad records counted by reason without stopping the batch, bulk and
incremental loads giving the same store, read-only opening, arbitrary JSON never raising."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from malmoi.errors import StoreError
from malmoi.store import SCHEMA_VERSION, Store, load_jsonl
from malmoi.store.schema import INDEXES, TRIGGERS
from malmoi.store.synth import realistic, sample
from malmoi.store.validate import problem

GOOD = sample()[0]

# (change to a good record, the reason it is skipped for)
BAD_SHAPES: list[tuple[dict[str, Any], str]] = [
    ({"title": ["x"]}, "bad_title"),
    ({"title": 5}, "bad_title"),
    ({"published": {}}, "bad_published"),
    ({"published": "어제"}, "bad_published"),
    ({"captions": ["x"]}, "bad_captions"),
    ({"subtitles": [5]}, "bad_subtitles"),
    ({"body": [None]}, "bad_body"),
    ({"reporters": ["김기자"]}, "bad_reporters"),
    ({"related": [{"title": 3}]}, "bad_related"),
    ({"source": "page.txt"}, "bad_source"),
    ({"repost": []}, "bad_repost"),
    ({"outlet": {"name": "x"}}, "bad_outlet"),
    ({"warnings": "x"}, "bad_warnings"),
    ({"quotes": [{"text": "말", "start": "abc"}]}, "bad_quote"),
    ({"quotes": [{"text": "말", "start": 10**30}]}, "bad_quote"),
    ({"quotes": [{"text": "말", "in": "footer"}]}, "bad_quote"),
    ({"quotes": [{"text": "말", "speaker": "이영"}]}, "bad_quote"),
    ({"quotes": [{"text": "말", "fidelity": {"body_quotes": ["1"]}}]}, "bad_quote"),
    ({"people": [{"name": "이영", "aliases": [1]}]}, "bad_person"),
    ({"title": "\ud800 외로운 서로게이트"}, "bad_text"),
    ({"extra": float("nan")}, "bad_number"),
    ({"extra": 10**5000}, "bad_number"),
    ({"id": "a/b"}, "no_id"),
    ({"id": "x" * 201}, "no_id"),
    ({"id": "a\x00b"}, "no_id"),
]


def variant(change: dict[str, Any], key: str) -> dict[str, Any]:
    record = copy.deepcopy(GOOD) | {"id": f"bad-{key}"}
    return record | change


@pytest.mark.parametrize(("change", "reason"), BAD_SHAPES)
def test_bad_shapes_are_named(change: dict[str, Any], reason: str) -> None:
    assert problem(variant(change, "x")) == reason


def test_bad_records_do_not_roll_back_their_batch(tmp_path: Path) -> None:
    bad = [variant(change, str(i)) for i, (change, _) in enumerate(BAD_SHAPES)]
    good = realistic(30)
    mixed = [r for pair in zip(good, bad, strict=False) for r in pair] + good[len(bad) :]
    with Store(tmp_path / "m.db") as store:
        result = store.upsert(mixed)
        assert result.inserted == 30
        assert result.skipped.total() == len(BAD_SHAPES)
        assert store.counts()["articles"] == 30
        for reason in {r for _, r in BAD_SHAPES}:
            assert result.skipped[reason] >= 1


def test_numbers_that_sqlite_cannot_bind_never_stop_a_load(tmp_path: Path) -> None:
    huge = copy.deepcopy(GOOD) | {"id": "huge", "extra": {"n": 10**30}}  # kept: JSON only
    with Store(tmp_path / "m.db") as store:
        result = store.upsert([huge, GOOD])
        assert result.inserted == 2
        assert store.get("huge")["extra"] == {"n": 10**30}  # type: ignore[index]


def content(store: Store) -> list[tuple[Any, ...]]:
    """Every row that a reader sees, by table (ids aside), and what the indexes find."""
    out: list[tuple[Any, ...]] = []
    out += store.conn.execute("SELECT id, hash, title, text FROM articles ORDER BY id").fetchall()
    out += store.conn.execute(
        "SELECT a.id, q.idx, q.text, q.speaker_name, o.name FROM quotes q"
        " JOIN articles a ON a.n = q.article LEFT JOIN outlets o ON o.id = q.outlet"
        " ORDER BY a.id, q.idx"
    ).fetchall()
    for term in ("부족했다", "현장의 목소리", "대한"):
        out.append(
            (term, store.search_quotes(q=term)["total"], store.search_articles(q=term)["total"])
        )
    return [tuple(r) for r in out]


def test_bulk_and_incremental_loads_give_the_same_store(tmp_path: Path) -> None:
    records = realistic(300)
    with Store(tmp_path / "bulk.db") as bulk, Store(tmp_path / "inc.db") as inc:
        assert bulk.upsert(records[:200]).inserted == 200  # a new store: bulk
        assert bulk.upsert(records[200:], bulk=True).inserted == 100
        for i in range(0, 300, 50):
            inc.upsert(records[i : i + 50], bulk=False)
        assert content(bulk) == content(inc)
        for store in (bulk, inc):
            names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
            assert set(TRIGGERS) <= names and set(INDEXES) <= names


def test_an_interrupted_bulk_load_leaves_a_whole_store(tmp_path: Path) -> None:
    records = realistic(50)

    def stream() -> Iterator[dict[str, Any]]:
        yield from records[:20]
        raise KeyboardInterrupt

    path = tmp_path / "m.db"
    with Store(path) as store, pytest.raises(KeyboardInterrupt):
        store.upsert(stream(), bulk=True)
    with Store(path) as store:  # triggers back, index rebuilt
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert set(TRIGGERS) <= names
        store.upsert(records, bulk=False)
        total = store.search_quotes(q="부족했다")["total"]
        expected = sum(1 for r in records for q in r["quotes"] if "부족했다" in q["text"])
        assert total == expected


def test_a_store_found_without_its_triggers_is_repaired_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        store.upsert(realistic(20))
        store.conn.execute("DROP TRIGGER quotes_fts_ai")
        store.conn.execute("DROP INDEX quotes_speaker")
    with Store(path) as store:
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "quotes_fts_ai" in names and "quotes_speaker" in names


# read-only


def test_readonly_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        store.upsert(sample())
        store.conn.execute("PRAGMA journal_mode = DELETE")
    before = path.read_bytes()
    with Store(path, readonly=True) as store:
        with store.reading():
            assert store.counts()["articles"] == 6
            assert store.search_quotes(q="반도체")["total"] == 3
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
            store.conn.execute("DELETE FROM quotes")
        with pytest.raises(StoreError, match="read-only"):
            store.upsert(sample())
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()  # never switched to WAL


def test_readonly_refuses_old_missing_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.db", readonly=True)
    old = tmp_path / "old.db"
    Store(old, target=2).close()
    with pytest.raises(StoreError, match="malmoi migrate"):
        Store(old, readonly=True)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="not a malmoi store"):
        Store(empty, readonly=True)
    assert Store(tmp_path / "new.db").version == SCHEMA_VERSION


# arbitrary JSON never raises

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=25,
)
FIELDS = st.sampled_from(
    [
        "id",
        "title",
        "body",
        "quotes",
        "people",
        "captions",
        "subtitles",
        "published",
        "source",
        "repost",
        "outlet",
        "reporters",
        "related",
        "warnings",
    ]
)
QUOTE = st.dictionaries(
    st.sampled_from(["text", "start", "end", "in", "paragraph", "speaker", "fidelity", "kind"]),
    JSON,
    max_size=8,
)
RECORD = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=12)},
    optional={"quotes": st.lists(QUOTE, max_size=3), "body": st.lists(JSON, max_size=3)},
).flatmap(lambda base: st.dictionaries(FIELDS, JSON, max_size=6).map(lambda extra: extra | base))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(JSON | RECORD, min_size=1, max_size=6), junk=st.binary(max_size=40))
def test_load_of_arbitrary_json_never_raises(
    tmp_path: Path, values: list[Any], junk: bytes
) -> None:
    path = tmp_path / "r.jsonl"
    lines = [json.dumps(v, ensure_ascii=False) for v in values]
    path.write_bytes(
        "\n".join(lines).encode("utf-8", "surrogatepass")
        + b"\n"
        + junk.replace(b"\n", b" ")
        + b"\n"
    )
    db = tmp_path / "m.db"
    result = load_jsonl(db, [path])
    done = result.inserted + result.updated + result.unchanged + result.skipped.total()
    assert done >= len(values)  # every line is a record or a counted reason (junk may be either)
    with Store(db, readonly=True) as store:
        for r in store.conn.execute("SELECT id FROM articles"):
            assert store.get(r[0]) is not None


def test_a_loader_takes_records_one_at_a_time(tmp_path: Path) -> None:
    records = realistic(120)
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "all.db") as every:
        with one.loader() as load:
            assert load.bulk  # a new store
            for r in records:
                load.add(r)
        assert load.result.inserted == 120
        every.upsert(records)
        assert content(one) == content(every)


@pytest.mark.parametrize("dense", [True, False])
def test_facets_count_the_most_recent_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dense: bool
) -> None:
    from malmoi.store import query

    monkeypatch.setattr(query, "FACET_WINDOW", 30)
    monkeypatch.setattr(query, "DENSE", 10**6 if dense else 1)
    with Store(tmp_path / "m.db") as store:
        store.upsert(realistic(60))
        found = store.search_quotes(q="했다", size=30)
        assert found["total"] > 30 and found["facets_over"] == 30
        recent = found["results"]  # the 30 most recent matches: what the facets count
        speakers: dict[str, int] = {}
        for r in recent:
            speakers[r["speaker"]["name"]] = speakers.get(r["speaker"]["name"], 0) + 1
        top = sorted(speakers.items(), key=lambda x: (-x[1], x[0]))[:20]
        assert [(f["name"], f["count"]) for f in found["facets"]["speakers"]] == top
        later = store.search_quotes(q="했다", size=30, page=2)["results"]  # past the window
        assert later and not {r["id"] for r in later} & {r["id"] for r in recent}
        assert [r["published"] for r in recent + later] == sorted(
            (r["published"] for r in recent + later), reverse=True
        )


@contextmanager
def immutable(*paths: Path) -> Iterator[None]:
    """The paths made immutable (``chattr +i``: refused even to root) for the block."""
    import shutil
    import subprocess

    tool = shutil.which("chattr")
    if (
        tool is None
        or subprocess.run([tool, "+i", *map(str, paths)], capture_output=True).returncode
    ):
        pytest.skip("chattr +i is not available here (needs root and a file system that has it)")
    try:
        yield
    finally:
        subprocess.run([tool, "-i", *map(str, paths)], check=True)


def test_readonly_reads_an_immutable_file(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        store.upsert(sample())
        store.conn.execute("PRAGMA journal_mode = DELETE")  # switching back to WAL would write
    with immutable(path):
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            sqlite3.connect(path).execute("PRAGMA journal_mode = WAL")
        with Store(path, readonly=True) as store, store.reading():
            assert store.search_quotes(q="반도체")["total"] == 3


def test_readonly_reads_a_wal_store_in_a_folder_it_cannot_write(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "m.db"
    with Store(path) as store:  # WAL, checkpointed on close: no -wal or -shm left
        store.upsert(sample())
    with immutable(path, folder), Store(path, readonly=True) as store, store.reading():
        assert store.search_quotes(q="반도체")["total"] == 3


def test_filtered_text_search_is_the_same_scanned_or_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from malmoi.store import query

    records = realistic(150)
    speaker = records[0]["quotes"][1]["speaker"]["name"]
    outlet = records[0]["outlet"]
    with Store(tmp_path / "m.db") as store:
        store.upsert(records)
        asks = [
            {"q": "했다", "speaker": speaker},
            {"q": "부족했다", "speaker": speaker},
            {"q": "대한 논의가", "outlet": outlet},
            {"q": "정책은 현장의", "speaker": speaker, "outlet": outlet},
        ]
        answers = []
        for limit in (0, 10**6):  # always the index, always the scan
            monkeypatch.setattr(query, "SCAN_LIMIT", limit)
            answers.append([store.search_quotes(**a, size=100) for a in asks])
        assert answers[0] == answers[1]
        assert any(a["total"] for a in answers[0])
