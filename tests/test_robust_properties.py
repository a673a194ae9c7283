"""build_article on arbitrary text and HTML never raises: it gives an Article or a Rejection,
and an Article's record is JSON that can be written as UTF-8."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from malmoi.model import Article, Page, Rejection, Source
from malmoi.pipeline import build_article

KOREAN = "가나다라마바사아자차카타파하김이박최정윤서준민은는이가을를의에고며다라했말밝혔"
MARKS = "\"'“”‘’「」『』《》<>()[]{}…·,.!?=:;/|-_*#@&%\u3000\u00a0\u200b\ufeff"
PIECES = st.text(alphabet=KOREAN + MARKS + "ab19 \n\t\r", max_size=400) | st.text(max_size=200)
TAGS = ["p", "div", "span", "h1", "h2", "article", "section", "script", "style", "br", "figure", "figcaption",
        "table", "td", "a", "em", "meta", "title", "head", "body", "html", "li", "ul", "iframe", "noscript"]


@st.composite
def html(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            attr = draw(st.sampled_from(["class", "id", "property", "content", "itemprop", "charset"]))
            parts.append(f"<{tag} {attr}=\"{draw(PIECES)[:40]}\">")
        else:
            parts.append(draw(PIECES))
    return "".join(parts)


def _check(page: Page) -> None:
    out = build_article(page)
    assert isinstance(out, Article | Rejection)
    if isinstance(out, Article):
        json.dumps(out.to_dict(), ensure_ascii=False).encode("utf-8", "strict")
    else:
        assert out.reason


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PIECES, PIECES, st.lists(PIECES, max_size=6))
def test_build_article_on_any_text_never_raises(title: str, lead: str, paras: list[str]) -> None:
    _check(Page(Source(path="any.txt"), text="\n\n".join([title, lead, *paras])))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html())
def test_build_article_on_any_html_never_raises(doc: str) -> None:
    _check(Page(Source(path="any.html"), html=doc))


NAMES = ["a.txt", "a.html", "a.jsonl", "a.json", "a.warc", "a.warc.gz", "a.jsonl.gz", "a.txt.gz", "a.dat"]
PREFIXES = [b"", b"\x1f\x8b\x08\x00", b"WARC/1.0\r\n", b"WARC/1.0\r\nWARC-Type: response\r\n", b"[", b"{",
            b'{"text": "', b"\xff\xfe", b"\xef\xbb\xbf", b"<html><body><p>"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PREFIXES), st.binary(max_size=3000) | PIECES.map(lambda s: s.encode("utf-8")),
       st.sampled_from(NAMES))
def test_reading_any_bytes_never_raises(prefix: bytes, body: bytes, name: str) -> None:
    import gzip

    from malmoi.read import documents_from_bytes

    data = prefix + body
    for raw in (data, gzip.compress(data)) if name.endswith(".gz") else (data,):
        docs = list(documents_from_bytes(raw, Source(path=name)))
        assert docs, "every file gives at least one document or rejection"
        for d in docs:
            assert isinstance(d, Page | Rejection)
            if isinstance(d, Rejection):
                assert d.reason and d.reason != "read_error", d  # every bad input has its own reason
            else:
                d.content.encode("utf-8")  # writable
