"""Quotes marked in their text from offsets, one paragraph or several."""

from __future__ import annotations

from malmoi.web.marks import marked


def test_a_quote_over_several_paragraphs_is_marked_in_each() -> None:
    record = {
        "title": "새해 소망",
        "body": ["◀INT▶한소라/시장 상인", "\"손님이 다시 늘어서", "가게가 북적였으면 좋겠다.\"", "시민들의 바람은 같았다."],
        "quotes": [{
            "text": "손님이 다시 늘어서\n가게가 북적였으면 좋겠다.", "kind": "direct", "in": "body",
            "paragraph": 1, "paragraph_end": 2, "start": 1, "end": 14,
            "speaker": {"name": "한소라", "type": "person"},
        }],
    }
    cut = marked(record)
    quoted = {key: [p["text"] for p in parts if p["quote"]] for key, parts in cut.items()}
    assert quoted[("body", 1)] == ["손님이 다시 늘어서"]
    assert quoted[("body", 2)] == ["가게가 북적였으면 좋겠다."]
    assert quoted[("body", 3)] == []


def test_offsets_that_do_not_hold_fall_back_to_the_words() -> None:
    record = {"body": ["그는 \"좋다\"고 말했다."], "quotes": [{"text": "좋다", "in": "body", "paragraph": 0, "start": 0, "end": 2}]}
    parts = marked(record)[("body", 0)]
    assert [p["text"] for p in parts if p["quote"]] == ["좋다"]
