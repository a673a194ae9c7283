"""Each line's kinds, found before any decision (article/linekinds.py, article/lines.py),
as tables of (invented Korean line, expected)."""

from __future__ import annotations

import pytest

from malmoi.article import lines as L
from malmoi.article.linekinds import classify, credits_outlet, headline_like
from malmoi.korean.labels import timed_bite_label


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        # counters glued to the date line do not make it chrome
        ("입력 2024.03.05 10:12 수정 2024.03.05 11:00조회수 12댓글0", "2024-03-05T10:12:00+09:00", "2024-03-05T11:00:00+09:00"),
        ("등록 2023-11-02 08:30 | 조회 1,204 | 추천 3", "2023-11-02T08:30:00+09:00", None),
        # an edition's date gives way to the timed 기사입력 on the same line
        ("[가람일보] 발행 2018/04/27 미주판 2면 기사입력 2018/04/26 22:46", "2018-04-26T22:46:00+09:00", None),
        # a video's credit beside its date
        ("ⓒ한솔빛 | 2008.05.28 17:55", "2008-05-28T17:55:00+09:00", None),
        ("2019-11-09(토) 14:20", "2019-11-09T14:20:00+09:00", None),
    ],
)
def test_date_lines(line: str, published: str, modified: str | None) -> None:
    info = classify([line])[0]
    assert info.date is not None
    assert (info.date.published, info.date.modified) == (published, modified)


@pytest.mark.parametrize(
    ("line", "iso", "rest"),
    [
        ("가람당 “사과하고 자숙하라” 기사입력:2006-11-16 17:37:25", "2006-11-16T17:37:25+09:00", "가람당 “사과하고 자숙하라”"),
        ("date 2025-08-29 크게보기 한빛당 의원들이 28일 회의에 앞서 구호를 외치고 있다.", "2025-08-29", "크게보기 한빛당 의원들이 28일 회의에 앞서 구호를 외치고 있다."),
        ("시장은 2024.03.05 회의에서 예산안을 설명했다.", None, None),  # a date in a sentence has no label
    ],
)
def test_glued_dates(line: str, iso: str | None, rest: str | None) -> None:
    got = L.glued_date(line)
    assert got == ((iso, rest) if iso else None)


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("후원안내 정기구독 가람일보샵", True),
        ("뉴스 트렌드 생활정보 International edition 매체", True),
        ("기사제보 독자의견 광고문의", True),
        ("정치 사회 경제 국제", False),  # section names alone are the section line
        ("가람시 예산안 통과…“민생 우선”", False),
        ("후원 기부금 100억 돌파", False),
    ],
)
def test_menu_lines(line: str, menu: bool) -> None:
    assert L.menu_line(line) is menu
    assert L.is_chrome(line) is menu or not menu


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ('한빛시 "<가람일보> 보도, 사실과 달라"', True),  # a tag in angle brackets is no breadcrumb
        ("<속보> 한 위원장 \"전원일치로 결정\" 속보>", True),
        ("홈 > 사회 > 노동", False),
        ("뉴스 › 정치", False),
        ("시장이 예산안을 설명했다.", False),
    ],
)
def test_headline_like(line: str, headline: bool) -> None:
    assert headline_like(line) is headline


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("한가람 시장 (그제)", True),
        ("김솔빛 / 가람시 비서실장 (어제)", True),
        ("한가람 시장 예산안 발표", False),
        ("가람시 (지난 3일)", False),  # no name before the note
    ],
)
def test_bite_labels(line: str, label: bool) -> None:
    assert timed_bite_label(line) is label
    assert classify([line])[0].label is label


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("김하늘 기자 sky@garam.kr", ["김하늘"]),
        ("가람일보 쿠키 한솔·박가온 기자", ["한솔", "박가온"]),
        ("세종=김하늘 기자", ["김하늘"]),
        ("김 씨는 가람시의회에 위촉된 시민명예기자.", None),  # a clause is no byline
        ("김하늘 기자가 들어봤습니다.", None),  # the anchor hands over: spoken text
        ("김하늘 기자! 현장 분위기는 어떤가요?", None),
        ("가람뉴스 김하늘입니다.", None),  # an unknown brand is no sign-off
        ("KBS 뉴스 김하늘입니다.\"", ["김하늘"]),
        ("지금까지 가람천에서 YTN 김하늘입니다.", ["김하늘"]),
    ],
)
def test_bylines(line: str, names: list[str] | None) -> None:
    got = L.byline(line)
    assert (None if got is None else [r.name for r in got]) == names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("김하늘 기자가 들어봤습니다.", "김하늘"),
        ("박가온 기자가 유세차에 함께 타고 다니며 이야기를 들었습니다.", "박가온"),
        ("김하늘 기자! 새해 첫날 시민들의 표정은 어떤가요?", "김하늘"),
        ("한솔빛 캐스터, 오늘 날씨 전해주시죠.", "한솔빛"),
        ("김하늘 기자입니다.", "김하늘"),
        ("기자가 현장을 둘러봤습니다.", None),
        ("김하늘 기자, 이솔 기자", None),  # two bylines, not a call
    ],
)
def test_reporter_named_by_the_anchor(line: str, name: str | None) -> None:
    assert L.reporter_named(line) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("관련 키워드의대증원전공의한솔빛 기자 응급실 인력난에…인건비 지원", "한솔빛"),
        ("(국회TV 갈무리) ⓒ 뉴스1박가온 선임기자 다른 기사 제목", "박가온"),
        ("한솔빛 기자는 현장을 둘러봤다.", None),  # a name after a space is not glued
    ],
)
def test_reporter_box_run_into_text(text: str, name: str | None) -> None:
    assert L.boxed_reporter(text) == name


