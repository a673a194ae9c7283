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
