"""A WARC written here with warcio: HTML responses become Pages; requests, metadata,
non-HTML and failed responses are counted as Rejections; a cut record stops reading."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from malmoi.model import Page, Rejection, Source
from malmoi.pipeline import Stats, run
from malmoi.read import documents_from_bytes
from malmoi.read.warc import iter_warc

ARTICLE = (
    "<html><head><title>시립도서관 24시간 열람실 연다 | 가상일보</title></head><body>"
    "<h1>시립도서관 24시간 열람실 연다</h1><div id='articleBody'>"
    "<p>가상시는 시립도서관 1층 열람실을 다음 달부터 24시간 운영한다고 3일 밝혔다. 시험 기간마다 자리가 모자란다는 민원이 이어졌기 때문이다.</p>"
    "<p>도서관 관계자는 \"야간에는 보안 요원 두 명이 상주한다\"고 말했다.</p></div></body></html>"
)


def _record(writer: WARCWriter, uri: str, body: bytes, ctype: str, status: str = "200 OK", kind: str = "response"):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=http)


def make_warc(gzip: bool) -> bytes:
    out = io.BytesIO()
    w = WARCWriter(out, gzip=gzip)
    w.write_record(w.create_warcinfo_record("test.warc", {"software": "malmoi tests"}))
    req = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example.kr")], is_http_request=True)
    w.write_record(w.create_warc_record("https://news.example.kr/a", "request", http_headers=req))
    w.write_record(_record(w, "https://news.example.kr/a", ARTICLE.encode(), "text/html; charset=utf-8"))
    w.write_record(_record(w, "https://news.example.kr/b", ARTICLE.encode("cp949"), "text/html; charset=euc-kr"))
    w.write_record(_record(w, "https://news.example.kr/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"))
    w.write_record(_record(w, "https://news.example.kr/gone", b"<html>not found</html>", "text/html", "404 Not Found"))
    w.write_record(w.create_warc_record("https://news.example.kr/a", "metadata", payload=io.BytesIO(b"outlinks: 3"),
                                        warc_content_type="application/warc-fields"))
    cut = io.BytesIO()
    cw = WARCWriter(cut, gzip=gzip)
    cw.write_record(_record(cw, "https://news.example.kr/c", ARTICLE.encode(), "text/html; charset=utf-8"))
    return out.getvalue() + cut.getvalue()[: len(cut.getvalue()) // 2]


KINDS = ["warc_warcinfo", "warc_request", "page", "page", "warc_non_html", "warc_not_ok", "warc_metadata",
         "warc_truncated"]


@pytest.mark.parametrize("gzip", [False, True])
def test_every_record_is_accounted_for(gzip: bool) -> None:
    docs = list(iter_warc(make_warc(gzip), Source(path="crawl.warc")))
    assert [d.reason if isinstance(d, Rejection) else "page" for d in docs] == KINDS
    pages = [d for d in docs if isinstance(d, Page)]
    assert [p.source.url for p in pages] == ["https://news.example.kr/a", "https://news.example.kr/b"]
    assert all(p.source.format == "warc" and p.source.crawled and p.html for p in pages)
    assert [p.source.record for p in pages] == [2, 3]
    assert pages[1].source.encoding == "cp949"  # from the HTTP header
    assert "24시간 열람실" in (pages[1].html or "")


@pytest.mark.parametrize("gzip", [False, True])
def test_a_warc_is_recognised_by_content(gzip: bool) -> None:
    docs = list(documents_from_bytes(make_warc(gzip), Source(path="crawl.bin")))
    assert [d.reason if isinstance(d, Rejection) else "page" for d in docs] == KINDS


def test_the_batch_counts_what_it_skipped() -> None:
    stats = Stats()
    out = list(run(documents_from_bytes(make_warc(False), Source(path="crawl.warc")), stats, with_quotes=False))
    assert stats.read == 8 and stats.articles == 2
    assert stats.rejections["warc_truncated"] == 1 and stats.rejections["warc_request"] == 1
    arts = [a for a in out if not isinstance(a, Rejection)]
    assert arts[0].title == "시립도서관 24시간 열람실 연다"
    assert arts[0].body[0].startswith("가상시는 시립도서관")
