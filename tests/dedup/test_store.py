"""fold_store over a malmoi store: its own tables, incremental, started again when records change."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import corpus_gen
import pytest

from malmoi.dedup import fold_store
from malmoi.errors import StoreError
from malmoi.store import Store


@pytest.fixture(scope="module")
def small(seeds: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], corpus_gen.Truth]:
    return corpus_gen.generate(300, seed=3, seeds=seeds)


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_fold_store_writes_clusters_quotes_and_speakers(tmp_path: Path, small: Any) -> None:
    records, truth = small
    db = tmp_path / "m.db"
    with Store(db) as store:
        store.upsert(records)
    report = fold_store(db)
    assert report.added == len(records) and not report.rebuilt
    clusters = dict(_rows(db, "SELECT article, cluster FROM dedup_articles"))
    assert len(clusters) == len(records)
    by_truth: dict[str, set[str]] = {}
    for rid, true in truth.cluster.items():
        by_truth.setdefault(true, set()).add(clusters[rid])
    assert sum(len(v) == 1 for v in by_truth.values()) / len(by_truth) > 0.97
    sizes = dict(_rows(db, "SELECT id, size FROM dedup_clusters"))
    assert sum(sizes.values()) == len(records)
    assert set(sizes) == set(clusters.values())
    n_quotes = _rows(db, "SELECT count(*) FROM quotes")[0][0]
    assert _rows(db, "SELECT count(*) FROM dedup_quotes")[0][0] == n_quotes
    assert _rows(db, "SELECT count(*) FROM dedup_quote_groups WHERE clusters < articles")[0][0] > 0
    anon = _rows(db, "SELECT e.id, count(DISTINCT s.article) FROM dedup_entities e JOIN dedup_speakers s "
                     "ON s.entity = e.id WHERE e.type = 'anonymous' GROUP BY e.id")
    assert anon and max(n for _, n in anon) == 1


def test_fold_store_is_incremental(tmp_path: Path, small: Any) -> None:
    records, _ = small
    db, once = tmp_path / "inc.db", tmp_path / "once.db"
    with Store(once) as store:
        store.upsert(records)
    fold_store(once)
    with Store(db) as store:
        store.upsert(records[:200])
    fold_store(db)
    with Store(db) as store:
        store.upsert(records[200:])
    report = fold_store(db)
    assert (report.added, report.known, report.rebuilt) == (len(records) - 200, 200, False)
    assert fold_store(db).added == 0
    sql = "SELECT article, cluster, family FROM dedup_articles ORDER BY article"
    assert _rows(db, sql) == _rows(once, sql)
    sql = "SELECT id, canonical, size FROM dedup_clusters ORDER BY id"
    assert _rows(db, sql) == _rows(once, sql)


def test_a_changed_record_folds_again(tmp_path: Path, small: Any) -> None:
    records, _ = small
    db = tmp_path / "chg.db"
    with Store(db) as store:
        store.upsert(records[:50])
    fold_store(db)
    changed = {**records[0], "title": records[0]["title"] + " (수정)"}
    with Store(db) as store:
        store.upsert([changed])
    report = fold_store(db)
    assert report.rebuilt and report.added == 50


def test_no_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="malmoi extract"):
        fold_store(tmp_path / "none.db")


def test_other_settings_fold_again(tmp_path: Path, small: Any) -> None:
    from malmoi.dedup import FoldSettings

    records, _ = small
    db = tmp_path / "set.db"
    with Store(db) as store:
        store.upsert(records[:40])
    fold_store(db)
    assert not fold_store(db).rebuilt
    report = fold_store(db, settings=FoldSettings(copy_containment=0.9))
    assert report.rebuilt and report.added == 40
