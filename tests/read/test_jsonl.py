"""JSON Lines: one document a line, from a `text` or an `html` field; bad lines are counted."""

from __future__ import annotations

import json

from malmoi.model import Page, Rejection, Source
from malmoi.read import documents_from_bytes

HTML = ("<html><head><title>마을버스 막차 1시간 늦춘다 - 가상신문</title></head><body><h1>마을버스 막차 1시간 늦춘다</h1>"
        "<div class='article_body'><p>가상구는 마을버스 6개 노선의 막차 시간을 밤 12시로 1시간 늦춘다고 밝혔다. 야간 근무자들의 요청이 잇따랐다.</p></div>"
        "</body></html>")


def _lines(*objs: object) -> bytes:
    return "\n".join(o if isinstance(o, str) else json.dumps(o, ensure_ascii=False) for o in objs).encode()


def test_text_html_and_bad_lines() -> None:
    data = _lines(
        {"url": "https://news.example.kr/1", "title": "공원 야간 개장", "text": "가상시는 중앙공원을 밤 10시까지 연다고 밝혔다."},
        {"link": "https://news.example.kr/2", "html": HTML, "crawled": "2024-05-01T10:00:00Z"},
        "{not json",
        {"url": "https://news.example.kr/3", "views": 10},
        "",
        {"text": "<html><body><p>HTML이 text 필드에 들어 있다.</p></body></html>"},
    )
    docs = list(documents_from_bytes(data, Source(path="dump.jsonl")))
    kinds = [d.reason if isinstance(d, Rejection) else ("html" if d.html else "text") for d in docs]
    assert kinds == ["text", "html", "jsonl_invalid", "jsonl_no_text", "html"]
    first, second = docs[0], docs[1]
    assert isinstance(first, Page) and isinstance(second, Page)
    assert first.source.url == "https://news.example.kr/1" and first.meta["title"] == "공원 야간 개장"
    assert first.source.format == "jsonl" and first.source.record == 0
    assert second.source.crawled == "2024-05-01T10:00:00Z" and second.source.record == 1
    assert "line 3" in docs[2].detail  # type: ignore[union-attr]


def test_jsonl_html_goes_through_the_html_reader() -> None:
    from malmoi.pipeline import build_article

    page = next(documents_from_bytes(_lines({"url": "https://news.example.kr/2", "html": HTML}), Source(path="x.jsonl")))
    art = build_article(page, with_quotes=False)  # type: ignore[arg-type]
    assert not isinstance(art, Rejection)
    assert art.title == "마을버스 막차 1시간 늦춘다"
    assert art.body == ["가상구는 마을버스 6개 노선의 막차 시간을 밤 12시로 1시간 늦춘다고 밝혔다. 야간 근무자들의 요청이 잇따랐다."]


def test_one_pretty_printed_json_document() -> None:
    data = json.dumps({"url": "https://news.example.kr/9", "text": "본문 한 줄."}, ensure_ascii=False, indent=2).encode()
    docs = list(documents_from_bytes(data, Source(path="one.json")))
    assert len(docs) == 1 and isinstance(docs[0], Page) and docs[0].text == "본문 한 줄."
