"""The Python example of the README runs as written, and gives what the JSON API gives."""

from __future__ import annotations

import os
import re
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def blocks(kind: str) -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Python API") :]
    return re.findall(rf"```{kind}\n(.*?)```", section, flags=re.S)


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The README's example run in a fresh folder holding the examples, its names kept."""
    tmp = tmp_path_factory.mktemp("readme")
    (tmp / "examples").symlink_to(REPO / "examples")
    here = os.getcwd()
    os.chdir(tmp)
    try:
        names: dict[str, Any] = {}
        exec(compile(blocks("python")[0], "README.md", "exec"), names)
    finally:
        os.chdir(here)
    names["tmp"] = tmp
    return names


def test_the_example_runs(ran: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert len(ran["articles"]) == 2
    assert ran["record"]["id"] == ran["articles"][0].id
    assert ran["rows"] and all(r["text"] for r in ran["rows"])
    assert ran["found"]["total"] >= 1  # both pages quote someone on 반도체


def test_open_store_gives_the_api_dicts(ran: dict[str, Any]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from malmoi.web import create_app

    db = ran["tmp"] / "notebook.db"
    api = TestClient(create_app(db))
    with ran["malmoi"].open_store(db) as corpus:
        assert corpus.search(q="반도체") == api.get("/api/search", params={"q": "반도체"}).json()
        assert corpus.overview() == api.get("/api").json()
        assert corpus.speakers(page=1, size=5) == api.get("/api/speakers?size=5").json()
        rid = ran["record"]["id"]
        assert corpus.article(rid) == api.get(f"/api/articles/{rid}").json()
        name = corpus.search()["results"][0]["speaker"]["name"]
        assert corpus.speaker(name) == api.get(f"/api/speakers/{name}").json()
        with pytest.raises(LookupError):
            corpus.article("nope")


def test_texts_are_read_as_pages(ran: dict[str, Any]) -> None:
    malmoi = ran["malmoi"]
    text = (REPO / "examples/pages/a01_yonhap_chips.txt").read_text(encoding="utf-8")
    from_text = next(malmoi.extract([text]))
    from_file = ran["articles"][0]
    assert from_text.title == from_file.title and from_text.body == from_file.body


def test_the_pandas_example(ran: dict[str, Any]) -> None:
    pytest.importorskip(
        "pandas", reason="pandas is an optional extra: pip install 'malmoi[pandas]'"
    )
    names = dict(ran)
    exec(compile(blocks("python pandas")[0], "README.md", "exec"), names)
    frame = names["frame"]
    assert len(frame) == len(ran["rows"]) and list(frame.columns)[:2] == ["article_id", "title"]


def test_quotes_frame_without_pandas_says_how_to_install(
    ran: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from malmoi.errors import MissingDependency

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependency, match=r"malmoi\[pandas\]"):
        ran["malmoi"].quotes_frame(ran["articles"])


def test_a_missing_file_is_an_error_not_a_text(ran: dict[str, Any]) -> None:
    from malmoi.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        list(ran["malmoi"].extract(["examples/pages/nope.txt"]))
