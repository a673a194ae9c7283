"""Hostile requests get no 500; every response carries the security headers; records that
load always render; a load running while clients search makes no request fail."""

from __future__ import annotations

import http.client
import re
import threading
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from malmoi.store import Store
from malmoi.store.synth import realistic, sample
from malmoi.web.guard import MAX_URL

ROUTES = [
    "/",
    "/api",
    "/search",
    "/api/search",
    "/articles",
    "/api/articles",
    "/speakers",
    "/api/speakers",
    "/docs",
    "/redoc",
    "/openapi.json",
    "/unsaid",
    "/api/unsaid",
]
TEMPLATES = [
    "/articles/{}",
    "/api/articles/{}",
    "/speakers/{}",
    "/api/speakers/{}",
    "/quote/{}",
    "/api/quote/{}",
    "/entities/{}",
    "/api/entities/{}",
]
PARAMS = ["q", "speaker", "outlet", "since", "until", "page", "size", "articles", "all", "format"]
HOSTILE = [
    '"',
    "NEAR(반도체 국회)",
    "반도체 OR 국회*",
    "^text:국회",
    "'; DROP TABLE quotes; --",
    '" OR 1=1 --',
    "%_\\",
    "a\x00b",
    "\x00",
    "\x1b[31m",
    "가" * 7_000,  # 63 KB once encoded: about as long as a client sends (httpx stops at 64 KB)
    "x" * 3_000,  # under the URL limit, over every parameter's length limit
    "9" * 30,
    "-1",
    "0",
    "1e309",
    "NaN",
    "2024-02-30",
    "0000-00-00",
    "9999-99-99T99:99",
    "../../../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "//evil.example/x",
    "javascript:alert(1)",
    "\ud800",
    "￿\U0010ffff",
    "true",
    "json",
]


def url(path: str, params: dict[str, str]) -> str:
    return path + "?" + urlencode(params, encoding="utf-8", errors="surrogatepass")


def no_500(client: Any, target: str) -> int:
    r = client.get(target)
    assert r.status_code < 500, (target[:200], r.text[:300])
    if r.status_code >= 400 and r.headers["content-type"].startswith("application/json"):
        body = r.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    return int(r.status_code)


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_parameters_on_every_route(client: Any, value: str) -> None:
    for path in ROUTES:
        no_500(client, url(path, dict.fromkeys(PARAMS, value[:600])))
        no_500(client, url(path, {"q": value}))
    for name in PARAMS:
        no_500(client, url("/api/search", {name: value}))
    for template in TEMPLATES:
        no_500(client, template.format(quote(value[:6000], safe="", errors="surrogatepass")))


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_requests_on_a_folded_store(folded_client: Any, value: str) -> None:
    no_500(folded_client, url("/api/search", {"q": value}))
    no_500(folded_client, url("/search", {"q": value[:600], "all": value[:600]}))
    for template in TEMPLATES:
        no_500(folded_client, template.format(quote(value[:6000], safe="", errors="surrogatepass")))


def test_fold_pages_have_no_inline_script_or_style(folded_client: Any) -> None:
    for path in (
        "/articles/ga-naver",
        "/articles/ga-nuri",
        "/quote/" + quote("q:ga-hanbit:1", safe=""),
        "/entities/" + quote("p:박서준:1", safe=""),
        "/speakers/" + quote("박서준"),
        "/search?q=출퇴근길",
    ):
        html = folded_client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert " style=" not in html and "<style" not in html, path


def test_nul_in_a_search_term_is_400(client: Any) -> None:
    for target in ("/api/search?q=a%00b", "/api/articles?q=%00", "/api/speakers/a%00b"):
        r = client.get(target)
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad_parameter"
    assert client.get("/search?q=a%00b").status_code == 400  # as a page too


