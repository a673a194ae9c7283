"""A bulk load into a new store is pipelined: batches checked while the previous one is
written and added to the full-text indexes. It must give the store an incremental load gives."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from malmoi.store import Store, db
from malmoi.store.schema import INDEXES, TRIGGERS
from malmoi.store.synth import realistic
from store.test_load import content


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "PIPE_BATCH", 7)  # many batches in flight over a few records


def rebuilds(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record, at each repair, whether the full-text indexes had to be rebuilt from scratch."""
    seen: list[bool] = []
    repair = Store._repair_fts

    def spy(self: Store) -> None:
        seen.append(bool(set(TRIGGERS) - self._objects("trigger")))
        repair(self)

    monkeypatch.setattr(Store, "_repair_fts", spy)
    return seen


def incremental(path: Path, records: list[dict[str, Any]]) -> Store:
    store = Store(path)
    for i in range(0, len(records), 10):
        store.upsert(records[i : i + 10], bulk=False)
    return store


def test_pipelined_load_indexes_each_batch_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = realistic(60)
    seen = rebuilds(monkeypatch)
    with Store(tmp_path / "bulk.db") as bulk:
        result = bulk.upsert(records)
        assert result.inserted == 60
        assert seen[1:] == [
            False
        ]  # (opening the store repairs too) in sync when the load ended: nothing rebuilt
        names = {r[0] for r in bulk.conn.execute("SELECT name FROM sqlite_master")}
        assert set(TRIGGERS) <= names and set(INDEXES) <= names
        assert bulk.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with incremental(tmp_path / "inc.db", records) as inc:
            assert content(bulk) == content(inc)
        check = bulk.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        assert check.fetchall() == []


def test_an_id_twice_in_the_stream_rebuilds_the_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = realistic(30)
    again = copy.deepcopy(records[2])
    again["quotes"] = again["quotes"][:1]
    again["title"] = "다시 쓴 제목"
    stream = [*records, again]  # the id comes back in a later batch, changed
    seen = rebuilds(monkeypatch)
    with Store(tmp_path / "bulk.db") as bulk:
        result = bulk.upsert(stream)
        assert (result.inserted, result.updated) == (30, 1)
        assert seen[1:] == [True]
        with incremental(tmp_path / "inc.db", stream) as inc:
            assert content(bulk) == content(inc)
        assert bulk.search_articles(q="다시 쓴 제목")["total"] == 1


def test_a_batch_written_one_by_one_rebuilds_the_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = realistic(30)
    insert = Store._insert_new
    calls = []

    def refuse_once(self: Store, new: list[Any]) -> None:
        calls.append(len(new))
        if len(calls) == 2:
            raise sqlite3.IntegrityError("refused")
        insert(self, new)

    monkeypatch.setattr(Store, "_insert_new", refuse_once)
    seen = rebuilds(monkeypatch)
    with Store(tmp_path / "bulk.db") as bulk:
        assert bulk.upsert(records).inserted == 30
        assert seen[1:] == [True]
        monkeypatch.setattr(Store, "_insert_new", insert)
        with incremental(tmp_path / "inc.db", records) as inc:
            assert content(bulk) == content(inc)


def test_an_error_while_writing_stops_the_load_and_leaves_a_whole_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = realistic(30)

    def broken(self: Store, ready: list[Any], after: Any = None) -> Any:
        raise MemoryError("out of memory while writing")

    path = tmp_path / "m.db"
    with Store(path) as store:
        monkeypatch.setattr(Store, "_write_checked", broken)
        with pytest.raises(MemoryError):
            store.upsert(records)
        monkeypatch.undo()
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert set(TRIGGERS) <= names and set(INDEXES) <= names
        assert store.upsert(records, bulk=False).inserted == 30
        assert store.search_quotes(q="부족했다")["total"] == sum(
            1 for r in records for q in r["quotes"] if "부족했다" in q["text"]
        )
