"""What closes a paragraph without being part of it: a copyright glued to the last paragraph,
a caption's credit with its period; written in our own words."""

from __future__ import annotations

from malmoi.article import lines as L
from malmoi.model import Page, Source
from malmoi.pipeline import build_article


def test_a_copyright_glued_to_the_last_paragraph_is_cut_and_names_the_outlet() -> None:
    text = ("새솔시, 취임식 줄여\n\n입력 2025-01-02 10:00\n\n새솔시장은 취임식을 간소하게 치렀다.\n\n"
            "시 관계자는 \"현장에 집중하겠다\"고 밝혔다. <저작권자 ⓒ 뉴스줌 무단전재 및 재배포 금지>")
    art = build_article(Page(Source(path="t.txt"), text=text))
    assert art.body[-1] == "시 관계자는 \"현장에 집중하겠다\"고 밝혔다."  # type: ignore[union-attr]
    assert art.outlet == "뉴스줌"  # type: ignore[union-attr]


def test_prose_about_copying_is_no_copyright() -> None:
    assert L.copyright_tail("새솔일보는 기사 무단 전재를 막겠다고 밝혔다.") is None


def test_a_caption_credit_may_end_with_a_period() -> None:
    cap = L.caption("새솔시청 전경. 새솔시 제공.")
    assert cap is not None and (cap.text, cap.credit) == ("새솔시청 전경.", "새솔시")
