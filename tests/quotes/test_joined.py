"""Quotes whose marks open in one paragraph of prose and close in a later one are one
quote over those paragraphs (spec: a quote over several lines or paragraphs)."""

from __future__ import annotations

import pytest

from malmoi.model import Page, Quote, Source
from malmoi.pipeline import build_article
from malmoi.quotes.joined import groups


def quotes(paragraphs: list[str]) -> list[Quote]:
    head = "구청, 하천 정비 앞당겨\n\n나하늘 기자 sky@hanbit.example\n입력 2026.11.20 10:00\n\n구청이 하천 정비를 앞당긴다.\n\n"
    art = build_article(Page(Source(path="j.txt"), text=head + "\n\n".join(paragraphs)))
    return [q for q in art.quotes if q.in_ == "body" and q.paragraph is not None and q.paragraph > 0]


def where(q: Quote) -> tuple[str | None, int | None, int | None, str]:
    return q.speaker.name, q.paragraph, q.paragraph_end, q.text


CASES = [
    (
        "a line wrapped inside the marks, the quotative on the next line",
        ["도가온 구청장은 20일 \"둑 공사를 장마 전에", "끝내겠다\"고 말했다."],
        [("도가온", 1, 2, "둑 공사를 장마 전에\n끝내겠다")],
    ),
    (
        "the second quote of the joined lines stands in the later paragraph",
        ["도가온 구청장은 \"둑 공사를 장마 전에", "끝내겠다\"며 \"주민 안전이 먼저\"라고 강조했다."],
        [("도가온", 1, 2, "둑 공사를 장마 전에\n끝내겠다"), ("도가온", 2, None, "주민 안전이 먼저")],
    ),
    (
        "a digest's credit on a line of its own after the closing mark",
        ["▲ \"둑을 높이는 일이 급하다. 올여름 비가 많았다.", "\" (주민대책위원회 봉다솜 위원장, 설명회에서)"],
        [("봉다솜", 1, None, "둑을 높이는 일이 급하다. 올여름 비가 많았다.")],
    ),
    (
        "an opening mark at the end of a line, the words on the next; a list of such quotes",
        ["이에 누리꾼들은 \"", "나하람 기자 침착했다\", \"", "나하람 기자 다음엔 더 잘할 듯\" 등의 반응을 보였다."],
        [("누리꾼들", 2, None, "나하람 기자 침착했다"), ("누리꾼들", 3, None, "나하람 기자 다음엔 더 잘할 듯")],
    ),
    (
        "three lines of one quote",
        ["도가온 구청장은 \"둑은 높이고", "물길은 넓히고", "제방은 새로 쌓겠다\"고 밝혔다."],
        [("도가온", 1, 3, "둑은 높이고\n물길은 넓히고\n제방은 새로 쌓겠다")],
    ),
]


@pytest.mark.parametrize(("why", "paragraphs", "expected"), CASES, ids=[c[0] for c in CASES])
def test_joined(why: str, paragraphs: list[str], expected: list[tuple[str, int, int | None, str]]) -> None:
    got = quotes(paragraphs)
    assert [where(q) for q in got] == expected


def test_offsets_slice_the_paragraphs() -> None:
    body = ["도가온 구청장은 \"둑은 높이고", "물길은 넓히고", "제방은 새로 쌓겠다\"고 밝혔다."]
    q = quotes(body)[0]
    assert q.paragraph == 1 and q.paragraph_end == 3
    assert body[0][q.start :] + "\n" + body[1] + "\n" + body[2][: q.end] == q.text


@pytest.mark.parametrize(
    ("why", "body"),
    [
        ("a mark the page never closes", ["도가온 구청장은 \"둑을 높이겠다고 했다.", "주민들은 반겼다."]),
        ("the next paragraph opens its own quote", ["도가온 구청장은 \"둑을 높이겠다.", "\"물길도 넓힌다\"고 말했다."]),
        ("the mark closes on a term, not a quote's end", ["사업 이름은 \"푸른", "하천\" 사업이다."]),
    ],
)
def test_not_joined(why: str, body: list[str]) -> None:
    assert groups(body, set()) == {}