@pytest.mark.parametrize(
    ("line", "crew"),
    [("영상취재 : 김하늘 기자", True), ("사진=박가온 기자", True), ("김하늘 기자", False)],
)
def test_crew_credits(line: str, crew: bool) -> None:
    assert bool(L.CREW.match(line)) is crew


def test_outlet_beside_the_byline_is_the_credit() -> None:
    infos = classify(["가람시 예산안 통과", "연합뉴스", "입력 2025.10.22 16:15", "본문이 이어진다."])
    assert infos[1].outlet is not None and credits_outlet(infos, 1)
    infos = classify(["연합뉴스", "속보", "가람시 예산안 통과…“민생 우선”"])
    assert not credits_outlet(infos, 0)  # a masthead above the headline


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("▲ 가람시청 앞 광장에 시민들이 모여 있다.", True),
        ('▲ "예산은 민생에 먼저 써야 한다." (한빛당 김하늘 의원, 예산 심사에서)', False),
    ],
)
def test_remark_lists_are_no_captions(line: str, caption: bool) -> None:
    assert (L.caption(line) is not None) is caption


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("조선닷컴 : 전체기사 ...", "조선일보"), ("가람일보 : 전체기사", None), ("조선닷컴은 이렇게 전했다: 좋다", None)],
)
def test_outlet_source_lines(line: str, outlet: str | None) -> None:
    o = L.outlet_source(line)
    assert (o.name if o else None) == outlet


@pytest.mark.parametrize(
    ("paragraph", "run"),
    [
        ("관련 키워드예산안시의회한솔빛 기자 가람시 예산 5% 증액…“복지 먼저”", True),
        ("많이 본 뉴스1위 가람시 예산 2위 솔빛군 축제", True),
        ("관련 기사를 보면 시는 지난해에도 예산을 늘렸다.", False),
        ("가람시는 관련 키워드를 공개했다.", False),
    ],
)
def test_chrome_run_together(paragraph: str, run: bool) -> None:
    assert L.chrome_run(paragraph) is run


@pytest.mark.parametrize(
    "line",
    [
        "본문으로 건너뛰기 전체메뉴 열기",
        "- 카카오톡 :@가람뉴스",
        "- 사이트 :https://url.example/abc",
        "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 포털 뉴스를 만나보세요. 포털은 국내외 주요 이슈를 전합니다.",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert classify([line])[0].chrome


@pytest.mark.parametrize(
    "line",
    [
        "Source Format:HD", "Locations:SEOUL, SOUTH KOREA", "Revision:1", "특별취재팀", "/가람일보DB", "張貼留言", "沒有留言:",
        "{리포트}", "인터뷰 자료의 저작권은 가람 라디오에 있습니다.", "프린트 되었습니다. 문의 메일 : web@garam.example",
        "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.",
    ],
)
def test_more_chrome(line: str) -> None:
    assert L.is_chrome(line) or L.TURN_MARKER.match(line)


@pytest.mark.parametrize("line", ["실시간 랭킹 뉴스", "댓글 많은 뉴스", "베스트클릭", "이 기자의 최신영상"])
def test_footer_starts(line: str) -> None:
    assert L.is_footer(line)


def test_writer_credit_is_the_byline() -> None:
    got = L.byline("<글=김하늘 인턴기자(가람뉴스), 사진=박가온 기자>")
    assert got is not None and [r.name for r in got] == ["김하늘"]


@pytest.mark.parametrize(("rest", "name"), [("김하늘", "김하늘"), ("정치부", None), ("가람시", None), ("스포츠", None), ("김하늘 기자", None)])
def test_bare_name_beside_a_date(rest: str, name: str | None) -> None:
    assert L.bare_name(rest) == name
