"""Shared paths and helpers. Tests that read ../shared skip cleanly when it is absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
SEED = SHARED / "seed" / "000_a7ece916b33692de.txt"


def need_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")


def record_of(path: Path) -> dict[str, Any]:
    """The record malmoi builds for one page file."""
    from malmoi.model import Rejection
    from malmoi.pipeline import build_article
    from malmoi.read import iter_documents

    docs = list(iter_documents([str(path)]))
    assert len(docs) == 1, f"{path} gave {len(docs)} documents"
    doc = docs[0]
    assert not isinstance(doc, Rejection), doc
    art = build_article(doc)
    assert not isinstance(art, Rejection), art
    return art.to_dict()


def expected_pages(folder: Path) -> list[tuple[Path, Path]]:
    out = []
    for exp in sorted(folder.glob("*.expected.json")):
        stem = exp.name.removesuffix(".expected.json")
        page = next((p for p in folder.glob(stem + ".*") if not p.name.endswith(".json")), None)
        if page is not None:
            out.append((page, exp))
    return out


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
