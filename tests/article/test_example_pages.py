"""Every example page in examples/ (our own writing) gives its expected record."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import EXAMPLES, expected_pages, load, record_of

PAGES = expected_pages(EXAMPLES / "pages") + expected_pages(EXAMPLES / "html")
FIELDS = ["title", "subtitles", "outlet", "section", "reporters", "published", "modified", "body", "captions", "related"]


def test_there_are_enough_example_pages() -> None:
    assert len(expected_pages(EXAMPLES / "pages")) >= 40
    assert len(expected_pages(EXAMPLES / "html")) >= 8


@pytest.fixture(scope="module")
def records() -> dict[Path, dict]:
    return {page: record_of(page) for page, _ in PAGES}


@pytest.mark.parametrize(("page", "expected"), PAGES, ids=[p.name for p, _ in PAGES])
def test_example_page(records: dict[Path, dict], page: Path, expected: Path) -> None:
    got, want = records[page], load(expected)
    for field in FIELDS:
        if field in want:
            assert got[field] == want[field], field
    if want.get("repost"):
        assert got["repost"] is not None
        for key in ("author", "posted"):
            if key in want["repost"]:
                assert got["repost"][key] == want["repost"][key], key
    elif "repost" in want:
        assert got["repost"] is None
