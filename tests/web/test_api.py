"""The web app in process: every route as HTML and JSON, the one error shape, escaping."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from malmoi.errors import StoreError
from malmoi.store import Store
from malmoi.store.synth import make_id

S1, S2, S3 = make_id("s1"), make_id("s2"), make_id("s3")
PAGES = [
    "/",
    "/search",
    "/search?q=반도체&speaker=이영&outlet=한빛일보&since=2024-01-01&until=2024-12-31",
    "/articles",
    "/articles?q=국회",
    f"/articles/{S1}",
    f"/articles/{S3}",
    "/speakers",
    "/speakers?q=이",
    f"/speakers/{quote('이영')}",
    f"/speakers/{quote('이 의원')}",
]


def error_of(body: dict[str, Any], status: int, code: str) -> str:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    return str(body["error"]["message"])


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_html_and_json(client: Any, path: str) -> None:
    html = client.get(path)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "<title>" in html.text and "말모이" in html.text
    api = client.get("/api" + (path if path != "/" else ""))
    assert api.status_code == 200 and api.headers["content-type"] == "application/json"
    sep = "&" if "?" in path else "?"
    assert client.get(path + sep + "format=json").json() == api.json()


def test_openapi_describes_every_api_route(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api",
        "/api/search",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/speakers",
        "/api/speakers/{name}",
        "/api/quote/{grp}",
        "/api/unsaid",
        "/api/entities/{entity_id}",
    }
    assert "ErrorBody" in spec["components"]["schemas"]


def test_index_counts_and_top_speakers(client: Any) -> None:
    data = client.get("/api").json()
    assert data["counts"]["articles"] == 6 and data["counts"]["quotes"] == 13
    assert data["top_speakers"][0] == {"name": "이영", "quotes": 5, "articles": 3}


def test_search_with_facets(client: Any) -> None:
    assert client.get("/api/search", params={"q": "반도체"}).json()["articles"] is None
    data = client.get("/api/search", params={"q": "반도체", "articles": "true"}).json()
    assert data["total"] == 3
    assert data["facets"]["speakers"] == [{"name": "이영", "count": 3}]
    assert {f["name"] for f in data["facets"]["outlets"]} == {"한빛일보", "새벽뉴스"}
    assert data["articles"]["total"] == 2
    first = data["results"][0]
    assert first["article"]["id"] == make_id("s6") and first["speaker"]["name"] == "이영"


def test_search_by_date_range_and_paging(client: Any) -> None:
    data = client.get("/api/search", params={"since": "2024-04-01", "size": 3, "page": 2}).json()
    assert data["total"] == 7 and len(data["results"]) == 3 and data["page"] == 2


def test_speaker_page(client: Any) -> None:
    data = client.get("/api/speakers/" + quote("이영")).json()
    assert data["name"] == "이영" and data["quotes"] == 5
    assert data["addressees"] == [{"name": "김철", "count": 1}]
    html = client.get("/speakers/" + quote("이영")).text
    assert "미래당" in html and "이 의원" in html and "김철" in html


def test_article_page_marks_quotes_in_speaker_colours(
    client: Any, records: list[dict[str, Any]]
) -> None:
    html = client.get(f"/articles/{S1}").text
    body = records[0]["body"]
    assert '<mark id="q1" class="q spk0 ul0" data-quote="1" data-speaker="이영"' in html
    assert ">반도체 지원을 서둘러야 한다</mark>" in html
    assert 'class="q spk1 ul1" data-quote="3" data-speaker="김철"' in html
    assert body[0].split('"')[0] in html  # the text around the marks is kept
    assert "본문을 줄임" in html  # headline fidelity
    assert 'id="next"' in html and "이전" in html and "크게" in html and "작게" in html
    data = client.get(f"/api/articles/{S1}").json()
    assert data["article"] == records[0]
    assert data["previous"] is None and data["next"]["id"] == S2
    assert [s["quote"] for s in data["marked"]["title"] if s["quote"]][0]["index"] == 0


def test_caption_quote_is_marked(client: Any) -> None:
    html = client.get(f"/articles/{S3}").text
    caption = html[html.index("<figcaption>") : html.index("</figcaption>")]
    assert (
        '<mark id="q1" class="q spk0 ul0" data-quote="1"' in caption
        and ">연구 예산이 부족하다</mark>" in caption
    )
    assert "ⓒ 한빛일보" in caption


def test_page_text_is_escaped(client: Any) -> None:
    html = client.get(f"/articles/{S2}").text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;제목&#39;)&lt;/script&gt;" in html
    html = client.get("/search", params={"q": '<script>alert("q")</script>'}).text
    assert "<script>alert" not in html and "&lt;script&gt;" in html


HOSTILE = [
    '"',
    "*",
    "OR",
    "NEAR(",
    "반도체 OR",
    '" OR 1=1 --',
    "'; DROP TABLE quotes; --",
    "%",
    "_",
    "\\",
    "text:국회",
]


@pytest.mark.parametrize("q", HOSTILE)
def test_query_syntax_is_safe(client: Any, q: str) -> None:
    for path in ("/api/search", "/api/articles", "/api/speakers"):
        r = client.get(path, params={"q": q})
        assert r.status_code == 200, r.text
    assert client.get("/api").json()["counts"]["quotes"] == 13


BAD = [
    ("/api/search", {"size": "0"}, "size"),
    ("/api/search", {"size": "101"}, "size"),
    ("/api/search", {"page": "x"}, "page"),
    ("/api/search", {"since": "2024-13-01"}, "since"),
    ("/api/search", {"until": "어제"}, "until"),
    ("/api/search", {"since": "2024-05-01", "until": "2024-04-01"}, "since"),
    ("/api/search", {"q": "가" * 201}, "q"),
    ("/api/articles", {"page": "-1"}, "page"),
    ("/api/speakers", {"size": "0"}, "size"),
    ("/api/speakers", {"page": "0"}, "page"),
]


@pytest.mark.parametrize(("path", "params", "name"), BAD)
def test_bad_parameters_are_400_in_the_one_shape(
    client: Any, path: str, params: dict[str, str], name: str
) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 400
    assert name in error_of(r.json(), 400, "bad_parameter")


@pytest.mark.parametrize(
    "path", ["/api/articles/nope", "/api/speakers/" + quote("없는사람"), "/api/nothing"]
)
def test_missing_is_404_in_the_one_shape(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    error_of(r.json(), 404, "not_found")


def test_html_errors_are_pages(client: Any) -> None:
    r = client.get("/articles/nope")
    assert r.status_code == 404 and "오류 404" in r.text
    r = client.get("/search", params={"size": "0"})
    assert r.status_code == 400 and 'data-code="bad_parameter"' in r.text
    error_of(client.get("/articles/nope", params={"format": "json"}).json(), 404, "not_found")


def test_wrong_method_uses_the_shape(client: Any) -> None:
    r = client.post("/api/search")
    assert r.status_code == 405
    error_of(r.json(), 405, "method_not_allowed")


def test_a_broken_store_is_500_in_the_one_shape(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from malmoi.web import create_app

    path = tmp_path / "broken.db"
    with pytest.raises(StoreError, match="no store at"):
        create_app(path)
    Store(path).close()
    app = create_app(path)
    path.write_bytes(b"not a database at all" * 500)
    for wal in tmp_path.glob("broken.db-*"):
        wal.unlink()
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/search")
    assert r.status_code == 500
    assert "cannot read the store" in error_of(r.json(), 500, "store_error")


def test_static_files(client: Any) -> None:
    assert client.get("/static/style.css").status_code == 200
    assert "keydown" in client.get("/static/malmoi.js").text
