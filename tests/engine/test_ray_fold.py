"""``run_ray(..., fold=True)`` on a local Ray cluster of 2 workers: sketches made in the actors,
folded in the driver in input order, give the clusters, families and quote groups of a local
``Corpus`` fold of the same records in the same order.

The pages: some of the example pages, a portal copy of each (chrome lines around it, paragraphs
reflowed), a board copy of every other one, cut short, and a rewrite of the others (a new
headline and lead, the first paragraphs dropped)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from malmoi.engine import JsonlSink, Options, extract
from support import REPO

if importlib.util.find_spec("ray") is None:
    pytest.skip("ray is not installed: pip install 'malmoi[ray]' to run the Ray fold test", allow_module_level=True)

STORIES = 12
PORTAL_HEAD = "뉴스홈 | 많이 본 뉴스\n본문 듣기 시작\n\n"
PORTAL_FOOT = "\n\n이 기사는 언론사에서 제공한 것입니다.\n구독하기 | 댓글 0\n"
BOARD_HEAD = "자유게시판\n퍼온 글 · 조회 38\n\n"
BOARD_FOOT = "\n\n[출처] 원문 링크는 댓글에\n추천 2  비추천 0\n"
REWRITE_LEAD = "[종합] 새 제목을 단 다른 판\n\n이 소식은 여러 매체가 같은 통신 기사를 받아 고쳐 실었다.\n\n"


def _pages(tmp: Path) -> list[str]:
    """The originals, then their copies, in one folder (file names sort originals first)."""
    d = tmp / "pages"
    d.mkdir()
    originals = sorted((REPO / "examples" / "pages").glob("*.txt"))[:STORIES]
    for i, src in enumerate(originals):
        text = src.read_text(encoding="utf-8")
        (d / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
        (d / f"b{i:02d}_portal.txt").write_text(PORTAL_HEAD + text.replace("\n\n", "\n") + PORTAL_FOOT, encoding="utf-8")
        if i % 2 == 0:
            lines = text.splitlines()
            cut = "\n".join(lines[: max(8, len(lines) * 2 // 3)])
            (d / f"c{i:02d}_board.txt").write_text(BOARD_HEAD + cut + BOARD_FOOT, encoding="utf-8")
        else:  # a rewrite: another headline and lead, the first paragraphs dropped (a wire family, not a copy)
            paras = text.split("\n\n")
            (d / f"d{i:02d}_rewrite.txt").write_text(REWRITE_LEAD + "\n\n".join(paras[3:]), encoding="utf-8")
    return [str(d)]


def _local_fold(records: list[dict[str, Any]]) -> tuple[dict[str, tuple[Any, ...]], dict[tuple[str, int], tuple[Any, ...]]]:
    from malmoi.dedup import Corpus

    corpus = Corpus()
    folded = [corpus.add(r) for r in records]
    quotes = {(q.article, q.idx): (q.group, q.variant) for f in folded for q in f.quotes}
    quotes.update({(q.article, q.idx): (q.group, q.variant) for q in corpus.quotes.resolved})
    arts = {}
    for f in folded:
        rid = f.placement.id
        cluster = corpus.copies.cluster_of(rid)
        arts[rid] = (cluster, corpus.copies.family_of(rid), corpus.copies.canonical(cluster) == rid, f.placement.how)
    return arts, quotes


def test_ray_fold_equals_a_local_fold(  # type: ignore[no-untyped-def]
    ray_cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow.dataset as pads

    from malmoi.cli import main

    paths = _pages(tmp_path)
    local_out = tmp_path / "local.jsonl"
    extract(paths, [JsonlSink(str(local_out))], Options(jobs=1))
    records = [json.loads(x) for x in local_out.read_text(encoding="utf-8").splitlines()]
    want_arts, want_quotes = _local_fold(records)

    out = tmp_path / "ray"
    assert main(["ray", *paths, "--out", str(out), "--fold"]) == 0  # run_ray(paths, out, fold=True)
    assert "fold: " in capsys.readouterr().err
    arts = pads.dataset(str(out / "fold_articles")).to_table().to_pylist()
    got_arts = {a["article"]: (a["cluster"], a["family"], a["canonical"], a["how"]) for a in arts}
    assert [a["article"] for a in arts] == [r["id"] for r in records]  # input order
    assert got_arts == want_arts
    quotes = pads.dataset(str(out / "fold_quotes")).to_table().to_pylist()
    assert {(q["article"], q["idx"]): (q["grp"], q["variant"]) for q in quotes} == want_quotes
    assert len(quotes) == sum(len(r["quotes"]) for r in records)

    # the fold did fold: copies joined their originals' clusters, rewrites their families
    clusters = {c for c, *_ in want_arts.values()}
    hows = [how for *_, how in want_arts.values()]
    assert sum(how in ("exact", "near") for how in hows) >= STORIES and "family" in hows
    assert len({f for _, f, *_ in want_arts.values()}) < len(clusters)
    fold = json.loads((out / "stats.json").read_text(encoding="utf-8"))["fold"]  # run_ray's stats.fold
    assert fold == {
        "articles": len(records), "clusters": len(clusters), "copies": len(records) - len(clusters),
        "families": len({f for _, f, *_ in want_arts.values()}),
        "groups": len({g for g, _ in want_quotes.values() if g}),
        "unsaid": sum(1 for g, v in want_quotes.values() if g is None and v == "headline"),
    }