def test_request_size_errors_have_the_shape(client: Any) -> None:
    r = client.get("/api/search?q=" + "가" * (MAX_URL // 3))
    assert r.status_code == 414 and r.json()["error"]["code"] == "uri_too_long"
    r = client.request("GET", "/api/search", content=b"x" * 100_000)
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


@pytest.mark.parametrize(
    "path", ["/", "/api", "/api/search?q=반도체", "/static/style.css", "/nope"]
)
def test_security_headers_everywhere(client: Any, path: str) -> None:
    h = client.get(path).headers
    csp = h["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "script-src 'self'" in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "same-origin"


def test_pages_have_no_inline_script_or_style(client: Any, records: list[dict[str, Any]]) -> None:
    for path in (
        "/",
        "/search?q=반도체",
        f"/articles/{records[0]['id']}",
        "/speakers/" + quote("이영"),
    ):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert " style=" not in html and "<style" not in html, path


def test_head_is_answered(client: Any) -> None:
    for path in ("/", "/api", "/api/search?q=반도체", "/static/style.css"):
        r = client.head(path)
        assert r.status_code == 200 and r.content == b"", path
        assert r.headers["x-content-type-options"] == "nosniff"


def test_no_link_points_off_site(client: Any) -> None:
    for path in ("//evil.example/x", "//evil.example/", "/%2F%2Fevil.example", "/\\evil.example"):
        html = client.get(path).text
        for link in re.findall(r'(?:href|src|action)="([^"]*)"', html):
            assert not link.startswith(("//", "\\", "http:", "https:", "javascript:")), (path, link)


def test_docs_work_offline(client: Any) -> None:
    for path in ("/docs", "/redoc"):
        r = client.get(path)
        assert r.status_code == 200
        refs = re.findall(r'(?:src|href)="([^"]*)"', r.text)
        assert refs and all(ref.startswith("/") and not ref.startswith("//") for ref in refs)
        for ref in refs:
            assert client.get(ref).status_code == 200, ref
    assert client.get("/openapi.json").json()["info"]["title"] == "malmoi"


# records that load always render

TEXT = st.text(max_size=12)
ANY = st.none() | st.integers(-5, 50) | TEXT | st.lists(TEXT, max_size=2)
QUOTE = st.fixed_dictionaries(
    {"text": TEXT},
    optional={
        "in": st.sampled_from(["headline", "body", "caption"]),
        "paragraph": st.none() | st.integers(-3, 5),
        "subtitle": st.none() | st.integers(-3, 5),
        "start": st.integers(-5, 50),
        "end": st.integers(-5, 50),
        "kind": st.none() | TEXT,
        "speaker": st.none()
        | st.fixed_dictionaries(
            {}, optional={k: st.none() | TEXT for k in ("name", "mention", "title", "org", "type")}
        ),
        "fidelity": st.none()
        | TEXT
        | st.fixed_dictionaries(
            {},
            optional={
                "level": st.none() | TEXT,
                "body_quotes": st.lists(st.integers(-3, 9), max_size=3),
            },
        ),
        "addressee": st.none() | TEXT,
    },
)
RECORD = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z0-9]{1,10}", fullmatch=True)},
    optional={
        "title": st.none() | TEXT | st.integers(),
        "subtitles": st.lists(TEXT, max_size=2) | st.lists(st.integers(), max_size=1),
        "body": st.lists(TEXT, max_size=3),
        "captions": st.lists(
            st.fixed_dictionaries(
                {}, optional={"text": st.none() | TEXT, "credit": st.none() | TEXT}
            ),
            max_size=2,
        )
        | st.lists(TEXT, max_size=1),
        "reporters": st.lists(
            st.fixed_dictionaries(
                {}, optional={"name": st.none() | TEXT, "email": st.none() | TEXT}
            ),
            max_size=2,
        ),
        "related": st.lists(
            st.fixed_dictionaries(
                {}, optional={"title": st.none() | TEXT, "date": st.none() | TEXT}
            ),
            max_size=2,
        ),
        "published": st.none() | st.sampled_from(["2024-03-01", "2024-02-30T25:99", "어제"]) | ANY,
        "outlet": st.none() | TEXT,
        "source": st.none()
        | st.fixed_dictionaries({}, optional={"url": st.none() | TEXT, "path": TEXT}),
        "repost": st.none()
        | st.fixed_dictionaries(
            {}, optional={"site": st.none() | TEXT, "posted": st.none() | TEXT}
        ),
        "quotes": st.lists(QUOTE, max_size=4),
        "people": st.lists(
            st.fixed_dictionaries({"name": TEXT}, optional={"aliases": st.lists(TEXT, max_size=2)}),
            max_size=2,
        ),
        "warnings": st.lists(TEXT, max_size=2),
        "extra": ANY,
    },
)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from malmoi.web import create_app

    path = tmp_path_factory.mktemp("live") / "m.db"
    store = Store(path)
    store.upsert(sample())
    return store, TestClient(create_app(path), raise_server_exceptions=False)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(record=RECORD)
def test_a_record_that_loads_always_renders(
    live: tuple[Store, Any], record: dict[str, Any]
) -> None:
    store, client = live
    result = store.upsert([record], bulk=False)
    if not (result.inserted or result.updated or result.unchanged):
        return  # refused, with its reason counted
    rid = quote(record["id"], safe="")
    pages = [
        f"/articles/{rid}",
        f"/api/articles/{rid}",
        "/",
        "/api",
        "/search?q="
        + quote(
            (record.get("title") or "가")[:5] if isinstance(record.get("title"), str) else "가"
        ),
    ]
    for q in record.get("quotes") or []:
        name = (q.get("speaker") or {}).get("name")
        if name:
            pages += ["/speakers/" + quote(name, safe=""), "/api/speakers/" + quote(name, safe="")]
    for page in pages:
        r = client.get(page)
        assert r.status_code < 500, (page, r.text[:500])


# a load while clients search


def test_load_while_four_clients_search(tmp_path: Path) -> None:
    import socket
    import time

    import uvicorn

    from malmoi.web import create_app

    records = realistic(900, seed=3)
    path = tmp_path / "m.db"
    with Store(path) as store:
        store.upsert(records[:100])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    done = threading.Event()
    failures: list[str] = []
    totals: list[list[int]] = [[] for _ in range(4)]
    names = sorted({q["speaker"]["name"] for r in records[:100] for q in r["quotes"]})

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = 0
        while not done.is_set() or i < 5:
            params = [{"q": "부족했다"}, {"speaker": names[i % len(names)]}, {"q": "대한"}, {}][k]
            for target in (
                "/api/search?" + urlencode(params),
                "/api",
                f"/api/articles/{records[i % 100]['id']}",
            ):
                conn.request("GET", target)
                resp = conn.getresponse()
                body = resp.read()
                if resp.status != 200:
                    failures.append(f"{target} {resp.status} {body[:200]!r}")
                elif target.startswith("/api/search") and k in (0, 3):
                    import json

                    totals[k].append(json.loads(body)["total"])
            i += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    try:
        with Store(path) as store:
            for i in range(100, 500, 50):
                store.upsert(records[i : i + 50], bulk=False)  # incremental: triggers fire
            store.upsert(records[500:], bulk=True)  # bulk: triggers off, index rebuilt at the end
    finally:
        done.set()
        for t in threads:
            t.join(timeout=60)
        server.should_exit = True
    assert failures == []
    for seen in (totals[0], totals[3]):  # only inserts: a total never goes down
        assert seen and seen == sorted(seen)
    assert totals[3][-1] == sum(len(r["quotes"]) for r in records)


def test_start_page_follows_the_store(live: tuple[Store, Any]) -> None:
    store, client = live
    before = client.get("/api").json()["counts"]["articles"]
    assert client.get("/api").json()["counts"]["articles"] == before  # cached, same
    store.upsert([sample()[0] | {"id": "follow-1"}], bulk=False)
    assert client.get("/api").json()["counts"]["articles"] == before + 1
