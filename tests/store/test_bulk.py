"""A bulk load into a new store: batches written here, the full-text indexes built by
another process meanwhile. It must give the store an incremental load gives, and one
stopped half-way must never be read as whole."""

from __future__ import annotations

import copy
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from malmoi.errors import StoreError
from malmoi.store import Store, db
from malmoi.store import records as records_module
from malmoi.store.records import QUOTE_COLUMNS
from malmoi.store.schema import INDEXES, TRIGGERS
from malmoi.store.synth import realistic, sample
from malmoi.web import create_app
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
            assert tables(bulk) == tables(inc)
        check = bulk.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        assert check.fetchall() == []


def test_a_process_that_falls_behind_holds_the_load_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The batches waiting for an FTS process are bounded (nothing grows without bound on a
    long load): with room for one, the load still gives the store an incremental load gives."""
    monkeypatch.setattr(db, "FEED_BATCHES", 1)
    records = realistic(40)
    with Store(tmp_path / "bulk.db") as bulk:
        assert bulk.upsert(records).inserted == 40
        with incremental(tmp_path / "inc.db", records) as inc:
            assert content(bulk) == content(inc)
            assert tables(bulk) == tables(inc)
    assert queue_bound(tmp_path) == 1  # the queue a process is fed from has that size


def queue_bound(tmp_path: Path) -> int:
    """The size of the queue that feeds an FTS process."""
    with Store(tmp_path / "probe.db") as store:
        proc = db.FtsProcess(store, db.QUOTE_SIDE)
        try:
            return proc.queue.maxsize
        finally:
            proc.abort()


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
            assert tables(bulk) == tables(inc)
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
            assert tables(bulk) == tables(inc)


def test_an_error_while_writing_stops_the_load_and_leaves_a_whole_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = realistic(30)
    write = Store._write_checked
    calls: list[int] = []

    def broken(self: Store, ready: list[Any], after: Any = None) -> Any:
        calls.append(1)
        if len(calls) < 3:  # two batches written first
            return write(self, ready, after)
        raise MemoryError("out of memory while writing")

    path = tmp_path / "m.db"
    with Store(path) as store:
        monkeypatch.setattr(Store, "_write_checked", broken)
        with pytest.raises(MemoryError):
            store.upsert(records)
        monkeypatch.undo()
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert set(TRIGGERS) <= names and set(INDEXES) <= names
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == 0
        fts_intact(store)
        written = store.counts()["articles"]
        assert written == 14  # the batches written before the error
        assert store.upsert(records, bulk=False).inserted == 30 - written
        with incremental(tmp_path / "inc.db", records) as inc:  # the facts of the batches
            assert tables(store) == tables(inc)  # written before, handed over, are in
        assert store.search_quotes(q="부족했다")["total"] == sum(
            1 for r in records for q in r["quotes"] if "부족했다" in q["text"]
        )


def fts_intact(store: Store) -> None:
    for fts in ("articles_fts", "quotes_fts"):
        check = store.conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        assert check.fetchall() == []


def test_the_full_text_indexes_built_by_another_process_are_the_store_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = realistic(60)
    started: list[db.FtsProcess] = []
    start = db.FtsProcess.__init__

    def spy(self: db.FtsProcess, store: Store, side: db.Side) -> None:
        start(self, store, side)
        started.append(self)

    monkeypatch.setattr(db.FtsProcess, "__init__", spy)
    seen = rebuilds(monkeypatch)
    with Store(tmp_path / "bulk.db") as bulk:
        assert bulk.upsert(records).inserted == 60
        assert [p.side for p in started] == [db.ARTICLE_SIDE, db.QUOTE_SIDE]
        assert all(p.proc.returncode == 0 for p in started)
        assert seen[1:] == [False]
        assert bulk.conn.execute("PRAGMA application_id").fetchone()[0] == 0
        assert bulk.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        fts_intact(bulk)
        with incremental(tmp_path / "inc.db", records) as inc:
            assert content(bulk) == content(inc)
            assert tables(bulk) == tables(inc)
            for q in ("현장의 목소리", "부족", "관계자"):
                assert bulk.search_articles(q=q)["total"] == inc.search_articles(q=q)["total"]
        assert bulk.upsert(realistic(70)[60:], bulk=False).inserted == 10  # triggers work
        fts_intact(bulk)
    assert not list(tmp_path.glob("bulk.db-journal"))


@pytest.mark.parametrize("how", ["cannot start", "dies", "article side dies", "quote side dies"])
def test_without_the_index_process_the_load_gives_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """Whatever a process that died held (an FTS index, the quotes or the person facts) is
    made again from the stored records; what the other one built is copied in."""
    records = realistic(40)
    if how == "cannot start":  # the indexes made in the batches' transactions
        monkeypatch.setattr(db.sys, "executable", str(tmp_path / "no-python"))
    else:
        add = db.FtsProcess.add
        sides = {
            "dies": (db.ARTICLE_SIDE, db.QUOTE_SIDE),
            "article side dies": (db.ARTICLE_SIDE,),
            "quote side dies": (db.QUOTE_SIDE,),
        }[how]

        def kill_then_add(self: db.FtsProcess, fresh: Any) -> None:
            if self.side in sides:
                self.proc.kill()
            add(self, fresh)

        monkeypatch.setattr(db.FtsProcess, "add", kill_then_add)
    seen = rebuilds(monkeypatch)
    with Store(tmp_path / "bulk.db") as bulk:
        assert bulk.upsert(records).inserted == 40
        assert seen[1:] == [how != "cannot start"]  # made in the batches' transactions, or rebuilt
        assert bulk.conn.execute("PRAGMA application_id").fetchone()[0] == 0
        assert bulk.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        fts_intact(bulk)
        with incremental(tmp_path / "inc.db", records) as inc:
            assert content(bulk) == content(inc)
            assert tables(bulk) == tables(inc)


KILLED_MID_LOAD = """
import os, sys
from malmoi.store import Store, db
from malmoi.store.synth import realistic
db.PIPE_BATCH = 7
insert = Store._insert_new
calls = []
def die(self, new):
    calls.append(1)
    if len(calls) == 3:
        os._exit(9)  # killed outright: no finally, no rollback
    insert(self, new)
