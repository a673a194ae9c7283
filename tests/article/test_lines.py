"""What one line of a flattened page is: tables of (line, expected)."""

from __future__ import annotations

import pytest

from malmoi.article import lines as L

CAPTIONS = [
    ("윤석열 대통령이 샘 알트먼 오픈AI CEO를 만났다. (사진=뉴스1)", "윤석열 대통령이 샘 알트먼 오픈AI CEO를 만났다.", "뉴스1"),
    ("서울 도심의 한 거리. [사진=연합뉴스]", "서울 도심의 한 거리.", "연합뉴스"),
    ("발언하고 있다. 2025.3.12/뉴스1 ⓒ News1 김민수 기자", "발언하고 있다.", "뉴스1 김민수 기자"),
    ("악수하고 있다. 산업통상자원부 제공", "악수하고 있다.", "산업통상자원부"),
    ("땀을 닦고 있다. 김영원 기자 forever@hani.co.kr", "땀을 닦고 있다.", "김영원 기자"),
    ("이륙하고 있다. /옹진군 제공", "이륙하고 있다.", "옹진군 제공"),
    ("[서울=뉴시스] 서울 서초구 서울중앙지방법원. (사진=뉴시스 DB)", "서울 서초구 서울중앙지방법원.", "뉴시스"),
]
NOT_CAPTIONS = [
    "◀INT▶한소라/시장 상인",  # a broadcast bite's label, not a photo and its credit
    "김 장관은 \"좋다\"고 말했다.",
    "▶ 인터뷰 : 변재혁 / 변호사",
    "▣ YTN 채널 구독 : http://example.com/abc",
    "▲새솔 한소라 감독=오늘은 선수들이 끝까지 잘 해줬다.",  # a coach's words after the game
]
BYLINES = [
    ("김미정 기자", [("김미정", None)]),
    ("김미정 기자notyetkim@zdnet.co.kr", [("김미정", "notyetkim@zdnet.co.kr")]),
    ("박소연 기자, 이동현 기자", [("박소연", None), ("이동현", None)]),
    ("홍길동·김철수 기자", [("홍길동", None), ("김철수", None)]),
    ("정태민 기자 taemin@etnews.com", [("정태민", "taemin@etnews.com")]),
    ("KBS 뉴스 최다인입니다.", [("최다인", None)]),
    ("MBN뉴스 윤가람입니다. [garam@mbn.co.kr]", [("윤가람", "garam@mbn.co.kr")]),
    ("송민재 기자 구독", [("송민재", None)]),
]
CHROME = ["단축키", "Prev이전 문서", "크게 작게 위로 아래로 댓글로 가기 인쇄", "기사 URL이 복사되었습니다.", "좋아요 3", "[앵커]", "◀ 리포트 ▶", "(끝)"]
NOT_CHROME = [
    "정부는 내년 예산을 늘리기로 했다.",
    "박서준 장관 \"반도체 지원 늘린다\"",
    # a sentence of the article that names a word of chrome
    "새솔시교육청은 보도자료를 통해 \"안전을 최우선으로 하겠다\"고 밝혔다.",
    "이 영상은 공개 사흘 만에 조회수 100만 회를 넘겼다.",
]


@pytest.mark.parametrize(("line", "text", "credit"), CAPTIONS)
def test_caption(line: str, text: str, credit: str) -> None:
    cap = L.caption(line)
    assert cap is not None and (cap.text, cap.credit) == (text, credit)


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_not_caption(line: str) -> None:
    assert L.caption(line) is None


@pytest.mark.parametrize(("line", "reporters"), BYLINES)
def test_byline(line: str, reporters: list[tuple[str, str | None]]) -> None:
    got = L.byline(line)
    assert got is not None and [(r.name, r.email) for r in got] == reporters


@pytest.mark.parametrize("line", CHROME)
def test_chrome(line: str) -> None:
    assert L.is_chrome(line)


@pytest.mark.parametrize("line", NOT_CHROME)
def test_not_chrome(line: str) -> None:
    assert not L.is_chrome(line)


def test_wire_lead_is_cut_from_the_first_paragraph() -> None:
    body, reps, outlet = L.wire_lead("(서울=연합뉴스) 홍길동 김철수 기자 = 정부가 발표했다.")  # type: ignore[misc]
    assert (body, [r.name for r in reps], outlet) == ("정부가 발표했다.", ["홍길동", "김철수"], "연합뉴스")


@pytest.mark.parametrize("line", ["[앵커]", "<기자>", "◀ANC▶", "◀VCR▶", "◀END▶", "(S/U)", "[스탠드업]", "리포트>"])
def test_turn_markers(line: str) -> None:
    assert L.TURN_MARKER.match(line)
