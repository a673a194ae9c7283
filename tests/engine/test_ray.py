"""The Ray Data runner on a local Ray cluster of 2 workers over a few hundred generated pages
(plus a few bad inputs) gives the local runner's records, byte for byte, and its counts."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from malmoi.engine import JsonlSink, Options, RejectionSink, extract
from support import REPO

if importlib.util.find_spec("ray") is None:
    pytest.skip("ray is not installed: pip install 'malmoi[ray]' to run the Ray test", allow_module_level=True)

PAGES = 240


def _pages(tmp: Path) -> list[str]:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from gen_pages import generate
    finally:
        sys.path.pop(0)
    d = tmp / "pages"
    generate(d, PAGES, seed=5)
    (d / "zz_empty.txt").write_bytes(b"")
    (d / "zz_dump.jsonl").write_text('{"text": "가상시는 공원을 연다고 밝혔다."}\nnot json\n', encoding="utf-8")
    return [str(d)]


def test_ray_gives_the_local_runners_records(ray_cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.dataset as pads

    from malmoi.engine.ray import run_ray

    paths = _pages(tmp_path)
    local_out, local_rej = tmp_path / "local.jsonl", tmp_path / "local_rej.jsonl"
    local, _ = extract(paths, [JsonlSink(str(local_out)), RejectionSink(str(local_rej))], Options(jobs=1))
    out = tmp_path / "ray"
    stats = run_ray(paths, str(out), jsonl=True, workers=2)
    assert stats.to_dict() == local.to_dict()
    assert stats.articles >= PAGES
    assert (out / "records.jsonl").read_bytes() == local_out.read_bytes()
    assert (out / "rejections.jsonl").read_bytes() == local_rej.read_bytes()
    assert json.loads((out / "stats.json").read_text(encoding="utf-8")) == local.to_dict()
    records = [json.loads(x) for x in local_out.read_text(encoding="utf-8").splitlines()]
    arts = pads.dataset(str(out / "articles")).to_table().to_pylist()
    assert sorted(a["id"] for a in arts) == sorted(r["id"] for r in records)
    quotes = pads.dataset(str(out / "quotes")).to_table()
    assert quotes.num_rows == sum(len(r["quotes"]) for r in records)
