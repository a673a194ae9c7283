"""Lines that name who speaks in a broadcast are no bylines and no date lines (held-out
scripts lost their bodies to them); written in our own words."""

from __future__ import annotations

import pytest

from malmoi.article import lines as L
from malmoi.article.linekinds import classify


@pytest.mark.parametrize(
    "line",
    ["[SYNC: 남궁설 기자]", "[INT: 남궁설 기자]", "[도하람 / 취재 기자 지원]", "남궁설 기자 침착했다\", \""],
)
def test_not_a_byline(line: str) -> None:
    assert L.byline(line) is None


@pytest.mark.parametrize("line", ["[새솔일보 남궁설 기자]", "남궁설 기자", "[남궁설 / 새솔일보 기자]", "KBS 뉴스 남궁설입니다."])
def test_still_a_byline(line: str) -> None:
    assert L.byline(line)


def test_an_archive_bite_label_is_no_date_line() -> None:
    info = classify(["한소라 앵커 (2015년 4월 1일)"])[0]
    assert info.date is None and info.label


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("숨가쁜 취재 현장에 봉다솜 기자가 함께 했습니다.", ["봉다솜"]),
        ("올해 주요 사업을 남궁설, 도하람 기자가 전해드립니다.", ["남궁설", "도하람"]),
        ("시장 상인들의 목소리를 한소라 기자가 들어봤습니다.", ["한소라"]),
        ("정부는 기자가 취재했습니다.", []),
    ],
)
def test_the_anchor_hands_over_to_reporters(line: str, names: list[str]) -> None:
    assert L.reporters_named(line) == names


def test_a_foreign_wire_dateline_names_the_outlet() -> None:
    assert L.foreign_wire_lead("도쿄, 3월2일 (로이터) - 항만 파업이 끝났다.") == ("항만 파업이 끝났다.", [], "로이터")


def test_an_outlet_lead_with_the_reporter() -> None:
    body, reps, outlet = L.outlet_lead("[인사이트] 남궁설 기자 = 여수의 한 파출소에서 소동이 벌어졌다.")  # type: ignore[misc]
    assert (body, [r.name for r in reps], outlet) == ("여수의 한 파출소에서 소동이 벌어졌다.", ["남궁설"], "인사이트")
