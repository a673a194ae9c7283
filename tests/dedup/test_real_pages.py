"""The real pages in ../shared/data/real-pages: no article folded into one it is not a copy of.

Per the folder's README every page is a different story (portal and board copies of
stories that are not otherwise in the folder), so each page must be its own cluster
and its own family. Copies made here from the page text itself — lines re-wrapped,
board chrome around it, the end cut — must fold into their page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from malmoi.dedup import Corpus
from malmoi.model import Page, Rejection, Source
from malmoi.pipeline import build_article
from malmoi.read import iter_documents

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-pages"


def _records(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for doc in iter_documents([str(p) for p in paths]):
        if isinstance(doc, Rejection):
            continue
        art = build_article(doc)
        if not isinstance(art, Rejection):
            out.append(art.to_dict())
    return out


@pytest.fixture(scope="module")
def real() -> list[dict[str, Any]]:
    if not REAL.is_dir():
        pytest.skip("../shared/data/real-pages is not beside the repository")
    return _records(sorted(REAL.glob("*.txt")))


def test_no_real_page_is_folded_into_another(real: list[dict[str, Any]]) -> None:
    corpus = Corpus()
    placed = [f.placement for f in corpus.add_all(real)]
    assert len(placed) == len(list(REAL.glob("*.txt")))
    assert [p.id for p in placed if p.how != "new" or p.cluster != p.id or p.family != p.id] == []


def _board_copy(text: str) -> str:
    """The page as a board repost: a board header and footer, spaces doubled, the last fifth cut.

    (Lines re-wrapped short are not used: the text reader then loses the lead, see docs/dedup.md.)
    """
    lines = text.splitlines()
    keep = [line.replace(". ", ".  ") for line in lines[: max(3, len(lines) * 4 // 5)]]
    return "\n".join(["자유게시판", "작성자 : 흰구름산책", "조회 12 추천 0", "", *keep, "", "목록 이전글 다음글"])


def test_copies_of_real_pages_fold_into_them(real: list[dict[str, Any]]) -> None:
    long_bodies = [r for r in real if len("".join(r["body"])) > 800][:8]
    assert long_bodies
    corpus = Corpus()
    corpus.add_all(real)
    folded = 0
    for r in long_bodies:
        path = r["source"]["path"]
        page = Page(text=_board_copy(Path(path).read_text(encoding="utf-8")), source=Source(path=path + ".copy"))
        art = build_article(page)
        assert not isinstance(art, Rejection)
        placed = corpus.add({**art.to_dict(), "id": r["id"] + "-copy"}).placement
        assert placed.cluster in (r["id"], placed.id)  # never another page's cluster
        folded += placed.cluster == r["id"]
    assert folded >= len(long_bodies) - 1
