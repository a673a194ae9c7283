"""Speaker-label shapes shared by the article and quote stages, and the wall between them."""

import subprocess
import sys

import pytest

from malmoi.korean.labels import label_shape
from malmoi.korean.names import korean_name_shape


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("▶ 인터뷰 : 한소라 / 상인", True),
        ("[한소라 / 상인 : 요즘 손님이 통 없어요.]", True),
        ("▶한소라", True),
        ("▶ 한소라 앵커 : 다음 소식입니다.", True),
        ("[한소라 교수]", True),
        ("한소라 교수> 그렇게 보기는 어렵습니다.", True),
        ("[녹취] 주민", True),
        ("[앵커]", False),
        ("시장 상인들은 손님이 줄었다고 말했다.", False),
        ("[사진] 시장 풍경", False),
        ("주가 > 전일 대비 상승", False),
    ],
)
def test_label_shape(line: str, expected: bool) -> None:
    assert label_shape(line) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("한소라", True), ("남궁소라", True), ("흙길", False), ("가나다라", False), ("Sora", False)],
)
def test_korean_name_shape(name: str, expected: bool) -> None:
    assert korean_name_shape(name) is expected


def test_structure_alone_never_loads_quotes_nor_kiwi() -> None:
    code = (
        "import sys\n"
        "from malmoi.model import Page, Source\n"
        "from malmoi.pipeline import build_article\n"
        "text = '시장에 손님이 없다\\n\\n한소라 기자 sora@example.kr\\n\\n'"
        " + '상인들은 요즘 장사가 어렵다고 말했다. 시장 골목은 한산했다.\\n\\n' * 3\n"
        "art = build_article(Page(Source(path='p.txt'), text=text), with_quotes=False)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('malmoi.quotes', 'kiwipiepy')))\n"
        "print(type(art).__name__, bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]"), out


@pytest.mark.parametrize(
    "line",
    ["한소라 한빛시장 (그제)", "한소라 / 시장 상인 (어제)", "한소라 교수 (지난 3일)"],
)
def test_a_timed_bite_label_on_its_own_line(line: str) -> None:
    assert label_shape(line)
