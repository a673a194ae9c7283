"""Optional engines name their install hint when their package is missing."""

from __future__ import annotations

import sys

import pytest

from malmoi.errors import MissingDependency


def test_ray_missing_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    from malmoi.engine import ray as ray_engine

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(MissingDependency, match=r"pip install 'malmoi\[ray\]'"):
        ray_engine.run_ray(["x"], "out")


def test_parquet_missing_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from malmoi.engine.parquet import ParquetSink

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingDependency, match=r"pip install 'malmoi\[parquet\]'"):
        ParquetSink(str(tmp_path / "o.parquet"))


def test_the_cli_turns_a_missing_package_into_a_message(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from malmoi.cli import EXIT_USAGE, main

    monkeypatch.setitem(sys.modules, "ray", None)
    assert main(["ray", str(tmp_path), "--out", str(tmp_path / "o")]) == EXIT_USAGE
    assert "malmoi[ray]" in capsys.readouterr().err


def test_big_pages_travel_in_small_chunks() -> None:
    from malmoi.engine.pool import CHUNK_BYTES, _chunks
    from malmoi.model import Page, Source

    big = [Page(Source(path=str(i)), text="가" * (CHUNK_BYTES // 2 + 1)) for i in range(5)]
    assert [len(c) for c in _chunks(big, 16)] == [2, 2, 1]
    small = [Page(Source(path=str(i)), text="가") for i in range(40)]
    assert [len(c) for c in _chunks(small, 16)] == [16, 16, 8]


def test_ray_inputs_and_builder_without_a_cluster(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The Ray runner's parts that need no Ray: listing inputs (file:// URIs read as local
    paths, so ids match the local runner) and the Builder over a batch of files."""
    import json

    from malmoi.engine.ray import Builder, list_inputs
    from malmoi.read import iter_paths

    (tmp_path / "sub").mkdir()
    page = "가상시, 공원 연다\n\n가상시는 중앙공원을 밤 11시까지 연다고 3일 밝혔다.\n\n관리소장은 \"순찰을 늘리겠다\"고 말했다.\n"
    (tmp_path / "sub" / "a.txt").write_text(page, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_bytes(b"")
    files = list_inputs([f"file://{tmp_path}"])
    assert files == list(iter_paths([str(tmp_path)]))
    rows = Builder(with_quotes=False, seconds=5)({"file": [0, 1], "path": files})
    assert rows["kind"] == ["article", "rejection"] and rows["reason"] == ["", "empty"]
    assert json.loads(rows["json"][0])["source"]["path"] == str(tmp_path / "sub" / "a.txt")