Store._insert_new = die
with Store(sys.argv[1]) as store:
    store.upsert(realistic(40))
"""


def test_a_load_into_a_new_store_killed_outright_leaves_it_refused(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    done = subprocess.run([sys.executable, "-c", KILLED_MID_LOAD, str(path)], check=False)
    assert done.returncode == 9
    for readonly in (True, False):
        with pytest.raises(StoreError, match="incomplete.*delete it and load again"):
            Store(path, readonly=readonly)
    with pytest.raises(StoreError, match="incomplete"):
        create_app(path)
    path.unlink()
    with Store(path) as store:  # loaded again: whole
        assert store.upsert(realistic(40)).inserted == 40
    with Store(path, readonly=True) as store:
        assert store.counts()["articles"] == 40


def test_rows_made_in_one_pass_are_those_of_each_function() -> None:
    records = [*realistic(50), *sample()]
    edge = copy.deepcopy(records[0])
    edge["id"] = "edge"
    edge["quotes"] = [
        {"text": "가나다", "fidelity": "exact"},
        {"text": "가나다", "fidelity": {"level": "close"}, "speaker": {"name": ""}},
        {"text": "가나다", "fidelity": {"body_quotes": [2, 0]}, "start": None},
        {"text": "가나다", "fidelity": {}, "speaker": {"name": "A씨", "type": "anonymous"}},
        {"text": "가나다", "speaker": {"name": "주민들", "type": "group", "title": "주민"}},
    ]
    edge["people"] = [
        {"name": "업계 관계자", "type": "anonymous", "aliases": ["관계자", ""]},
        {"name": "이영", "titles": None, "orgs": ["여울전자"]},
    ]
    result, ready = db.check_records([*records, edge], rows=True)
    assert len(ready) == len(records) + 1
    for record, stored, made in ready:
        assert made is not None and stored == records_module.dumps(record)
        assert made.article == records_module.article_row(record)
        assert made.facts == records_module.person_facts(record)
        assert made.local == records_module.local_names(record)
        for i, (values, q) in enumerate(zip(made.quotes, record["quotes"], strict=True)):
            row = records_module.quote_row(q, i)
            assert {c: values[QUOTE_COLUMNS.index(c)] for c in row} == row


def tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the full-text ones, ids included, in key order."""
    keys = {
        "articles": "n",
        "quotes": "id",
        "people": "id",
        "outlets": "id",
        "article_people": "article, person, kind, value",
    }
    return {
        t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY {k}")]
        for t, k in keys.items()
    }


def test_a_bulk_load_into_a_new_store_holds_every_row_an_incremental_load_holds(
    tmp_path: Path,
) -> None:
    records = [*realistic(80), *sample()]
    with Store(tmp_path / "bulk.db") as bulk, incremental(tmp_path / "inc.db", records) as inc:
        assert bulk.upsert(records).inserted == len(records)
        made, want = tables(bulk), tables(inc)
        assert all(made[t] for t in made)
        assert made == want
        types = "SELECT DISTINCT typeof(record), typeof(text) FROM articles"
        assert [tuple(r) for r in bulk.conn.execute(types)] == [("text", "text")]
        # every index holds its table's rows (quotes and facts came in with their indexes)
        assert bulk.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {r[0] for r in bulk.conn.execute("SELECT name FROM sqlite_master")}
        assert set(TRIGGERS) <= names and set(INDEXES) <= names
        for fts in ("articles_fts", "quotes_fts"):
            vocab = f"SELECT term, doc, cnt FROM {fts.removesuffix('_fts')}_vocab ORDER BY term"
            assert bulk.conn.execute(vocab).fetchall() == inc.conn.execute(vocab).fetchall()
        fts_intact(bulk)


class Text(str):
    """A str of another class: JSON writes it, ``marshal`` (the pipe to the processes) does
    not."""


def test_a_value_the_pipe_cannot_carry_makes_the_store_write_it_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = realistic(30)
    records[20]["quotes"][0]["text"] = Text(records[20]["quotes"][0]["text"])
    seen = rebuilds(monkeypatch)
    with Store(tmp_path / "bulk.db") as bulk, incremental(tmp_path / "inc.db", records) as inc:
        assert bulk.upsert(records).inserted == 30
        assert seen[-1] is True  # the quote side failed: its rows written here, FTS rebuilt
        assert tables(bulk) == tables(inc)
        assert content(bulk) == content(inc)
        fts_intact(bulk)
