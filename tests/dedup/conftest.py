"""Fixtures of the fold's tests: the example pages' records, and a generated corpus."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_gen  # noqa: E402


@pytest.fixture(scope="session")
def seeds() -> list[dict[str, Any]]:
    return corpus_gen.seed_records()


@pytest.fixture(scope="session")
def corpus_10k(seeds: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], corpus_gen.Truth]:
    return corpus_gen.generate(10_000, seed=7, seeds=seeds)
