"""Chrome lines seen on held-out pages, written out again in our own words and numbers:
read-aloud players, share buttons, weather widgets, correction notices, stock-image credits."""

from __future__ import annotations

import pytest

from malmoi.article import lines as L


@pytest.mark.parametrize(
    "line",
    [
        "• 기사 읽어주기",
        "다시듣기",
        "• 글씨 크기 조절",
        "• 카카오톡 나에게 전송하기",
        "• 트위터트위터",
        "• 21 21℃ 목포",
        "(둘째 문단의 숫자를 바로잡습니다)",
        "자료사진. 게티이미지뱅크",
        "읽어주기 기능은 일부 브라우저에서만",
        "이 기사 포인트",
        "검색 본문 바로가기 회사정보 바로가기",
        "• 방송시간 : [월~금] 06:00~07:00",
        "■ 진 행 : 한소라 앵커",
        "□ 출연자 : 윤도경 새솔대 교수",
        "번역beta Translated by 어느 번역기",
        "preLoad Image preLoad Image",
    ],
)
def test_chrome(line: str) -> None:
    assert L.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["하하", "기온은 21℃까지 오른다.", "구청은 오류를 바로잡겠다고 밝혔다.", "사진작가 한소라씨는 이미지를 공개했다."],
)
def test_not_chrome(line: str) -> None:
    assert not L.is_chrome(line)
