"""Copies, rewrites and unrelated articles, one case each; the index is incremental and pickles."""

from __future__ import annotations

import pickle

import pytest
from records import BODY, OTHER, record

from malmoi.dedup import CopyIndex
from malmoi.dedup.text import squash


def _index(backend: str = "datasketch") -> CopyIndex:
    if backend == "rensa":
        pytest.importorskip("rensa")
    return CopyIndex(backend_name=backend)


def test_squash_drops_layout_and_lookalike_punctuation() -> None:
    assert squash("“반도체 설비” 투자…　１２％") == squash('"반도체설비"투자... 12%')
    assert squash("가ㆍ나") == squash("가·나") == "가나"


@pytest.mark.parametrize("backend", ["datasketch", "rensa"])
@pytest.mark.parametrize(
    ("name", "body", "how"),
    [
        ("reflowed and re-encoded", [" ".join(BODY[:2]).replace('"', "“"), *BODY[2:]], "exact"),
        ("cut, with board chrome", [*BODY[:4], "추천 0 비추천 0"], "near"),
        ("portal chrome on top", ["본문 듣기 시작", *BODY], "near"),
        ("rewritten lead", ["새벽 첫차를 기다리던 시민들의 오랜 바람이 이뤄지게 됐다. 새솔시가 대중교통 운행표를 손보기로 하면서다.", *BODY[1:8]], "family"),
        ("another story", OTHER, "new"),
    ],
)
def test_placement(backend: str, name: str, body: list[str], how: str) -> None:
    index = _index(backend)
    index.add(record("orig"))
    placed = index.add(record("x", body, repost={"site": "게시판", "author": "a", "posted": None, "title": None}))
    assert placed.how == how, name
    assert (placed.cluster == "orig") == (how in ("exact", "near"))
    assert (placed.family == "orig") == (how != "new")


def test_canonical_is_the_own_page_then_the_earliest() -> None:
    index = _index()
    board = {"site": "게시판", "author": "a", "posted": None, "title": None}
    index.add(record("board", repost=board, published="2025-03-03T09:00:00+09:00"))
    index.add(record("late", published="2025-03-03T12:00:00+09:00"))
    index.add(record("own", published="2025-03-03T10:00:00+09:00"))
    assert index.canonical(index.cluster_of("board")) == "own"
    only_boards = _index()
    only_boards.add(record("b2", repost=board, published="2025-03-04T09:00:00+09:00"))
    only_boards.add(record("b1", repost=board, published="2025-03-03T09:00:00+09:00"))
    assert only_boards.canonical("b2") == "b1"


def test_short_bodies_fold_only_by_headline_and_body() -> None:
    index = _index()
    a = index.add(record("a", ["짧은 본문."], title="같은 제목"))
    b = index.add(record("b", ["짧은 본문."], title="같은 제목"))
    c = index.add(record("c", ["짧은 본문."], title="다른 제목"))
    assert (b.how, b.cluster) == ("exact", a.cluster)
    assert c.cluster == "c"


def test_incremental_after_pickle_equals_one_pass() -> None:
    recs = [record("o"), record("o2", OTHER), record("c", [*BODY[:4]]), record("c2", ["본문 듣기 시작", *OTHER])]
    whole = _index()
    whole.add_all(recs)
    first = _index()
    first.add_all(recs[:2])
    later = pickle.loads(pickle.dumps(first))
    later.add_all(recs[2:])
    assert [later.cluster_of(r["id"]) for r in recs] == [whole.cluster_of(r["id"]) for r in recs]
    assert later.cluster_of("c2") == "o2"


def test_sketches_made_in_other_processes_fold_the_same(seeds: list[dict[str, object]]) -> None:
    """The map step of a distributed job: sketches made by workers, added by one reducer."""
    import multiprocessing

    import corpus_gen

    records, _ = corpus_gen.generate(150, seed=5, seeds=seeds)  # type: ignore[arg-type]
    local = _index()
    local.add_all(records)
    remote = _index()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        sketches = pool.map(remote.sketch, records, chunksize=25)
    for rec, sk in zip(records, sketches, strict=True):
        remote.add(rec, sk)
    assert [remote.cluster_of(r["id"]) for r in records] == [local.cluster_of(r["id"]) for r in records]
    assert [remote.family_of(r["id"]) for r in records] == [local.family_of(r["id"]) for r in records]


def test_annotate_adds_the_cluster_and_keeps_the_record() -> None:
    from malmoi.dedup import Corpus

    corpus = Corpus()
    board = {"site": "게시판", "author": "a", "posted": "2025-03-03", "title": "[한빛일보] 새솔시 첫차"}
    own, copy = record("own"), record("copy", [*BODY[:4]], repost=board)
    corpus.add_all([copy, own])
    out = corpus.annotate(copy)
    assert (out["cluster"], out["family"], out["canonical"]) == ("copy", "copy", False)
    assert corpus.annotate(own)["canonical"] is True
    assert out["repost"] == board and out["body"] == copy["body"] and "cluster" not in copy
